"""The editorial workflow: eddies write, a redacteur approves.

Eddies may add and edit every page but not publish: saving sends nothing
live, "Ter beoordeling indienen" starts the workflow. The workflow's one
task is approval by the redacteur role; a redacteur publishes by approving,
or asks for changes with a comment. Wagtail mails the redacteuren when a
page is submitted and the author when it is approved or sent back.

Applied after every migrate, so the rules are the same on every install.
"""

from accounts import roles

PAGE_PERMISSIONS = {
    roles.EDDIE: ["add_page", "change_page"],
    roles.REDACTEUR: [
        "add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page",
    ],
}
# Documents and images: eddies add and choose (and edit their own uploads);
# redacteuren manage all.
COLLECTION_PERMISSIONS = {
    roles.EDDIE: [
        ("wagtaildocs", "add_document"), ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"), ("wagtailimages", "choose_image"),
    ],
    roles.REDACTEUR: [
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"), ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"), ("wagtailimages", "choose_image"),
    ],
}
WORKFLOW_NAME = "Redactie"
TASK_NAME = "Beoordeling door een redacteur"


def sync_editorial_setup():
    """Give the roles their page and file rights and put the workflow on every page."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = {g.name: g for g in Group.objects.filter(name__in=[roles.EDDIE, roles.REDACTEUR])}
    if root_page is None or root_collection is None or len(groups) < 2:
        return
    for role, codenames in PAGE_PERMISSIONS.items():
        wanted = Permission.objects.filter(content_type__app_label="wagtailcore",
                                           codename__in=codenames)
        GroupPagePermission.objects.filter(group=groups[role]).exclude(
            page=root_page, permission__in=wanted).delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(
                group=groups[role], page=root_page, permission=permission)
    for role, perms in COLLECTION_PERMISSIONS.items():
        for app_label, codename in perms:
            for permission in Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ):
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[role], collection=root_collection, permission=permission)

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([groups[roles.REDACTEUR]])
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's own "Moderators approval" workflow would confuse editors.
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)

