"""The action list of a group: who does what by when, and reports to whom.

The lists are read on Action.objects (models/actions.py), narrowed by the
access model, so only the group's members see its actions. Here are the
writes and the rules they check (group_members, Rights, validate_due_date),
which the form and the views ask too. Writes validate and save in one
transaction. The assignee is notified (the centre, and mail as they chose)
when an action is given to them and once on the due date; the report-to
person is mailed when it is done.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from access.tokens import tokens_for
from access.visibility import Visibility, group_token
from core.mail import absolute_path, mail_on_commit
from groups.api import manages
from groups.models import Membership
from notifications.models import Kind
from notifications.services import notify

from ..models import Action, Profile

FIELDS = ("description", "assignee", "due_date", "report_to")
MAY_NOT_CHANGE = gettext_lazy(
    "Alleen wie de actie uitvoert, wie de terugmelding krijgt en de beheerders van de groep "
    "kunnen deze actie wijzigen of afvinken.")
MAY_NOT_DELETE = gettext_lazy(
    "Alleen wie de actie toevoegde en de beheerders van de groep kunnen deze actie verwijderen.")


def group_members(group, keep_ids=()):
    """Who may be chosen as assignee or report-to person: the active members,
    plus the users in `keep_ids` (an edited action's current people, who may
    have left the group since)."""
    members = Membership.objects.filter(group=group).values("user_id")
    keep = [pk for pk in keep_ids if pk is not None]
    return get_user_model().objects.filter(
        Q(pk__in=members, is_active=True) | Q(pk__in=keep)
    ).order_by("first_name", "last_name", "pk")


class Rights:
    """What one user may do with the actions of one group; asks once whether
    they manage it, so a whole list is checked with one query."""

    def __init__(self, user, group):
        self.user = user
        self.is_manager = manages(user, group)

    def may_change(self, action):
        """Edit, mark done or reopen: the assignee, the report-to person, managers."""
        return self.is_manager or self.user.pk in (action.assignee_id, action.report_to_id)

    def may_delete(self, action):
        """Delete: managers and whoever added the action."""
        return self.is_manager or action.owner_id == self.user.pk


def validate_due_date(due_date, previous=None):
    """A new due date lies today or later; an unchanged one may have passed."""
    if due_date != previous and due_date < timezone.localdate():
        raise ValidationError(_("Deze datum is al voorbij. Kies vandaag of een latere dag."),
                              code="past")


def add_action(creator, group, *, description, assignee, due_date, report_to):
    """Put an action on the group's list; its assignee is notified unless
    they wrote it themselves."""
    _require_member(creator, group)
    action = Action(access_group=group, visibility=Visibility.GROUP, owner=creator)
    with transaction.atomic():
        _apply(action, description=description, assignee=assignee, due_date=due_date,
               report_to=report_to)
        if assignee != creator:
            _notify_assigned(action, assignee, by=creator)
    return action


def update_action(user, action, *, description, assignee, due_date, report_to):
    """Change an action; a new assignee is notified, and a new due date or
    assignee gets a new reminder."""
    _require(Rights(user, action.access_group).may_change(action), action, user,
             MAY_NOT_CHANGE)
    previous_assignee_id = action.assignee_id
    with transaction.atomic():
        if due_date != action.due_date or assignee.pk != previous_assignee_id:
            action.reminder_sent_on = None
        _apply(action, description=description, assignee=assignee, due_date=due_date,
               report_to=report_to)
        if assignee.pk not in (previous_assignee_id, user.pk):
            _notify_assigned(action, assignee, by=user)
    return action


def set_action_done(user, action, done):
    """Mark an action done (the report-to person is mailed) or open again."""
    _require(Rights(user, action.access_group).may_change(action), action, user,
             MAY_NOT_CHANGE)
    status = Action.Status.DONE if done else Action.Status.OPEN
    if action.status == status:
        return action
    with transaction.atomic():
        action.status = status
        action.done_at = timezone.now() if done else None
        action.save(update_fields=["status", "done_at"])
        if done and action.report_to_id not in (None, user.pk):
            _mail(action, action.report_to, "action_done", by=user)
    return action


def delete_action(user, action):
    """Take an action off the list: managers and whoever added it."""
    _require(Rights(user, action.access_group).may_delete(action), action, user,
             MAY_NOT_DELETE)
    with transaction.atomic():
        action.delete()


def send_action_reminders(today=None):
    """Notify each assignee once when their open action is due today or
    overdue; returns how many were told. Safe to run every minute."""
    today = today or timezone.localdate()
    due = Action.objects.filter(
        status=Action.Status.OPEN, due_date__lte=today, reminder_sent_on__isnull=True,
        assignee__isnull=False,
    ).select_related("assignee__profile", "report_to__profile", "access_group")
    sent = 0
    # One user object per assignee, so their access tokens are read once.
    assignees = {}
    for action in due:
        action.assignee = assignees.setdefault(action.assignee_id, action.assignee)
        with transaction.atomic():
            claimed = Action.objects.filter(
                pk=action.pk, reminder_sent_on__isnull=True).update(reminder_sent_on=today)
            # Another run may have claimed it meanwhile; someone who left the
            # group is not told, and the action is not looked at again.
            if claimed and _notify_due(action, today):
                sent += 1
    return sent


def _apply(action, **values):
    """Set and save the fields after checking the people and the due date."""
    previous_due = action.due_date if action.pk else None
    errors = {}
    try:
        validate_due_date(values["due_date"], previous_due)
    except ValidationError as error:
        errors["due_date"] = error
    keep = (action.assignee_id, action.report_to_id) if action.pk else ()
    allowed = set(group_members(action.access_group, keep).values_list("pk", flat=True))
    for field in ("assignee", "report_to"):
        if values[field] is None or values[field].pk not in allowed:
            errors[field] = ValidationError(_("Kies iemand die lid is van de groep."))
    if errors:
        raise ValidationError(errors)
    for field, value in values.items():
        setattr(action, field, value)
    action.save()


def _require_member(user, group):
    if group_token(group.pk) not in tokens_for(user):
        raise PermissionDenied(_("Alleen leden van de groep kunnen acties toevoegen."))


def _require(allowed, action, user, message):
    """Refuse unless `allowed`; also when the user can no longer see the action."""
    if not (allowed and action.is_visible_to(user)):
        raise PermissionDenied(message)


def _may_see(action, person):
    return person is not None and person.is_active and action.is_visible_to(person)


def _context(action, person, **extra):
    return {"action": action, "person": person, "group": action.access_group,
            "url": absolute_path(action.get_absolute_url()), **extra}


def _mail(action, person, template, **context):
    """Mail `person` about `action` if they may see it; True when mailed."""
    if not _may_see(action, person):
        return False
    mail_on_commit(f"community/email/{template}", [person.email],
                   _context(action, person, **context))
    return True


def _short(action):
    return Truncator(action.description).chars(80)


def _tell(action, person, kind, text, template, **context):
    """Notify `person` about `action` if they may see it (notify checks the
    group's token too); True when they may, whatever their preferences."""
    if not _may_see(action, person):
        return False
    notify([person], kind, text=text, url=action.get_absolute_url(),
           token=action.access_token, group=action.access_group,
           mail_template=f"community/email/{template}",
           mail_context=_context(action, person, **context))
    return True


def _notify_assigned(action, person, by):
    text = _('%(name)s zette een actie in "%(group)s" op uw naam: %(action)s') % {
        # The name colleagues see; never the address (profiles may keep it to themselves).
        "name": Profile.objects.for_user(by).display_name, "group": action.access_group.name,
        "action": _short(action)}
    return _tell(action, person, Kind.ACTION_ASSIGNED, text, "action_assigned", by=by)


def _notify_due(action, today):
    if action.due_date == today:
        text = _('Vandaag moet uw actie in "%(group)s" klaar zijn: %(action)s')
    else:
        text = _('Uw actie in "%(group)s" moest op %(date)s klaar zijn: %(action)s')
    text = text % {"group": action.access_group.name, "action": _short(action),
                   "date": formats.date_format(action.due_date, "j F Y")}
    return _tell(action, action.assignee, Kind.ACTION_DUE, text, "action_reminder",
                 today=today)
