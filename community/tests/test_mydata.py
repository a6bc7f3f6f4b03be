"""The profile in 'my data': exported whole, erased with its photo."""

import pytest
from django.core.files.base import ContentFile

from accounts.mydata import erase_for, export_for
from community.models import FieldVisibility, Profile
from taxonomy.tests.factories import ExpertiseFactory, OrganisationFactory, WijkFactory

from .factories import image_upload, professional_with_profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def user():
    user, profile = professional_with_profile(
        display_name="Sanne Visser", function="jeugdverpleegkundige",
        organisation=OrganisationFactory(name="Jeugdgezondheid Dichtbij"),
        bio="Ik werk op het consultatiebureau.", bio_visibility=FieldVisibility.ONLY_ME,
    )
    profile.wijken.set([WijkFactory(name="Palenstein")])
    profile.expertise.set([ExpertiseFactory(name="Jonge kind"), ExpertiseFactory(name="VVE")])
    profile.photo.save("foto.png", ContentFile(image_upload().read()))
    return user


def test_export_contains_the_profile(user):
    exported = export_for(user)["profiel"]
    assert exported["display_name"] == "Sanne Visser"
    assert exported["function"] == "jeugdverpleegkundige"
    assert exported["organisation"] == "Jeugdgezondheid Dichtbij"
    assert exported["wijken"] == ["Palenstein"]
    assert exported["expertise"] == ["Jonge kind", "VVE"]
    assert exported["bio"] == "Ik werk op het consultatiebureau."
    assert exported["photo"] == user.profile.photo.name
    assert exported["visibility"]["bio"] == FieldVisibility.ONLY_ME


def test_erase_removes_profile_tags_and_photo(user, django_capture_on_commit_callbacks):
    photo = user.profile.photo
    with django_capture_on_commit_callbacks(execute=True):
        erase_for(user)
    assert not Profile.objects.filter(user=user).exists()
    assert not photo.storage.exists(photo.name)
    assert not user.profile.expertise.through.objects.filter(object_id=user.pk).exists()
    assert export_for(user)["profiel"] is None


def test_deleting_the_account_removes_the_photo(user, django_capture_on_commit_callbacks):
    photo = user.profile.photo
    with django_capture_on_commit_callbacks(execute=True):
        user.delete()
    assert not photo.storage.exists(photo.name)
