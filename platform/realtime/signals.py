"""Access changes that concern one person, whatever wrote them (a service,
the CMS, a command): their open sockets check their subscriptions again.
Connected from RealtimeConfig.ready()."""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from groups.models import Membership

from . import events


@receiver(post_delete, sender=Membership, dispatch_uid="realtime.membership_ended")
def membership_ended(sender, instance, **kwargs):
    """Left the group or was removed from it."""
    events.access_changed(user_ids=[instance.user_id])


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="realtime.account_saved")
def account_saved(sender, instance, created, raw=False, **kwargs):
    """Blocked (or deactivated): from now on they hold what a visitor holds."""
    if not created and not raw and not instance.is_active:
        events.access_changed(user_ids=[instance.pk])


def roles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Roles are the account's auth groups: losing the professional role
    loses professionals' content and the groups' content with it."""
    if action not in ("post_remove", "post_clear"):
        return
    if reverse:  # removed from the role's side: pk_set holds the users
        events.access_changed(user_ids=sorted(pk_set or ()))
    else:
        events.access_changed(user_ids=[instance.pk])


def connect():
    from django.contrib.auth import get_user_model
    m2m_changed.connect(roles_changed, sender=get_user_model().groups.through,
                        dispatch_uid="realtime.roles_changed")
