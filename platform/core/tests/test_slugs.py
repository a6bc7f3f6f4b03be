"""core.slugs: the first free slug for a new row, also when someone else
takes it between looking and saving. Tried on groups (a unique slug)."""

import threading

import pytest
from django.db import IntegrityError, connection

from core.slugs import save_with_unique_slug, slug_base
from core.tests.race import race
from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory


def new_group(name="Leesgroep"):
    return CommunityGroup(name=name)


@pytest.mark.django_db
class TestPickingASlug:
    def test_a_free_base_is_used_as_it_is(self):
        group = new_group()

        assert save_with_unique_slug(group, "leesgroep") == "leesgroep"
        assert CommunityGroup.objects.get(pk=group.pk).slug == "leesgroep"

    def test_a_taken_base_gets_the_next_free_number(self):
        CommunityGroupFactory(slug="leesgroep")
        assert save_with_unique_slug(new_group(), "leesgroep") == "leesgroep-2"
        assert save_with_unique_slug(new_group(), "leesgroep") == "leesgroep-3"

    def test_a_numbered_slug_still_fits_the_field(self):
        longest = "a" * CommunityGroup._meta.get_field("slug").max_length
        CommunityGroupFactory(slug=longest)

        slug = save_with_unique_slug(new_group(), longest)

        assert slug == f"{longest[:-2]}-2"
        assert CommunityGroup.objects.filter(slug=slug).exists()

    def test_reserved_slugs_are_skipped(self):
        group = new_group("Nieuw")

        slug = save_with_unique_slug(group, "nieuw", reserved={"nieuw", "nieuw-2"})

        assert slug == "nieuw-3"

    def test_a_refusal_not_about_the_slug_is_raised_as_it_is(self):
        nameless = CommunityGroup(name=None)

        with pytest.raises(IntegrityError):
            save_with_unique_slug(nameless, "leesgroep")

        assert not CommunityGroup.objects.exists()


def test_slug_base_is_readable_cut_without_a_trailing_dash_and_never_empty():
    assert slug_base("Ouders & Jeugd in Oosterheem", max_length=13, fallback="groep") == (
        "ouders-jeugd")
    assert slug_base("!!!", max_length=20, fallback="groep") == "groep"



PEOPLE = 8


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason=(
    "the threads meet inside their transactions, which SQLite runs one at a "
    "time; run with DATABASE_URL=postgres://... for the race"))
def test_people_creating_the_same_group_at_once_all_get_their_own_slug():
    # Everyone has looked and seen "leesgroep" free before anyone saves: the
    # barrier holds each first save until all are about to write.
    barrier, saves = threading.Barrier(PEOPLE, timeout=30), []

    def create(person):
        group = new_group()

        def save():
            saves.append(person)
            if saves.count(person) == 1:
                barrier.wait()
            group.save()

        return save_with_unique_slug(group, "leesgroep", save=save)

    slugs, errors = race(range(PEOPLE), create, start_together=False)

    assert errors == []
    expected = ["leesgroep", *(f"leesgroep-{n}" for n in range(2, PEOPLE + 1))]
    assert sorted(slugs.values()) == sorted(expected)
    assert sorted(CommunityGroup.objects.values_list("slug", flat=True)) == sorted(expected)
    assert len(saves) > PEOPLE  # someone found their slug taken and tried the next
