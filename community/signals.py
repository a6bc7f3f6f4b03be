"""Signal receivers of the community pillar, connected from CommunityConfig.ready().

Profiles keep in step with accounts: every account gets one when it is made
or verified, and a profile's photo file goes with it. Someone invited before
they had an account (or before they were verified) lands in the group as
soon as they are verified, when the invitation went to one of their
confirmed addresses.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from accounts.signals import professional_verified

from .models import Profile
from .services.groups import accept_invitations_for
from .services.profiles import delete_photo_file, ensure_profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="community.create_profile")
def create_profile(sender, instance, created, raw=False, **kwargs):
    """Every account gets a profile, so a link to one never leads nowhere."""
    if created and not raw:
        ensure_profile(instance)


@receiver(post_delete, sender=Profile, dispatch_uid="community.delete_profile_photo")
def delete_profile_photo(sender, instance, **kwargs):
    """Also when a profile goes with its account (deleted in the CMS)."""
    delete_photo_file(instance)


@receiver(professional_verified, dispatch_uid="community.ensure_verified_profile")
def ensure_verified_profile(sender, user, **kwargs):
    """A professional is found in the network by their profile; an account
    that predates profiles gets one now."""
    ensure_profile(user)


@receiver(professional_verified, dispatch_uid="community.accept_open_invitations")
def accept_open_invitations(sender, user, **kwargs):
    accept_invitations_for(user)
