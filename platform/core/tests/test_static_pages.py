"""The accessibility statement and the privacy statement."""

import pytest
from django.urls import reverse

from .html import h1_texts, parse

pytestmark = pytest.mark.django_db


def test_accessibility_statement(client):
    response = client.get(reverse("accessibility"))
    soup = parse(response)
    text = soup.find("main").get_text(" ", strip=True)

    assert response.status_code == 200
    assert reverse("accessibility") == "/toegankelijkheid/"
    assert h1_texts(soup) == ["Toegankelijkheid"]
    assert "WCAG 2.1, niveau AA" in text
    assert "axe" in text
    assert "Wat werkt nog niet goed?" in text
    assert "Een probleem melden" in text
    assert soup.find("main").find("a", href=lambda href: href and href.startswith("mailto:"))
    assert "23 november 2026" in text


def test_privacy_statement(client):
    response = client.get(reverse("privacy"))
    soup = parse(response)
    text = soup.find("main").get_text(" ", strip=True)

    assert response.status_code == 200
    assert reverse("privacy") == "/privacy/"
    assert h1_texts(soup) == ["Privacy"]
    for stored in ["Uw account", "Uw profiel", "Wat u plaatst", "Sessies", "Logbestanden"]:
        assert stored in text
    for level in ["Openbaar", "Professionals", "Groep", "Privé"]:
        assert soup.find("th", string=level)
    assert "geboortedatum" in text and "burgerservicenummer (BSN)" in text
    for right in ["Inzage", "Correctie", "Verwijdering", "Dataportabiliteit"]:
        assert right in text
    assert "Mijn gegevens" in text
    assert soup.find("main").find("a", href=lambda href: href and href.startswith("mailto:"))


@pytest.mark.urls("core.tests.urls_with_sections")
def test_privacy_statement_links_to_my_data(client):
    my_data_url = reverse("my_data")

    soup = parse(client.get(reverse("privacy")))

    assert soup.find("main").find("a", href=my_data_url).get_text(strip=True) == "Mijn gegevens"
