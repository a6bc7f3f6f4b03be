"""Security headers: a strict Content-Security-Policy on the site, the looser
one Wagtail's admin needs only under /cms/, and a Permissions-Policy.
A pillar's page with an inline style: tests/test_security_headers_pillars.py."""

from unittest import mock

import pytest
from wagtail.users.utils import get_gravatar_url

from config.settings.security import content_security_policy
from core import views
from core.tests.html import parse

pytestmark = pytest.mark.django_db


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


def test_public_pages_allow_no_inline_script_nor_eval(client):
    csp = policy(client.get("/privacy/"))

    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]


def test_pages_may_connect_only_to_the_site_and_its_own_websocket(client, settings):
    assert policy(client.get("/privacy/"))["connect-src"] == ["'self'", "ws://127.0.0.1:8000"]


def test_an_https_site_gets_a_secure_websocket_source():
    directives = content_security_policy("https://wijkzorg.example.nl/")["DIRECTIVES"]

    assert directives["connect-src"] == ["'self'", "wss://wijkzorg.example.nl"]


def test_the_cms_keeps_what_wagtail_admin_needs(client):
    csp = policy(client.get("/cms/"))

    assert csp["script-src"] == ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    # The page preview is a frame inside the admin.
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]


def test_a_path_that_only_starts_like_the_cms_gets_the_strict_policy(client):
    assert policy(client.get("/cmsx/"))["script-src"] == ["'self'"]


def test_the_500_page_keeps_its_style(client):
    client.raise_request_exception = False
    with mock.patch.object(views.PrivacyView, "get", side_effect=RuntimeError("kapot")):
        response = client.get("/privacy/")

    assert response.status_code == 500
    style = parse(response).find("style")
    assert f"'nonce-{style['nonce']}'" in policy(response)["style-src"]


def test_no_page_may_use_camera_microphone_location_payment_or_usb(client):
    response = client.get("/privacy/")

    allowed = dict(part.strip().split("=") for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert allowed[feature] == "()"


def test_the_cms_shows_no_gravatar_images():
    """Gravatar would learn which editors open the CMS (their address's hash),
    and the policy blocks images from elsewhere anyway."""
    assert get_gravatar_url("redacteur@example.nl") is None
