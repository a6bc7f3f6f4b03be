"""The Dutch home page is served at / on a freshly migrated database."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page, Site

from kennisbank.models import HomePage

pytestmark = pytest.mark.django_db


def get_home(client):
    response = client.get("/")
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def test_migrations_make_the_home_page_the_default_sites_root():
    site = Site.objects.get(is_default_site=True)

    assert isinstance(site.root_page.specific, HomePage)
    assert site.site_name == "Wijkzorgnetwerk Zoetermeer"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_home_page_is_dutch_with_one_heading(client):
    response, soup = get_home(client)

    assert response.status_code == 200
    assert soup.html["lang"] == "nl"
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == [
        "Welkom bij het wijkzorgnetwerk"
    ]
    assert "scholen, jeugdhulp" in soup.find("main").get_text()
    assert soup.find("header").find("a", href="/")["aria-current"] == "page"


def test_home_page_has_a_way_in_for_each_audience(client):
    _response, soup = get_home(client)

    headings = [h3.get_text(strip=True) for h3 in soup.find("main").find_all("h3")]
    assert headings == [
        "Voor professionals",
        "Voor ouders en jongeren",
        "Voor eddies",
        "Voor organisatoren en redacteuren",
    ]


def test_anonymous_visitor_is_invited_to_log_in_or_sign_up(client):
    _response, soup = get_home(client)
    professionals = soup.find(id="professionals")

    assert professionals.find("a", href=reverse("account_login"))
    assert professionals.find("a", href=reverse("account_signup"))


def test_signed_in_user_is_pointed_at_their_profile(client, visitor):
    client.force_login(visitor)

    _response, soup = get_home(client)

    professionals = soup.find(id="professionals")
    assert professionals.find("a", href=reverse("profile_me"))
    assert not professionals.find("a", href=reverse("account_signup"))


def test_cms_link_only_for_people_with_cms_access(client, visitor, user_with_role):
    client.force_login(visitor)
    _response, soup = get_home(client)
    assert not soup.find("main").find("a", href=reverse("wagtailadmin_home"))

    client.force_login(user_with_role("eddie"))
    _response, soup = get_home(client)
    assert soup.find(id="eddies").find("a", href=reverse("wagtailadmin_home"))


def test_every_link_on_the_home_page_leads_somewhere(client):
    _response, soup = get_home(client)

    for link in soup.find("main").find_all("a"):
        assert client.get(link["href"]).status_code in (200, 302), link["href"]


def test_there_can_be_only_one_home_page():
    assert not HomePage.can_create_at(Page.objects.get(depth=1))
