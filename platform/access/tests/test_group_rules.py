"""Closed and secret groups keep their content in; group visibility needs a group."""

import pytest
from django.core.exceptions import ValidationError

from access.tests.matrix import ROLES
from access.tests.testapp.models import Note
from access.visibility import Visibility
from groups.models import CommunityGroup

pytestmark = pytest.mark.django_db

OPEN, CLOSED, SECRET = CommunityGroup.Visibility.values
GROUP_VISIBILITY_CASES = [
    # (group, visibility asked for, visibility stored)
    (OPEN, Visibility.PUBLIC, Visibility.PUBLIC),
    (OPEN, Visibility.PROFESSIONALS, Visibility.PROFESSIONALS),
    (OPEN, Visibility.GROUP, Visibility.GROUP),
    (OPEN, Visibility.PRIVATE, Visibility.PRIVATE),
    (CLOSED, Visibility.PUBLIC, Visibility.GROUP),
    (CLOSED, Visibility.PROFESSIONALS, Visibility.GROUP),
    (CLOSED, Visibility.GROUP, Visibility.GROUP),
    (CLOSED, Visibility.PRIVATE, Visibility.PRIVATE),
    (SECRET, Visibility.PUBLIC, Visibility.GROUP),
    (SECRET, Visibility.PROFESSIONALS, Visibility.GROUP),
    (SECRET, Visibility.GROUP, Visibility.GROUP),
    (SECRET, Visibility.PRIVATE, Visibility.PRIVATE),
]


@pytest.mark.parametrize(("group_visibility", "asked", "stored"), GROUP_VISIBILITY_CASES)
def test_save_narrows_content_in_closed_and_secret_groups(
    group_visibility, asked, stored, groups, make_viewer
):
    """Private stays private: it is narrower than the group already."""
    note = Note.objects.create(
        title="n", visibility=asked, access_group=groups[group_visibility],
        owner=make_viewer("member"),
    )
    note.refresh_from_db()

    assert note.visibility == stored


@pytest.mark.parametrize(("group_visibility", "asked", "stored"), GROUP_VISIBILITY_CASES)
def test_clean_narrows_the_same_way(group_visibility, asked, stored, groups):
    note = Note(title="n", visibility=asked, access_group=groups[group_visibility])

    note.clean()

    assert note.visibility == stored


def test_clean_rejects_group_visibility_without_a_group():
    note = Note(title="n", visibility=Visibility.GROUP)

    with pytest.raises(ValidationError) as error:
        note.full_clean()

    assert "access_group" in error.value.message_dict


@pytest.mark.parametrize("role", ROLES)
def test_group_visibility_without_a_group_is_hidden_if_stored_anyway(role, make_viewer):
    viewer = make_viewer(role)
    note = Note.objects.create(title="n", visibility=Visibility.GROUP)

    assert not Note.objects.visible_to(viewer).filter(pk=note.pk).exists()
    assert not note.is_visible_to(viewer)


@pytest.mark.parametrize(
    ("role", "sees"),
    [(role, role in ("member", "manager")) for role in ROLES],
)
def test_a_group_that_turns_closed_hides_its_older_public_content(
    role, sees, groups, make_viewer
):
    """Rows written while the group was open keep `public` until re-saved;
    reads must apply the group's current rule anyway."""
    group = groups[OPEN]
    viewer = make_viewer(role)
    note = Note.objects.create(title="n", visibility=Visibility.PUBLIC, access_group=group)
    group.visibility = CLOSED
    group.save()
    note = Note.objects.get(pk=note.pk)

    assert note.visibility == Visibility.PUBLIC
    assert Note.objects.visible_to(viewer).filter(pk=note.pk).exists() is sees
    assert note.is_visible_to(viewer) is sees
    assert note.access_token == f"group:{group.pk}"
