"""Who sees what: every role against every visibility.

The table below is the access model's specification. Roles give no extra
sight: a moderator or beheerder sees what any professional sees (moderation
works on reported items through its own service). An inactive account is
treated as anonymous, even for its own private notes.
"""

import pytest
from django.http import Http404

from access.tests.matrix import NOTE_KINDS, ROLES
from access.tests.testapp.models import Note
from access.tokens import tokens_for
from access.views import get_visible_or_404, require_visible

PROFESSIONAL_SIGHT = {"public", "professionals", "own_private"}
MEMBER_SIGHT = PROFESSIONAL_SIGHT | {"open_group", "closed_group", "secret_group"}

SEES = {
    "anonymous": {"public"},
    "visitor": {"public", "own_private"},
    "professional": PROFESSIONAL_SIGHT,
    "member": MEMBER_SIGHT,
    "manager": MEMBER_SIGHT,
    "moderator": PROFESSIONAL_SIGHT,
    "beheerder": PROFESSIONAL_SIGHT,
    "inactive": {"public"},
}

# An anonymous viewer owns nothing, so has no own private note: 8 x 7 - 1 = 55 cases.
CASES = [
    (role, kind, kind in SEES[role])
    for role in ROLES
    for kind in NOTE_KINDS
    if not (role == "anonymous" and kind == "own_private")
]

pytestmark = pytest.mark.django_db


def test_the_matrix_has_55_cases():
    assert len(CASES) == 55


@pytest.mark.parametrize("role", ROLES)
def test_visible_to_lists_exactly_what_the_role_may_see(role, make_viewer, make_notes):
    viewer = make_viewer(role)
    notes = make_notes(viewer)

    listed = {note.title for note in Note.objects.visible_to(viewer)}

    assert listed == SEES[role] & set(notes)


@pytest.mark.parametrize(("role", "kind", "sees"), CASES)
def test_one_note_is_visible_or_404(role, kind, sees, make_viewer, make_notes):
    viewer = make_viewer(role)
    note = make_notes(viewer)[kind]

    assert note.is_visible_to(viewer) is sees
    assert (note.access_token in tokens_for(viewer)) is sees
    if sees:
        assert get_visible_or_404(Note.objects.all(), viewer, pk=note.pk) == note
        require_visible(viewer, note.access_token)
    else:
        with pytest.raises(Http404):
            get_visible_or_404(Note.objects.all(), viewer, pk=note.pk)
        with pytest.raises(Http404):
            require_visible(viewer, note.access_token)


def test_get_visible_or_404_takes_a_model_or_a_manager(make_viewer, make_notes):
    viewer = make_viewer("professional")
    note = make_notes(viewer)["professionals"]

    assert get_visible_or_404(Note, viewer, pk=note.pk) == note
    assert get_visible_or_404(Note.objects, viewer, pk=note.pk) == note
    with pytest.raises(Http404):
        get_visible_or_404(Note, make_viewer("visitor"), pk=note.pk)
