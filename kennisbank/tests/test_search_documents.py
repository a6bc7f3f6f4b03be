"""What the kennisbank hands to search: a document per live page and per
glossary term, the glossary's abbreviations as synonyms, the answer card,
and the triggers that keep documents in step with thema's, wijken, view
restrictions and the glossary page."""

import datetime
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from access.visibility import PROFESSIONALS_TOKEN, PUBLIC_TOKEN
from kennisbank.blocks import BodyBlock
from kennisbank.models import KnowledgeIndexPage, NewsIndexPage, Sector, TargetGroup
from kennisbank.search import (
    glossary_answer,
    glossary_synonyms,
    page_document,
    stream_text,
)
from search import indexing, registry, service, synonyms
from search.models import SearchEntry
from search.tests.searchers import Searcher
from taxonomy.tests.factories import ExpertiseFactory, ThemaFactory, WijkFactory

from .factories import (
    GlossaryPageFactory,
    GoodPracticeFactory,
    KnowledgeArticleFactory,
    NewsItemFactory,
    ParentTopicFactory,
    ResourceFactory,
    SocialMapEntryFactory,
    TermFactory,
)

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """`with indexed():` runs the after-commit indexing of what happens inside."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def text(html):
    return ("text", html)


def document_of(obj, type_name):
    """The document the registered type makes of `obj` (read fresh, as indexing does)."""
    searchable = registry.searchable_type(type_name)
    return indexing.documents_for(searchable, [obj.pk])[f"{type_name}:{obj.pk}"]


def entry(type_name, obj):
    return SearchEntry.objects.filter(key=f"{type_name}:{obj.pk}").first()


def keys(text, user=ANONYMOUS, **options):
    return [hit.key for hit in service.search(text, user, per_page=50, **options).hits]


# --- Types --------------------------------------------------------------------


@pytest.mark.parametrize("name, label", [
    ("kennis", "Kennis"), ("actueel", "Actueel"), ("praktijk", "Goede praktijken"),
    ("bron", "Regelingen en kennisbronnen"), ("ouders", "Voor ouders en jongeren"),
    ("sociale-kaart", "Sociale kaart"), ("begrip", "Begrippen"),
])
def test_every_kind_of_page_is_registered_with_its_dutch_label(name, label):
    assert str(registry.searchable_type(name).label) == label


def test_public_article_document():
    thema = ThemaFactory(name="Dyslexie")
    page = KnowledgeArticleFactory(
        title="Dyslexie signaleren", intro="Zo ziet u het op tijd.", themas=[thema],
        body=body(("heading", {"text": "Wat werkt", "level": "h2"}),
                  text("<p>Lees <b>samen</b> hardop.</p><p>Elke dag.</p>")))

    doc = document_of(page, "kennis")

    assert (doc.title, doc.url, doc.access_token) == ("Dyslexie signaleren", page.url, "public")
    assert doc.url.startswith("/kennisbank/")
    assert doc.summary == "Zo ziet u het op tijd."
    assert "Wat werkt" in doc.body and "Lees samen hardop. Elke dag." in doc.body
    assert "<" not in doc.body
    assert doc.themas == ["Dyslexie"] and "Dyslexie" in doc.body
    assert doc.date == page.last_published_at
    assert doc.parents is False


def test_professionals_article_carries_their_token_and_is_never_for_parents():
    page = KnowledgeArticleFactory(visibility="professionals")

    doc = document_of(page, "kennis")

    assert doc.access_token == PROFESSIONALS_TOKEN
    assert doc.parents is False
    # The rule holds whatever a type asks for.
    assert page_document("kennis", page, parents=True).parents is False


def test_text_of_a_professionals_page_is_not_found_by_others(indexed):
    with indexed():
        page = KnowledgeArticleFactory(
            visibility="professionals", title="Werkwijze ondersteuningsteam",
            body=body(text("<p>Het zorgoverleg gebruikt een actielijst.</p>")))

    assert entry("kennis", page).access_token == PROFESSIONALS_TOKEN
    assert keys("actielijst") == []
    assert keys("actielijst", parents_only=True) == []
    assert keys("actielijst", Searcher(PROFESSIONALS_TOKEN)) == [f"kennis:{page.pk}"]


def test_draft_and_expired_pages_are_not_findable(indexed):
    with indexed():
        draft = KnowledgeArticleFactory(live=False)
        expired = KnowledgeArticleFactory(expire_at=timezone.now() - datetime.timedelta(days=1))

    assert document_of(draft, "kennis") is None
    assert document_of(expired, "kennis") is None
    assert entry("kennis", draft) is None


def test_an_unpublished_page_leaves_the_index(indexed):
    with indexed():
        page = ParentTopicFactory(title="Extra hulp op school")
    assert entry("ouders", page) is not None

    with indexed():
        page.unpublish()

    assert entry("ouders", page) is None
    assert keys("extra hulp", parents_only=True) == []


def test_a_draft_of_a_live_page_is_not_indexed(indexed):
    with indexed():
        page = KnowledgeArticleFactory(title="Leesbegeleiding")
        page.title = "Geheime conceptversie"
        page.save_revision()

    assert entry("kennis", page).title == "Leesbegeleiding"
    assert keys("conceptversie", Searcher(PROFESSIONALS_TOKEN)) == []


def test_a_view_restriction_takes_a_page_out_of_search(indexed):
    with indexed():
        page = ParentTopicFactory(title="Wachtwoord nodig")
    with indexed():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim")

    assert entry("ouders", page) is None

    with indexed():
        restriction.delete()

    assert entry("ouders", page).parents is True


def test_news_item_is_dated_by_its_own_date():
    page = NewsItemFactory(date=datetime.date(2026, 9, 1))

    doc = document_of(page, "actueel")

    assert timezone.localtime(doc.date).date() == datetime.date(2026, 9, 1)


def test_good_practice_has_its_wijk_and_sector():
    page = GoodPracticeFactory(wijk=WijkFactory(name="Meerzicht"), sector=Sector.VO,
                               provider="Het Picasso Lyceum",
                               results="<p>Minder <i>thuiszitters</i>.</p>")

    doc = document_of(page, "praktijk")

    assert doc.wijken == ["Meerzicht"]
    assert doc.doelgroepen == ["Voortgezet onderwijs (VO)"]
    assert "Het Picasso Lyceum" in doc.body and "Minder thuiszitters." in doc.body


def test_resource_says_what_kind_it_is():
    doc = document_of(ResourceFactory(title="Leerplichtwet"), "bron")

    assert doc.body.startswith("Regeling")
    assert doc.parents is False


def test_parent_topic_is_in_the_parents_search():
    doc = document_of(ParentTopicFactory(), "ouders")

    assert (doc.access_token, doc.parents) == (PUBLIC_TOKEN, True)
    assert doc.doelgroepen == ["Ouders en jongeren"]


def test_social_map_entry_has_its_wijken_and_target_groups():
    grandparents = TargetGroup.objects.create(name="Grootouders", slug="grootouders")
    page = SocialMapEntryFactory(
        organisation="Gezinspunt Stadshart", wijken=[WijkFactory(name="Palenstein")],
        target_groups=[grandparents], how_to_reach="<p>Loop <b>gewoon</b> binnen.</p>")

    doc = document_of(page, "sociale-kaart")

    assert (doc.access_token, doc.parents) == (PUBLIC_TOKEN, True)
    assert doc.summary == page.summary
    assert doc.wijken == ["Palenstein"] and doc.doelgroepen == ["Grootouders"]
    assert "Gezinspunt Stadshart" in doc.body and "Loop gewoon binnen." in doc.body


# --- Block text -----------------------------------------------------------------


def test_block_text_leaves_out_document_titles_and_addresses():
    """A document's title shows only to who may download it; links, choices
    and chosen objects are no text."""
    raw = [
        {"type": "questions", "value": {"title": "Vragen", "items": [
            {"type": "item", "value": {"question": "Hoe lang?", "answer": "<p>Tien minuten.</p>"},
             "id": "a"}]}},
        {"type": "document", "value": {"document": 999, "title": "Verslag van het overleg"}},
        {"type": "call_to_action", "value": {"text": "Meld u aan", "page": None,
                                             "url": "https://voorbeeld.wzn-demo.nl/",
                                             "link_text": "Naar het formulier"}},
        {"type": "table", "value": {"caption": "Rooster", "header": ["Dag"],
                                    "rows": [["maandag"]]}},
        {"type": "image", "value": {"image": 12345, "alt": "Twee kinderen lezen",
                                    "caption": ""}},
    ]

    with CaptureQueriesContext(connection) as queries:
        result = stream_text(BodyBlock().to_python(raw))

    assert result.split("\n") == ["Vragen", "Hoe lang?", "Tien minuten.", "Meld u aan",
                                  "Naar het formulier", "Rooster", "Dag", "maandag",
                                  "Twee kinderen lezen"]
    assert len(queries) == 0  # no image, document or page is loaded


def test_documents_cost_no_query_per_page(settings):
    """Apart from Wagtail's site root paths, which it reads from the cache
    for each page's URL (a query with the database cache, so this test
    uses the in-memory one)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    thema, wijk = ThemaFactory(), WijkFactory()
    searchable = registry.searchable_type("praktijk")

    def count():
        with CaptureQueriesContext(connection) as queries:
            docs = list(indexing.all_documents(searchable))
        return len(docs), len(queries)

    GoodPracticeFactory(themas=[thema], wijk=wijk)
    count()  # the site root paths are cached now
    one = count()
    for _ in range(3):
        GoodPracticeFactory(themas=[thema], wijk=wijk)
    four = count()

    assert (one[0], four[0]) == (1, 4)
    assert four[1] == one[1]


