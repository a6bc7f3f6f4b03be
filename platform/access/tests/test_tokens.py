"""The tokens a person holds, the token content needs, and the token cache."""

import pytest
from django.contrib.auth.models import Group
from django.utils.functional import SimpleLazyObject

from access.tests.matrix import ROLES
from access.tests.testapp.models import Note
from access.tokens import forget_tokens, index_tokens, tokens_for
from access.visibility import Visibility
from accounts import roles
from accounts.services import verify_professional
from accounts.tests.factories import UserFactory
from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def expected_tokens(role, viewer, groups):
    """What each role holds: a table written out, not derived from the code."""
    if role in ("anonymous", "inactive"):
        return {"public"}
    own = {"public", f"user:{viewer.pk}"}
    if role == "visitor":
        return own
    if role in ("member", "manager"):
        return own | {"professionals"} | {f"group:{g.pk}" for g in groups.values()}
    return own | {"professionals"}


@pytest.mark.parametrize("role", ROLES)
def test_tokens_per_role(role, make_viewer, groups):
    viewer = make_viewer(role)

    assert tokens_for(viewer) == expected_tokens(role, viewer, groups)


def test_tokens_for_none_is_public_only():
    assert tokens_for(None) == {"public"}


def test_the_token_content_needs(groups):
    owner = UserFactory()
    group = groups[CommunityGroup.Visibility.OPEN]

    def token(**fields):
        return Note.objects.create(title="n", owner=owner, **fields).access_token

    assert token(visibility=Visibility.PUBLIC) == "public"
    assert token(visibility=Visibility.PROFESSIONALS) == "professionals"
    assert token(visibility=Visibility.GROUP, access_group=group) == f"group:{group.pk}"
    assert token(visibility=Visibility.PRIVATE) == f"user:{owner.pk}"
    assert token(visibility=Visibility.PUBLIC, access_group=group) == "public"


def test_broken_records_need_a_token_nobody_holds():
    owner = UserFactory()
    no_group = Note.objects.create(title="n", visibility=Visibility.GROUP, owner=owner)
    orphan = Note.objects.create(title="n", visibility=Visibility.PRIVATE, owner=owner)
    owner.delete()
    orphan.refresh_from_db()

    assert no_group.access_token == orphan.access_token == "nobody"


def test_index_tokens_is_the_required_token(groups):
    group = groups[CommunityGroup.Visibility.CLOSED]
    note = Note.objects.create(title="n", visibility=Visibility.GROUP, access_group=group)

    assert index_tokens(note) == [f"group:{group.pk}"]


def test_tokens_are_cached_until_forgotten():
    user = UserFactory(roles=[roles.PROFESSIONAL])
    before = tokens_for(user)
    group = CommunityGroupFactory()
    MembershipFactory(user=user, group=group)

    assert tokens_for(user) == before
    forget_tokens(user)
    assert f"group:{group.pk}" in tokens_for(user)


def test_verification_forgets_the_tokens():
    user = UserFactory()
    assert "professionals" not in tokens_for(user)

    verify_professional(user)

    assert "professionals" in tokens_for(user)


def test_forget_tokens_reaches_through_a_lazy_request_user():
    """request.user is a lazy proxy; the cache lives on the real user."""
    user = UserFactory()
    lazy_user = SimpleLazyObject(lambda: user)
    assert "professionals" not in tokens_for(lazy_user)
    user.groups.add(Group.objects.get(name=roles.PROFESSIONAL))

    forget_tokens(lazy_user)

    assert "professionals" in tokens_for(lazy_user)


def test_forget_tokens_on_anonymous_is_harmless(make_viewer):
    anonymous = make_viewer("anonymous")

    forget_tokens(anonymous)

    assert tokens_for(anonymous) == {"public"}


def test_membership_without_verification_gives_no_group_token():
    """A member who was never verified, or lost the professional role, does
    not see the group's content: membership alone is not enough."""
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    member = UserFactory(roles=[roles.PROFESSIONAL])
    MembershipFactory(group=group, user=member)
    note = Note.objects.create(
        title="Afspraken", visibility=Visibility.GROUP, access_group=group
    )
    assert list(Note.objects.visible_to(member)) == [note]

    member.groups.remove(Group.objects.get(name=roles.PROFESSIONAL))
    forget_tokens(member)

    assert f"group:{group.pk}" not in tokens_for(member)
    assert list(Note.objects.visible_to(member)) == []
