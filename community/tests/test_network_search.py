"""Mijn netwerk's free text goes through the one search service: Dutch word
forms and the taxonomy's synonyms ("autisme" finds expertise ASS), combined
with the page's own filters, and never through a field kept to oneself."""

import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from community.models import FieldVisibility
from community.services.profiles import update_profile
from core.tests.html import parse
from search import synonyms
from taxonomy.models import Expertise
from taxonomy.tests.factories import WijkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client):
    user = ProfessionalFactory()
    client.force_login(user)
    return user


@pytest.fixture
def ass():
    term = Expertise.objects.create(name="ASS", slug="ass",
                                    synonyms="autisme, autismespectrumstoornis")
    synonyms.forget()
    return term


@pytest.fixture
def colleague(django_capture_on_commit_callbacks):
    """A colleague saved through the profile service, indexed after the commit
    as on the site."""
    def make(name, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return update_profile(ProfessionalFactory().profile, {"display_name": name, **data})
    return make


def listed(client, query):
    soup = parse(client.get(f"{reverse('my_network')}?{query}"))
    return [a.get_text() for a in soup.select(".card__title a")]


def test_autisme_finds_the_colleague_with_expertise_ass(client, viewer, ass, colleague):
    colleague("Anouk", expertise=[ass])
    colleague("Bram", function="Jeugdverpleegkundige")

    assert listed(client, "zoek=autisme") == ["Anouk"]
    assert listed(client, "zoek=autismespectrumstoornis") == ["Anouk"]
    assert listed(client, "zoek=ASS") == ["Anouk"]


def test_a_hidden_expertise_is_not_found_by_its_synonym(client, viewer, ass, colleague):
    colleague("Anouk", expertise=[ass], expertise_visibility=FieldVisibility.ONLY_ME)

    assert listed(client, "zoek=autisme") == []


def test_word_forms_are_found(client, viewer, colleague):
    colleague("Anouk", function="Intern begeleider", bio="Ik werk met nieuwkomers.")

    assert listed(client, "zoek=begeleiders") == ["Anouk"]
    assert listed(client, "zoek=nieuwkomer") == ["Anouk"]


def test_the_free_text_combines_with_the_other_filters(client, viewer, ass, colleague):
    meerzicht, palenstein = WijkFactory(name="Meerzicht"), WijkFactory(name="Palenstein")
    colleague("Anouk", expertise=[ass], wijken=[meerzicht], function="Intern begeleider")
    colleague("Bram", expertise=[ass], wijken=[palenstein], function="Orthopedagoog")
    colleague("Chris", wijken=[meerzicht], function="Intern begeleider")

    assert listed(client, "zoek=autisme") == ["Anouk", "Bram"]
    assert listed(client, f"zoek=autisme&wijk={palenstein.slug}") == ["Bram"]
    assert listed(client, "zoek=autisme&functie=intern") == ["Anouk"]
    assert listed(client, f"zoek=begeleider&expertise={ass.slug}") == ["Anouk"]


def test_every_word_must_be_found(client, viewer, colleague):
    colleague("Anouk", function="Logopedist", bio="Ervaring met thuiszitters.")

    assert listed(client, "zoek=logopedist thuiszitters") == ["Anouk"]
    assert listed(client, "zoek=logopedist dyslexie") == []


def test_a_profile_edit_is_found_at_once_and_an_old_word_no_longer(
        client, viewer, colleague, django_capture_on_commit_callbacks):
    anouk = colleague("Anouk", function="Logopedist")
    assert listed(client, "zoek=logopedist") == ["Anouk"]

    with django_capture_on_commit_callbacks(execute=True):
        update_profile(anouk, {"function": "Orthopedagoog"})
    assert listed(client, "zoek=logopedist") == []
    assert listed(client, "zoek=orthopedagoog") == ["Anouk"]
