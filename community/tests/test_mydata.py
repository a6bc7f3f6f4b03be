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


def test_my_data_holds_posts_comments_reactions_memberships_actions_and_reports():
    from django.utils import timezone

    from accounts.mydata import export_for
    from accounts.tests.factories import ProfessionalFactory
    from community.models import Action, Comment, Follow, Post, Reaction, Report
    from groups.models import Membership
    from groups.tests.factories import CommunityGroupFactory

    person = ProfessionalFactory()
    group = CommunityGroupFactory(name="Pilot welkom")
    Membership.objects.create(group=group, user=person, role="manager")
    post = Post.objects.create(section="group", access_group=group, owner=person,
                               title="Mijn bericht", body="<p>b</p>", visibility="group")
    Comment.objects.create(post=post, author=person, body="<p>Mijn reactie</p>")
    Reaction.objects.create(post=post, user=person, kind="eens")
    Follow.objects.create(post=post, user=person)
    Action.objects.create(access_group=group, owner=person, assignee=person, report_to=person,
                          description="Mijn actie", due_date=timezone.localdate())
    Report.objects.create(reporter=person, post=post, reason="spam")

    exported = export_for(person)

    assert exported["berichten"]["posts"][0]["title"] == "Mijn bericht"
    assert exported["berichten"]["comments"][0]["body"] == "<p>Mijn reactie</p>"
    assert exported["berichten"]["reactions_given"] == [{"post": "Mijn bericht",
                                                         "reaction": "eens"}]
    assert exported["berichten"]["following"] == ["Mijn bericht"]
    assert exported["groepen"]["groups"][0]["group"] == "Pilot welkom"
    assert "Mijn actie" in str(exported["acties"])
    assert "spam" in str(exported["meldingen"])
