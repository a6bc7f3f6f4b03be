"""A group's address (slug): made from its name, unique, never a page under
/groepen/, also when two people start a group of the same name at once."""

import threading

import pytest
from django.db import connection

from accounts.tests.factories import ProfessionalFactory
from community.services import groups as services
from core.tests.race import race
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory

DATA = {"name": "Leesgroep Meerzicht", "description": "", "visibility": "open",
        "join_policy": "direct"}


@pytest.mark.django_db
def test_a_clash_with_an_existing_address_gets_a_number(professional):
    CommunityGroupFactory(slug="leesgroep-meerzicht")

    assert services.create_group(professional, DATA).slug == "leesgroep-meerzicht-2"


@pytest.mark.django_db
def test_a_long_name_gives_an_address_of_at_most_forty_characters(professional):
    name = "Werkgroep voor de overgang van groep acht naar het voortgezet onderwijs"

    group = services.create_group(professional, {**DATA, "name": name})

    assert group.slug == "werkgroep-voor-de-overgang-van-groep-ach"
    assert group.name == name



@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason=(
    "SQLite runs writing transactions one at a time, so the two saves never "
    "meet; run with DATABASE_URL=postgres://... for the race"))
def test_two_groups_started_at_once_with_the_same_name_both_get_an_address(monkeypatch):
    owners = ProfessionalFactory.create_batch(2)
    # Each first save waits until both have looked and seen the address free.
    barrier, saved_once = threading.Barrier(len(owners), timeout=30), set()
    save = CommunityGroup.save

    def save_after_both_looked(group, *args, **kwargs):
        if threading.get_ident() not in saved_once:
            saved_once.add(threading.get_ident())
            barrier.wait()
        return save(group, *args, **kwargs)

    monkeypatch.setattr(CommunityGroup, "save", save_after_both_looked)
    groups, errors = race(owners, lambda owner: services.create_group(owner, DATA),
                          start_together=False)

    assert errors == []
    assert sorted(group.slug for group in groups.values()) == [
        "leesgroep-meerzicht", "leesgroep-meerzicht-2"]
    assert {(m.group.slug, m.user) for m in Membership.objects.select_related("group", "user")} \
        == {(group.slug, owner) for owner, group in groups.items()}
