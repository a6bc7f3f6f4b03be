"""Writes on profiles: making one, editing it, deleting it with its photo."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from taxonomy.models import Expertise

from ..models import Profile
from ..models.profiles import VISIBILITY_FIELDS, default_display_name
from .images import normalised_photo

PROFILE_FIELDS = (
    "display_name", "function", "organisation", "bio",
    *(f"{name}_visibility" for name in VISIBILITY_FIELDS),
)


def ensure_profile(user):
    """The user's profile, made now when the account has none. Called where
    a profile must exist: when an account is created or verified, and when
    its owner saves the edit form (an account may predate profiles). Reads
    never make one (Profile.objects.for_user)."""
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"display_name": default_display_name(user)})
    return profile


def update_profile(profile, data):
    """Apply cleaned edit data to `profile`; keys that are absent stay as
    they are. `photo` is a new upload, `remove_photo` drops the current one.
    """
    old_photo = profile.photo.name
    with transaction.atomic():
        for name in PROFILE_FIELDS:
            if name in data:
                setattr(profile, name, data[name])
        if data.get("photo"):
            photo = normalised_photo(data["photo"])
            profile.photo.save(photo.name, photo, save=False)
        elif data.get("remove_photo"):
            profile.photo = None
        profile.full_clean(exclude=["photo"])
        profile.save()
        if "wijken" in data:
            profile.wijken.set(data["wijken"])
        if "expertise" in data:
            profile.expertise.set(_controlled_terms(data["expertise"]))
        if old_photo and old_photo != profile.photo.name:
            _delete_file_on_commit(profile.photo.storage, old_photo)
    return profile


def delete_profile(user):
    """Remove a user's profile; its photo file goes with it (see signals)."""
    with transaction.atomic():
        Profile.objects.filter(user=user).delete()


def delete_photo_file(profile):
    """Remove the stored photo once the deletion of its profile commits."""
    if profile.photo:
        _delete_file_on_commit(profile.photo.storage, profile.photo.name)


def _controlled_terms(terms):
    """Expertise comes from the vocabulary; a free-text term would be added
    to it by taggit, so anything but an existing term is refused."""
    terms = list(terms)
    refused = ValidationError({"expertise": _("Kies alleen uit de bestaande expertises.")})
    if not all(isinstance(term, Expertise) for term in terms):
        raise refused
    pks = {term.pk for term in terms}
    if Expertise.objects.filter(pk__in=pks).count() != len(pks):
        raise refused
    return terms


def _delete_file_on_commit(storage, name):
    transaction.on_commit(lambda: storage.delete(name))
