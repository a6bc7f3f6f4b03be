"""The community demo: 40 professionals with profiles, safe to run again."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate

from accounts import demo as accounts_demo
from accounts.models import User
from community import demo
from community.models import Profile
from taxonomy import demo as taxonomy_demo
from taxonomy.models import Expertise, Organisation, Thema, Wijk

pytestmark = pytest.mark.django_db


def seed_all():
    """The seeds in seed_demo's order."""
    for module in (accounts_demo, taxonomy_demo, demo):
        module.seed(lambda message: None)


def counts():
    models = [User, Profile, EmailAddress, Organisation, Wijk, Thema, Expertise,
              Profile.wijken.through, Profile.expertise.through]
    return {model.__name__: model.objects.count() for model in models}


def test_seeding_twice_changes_nothing():
    seed_all()
    first = counts()
    seed_all()
    assert counts() == first
    assert first["Profile"] == len(demo.PEOPLE) + len(accounts_demo.DEMO_ACCOUNTS)


def test_demo_people_are_verified_professionals_at_their_organisation():
    seed_all()
    people = User.objects.filter(email__endswith=f".{taxonomy_demo.DEMO_DOMAIN_SUFFIX}")
    assert people.count() == 40
    for user in people.select_related("profile", "organisation"):
        assert user.is_professional
        assert Organisation.for_email(user.email) == user.organisation
        assert user.profile.organisation == user.organisation
        assert 1 <= user.profile.wijken.count() <= 3
        assert 2 <= user.profile.expertise.count() <= 4
        assert len(user.profile.bio) <= 600
    assert EmailAddress.objects.filter(user__in=people, verified=True).count() == 40
    email = people.first().email
    assert authenticate(email=email, password=demo.DEMO_PASSWORD) is not None


def test_demo_role_accounts_get_a_profile():
    seed_all()
    beheerder = Profile.objects.get(user__email=f"beheerder@{demo.ROLE_DEMO_DOMAIN}")
    assert beheerder.display_name == "Bas Beheer"
    assert beheerder.function == "beheerder van het platform"
    role_profiles = Profile.objects.filter(user__email__endswith=f"@{demo.ROLE_DEMO_DOMAIN}")
    assert role_profiles.count() == len(accounts_demo.DEMO_ACCOUNTS)


def test_demo_posts_fill_the_three_sections_and_pass_the_privacy_guard():
    from community import demo as community_demo
    from community.models import Comment, Post
    from privacy.guard import check
    from taxonomy import demo as taxonomy_demo

    taxonomy_demo.seed(lambda message: None)
    community_demo.seed(lambda message: None)

    sections = ("doe_mee", "praat_mee", "lees_mee")
    counts = {s: Post.objects.filter(section=s).count() for s in sections}
    assert sum(counts.values()) >= 60 and all(counts.values())
    assert Comment.objects.filter(parent__isnull=False).exists()
    texts = [t for p in Post.objects.all() for t in (p.title, p.body)]
    texts += list(Comment.objects.values_list("body", flat=True))
    assert [t for t in texts if check(t)] == []


def test_demo_groups_have_mixed_visibility_members_posts_and_due_actions():
    from community.models import Action, JoinRequest, Post, Reaction
    from groups.models import CommunityGroup, Membership
    from privacy.guard import check

    seed_all()
    seed_all()

    groups = CommunityGroup.objects.all()
    assert groups.count() >= 8
    assert set(groups.values_list("visibility", flat=True)) == {"open", "closed", "secret"}
    for group in groups:
        assert group.memberships.filter(role="owner").count() == 1
    demo_user = User.objects.get(email="professional@demo.wijkzorgnetwerk.nl")
    assert set(Membership.objects.filter(user=demo_user).values_list("role", flat=True)) == {
        "owner", "manager", "member"}
    assert Post.objects.filter(section="group").count() >= 8
    assert Reaction.objects.exists()
    open_actions = Action.objects.filter(status="open")
    assert any(a.is_overdue for a in open_actions) and not all(a.is_overdue for a in open_actions)
    assert Action.objects.filter(status="done").exists()
    assert JoinRequest.objects.filter(status="pending").count() == 1
    texts = list(Action.objects.values_list("description", flat=True))
    texts += [t for p in Post.objects.filter(section="group") for t in (p.title, p.body)]
    assert [t for t in texts if check(t)] == []
