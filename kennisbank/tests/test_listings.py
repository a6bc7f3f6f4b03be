"""Listings: filters, pagination, and a number of queries that does not grow
with the number of pages listed."""

import pytest

from core.tests.html import parse
from core.tests.queries import page_queries
from kennisbank.models import TargetGroup
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .factories import (
    GoodPracticeFactory,
    KnowledgeArticleFactory,
    NewsItemFactory,
    ParentTopicFactory,
    ResourceFactory,
    SocialMapEntryFactory,
)

pytestmark = pytest.mark.django_db


def _make_knowledge(n, thema, wijk):
    return KnowledgeArticleFactory.create_batch(n, themas=[thema])


def _make_news(n, thema, wijk):
    return NewsItemFactory.create_batch(n, themas=[thema])


def _make_practices(n, thema, wijk):
    practices = GoodPracticeFactory.create_batch(n, themas=[thema], wijk=wijk)
    return practices + ResourceFactory.create_batch(n, themas=[thema])


def _make_parents(n, thema, wijk):
    helper = SocialMapEntryFactory()
    return ParentTopicFactory.create_batch(n, themas=[thema], who_can_help=[helper])


def _make_social_map(n, thema, wijk):
    groups = list(TargetGroup.objects.all()[:2])
    return SocialMapEntryFactory.create_batch(n, themas=[thema], wijken=[wijk],
                                              target_groups=groups)


# Each makes `n` pages the listing shows (and returns them); 11 fit on one page
# of every listing, so with 11 the count is of a page that shows them all.
LISTINGS = {
    "/kennisbank/": _make_knowledge,
    "/actueel/": _make_news,
    "/rijke-leeromgeving/": _make_practices,
    "/ouders/": _make_parents,
    "/sociale-kaart/": _make_social_map,
}


@pytest.mark.parametrize("url", LISTINGS)
@pytest.mark.parametrize("signed_in", [False, True])
def test_query_count_does_not_grow_with_the_number_of_pages(client, professional, url,
                                                            signed_in):
    if signed_in:
        client.force_login(professional)
    thema, wijk = ThemaFactory(name="Dyslexie"), WijkFactory(name="Meerzicht")
    pages = LISTINGS[url](2, thema, wijk)
    links = [page.url for page in pages]
    few = page_queries(client, url, links)
    filtered_few = page_queries(client, f"{url}?thema=dyslexie", links)

    links += [page.url for page in LISTINGS[url](9, thema, wijk)]

    assert page_queries(client, url, links) == few
    assert page_queries(client, f"{url}?thema=dyslexie", links) == filtered_few
    print(f"{url} {'professional' if signed_in else 'anonymous'}: {few} queries, "
          f"{filtered_few} with a filter")


def test_thema_filter_narrows_and_keeps_its_choice(client):
    dyslexie, nieuwkomers = ThemaFactory(name="Dyslexie"), ThemaFactory(name="Nieuwkomers")
    KnowledgeArticleFactory(title="Lezen met dyslexie", themas=[dyslexie])
    KnowledgeArticleFactory(title="Welkom op school", themas=[nieuwkomers])

    soup = parse(client.get("/kennisbank/?thema=dyslexie"))

    titles = [h.get_text(strip=True) for h in soup.select(".card__title")]
    assert titles == ["Lezen met dyslexie"]
    assert soup.find("select", id="id_thema").find("option", selected=True)["value"] == "dyslexie"
    assert soup.find(class_="listing__count").get_text(strip=True) == "1 resultaat"


def test_unknown_filter_value_is_explained_and_ignored(client):
    KnowledgeArticleFactory(title="Lezen met dyslexie")

    soup = parse(client.get("/kennisbank/?thema=bestaat-niet"))

    assert "Deze keuze bestaat niet (meer)" in soup.find(id="id_thema_error").get_text()
    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == ["Lezen met dyslexie"]


def test_pagination_keeps_the_filter(client):
    thema = ThemaFactory(name="Dyslexie")
    KnowledgeArticleFactory.create_batch(14, themas=[thema])

    soup = parse(client.get("/kennisbank/?thema=dyslexie"))
    next_link = soup.find("a", rel="next")

    assert next_link["href"] == "?thema=dyslexie&pagina=2"
    second = parse(client.get(f"/kennisbank/{next_link['href']}"))
    assert len(second.select(".card__title")) == 2
    assert "Pagina 2 van 2" in second.find("nav", class_="pagination").get_text()


