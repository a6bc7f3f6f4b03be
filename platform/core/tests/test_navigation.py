"""The main menu lists only sections whose pages exist, and marks where you are."""

import pytest

from core.navigation import SECTIONS, available_sections, main_navigation

from .html import main_nav_labels, parse

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
    links = main_navigation("/agenda/scholing/")

    assert [link.label for link in links if link.current] == ["Agenda"]
    assert not any(link.current for link in main_navigation("/privacy/"))