# --- Glossary --------------------------------------------------------------------


def test_a_term_links_to_its_place_on_the_glossary_page():
    GlossaryPageFactory()
    term = TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring",
                       explanation="Een papier dat zegt dat een kind naar speciaal onderwijs mag.")

    doc = document_of(term, "begrip")

    assert doc.title == "TLV (toelaatbaarheidsverklaring)"
    assert doc.url == "/begrippen/#tlv"
    assert (doc.access_token, doc.parents) == (PUBLIC_TOKEN, True)
    assert doc.summary == term.explanation


def test_without_a_published_glossary_page_terms_are_not_findable(indexed):
    with indexed():
        glossary = GlossaryPageFactory()
        term = TermFactory()
    assert entry("begrip", term).url == f"/begrippen/#{term.anchor}"

    with indexed():
        glossary.unpublish()

    assert entry("begrip", term) is None
    assert document_of(term, "begrip") is None


def test_glossary_synonyms_are_its_abbreviations_with_their_full_terms():
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")
    TermFactory(abbreviation="Thuiszitter", full_term="")

    assert list(glossary_synonyms()) == [["TLV", "toelaatbaarheidsverklaring"]]
    assert glossary_synonyms in registry.synonym_sources()


def test_a_new_term_works_as_a_synonym_at_once():
    assert ("opp",) not in synonyms.table()

    term = TermFactory(abbreviation="OPP", full_term="ontwikkelingsperspectiefplan")

    assert synonyms.table()[("opp",)] == {("ontwikkelingsperspectiefplan",)}

    term.delete()

    assert ("opp",) not in synonyms.table()


