"""Search engines get the public pages, and nothing behind a login."""

import pytest
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db


def test_robots_points_to_the_sitemap_and_keeps_private_areas_out(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    for path in ("/cms/", "/account/", "/profiel/"):
        assert f"Disallow: {path}" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_public_pages_only(client):
    home = Page.objects.get(depth=2)
    home.add_child(instance=Page(title="Openbaar", slug="openbaar"))
    restricted = home.add_child(instance=Page(title="Alleen ingelogd", slug="alleen-ingelogd"))
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    home.add_child(instance=Page(title="Concept", slug="concept", live=False))

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    body = response.content.decode()
    assert "/openbaar/</loc>" in body
    assert "/alleen-ingelogd/" not in body
    assert "/concept/" not in body
