"""Synonyms on thema's and expertise: editors type other words for a term,
and search finds what says the term by those words too."""

import pytest
from django.urls import reverse

from access.visibility import PUBLIC_TOKEN
from accounts import roles
from accounts.tests.factories import enable_totp, log_in_with_mfa
from search import registry, synonyms
from search.backends.base import Criteria
from search.backends.select import database
from search.documents import Document
from search.query import parse
from taxonomy import demo
from taxonomy.models import Expertise, Thema
from taxonomy.search import split_synonyms, synonym_groups
from taxonomy.tests.factories import ExpertiseFactory, ThemaFactory

pytestmark = pytest.mark.django_db
PUBLIC = Criteria(tokens=frozenset({PUBLIC_TOKEN}))


def found(text, criteria=PUBLIC):
    return [hit.key for hit in database().search(parse(text), criteria).hits]


def test_synonyms_are_split_on_commas_semicolons_and_lines():
    assert split_synonyms(" autisme, autismespectrumstoornis ,, ") == [
        "autisme", "autismespectrumstoornis"]
    assert split_synonyms("leesproblemen;woordblindheid\nleesstoornis") == [
        "leesproblemen", "woordblindheid", "leesstoornis"]
    assert split_synonyms("") == []


def test_source_gives_name_and_synonyms_of_thema_and_expertise():
    ThemaFactory(name="Dyslexie", synonyms="leesproblemen, woordblindheid")
    ExpertiseFactory(name="ASS", synonyms="autisme, autismespectrumstoornis")
    ThemaFactory(name="Armoede")  # no synonyms: no group

    groups = list(synonym_groups())

    assert sorted(groups) == [["ASS", "autisme", "autismespectrumstoornis"],
                              ["Dyslexie", "leesproblemen", "woordblindheid"]]
    assert synonym_groups in registry.synonym_sources()


def test_a_saved_synonym_works_at_the_next_search():
    thema = ThemaFactory(name="Schoolverzuim")
    assert ("spijbelen",) not in synonyms.table()

    thema.synonyms = "spijbelen"
    thema.save()

    assert ("schoolverzuim",) in synonyms.table()[("spijbelen",)]


def test_a_deleted_term_takes_its_synonyms_along():
    expertise = ExpertiseFactory(name="ADHD", synonyms="aandachtstekortstoornis")
    assert ("aandachtstekortstoornis",) in synonyms.table()

    expertise.delete()

    assert ("aandachtstekortstoornis",) not in synonyms.table()


def test_autisme_finds_a_text_that_says_ass():
    ExpertiseFactory(name="ASS", synonyms="autisme, autismespectrumstoornis")
    database().index([
        Document(type="test", object_id=1, title="Onderzoek bij ASS", url="/ass/",
                 access_token=PUBLIC_TOKEN, body="Hulp voor kinderen met ASS en hun ouders."),
        Document(type="test", object_id=2, title="Voorlezen", url="/voorlezen/",
                 access_token=PUBLIC_TOKEN, body="De bibliotheek leest voor."),
    ])

    assert found("autisme") == ["test:1"]
    assert found("autismespectrumstoornis") == ["test:1"]
    assert found("ass") == ["test:1"]


def test_without_the_synonym_autisme_finds_nothing():
    ExpertiseFactory(name="ASS")
    database().index([Document(type="test", object_id=1, title="Onderzoek bij ASS",
                               url="/ass/", access_token=PUBLIC_TOKEN)])

    assert found("autisme") == []


def test_demo_gives_the_terms_their_synonyms():
    demo.seed(lambda message: None)

    assert split_synonyms(Expertise.objects.get(slug="ass").synonyms) == [
        "autisme", "autismespectrumstoornis"]
    assert split_synonyms(Thema.objects.get(name="Dyslexie").synonyms) == [
        "leesproblemen", "woordblindheid"]
    assert split_synonyms(Expertise.objects.get(slug="dyslexie").synonyms) == [
        "leesproblemen", "woordblindheid"]
    assert ("autisme",) in synonyms.table()[("ass",)]


def test_demo_leaves_synonyms_alone_when_its_file_gives_none():
    demo.seed(lambda message: None)
    Thema.objects.filter(name="Armoede").update(synonyms="geldzorgen")

    demo.seed(lambda message: None)

    assert Thema.objects.get(name="Armoede").synonyms == "geldzorgen"


@pytest.mark.parametrize("viewset, factory", [("themas", ThemaFactory),
                                              ("expertise", ExpertiseFactory)])
def test_cms_edit_form_has_the_synonyms_field(client, user_with_role, viewset, factory):
    beheerder = user_with_role(roles.BEHEERDER)
    enable_totp(beheerder)
    log_in_with_mfa(client, beheerder)
    term = factory(synonyms="autisme")

    html = client.get(reverse(f"{viewset}:edit", args=[term.pk])).content.decode()

    assert 'name="synonyms"' in html
    assert "Andere woorden" in html or "andere woorden" in html


@pytest.mark.parametrize("typed, finds", [("autisme, autismespectrumstoornis", ["test:1"]),
                                          ("", [])])
def test_a_beheerder_types_synonyms_in_the_cms_and_search_follows(
        client, user_with_role, typed, finds):
    """Through the CMS edit form, with other words and with the field left empty."""
    beheerder = user_with_role(roles.BEHEERDER)
    enable_totp(beheerder)
    log_in_with_mfa(client, beheerder)
    term = ExpertiseFactory(name="ASS", synonyms="oud woord")
    database().index([Document(type="test", object_id=1, title="Onderzoek bij ASS",
                               url="/ass/", access_token=PUBLIC_TOKEN)])
    assert found("oud woord") == ["test:1"]  # the table is loaded with the old word

    response = client.post(reverse("expertise:edit", args=[term.pk]),
                           {"name": "ASS", "slug": term.slug, "synonyms": typed})

    assert response.status_code == 302, response.content.decode()[:500]
    term.refresh_from_db()
    assert term.synonyms == typed
    assert found("autisme") == finds
    assert found("oud woord") == []