def test_answer_card_for_an_abbreviation_or_its_full_term():
    GlossaryPageFactory()
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring",
                explanation="Een papier dat zegt dat een kind naar speciaal onderwijs mag.")

    for query in ("TLV", " tlv ", "Toelaatbaarheidsverklaring", "tlv"):
        answer = glossary_answer(query)
        assert answer.title == "TLV (toelaatbaarheidsverklaring)"
        assert answer.text == "Een papier dat zegt dat een kind naar speciaal onderwijs mag."
        assert answer.url == "/begrippen/#tlv"
        assert answer.label == "Begrip"
    assert glossary_answer("tlv aanvragen") is None
    assert glossary_answer("") is None


def test_answer_ignores_accents():
    GlossaryPageFactory()
    TermFactory(abbreviation="BOZ", full_term="begeleider onderwijs en zorg")
    TermFactory(abbreviation="Coördinator", full_term="")

    assert glossary_answer("coordinator").title == "Coördinator"
    assert glossary_answer("Begeleider  onderwijs en zorg").url == "/begrippen/#boz"


def test_no_answer_card_without_a_glossary_page_anyone_may_open():
    """The card is shown exactly when the term itself is findable."""
    term = TermFactory(abbreviation="BOZ", full_term="begeleider onderwijs en zorg")
    assert glossary_answer("BOZ") is None

    glossary = GlossaryPageFactory()
    assert glossary_answer("BOZ").url == "/begrippen/#boz"

    restriction = PageViewRestriction.objects.create(
        page=glossary, restriction_type=PageViewRestriction.LOGIN)
    assert glossary_answer("BOZ") is None
    assert document_of(term, "begrip") is None

    restriction.delete()
    glossary.unpublish()
    assert glossary_answer("BOZ") is None
    assert service.search("BOZ", ANONYMOUS).answer is None


