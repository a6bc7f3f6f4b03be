"""The page "Voor mij" itself, with a stand-in panel instead of the pillars':
who gets in, the greeting, and each panel as a named section."""

import copy
from pathlib import Path

import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from core.tests.html import h1_texts, parse
from startpage import panels

pytestmark = pytest.mark.django_db

TEST_TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture
def stand_in_panel(monkeypatch, settings):
    """Only one panel, from this folder's templates."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], TEST_TEMPLATES]
    settings.TEMPLATES = templates
    monkeypatch.setattr(panels, "_panels", {})
    panels.register_panel(
        "proef", "startpage_test/panel.html",
        lambda user: {"heading": "Proefpaneel", "text": f"Voor {user.first_name}"})


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(reverse("start_page"))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/voor-mij/"


def test_a_visitor_is_sent_to_verification(client, visitor):
    client.force_login(visitor)

    response = client.get(reverse("start_page"))

    assert response.status_code == 302
    assert response["Location"] == reverse("professional_verification")


def test_a_professional_is_greeted_and_sees_each_panel_as_a_section(client, stand_in_panel):
    client.force_login(ProfessionalFactory(first_name="Noor"))

    soup = parse(client.get(reverse("start_page")))

    assert h1_texts(soup) == ["Voor mij"]
    assert "Hallo Noor" in soup.find("main").get_text(" ")
    section = soup.find("section", attrs={"aria-labelledby": "voor-mij-proef"})
    heading = section.find("h2")
    assert heading["id"] == "voor-mij-proef"
    assert heading.get_text(strip=True) == "Proefpaneel"
    assert section.get_text(" ", strip=True).endswith("Voor Noor")


def test_only_professionals_get_voor_mij_in_the_header(client, visitor):
    client.force_login(ProfessionalFactory())
    professional_links = account_link_labels(client)
    client.force_login(visitor)
    visitor_links = account_link_labels(client)

    assert professional_links[:2] == ["Mijn account", "Voor mij"]
    assert "Voor mij" not in visitor_links


def account_link_labels(client):
    nav = parse(client.get("/privacy/")).find("nav", attrs={"aria-label": "Account"})
    return [a.get_text(strip=True) for a in nav.find_all("a")]
