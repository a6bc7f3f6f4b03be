"""Writing notifications. Pillars call `notify` inside the transaction of
the write that caused it (a reaction, a decision, a cancelled event); it
decides per reader, from their preferences, whether the notification shows
in the site and how it is mailed, and tells the reader's open pages.

Only readers who may see the item are told: `notify` keeps those holding
`token` (the item's access token), whatever the caller passed.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from access.tokens import holders_of
from access.visibility import user_token
from outbox.delivery import queue
from realtime import events

from . import mail
from .models import Notification, Preference, Rhythm


def user_stream(user_id):
    return f"user-{user_id}"


def preferences_for(user_ids, group=None):
    """{user id: (in_site, mail rhythm)}: the group's choice where it made
    one, else the general one, else in the site and mail at once."""
    general, own = {}, {}
    rows = Preference.objects.filter(user__in=user_ids).filter(
        Q(group=None) | Q(group=group) if group else Q(group=None))
    for row in rows:
        (own if row.group_id else general)[row.user_id] = row
    found = {}
    for pk in user_ids:
        base, override = general.get(pk), own.get(pk)
        in_site = next((r.in_site for r in (override, base) if r and r.in_site is not None),
                       True)
        rhythm = next((r.mail for r in (override, base) if r and r.mail), Rhythm.DIRECT)
        found[pk] = (in_site, rhythm)
    return found


@transaction.atomic
def notify(recipients, kind, *, text, url, token, subject="", group=None, mail_template=None,
           mail_context=None, site_only=False):
    """Tell `recipients` (users) that something happened to the item at `url`.

    `text` is the one sentence the centre shows; `mail_template` (with
    `mail_context`) renders the direct mail, defaulting to a plain one with
    the sentence and the link. `site_only`: the caller mails anyway (a
    receipt such as a registration's confirmation, with its calendar file),
    so preferences decide only about the centre. Returns the notifications made.
    """
    ids = {user.pk for user in recipients if user is not None}
    if not ids:
        return []
    readers = holders_of(token, get_user_model().objects.filter(pk__in=ids))
    readers = {user.pk: user for user in readers}
    preferences = preferences_for(list(readers), group)
    if site_only:
        preferences = {pk: (in_site, Rhythm.NEVER) for pk, (in_site, _) in preferences.items()}
    now = timezone.now()
    made = Notification.objects.bulk_create([
        Notification(recipient_id=pk, kind=kind, text=text[:300], url=url, token=token,
                     subject=subject, group=group, created_at=now, in_site=in_site,
                     mail=rhythm)
        for pk, (in_site, rhythm) in preferences.items() if in_site or rhythm != Rhythm.NEVER])
    for notification in made:
        notification.recipient = readers[notification.recipient_id]
        if notification.in_site:
            events.emit(user_stream(notification.recipient_id), "notification.created",
                        user_token(notification.recipient_id),
                        subject=f"notification-{notification.pk}",
                        data={"notification": notification.pk})
    direct = [n for n in made if n.mail == Rhythm.DIRECT]
    # One insert for all the mails: a reaction on a post with many followers.
    queue([mail.direct_message(n, mail_template, mail_context or {}) for n in direct])
    Notification.objects.filter(pk__in=[n.pk for n in direct]).update(mailed_at=now)
    return made


def mark_read(user, notification):
    Notification.objects.filter(pk=notification.pk, recipient=user, read_at=None).update(
        read_at=timezone.now())


def mark_all_read(user):
    """Everything the reader may see is read; the number marked."""
    return Notification.objects.for_reader(user).unread().update(read_at=timezone.now())


@transaction.atomic
def set_preference(user, group, *, in_site, mail):
    """Save one preference (group None: the general one). For a group, None
    follows the general choice; a group that follows it in both is removed."""
    if group is not None and in_site is None and mail is None:
        Preference.objects.filter(user=user, group=group).delete()
        return
    Preference.objects.update_or_create(user=user, group=group,
                                        defaults={"in_site": in_site, "mail": mail})


@transaction.atomic
def unsubscribe(user, group=None):
    """The one-click unsubscribe of a mail: no more mail about this group,
    or (group None) no more notification mail at all, group choices included."""
    if group is not None:
        Preference.objects.update_or_create(
            user=user, group=group, defaults={"mail": Rhythm.NEVER},
            create_defaults={"mail": Rhythm.NEVER, "in_site": None})
        return
    Preference.objects.update_or_create(user=user, group=None, defaults={"mail": Rhythm.NEVER})
    Preference.objects.filter(user=user, group__isnull=False).update(mail=None)
