"""may_subscribe(): stream subscriptions go through the access model."""

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts import roles
from accounts.tests.factories import UserFactory
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from realtime.access import may_subscribe

pytestmark = pytest.mark.django_db


@pytest.fixture
def secret_group():
    return CommunityGroupFactory(visibility=CommunityGroup.Visibility.SECRET)


@pytest.fixture
def member(secret_group):
    return MembershipFactory(group=secret_group, user=UserFactory(roles=[roles.PROFESSIONAL])).user


@pytest.mark.parametrize(
    ("who", "token", "allowed"),
    [
        ("anonymous", "public", True),
        ("anonymous", "professionals", False),
        ("visitor", "professionals", False),
        ("member", "professionals", True),
        ("member", "group", True),
        ("visitor", "group", False),
        ("member", "member_private", True),
        ("visitor", "member_private", False),
        ("member", "nobody", False),
    ],
)
def test_may_subscribe_follows_the_tokens(who, token, allowed, member, secret_group):
    user = {"anonymous": AnonymousUser(), "visitor": UserFactory(), "member": member}[who]
    stream_token = {
        "group": f"group:{secret_group.pk}",
        "member_private": f"user:{member.pk}",
    }.get(token, token)

    assert may_subscribe(user, stream_token) is allowed


def test_someone_who_left_a_group_is_refused_at_once(member, secret_group):
    """The socket's user object may hold tokens from hours ago."""
    token = f"group:{secret_group.pk}"
    assert may_subscribe(member, token)

    Membership.objects.filter(user=member, group=secret_group).delete()

    assert not may_subscribe(member, token)