def test_practices_filter_on_sector_and_wijk(client):
    meerzicht = WijkFactory(name="Meerzicht")
    GoodPracticeFactory(title="Plusklas", sector="po", wijk=meerzicht)
    GoodPracticeFactory(title="Stagekast", sector="mbo", wijk=meerzicht)
    GoodPracticeFactory(title="Leesmaatjes", sector="po", wijk=WijkFactory(name="Dorp"))

    soup = parse(client.get("/rijke-leeromgeving/?sector=po&wijk=meerzicht"))

    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == ["Plusklas"]


def test_social_map_is_ordered_by_weight_lightest_first(client):
    SocialMapEntryFactory(title="Behandeling", level=3)
    SocialMapEntryFactory(title="Consultatiebureau", level=1)
    SocialMapEntryFactory(title="Jeugd- en gezinsteam", level=2)

    soup = parse(client.get("/sociale-kaart/"))

    headings = [s.find("h2").get_text(strip=True) for s in soup.select("section[aria-labelledby]")]
    assert headings == [
        "Voor iedereen: vrij toegankelijk",
        "Advies, overleg en toegang tot hulp",
        "Jeugdhulp: behandeling en specialistische hulp",
    ]
    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == [
        "Consultatiebureau", "Jeugd- en gezinsteam", "Behandeling",
    ]
    assert "Begin bij de lichte hulp" in soup.get_text()


def test_social_map_wijk_filter_includes_citywide_provisions(client):
    meerzicht, dorp = WijkFactory(name="Meerzicht"), WijkFactory(name="Dorp")
    SocialMapEntryFactory(title="Wijkteam Meerzicht", wijken=[meerzicht])
    SocialMapEntryFactory(title="Wijkteam Dorp", wijken=[dorp])
    SocialMapEntryFactory(title="Opvoedlijn", wijken=[])

    soup = parse(client.get("/sociale-kaart/?wijk=meerzicht"))

    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == [
        "Opvoedlijn", "Wijkteam Meerzicht",
    ]


def test_invalid_level_is_explained_and_the_rest_still_filters(client):
    SocialMapEntryFactory(title="Opvoedlijn", level=1)

    soup = parse(client.get("/sociale-kaart/?niveau=9&thema="))

    assert soup.find(id="id_niveau_error")
    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == ["Opvoedlijn"]


def test_social_map_filters_on_level_and_doelgroep(client):
    parents = TargetGroup.objects.get(slug="ouders")
    youth = TargetGroup.objects.get(slug="jongeren")
    SocialMapEntryFactory(title="Opvoedlijn", level=1, target_groups=[parents])
    SocialMapEntryFactory(title="Jongerenwerk", level=1, target_groups=[youth])
    SocialMapEntryFactory(title="Gezinsbehandeling", level=3, target_groups=[parents])

    soup = parse(client.get("/sociale-kaart/?niveau=1&doelgroep=ouders"))

    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == ["Opvoedlijn"]


def test_filter_options_write_out_abbreviations(client):
    from .factories import TermFactory

    for abbreviation, full_term in [("VVE", "voor- en vroegschoolse educatie"),
                                    ("PO", "primair onderwijs"), ("VO", "voortgezet onderwijs")]:
        TermFactory(abbreviation=abbreviation, full_term=full_term)
    vve = ThemaFactory(name="VVE", slug="vve")
    ThemaFactory(name="Overgang PO-VO", slug="overgang-po-vo")
    GoodPracticeFactory(title="Voorlezen in de peutergroep", sector="po", themas=[vve])

    soup = parse(client.get("/rijke-leeromgeving/?thema=vve"))

    options = soup.find("select", id="id_thema").find_all("option")
    themas = {option["value"]: option.get_text() for option in options}
    assert themas["vve"] == "Voor- en vroegschoolse educatie (VVE)"
    assert themas["overgang-po-vo"] == "Overgang PO-VO (primair onderwijs, voortgezet onderwijs)"
    sectors = [o.get_text() for o in soup.find("select", id="id_sector").find_all("option")]
    assert "Primair onderwijs (PO)" in sectors  # already written out: left alone
    assert [h.get_text(strip=True) for h in soup.select(".card__title")] == [
        "Voorlezen in de peutergroep"]