def test_answer_costs_one_query_when_nothing_matches(django_assert_num_queries):
    TermFactory.create_batch(5)

    with django_assert_num_queries(1):
        assert glossary_answer("leesproblemen") is None


def test_the_service_shows_the_answer_card():
    GlossaryPageFactory()
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")

    assert service.search("TLV", ANONYMOUS).answer.url == "/begrippen/#tlv"


# --- Triggers --------------------------------------------------------------------


def test_a_renamed_thema_renames_the_facet_of_its_pages(indexed):
    thema = ThemaFactory(name="Lezen")
    with indexed():
        article = KnowledgeArticleFactory(themas=[thema])
        topic = ParentTopicFactory(themas=[thema])
    both = {f"kennis:{article.pk}", f"ouders:{topic.pk}"}
    assert set(keys("pagina", facets=[("thema", "Lezen")])) == both

    with indexed():
        thema.name = "Lezen en spellen"
        thema.save()

    assert set(keys("pagina", facets=[("thema", "Lezen en spellen")])) == both
    assert keys("pagina", facets=[("thema", "Lezen")]) == []
    assert "Lezen en spellen" in entry("kennis", article).body


def test_a_renamed_wijk_renames_the_facet_of_practices_and_social_map(indexed):
    wijk = WijkFactory(name="Noord")
    with indexed():
        practice = GoodPracticeFactory(wijk=wijk)
        place = SocialMapEntryFactory(wijken=[wijk])

    with indexed():
        wijk.name = "Noordhove"
        wijk.save()

    assert keys("pagina", facets=[("wijk", "Noordhove")]) == [f"praktijk:{practice.pk}"]
    assert keys("voorziening", facets=[("wijk", "Noordhove")]) == [f"sociale-kaart:{place.pk}"]
    assert keys("pagina", facets=[("wijk", "Noord")]) == []
    assert keys("voorziening", facets=[("wijk", "Noord")]) == []


def test_a_renamed_target_group_renames_the_doelgroep(indexed):
    group = TargetGroup.objects.create(name="Tieners", slug="tieners")
    with indexed():
        place = SocialMapEntryFactory(target_groups=[group])

    with indexed():
        group.name = "Tieners (13 tot 19 jaar)"
        group.save()

    assert keys("voorziening", facets=[("doelgroep", "Tieners (13 tot 19 jaar)")]) == [
        f"sociale-kaart:{place.pk}"]
    assert keys("voorziening", facets=[("doelgroep", "Tieners")]) == []


def test_a_deleted_thema_wijk_or_target_group_leaves_facets_and_text(indexed):
    """Django deletes the links before the term, so the pages are looked up first."""
    thema, wijk = ThemaFactory(name="Dyslexie"), WijkFactory(name="Noord")
    group = TargetGroup.objects.create(name="Tieners", slug="tieners")
    with indexed():
        article = KnowledgeArticleFactory(themas=[thema])
        practice = GoodPracticeFactory(wijk=wijk, themas=[thema])
        place = SocialMapEntryFactory(wijken=[wijk], target_groups=[group], themas=[thema])
    assert "thema=Dyslexie" in entry("kennis", article).facets
    assert "wijk=Noord" in entry("praktijk", practice).facets
    assert "doelgroep=Tieners" in entry("sociale-kaart", place).facets

    with indexed():
        thema.delete()
        wijk.delete()
        group.delete()

    for type_name, page in [("kennis", article), ("praktijk", practice),
                            ("sociale-kaart", place)]:
        found = entry(type_name, page)
        assert not {"thema=Dyslexie", "wijk=Noord", "doelgroep=Tieners"} & set(found.facets)
        assert "Dyslexie" not in found.body
    assert keys("dyslexie") == []


