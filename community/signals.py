"""Keep profiles in step with accounts."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Profile
from .services.profiles import delete_photo_file


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="community.create_profile")
def create_profile(sender, instance, created, raw=False, **kwargs):
    """Every account gets a profile, so a link to one never leads nowhere."""
    if created and not raw:
        Profile.objects.for_user(instance)


@receiver(post_delete, sender=Profile, dispatch_uid="community.delete_profile_photo")
def delete_profile_photo(sender, instance, **kwargs):
    """Also when a profile goes with its account (deleted in the CMS)."""
    delete_photo_file(instance)
