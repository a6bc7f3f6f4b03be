"""Every page shares one accessible shell: language, skip link, landmarks, links."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.template.loader import render_to_string
from django.urls import reverse

from .html import h1_texts, parse

pytestmark = pytest.mark.django_db


def test_page_is_dutch_with_skip_link_to_main_and_landmarks(client):
    soup = parse(client.get("/toegankelijkheid/"))

    assert soup.html["lang"] == "nl"
    skip = soup.body.find("a")
    assert skip["href"] == "#inhoud"
    assert skip.get_text(strip=True) == "Naar de inhoud"
    assert soup.find("main")["id"] == "inhoud"
    assert len(soup.find_all("header")) == 1
    assert len(soup.find_all("main")) == 1
    assert len(soup.find_all("footer")) == 1
    assert len(h1_texts(soup)) == 1


def test_every_navigation_landmark_has_its_own_name(client, visitor):
    client.force_login(visitor)
    soup = parse(client.get("/privacy/"))

    names = [nav.get("aria-label") for nav in soup.find_all("nav")]
    assert all(names)
    assert len(names) == len(set(names))


def test_anonymous_visitor_sees_login_and_sign_up(client):
    soup = parse(client.get("/privacy/"))
    account = soup.find("nav", attrs={"aria-label": "Account"})

    hrefs = {a.get_text(strip=True): a["href"] for a in account.find_all("a")}
    assert hrefs == {
        "Inloggen": reverse("account_login"),
        "Account aanmaken": reverse("account_signup"),
    }


@pytest.mark.urls("core.tests.urls_with_sections")
def test_signed_in_user_sees_own_pages_and_log_out(client, visitor):
    client.force_login(visitor)
    soup = parse(client.get("/privacy/"))
    account = soup.find("nav", attrs={"aria-label": "Account"})

    hrefs = {a.get_text(strip=True): a["href"] for a in account.find_all("a")}
    assert hrefs == {
        "Mijn account": reverse("account_overview"),
        "Mijn profiel": reverse("profile_me"),
        "Mijn gegevens": reverse("my_data"),
        "Uitloggen": reverse("account_logout"),
    }


@pytest.mark.urls("core.tests.urls_minimal")
def test_account_links_leave_out_pages_that_do_not_exist_yet(client, visitor):
    client.force_login(visitor)
    soup = parse(client.get("/privacy/"))
    account = soup.find("nav", attrs={"aria-label": "Account"})

    assert [a.get_text(strip=True) for a in account.find_all("a")] == ["Uitloggen"]


def test_home_link_and_footer_links(client):
    soup = parse(client.get("/privacy/"))

    assert soup.find("header").find("a", href="/")
    footer_links = {a["href"] for a in soup.find("footer").find_all("a")}
    assert {"/toegankelijkheid/", "/privacy/"} <= footer_links
    assert soup.find("footer").find("a", href="/privacy/")["aria-current"] == "page"


def test_messages_are_announced_as_status():
    message = Message(constants.SUCCESS, "Uw profiel is opgeslagen.")

    soup = BeautifulSoup(
        render_to_string("includes/messages.html", {"messages": [message]}), "html.parser"
    )

    status = soup.find(attrs={"role": "status"})
    assert status.get_text(strip=True) == "Uw profiel is opgeslagen."


def test_layout_uses_no_inline_script(client):
    soup = parse(client.get("/privacy/"))

    assert [s for s in soup.find_all("script") if not s.get("src")] == []


@pytest.mark.django_db
def test_an_english_browser_still_gets_dutch_dates_and_text(client):
    response = client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert response["Content-Language"] == "nl"