def test_a_renamed_section_gives_its_pages_their_new_address(indexed):
    with indexed():
        page = KnowledgeArticleFactory(slug="leesbegeleiding")
    section = KnowledgeIndexPage.objects.get()

    with indexed():
        section.slug = "kennis"
        section.save_revision().publish()

    assert entry("kennis", page).url == "/kennis/leesbegeleiding/"


def test_a_moved_page_gets_its_new_address(indexed):
    with indexed():
        page = KnowledgeArticleFactory(slug="verhuisd")

    with indexed():
        page.move(NewsIndexPage.objects.get(), pos="last-child")

    assert entry("kennis", page).url == "/actueel/verhuisd/"


def _stale(type_name, page):
    """Mark the page's entry, so a test can tell whether it was indexed again."""
    SearchEntry.objects.filter(key=f"{type_name}:{page.pk}").update(title="verouderd")


def test_a_draft_of_a_section_leaves_its_pages_alone(indexed):
    with indexed():
        page = KnowledgeArticleFactory(title="Leesbegeleiding")
    section = KnowledgeIndexPage.objects.get()
    _stale("kennis", page)

    with indexed():
        section.title = "Kennis en inzichten"
        section.save_revision()

    assert entry("kennis", page).title == "verouderd"


def test_a_section_published_with_a_new_slug_gives_its_pages_their_new_address(indexed):
    with indexed():
        page = KnowledgeArticleFactory(slug="leesbegeleiding")
        news = NewsItemFactory(slug="nieuw-protocol")
    section = KnowledgeIndexPage.objects.get()
    _stale("actueel", news)

    with indexed():
        section.slug = "weten"
        section.save_revision().publish()

    assert entry("kennis", page).url == "/weten/leesbegeleiding/"
    assert entry("actueel", news).title == "verouderd"  # not below the section


def test_a_moved_section_gives_its_pages_their_new_address(indexed):
    with indexed():
        page = KnowledgeArticleFactory(slug="leesbegeleiding")
    section = KnowledgeIndexPage.objects.get()
    old_url = entry("kennis", page).url

    with indexed():
        section.move(NewsIndexPage.objects.get(), pos="last-child")

    assert old_url != entry("kennis", page).url == f"/actueel/{section.slug}/leesbegeleiding/"


def test_a_moved_glossary_page_gives_its_terms_their_new_address(indexed):
    with indexed():
        glossary = GlossaryPageFactory()
        term = TermFactory()
    section = KnowledgeIndexPage.objects.get()

    with indexed():
        glossary.move(section, pos="last-child")

    assert entry("begrip", term).url == f"/{section.slug}/begrippen/#{term.anchor}"


# --- Searching ---------------------------------------------------------------------


def test_tlv_finds_the_page_about_the_toelaatbaarheidsverklaring(indexed):
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")
    with indexed():
        page = ParentTopicFactory(
            title="Naar het speciaal onderwijs",
            body=body(text("<p>Daarvoor is een toelaatbaarheidsverklaring nodig.</p>")))
        KnowledgeArticleFactory(title="Basisondersteuning")

    assert keys("TLV") == [f"ouders:{page.pk}"]
    assert keys("tlv", parents_only=True) == [f"ouders:{page.pk}"]


def test_autisme_finds_the_page_that_says_ass(indexed):
    ExpertiseFactory(name="ASS", synonyms="autisme, autismespectrumstoornis")
    with indexed():
        page = SocialMapEntryFactory(title="Onderzoek en hulp",
                                     summary="Voor kinderen met ASS en hun ouders.")
        SocialMapEntryFactory(title="Logopedie")

    assert keys("autisme") == [f"sociale-kaart:{page.pk}"]


def test_leesproblemen_finds_a_page_tagged_dyslexie(indexed):
    dyslexie = ThemaFactory(name="Dyslexie", synonyms="leesproblemen, woordblindheid")
    with indexed():
        page = KnowledgeArticleFactory(title="Signaleren in groep 3", themas=[dyslexie])
        KnowledgeArticleFactory(title="Rekenen in groep 3")

    assert keys("leesproblemen") == [f"kennis:{page.pk}"]
    assert keys("dyslexie") == [f"kennis:{page.pk}"]
