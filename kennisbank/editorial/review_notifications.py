"""The outcome of a review in the notification centre: when a redacteur
approves a submitted page or asks for changes, whoever submitted it (an
eddie, or a redacteur) finds it among their notifications, with a link to
the page in the CMS.

Wagtail mails them already (templates/wagtailadmin/notifications), so the
notification is `site_only`: their preferences decide only about the
centre. It is personal (the submitter's own token): the CMS decides who
may open the page there.
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from access.visibility import user_token
from notifications.models import Kind
from notifications.services import notify


def _reviewer_name(user):
    # A name, never an address: the text shows in someone else's centre.
    if user is None or not user.get_full_name():
        return _("De redactie")
    return user.get_full_name()


def _tell(workflow_state, user, text):
    submitter = workflow_state.requested_by
    page = workflow_state.content_object
    # Only pages have this workflow; nobody is told of their own decision
    # (as Wagtail does not mail them either).
    if submitter is None or not isinstance(page, Page) or (user and user.pk == submitter.pk):
        return []
    return notify([submitter], Kind.REVIEW,
                  text=text % {"name": _reviewer_name(user), "title": page.title},
                  url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                  token=user_token(submitter.pk), site_only=True)


def page_approved(sender, instance, user=None, **kwargs):
    return _tell(instance, user, _('%(name)s keurde uw pagina "%(title)s" goed'))


def page_rejected(sender, instance, user=None, **kwargs):
    return _tell(instance, user, _('%(name)s vraagt om wijzigingen in uw pagina "%(title)s"'))


def connect():
    workflow_approved.connect(page_approved, sender=WorkflowState,
                              dispatch_uid="kennisbank.review_approved")
    workflow_rejected.connect(page_rejected, sender=WorkflowState,
                              dispatch_uid="kennisbank.review_rejected")
