"""Editors keep the glossary in the CMS as snippets ("Begrippen")."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts import roles
from kennisbank.models import Term

pytestmark = pytest.mark.django_db

ADD_URL = "/cms/snippets/kennisbank/term/add/"


@pytest.fixture
def eddie(client, user_with_role):
    """An eddie signed in, allowed to keep the glossary."""
    # Until accounts.roles grants these, the test gives them to the role itself.
    Group.objects.get(name=roles.EDDIE).permissions.add(*Permission.objects.filter(
        content_type__app_label="kennisbank",
        codename__in=["add_term", "change_term", "view_term"],
    ))
    user = user_with_role(roles.EDDIE)
    client.force_login(user)
    return user


def test_an_editor_adds_a_term(client, eddie):
    response = client.post(ADD_URL, {
        "abbreviation": "TLV",
        "full_term": "toelaatbaarheidsverklaring",
        "explanation": "Een besluit dat een kind naar het speciaal onderwijs mag.",
    })

    assert response.status_code == 302
    assert Term.objects.get().anchor == "tlv"
    assert "TLV" in client.get("/cms/snippets/kennisbank/term/").content.decode()


def test_the_abbreviation_is_unique(client, eddie):
    Term.objects.create(abbreviation="OT", full_term="ondersteuningsteam", explanation="x")

    response = client.post(ADD_URL, {
        "abbreviation": "OT", "full_term": "iets anders", "explanation": "y",
    })

    assert response.status_code == 200
    assert Term.objects.count() == 1
