"""The community demo: 40 professionals with profiles, safe to run again."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate

from accounts import roles
from accounts.models import User
from accounts.tests.factories import UserFactory
from community import demo
from community.models import Profile
from taxonomy import demo as taxonomy_demo
from taxonomy.models import Expertise, Organisation, Thema, Wijk

pytestmark = pytest.mark.django_db


def seed_all():
    taxonomy_demo.seed(lambda message: None)
    demo.seed(lambda message: None)


def counts():
    models = [User, Profile, EmailAddress, Organisation, Wijk, Thema, Expertise,
              Profile.wijken.through, Profile.expertise.through]
    return {model.__name__: model.objects.count() for model in models}


def test_seeding_twice_changes_nothing():
    seed_all()
    first = counts()
    seed_all()
    assert counts() == first
    assert first["Profile"] == len(demo.PEOPLE)


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
    beheerder = UserFactory(
        email=f"beheerder@{demo.ROLE_DEMO_DOMAIN}", roles=[roles.PROFESSIONAL, roles.BEHEERDER]
    )
    seed_all()
    assert Profile.objects.get(user=beheerder).function == "beheerder van het platform"
