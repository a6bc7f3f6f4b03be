"""holders_of(): tokens_for() the other way round, checked against it."""

import pytest
from django.contrib.auth import get_user_model

from access.tokens import holders_of, tokens_for
from access.visibility import PROFESSIONALS_TOKEN, PUBLIC_TOKEN, group_token, user_token
from accounts.tests.factories import ProfessionalFactory, UserFactory
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def test_holders_of_a_token_are_exactly_the_users_whose_tokens_hold_it():
    group = CommunityGroupFactory()
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    unverified_member = MembershipFactory(group=group, user=UserFactory()).user
    inactive = ProfessionalFactory(is_active=False)
    people = [member, unverified_member, inactive, ProfessionalFactory(), UserFactory()]
    users = get_user_model().objects.filter(pk__in=[p.pk for p in people])

    for token in (PUBLIC_TOKEN, PROFESSIONALS_TOKEN, group_token(group.pk),
                  user_token(member.pk), "nobody"):
        expected = {p.pk for p in people if p.is_active and token in tokens_for(p)}
        assert set(holders_of(token, users).values_list("pk", flat=True)) == expected, token
