"""Editors keep the glossary in the CMS as snippets ("Begrippen")."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

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
    from kennisbank.models import KnowledgeIndexPage

    section = KnowledgeIndexPage.objects.get()
    response = client.post(ADD_URL, nested_form_data({
        "abbreviation": "TLV",
        "full_term": "toelaatbaarheidsverklaring",
        "explanation": "Een besluit dat een kind naar het speciaal onderwijs mag.",
        "related_pages": inline_formset([{"page": section.pk}]),
    }))

    assert response.status_code == 302
    assert Term.objects.get().anchor == "tlv"
    assert [link.page_id for link in Term.objects.get().related_pages.all()] == [section.pk]
    assert "TLV" in client.get("/cms/snippets/kennisbank/term/").content.decode()


def test_the_abbreviation_is_unique(client, redacteur):
    Term.objects.create(abbreviation="OT", full_term="ondersteuningsteam", explanation="x")

    response = client.post(ADD_URL, nested_form_data({
        "abbreviation": "OT", "full_term": "iets anders", "explanation": "y",
        "related_pages": inline_formset([]),
    }))

    assert response.status_code == 200
    assert Term.objects.count() == 1
