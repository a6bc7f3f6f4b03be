"""The action list of a group, and "Mijn acties" across all of one's groups.

Actions are for the group's members only, also in an open group: to anyone
else the list and each action do not exist (404).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from access.views import get_visible_or_404, require_visible
from access.visibility import group_token
from core.listing import paginate
from groups.api import groups_visible_to

from ..forms.actions import ActionFilterForm, ActionForm
from ..models import Action
from ..services import actions

PER_PAGE = 25


@login_required
def action_list(request, slug):
    """The group's actions, each line a sentence, with filters and the buttons
    each member may use."""
    group = _member_group_or_404(request.user, slug)
    form = ActionFilterForm(request.GET, user=request.user)
    page_obj = paginate(request, form.apply(Action.objects.for_group(group, request.user)),
                        PER_PAGE)
    rights = actions.Rights(request.user, group)
    lines = list(page_obj.object_list)
    for action in lines:
        action.may_change = rights.may_change(action)
        action.may_delete = rights.may_delete(action)
    return render(request, "community/action_list.html", {
        "group": group, "filter_form": form, "page_obj": page_obj, "actions": lines})


@login_required
def action_new(request, slug):
    """Any member puts an action on the list."""
    group = _member_group_or_404(request.user, slug)
    form = ActionForm(request.POST or None, group=group, user=request.user)
    if request.method == "POST" and form.is_valid():
        action = _saved(form, actions.add_action, request.user, group)
        if action is not None:
            messages.success(request, _("De actie staat op de lijst."))
            return redirect(action.get_absolute_url())
    return render(request, "community/action_form.html", {"form": form, "group": group})


@login_required
def action_edit(request, slug, pk):
    """Change who, what, when or to whom (the people who may mark it done)."""
    action = _action_or_404(request.user, slug, pk)
    if not actions.Rights(request.user, action.group).may_change(action):
        return _forbidden(request, actions.MAY_NOT_CHANGE)
    form = ActionForm(request.POST or None, group=action.group, action=action)
    saved = request.method == "POST" and form.is_valid() and _saved(
        form, actions.update_action, request.user, action)
    if saved:
        messages.success(request, _("De actie is gewijzigd."))
        return redirect(action.get_absolute_url())
    return render(request, "community/action_form.html", {
        "form": form, "group": action.group, "action": action})


@login_required
@require_POST
def action_done(request, slug, pk):
    """Mark an action done (`klaar=ja`) or open again (`klaar=nee`)."""
    action = _action_or_404(request.user, slug, pk)
    done = request.POST.get("klaar") == "ja"
    try:
        actions.set_action_done(request.user, action, done)
    except PermissionDenied as refusal:
        return _forbidden(request, refusal)
    messages.success(request, _("De actie staat op klaar.")
                     if done else _("De actie staat weer open."))
    return redirect(_back(request, action))


@login_required
def action_delete(request, slug, pk):
    """Ask first, then take the action off the list."""
    action = _action_or_404(request.user, slug, pk)
    if not actions.Rights(request.user, action.group).may_delete(action):
        return _forbidden(request, actions.MAY_NOT_DELETE)
    if request.method == "POST":
        actions.delete_action(request.user, action)
        messages.success(request, _("De actie is verwijderd."))
        return redirect("group_actions", slug=action.group.slug)
    return render(request, "community/action_confirm_delete.html", {
        "action": action, "group": action.group})


@login_required
def my_actions(request):
    """What I must do in all my groups, and what others report back to me."""
    return render(request, "community/my_actions.html", {
        "todo": list(Action.objects.assigned_to(request.user)),
        "reports": list(Action.objects.reported_to(request.user)),
    })


def _member_group_or_404(user, slug):
    """The group, for its members only: its action list names people and deadlines."""
    group = get_object_or_404(groups_visible_to(user), slug=slug)
    require_visible(user, group_token(group.pk))
    return group


def _action_or_404(user, slug, pk):
    return get_visible_or_404(
        Action.objects.select_related("assignee", "report_to", "access_group"), user,
        pk=pk, access_group__slug=slug)


def _saved(form, service, *args):
    """Call `service` with the form's values; what it refuses shows on the form."""
    try:
        return service(*args, **form.values)
    except ValidationError as error:
        form.add_error(None, error)
        return None


def _back(request, action):
    """Back to the page the button was on ("Mijn acties" or the list)."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return action.get_absolute_url()


def _forbidden(request, message):
    """A 403 that says who may do this, for members who may not."""
    return render(request, "community/action_forbidden.html", {"message": message}, status=403)
