"""visible_to() costs the same number of queries for 1 row and for 25.

One query for the list. The first time a user object meets the access
model it also reads the user's roles and memberships (one query each);
later lists on the same object reuse the cached tokens.
"""

import pytest

from access.tests.testapp.models import Note
from access.visibility import Visibility
from accounts.models import User

pytestmark = pytest.mark.django_db

VISIBILITIES = [Visibility.PUBLIC, Visibility.PROFESSIONALS, Visibility.GROUP, Visibility.PRIVATE]


@pytest.fixture
def notes(groups, make_viewer):
    """Factory fixture: `count` notes of every visibility, in every group."""

    def make(count, owner):
        group_list = list(groups.values())
        Note.objects.bulk_create(
            Note(
                title=f"n{i}", visibility=VISIBILITIES[i % 4],
                access_group=group_list[i % 3], owner=owner,
            )
            for i in range(count)
        )

    return make


@pytest.mark.parametrize("count", [1, 25])
def test_anonymous_list_is_one_query(count, notes, make_viewer, django_assert_num_queries):
    notes(count, owner=make_viewer("professional"))

    with django_assert_num_queries(1):
        listed = list(Note.objects.visible_to(make_viewer("anonymous")))
    # The one query finds the public notes of the open group (each twelfth), not nothing.
    assert sorted(note.title for note in listed) == sorted(f"n{i}" for i in range(0, count, 12))


@pytest.mark.parametrize("count", [1, 25])
def test_member_list_is_one_query_plus_roles_and_memberships_once(
    count, notes, make_viewer, django_assert_num_queries
):
    member = make_viewer("member")
    notes(count, owner=member)
    fresh = User.objects.get(pk=member.pk)

    with django_assert_num_queries(3):
        first = list(Note.objects.visible_to(fresh))
    with django_assert_num_queries(1):
        again = list(Note.objects.visible_to(fresh).select_related("access_group"))

    assert first == again
    assert len(first) == count
