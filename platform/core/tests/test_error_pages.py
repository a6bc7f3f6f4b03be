"""Error pages are Dutch and accessible; the 500 page needs nothing that may be broken."""

import pytest
from django.core.exceptions import PermissionDenied
from django.template.loader import get_template
from django.test import RequestFactory
from django.views.defaults import permission_denied

from .html import h1_texts, parse

pytestmark = pytest.mark.django_db


def test_unknown_page_gives_dutch_404_in_the_site_shell(client):
    response = client.get("/deze-pagina-bestaat-niet/")
    soup = parse(response)

    assert response.status_code == 404
    assert soup.html["lang"] == "nl"
    assert h1_texts(soup) == ["Pagina niet gevonden"]
    assert soup.find("main").find("a", href="/")
    assert soup.find("a", href="#inhoud")


def test_403_page_is_dutch(visitor):
    request = RequestFactory().get("/ergens/")
    request.user = visitor

    response = permission_denied(request, PermissionDenied())

    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()


def test_500_page_renders_without_any_context():
    html = get_template("500.html").render()
    soup = parse_html(html)

    assert soup.html["lang"] == "nl"
    assert h1_texts(soup) == ["Er ging iets mis"]
    assert soup.find("main")


def parse_html(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")
