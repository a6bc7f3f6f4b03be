"""groups.api: membership, management and which groups one may know of."""

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts import roles
from accounts.tests.factories import UserFactory
from groups import api
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

OPEN, CLOSED, SECRET = CommunityGroup.Visibility.values
# Each person's relation to the group under test.
MEMBERSHIP_ROLE = {
    "member": Membership.Role.MEMBER,
    "manager": Membership.Role.MANAGER,
    "owner": Membership.Role.OWNER,
    "inactive_owner": Membership.Role.OWNER,
}


@pytest.fixture
def group():
    return CommunityGroupFactory(visibility=CLOSED)


@pytest.fixture
def person(group):
    """Factory fixture: person("manager") gives someone in that relation to `group`."""

    def make(kind):
        if kind == "anonymous":
            return AnonymousUser()
        user = UserFactory(roles=[roles.PROFESSIONAL])
        if kind in MEMBERSHIP_ROLE:
            MembershipFactory(user=user, group=group, role=MEMBERSHIP_ROLE[kind])
        if kind == "inactive_owner":
            user.is_active = False
            user.save(update_fields=["is_active"])
        return user

    return make


@pytest.mark.parametrize(
    ("kind", "member", "manager"),
    [
        ("anonymous", False, False),
        ("outsider", False, False),
        ("member", True, False),
        ("manager", True, True),
        ("owner", True, True),
        ("inactive_owner", False, False),
    ],
)
def test_is_member_and_manages(kind, member, manager, group, person):
    user = person(kind)

    assert api.is_member(user, group) is member
    assert api.manages(user, group) is manager
    assert (group.pk in api.group_ids_for(user)) is member


def test_group_ids_for_lists_every_group_of_the_user_and_no_other():
    user = UserFactory(roles=[roles.PROFESSIONAL])
    mine = [
        MembershipFactory(user=user, role=role).group
        for role in (Membership.Role.MEMBER, Membership.Role.MANAGER, Membership.Role.OWNER)
    ]
    MembershipFactory()

    assert api.group_ids_for(user) == {group.pk for group in mine}


def test_group_ids_for_anonymous_and_none_is_empty():
    assert api.group_ids_for(AnonymousUser()) == frozenset()
    assert api.group_ids_for(None) == frozenset()


@pytest.mark.parametrize(
    ("kind", "sees_secret"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("member", True),
        ("manager", True),
        ("owner", True),
        ("inactive_owner", False),
    ],
)
def test_groups_visible_to_hides_secret_groups_from_non_members(kind, sees_secret, person):
    user = person(kind)
    shown = {visibility: CommunityGroupFactory(visibility=visibility) for visibility in (
        OPEN, CLOSED, SECRET)}
    if kind not in ("anonymous", "outsider"):
        MembershipFactory(user=user, group=shown[SECRET])
    other_secret = CommunityGroupFactory(visibility=SECRET)

    visible = set(api.groups_visible_to(user))

    assert {shown[OPEN], shown[CLOSED]} <= visible
    assert (shown[SECRET] in visible) is sees_secret
    assert other_secret not in visible


@pytest.mark.parametrize("kind", ["anonymous", "member"])
def test_groups_visible_to_is_one_query(kind, group, person, django_assert_num_queries):
    user = person(kind)
    CommunityGroupFactory.create_batch(3, visibility=SECRET)

    with django_assert_num_queries(1):
        visible = list(api.groups_visible_to(user))
    assert visible == [group]  # the one query finds the closed group, not the secret ones
