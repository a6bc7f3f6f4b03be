"""Editors keep the glossary in the CMS as snippets ("Begrippen")."""

import pytest

from accounts import roles
from accounts.tests.factories import log_in_with_mfa
from kennisbank.models import Term

pytestmark = pytest.mark.django_db

ADD_URL = "/cms/snippets/kennisbank/term/add/"


@pytest.fixture
def redacteur(client, user_with_role):
    """A redacteur signed in with password and authenticator code."""
    user = user_with_role(roles.REDACTEUR)
    log_in_with_mfa(client, user)
    return user


def test_an_editor_adds_a_term(client, redacteur):
    response = client.post(ADD_URL, {
        "abbreviation": "TLV",
        "full_term": "toelaatbaarheidsverklaring",
        "explanation": "Een besluit dat een kind naar het speciaal onderwijs mag.",
    })

    assert response.status_code == 302
    assert Term.objects.get().anchor == "tlv"
    assert "TLV" in client.get("/cms/snippets/kennisbank/term/").content.decode()


def test_the_abbreviation_is_unique(client, redacteur):
    Term.objects.create(abbreviation="OT", full_term="ondersteuningsteam", explanation="x")

    response = client.post(ADD_URL, {
        "abbreviation": "OT", "full_term": "iets anders", "explanation": "y",
    })

    assert response.status_code == 200
    assert Term.objects.count() == 1
