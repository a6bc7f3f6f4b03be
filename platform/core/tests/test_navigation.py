"""The main menu lists only sections whose pages exist, and marks where you are."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from core.navigation import SECTIONS, available_sections, main_navigation

from .html import main_nav_labels, parse
from .queries import page_queries

pytestmark = pytest.mark.django_db


@pytest.mark.urls("core.tests.urls_minimal")
def test_menu_has_no_sections_while_none_of_their_urls_exist(client):
    soup = parse(client.get("/privacy/"))

    assert available_sections() == []
    assert soup.find("nav", attrs={"aria-label": "Hoofdmenu"}) is None


def test_every_section_has_a_dutch_label_and_a_url_name():
    labels = [str(section.label) for section in SECTIONS]

    assert labels[:3] == ["Doe mee", "Praat mee", "Lees mee"]
    assert "Sociale kaart" in labels
    assert len({section.url_name for section in SECTIONS}) == len(SECTIONS)


@pytest.mark.urls("core.tests.urls_with_sections")
def test_a_section_appears_once_its_url_resolves(client):
    soup = parse(client.get("/privacy/"))

    assert main_nav_labels(soup) == ["Kennis", "Agenda"]
    assert soup.find("nav", attrs={"aria-label": "Hoofdmenu"}).find("a", href="/agenda/")


@pytest.mark.urls("core.tests.urls_with_sections")
def test_the_current_section_is_marked_for_assistive_technology(client):
    soup = parse(client.get("/kennis/thema/"))

    current = soup.find("nav", attrs={"aria-label": "Hoofdmenu"}).find_all(
        attrs={"aria-current": "page"}
    )
    assert [a.get_text(strip=True) for a in current] == ["Kennis"]


@pytest.mark.urls("core.tests.urls_with_sections")
def test_the_longest_matching_section_wins():
    links = main_navigation("/agenda/scholing/", AnonymousUser()).links

    assert [link.label for link in links if link.current] == ["Agenda"]
    assert not any(link.current for link in main_navigation("/privacy/", AnonymousUser()).links)


# --- The menu per reader: nothing that only leads to a login ----------------

EVERYONE = ["Actueel", "Kennis", "Agenda", "Ouders en jeugd", "Rijke leeromgeving", "Sociale kaart"]
PROFESSIONALS_SECTIONS = ["Doe mee", "Praat mee", "Lees mee"]
COMPLETE_MENU = [*PROFESSIONALS_SECTIONS, "Mijn groepen", "Mijn netwerk", *EVERYONE]


def read_menu(client, who, request, path="/privacy/"):
    """The main menu `who` (anonymous, visitor or professional) gets on `path`."""
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    return parse(client.get(path)).find("nav", attrs={"aria-label": "Hoofdmenu"})


def marked_list(nav):
    """The list in the menu whose label says it is for professionals, or None."""
    for ul in nav.find_all("ul", attrs={"aria-labelledby": True}):
        label = nav.find(id=ul["aria-labelledby"])
        if label and label.get_text(strip=True) == "Voor professionals":
            return ul
    return None


def labels_of(element):
    return [a.get_text(strip=True) for a in element.find_all("a")] if element else []


def test_a_professional_gets_the_complete_menu_without_marks(client, request):
    nav = read_menu(client, "professional", request)

    assert labels_of(nav) == COMPLETE_MENU
    assert marked_list(nav) is None


@pytest.mark.parametrize("who", ["anonymous", "visitor"])
def test_others_do_not_get_sections_only_professionals_can_open(client, request, who):
    labels = labels_of(read_menu(client, who, request))

    assert "Mijn groepen" not in labels
    assert "Mijn netwerk" not in labels
    assert [label for label in labels if label in EVERYONE] == EVERYONE


@pytest.mark.parametrize("who", ["anonymous", "visitor"])
def test_the_professionals_sections_are_marked_for_others(client, request, who):
    marked = labels_of(marked_list(read_menu(client, who, request)))

    assert marked[:3] == PROFESSIONALS_SECTIONS


def test_an_anonymous_visitor_gets_one_login_for_professionals(client, request):
    marked = marked_list(read_menu(client, "anonymous", request))

    login = marked.find("a", string="Inloggen voor professionals")
    assert login["href"] == reverse("account_login")
    assert labels_of(marked) == [*PROFESSIONALS_SECTIONS, "Inloggen voor professionals"]


def test_a_signed_in_visitor_is_not_asked_to_log_in(client, request):
    assert "Inloggen voor professionals" not in labels_of(read_menu(client, "visitor", request))


@pytest.mark.parametrize("who", ["anonymous", "visitor", "professional"])
def test_every_section_in_the_menu_opens_for_who_gets_it(client, request, who):
    """What the menu offers opens a page; it does not send anyone to a login
    or to a page that says they may not come in."""
    nav = read_menu(client, who, request)
    sections = [a["href"] for a in nav.find_all("a") if a["href"] != reverse("account_login")]

    assert sections
    assert {href: client.get(href).status_code for href in sections} == dict.fromkeys(
        sections, 200
    )


def test_a_marked_section_is_marked_current_on_its_page(client, request):
    nav = read_menu(client, "anonymous", request, path="/doe-mee/")

    current = nav.find_all(attrs={"aria-current": "page"})
    assert labels_of(marked_list(nav))[0] == "Doe mee"
    assert [a.get_text(strip=True) for a in current] == ["Doe mee"]


# --- The menu folds away on small screens, without script -------------------


def test_the_menu_is_a_disclosure_that_needs_no_script(client, professional):
    client.force_login(professional)
    soup = parse(client.get("/privacy/"))

    disclosure = soup.find("header").find("details")
    assert disclosure.find("summary").get_text(strip=True) == "Menu"
    assert disclosure.find("nav", attrs={"aria-label": "Hoofdmenu"})
    assert disclosure.find("nav", attrs={"aria-label": "Account"})
    assert not disclosure.has_attr("open")
    assert soup.find_all("script", src=False) == []


# Measured on the home page before the menu depended on the reader: the menu
# reads the roles the header already loads, so it adds no query. With the
# database cache (the embedded default) Wagtail's site root paths cost one of them.
# Signed in, the header's notification badge counts unread ones: one more, and
# for a professional the memberships its access tokens need: two more.
HOME_QUERIES = {"anonymous": 5, "visitor": 16, "professional": 17}


@pytest.mark.parametrize("who", HOME_QUERIES)
def test_the_menu_costs_the_home_page_no_queries(client, request, settings, who):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    database_cache = settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache")

    assert page_queries(client, "/") == HOME_QUERIES[who] - (0 if database_cache else 1)
