"""A small world for the access tests: three groups, one person per role,
and one note per visibility.

Roles: anonymous, visitor (signed up, email verified, not a professional),
professional, member and manager (of all three groups), moderator,
beheerder, and an inactive account that is a member of all three groups.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from access.tests.matrix import GROUP_NOTES
from access.tests.testapp.models import Note
from access.visibility import Visibility
from accounts import roles
from accounts.tests.factories import UserFactory
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory


@pytest.fixture
def groups(db):
    """One group per group visibility, keyed by that visibility."""
    return {
        visibility: CommunityGroupFactory(visibility=visibility)
        for visibility in CommunityGroup.Visibility.values
    }


def _join_all(user, groups, role=Membership.Role.MEMBER):
    for group in groups.values():
        MembershipFactory(user=user, group=group, role=role)
    return user


@pytest.fixture
def make_viewer(groups):
    """Factory fixture: make_viewer("manager") gives a fresh person in that role."""

    def make(role):
        if role == "anonymous":
            return AnonymousUser()
        if role == "visitor":
            return UserFactory()
        if role in ("moderator", "beheerder"):
            return UserFactory(roles=[roles.PROFESSIONAL, role])
        user = UserFactory(roles=[roles.PROFESSIONAL])
        if role == "member":
            _join_all(user, groups)
        elif role == "manager":
            _join_all(user, groups, Membership.Role.MANAGER)
        elif role == "inactive":
            _join_all(user, groups)
            user.is_active = False
            user.save(update_fields=["is_active"])
        return user

    return make


@pytest.fixture
def make_notes(groups):
    """Factory fixture: one note per kind; `own_private` belongs to `viewer`
    (there is none for an anonymous viewer)."""

    def make(viewer):
        author = UserFactory(roles=[roles.PROFESSIONAL])
        notes = {
            "public": Note(visibility=Visibility.PUBLIC),
            "professionals": Note(visibility=Visibility.PROFESSIONALS),
            "others_private": Note(visibility=Visibility.PRIVATE),
        }
        for kind, group_visibility in GROUP_NOTES.items():
            notes[kind] = Note(visibility=Visibility.GROUP, access_group=groups[group_visibility])
        for kind, note in notes.items():
            note.title, note.owner = kind, author
            note.save()
        if viewer.is_authenticated:
            notes["own_private"] = Note.objects.create(
                title="own_private", visibility=Visibility.PRIVATE, owner=viewer
            )
        return notes

    return make
