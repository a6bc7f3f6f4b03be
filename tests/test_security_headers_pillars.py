"""Security headers on pages the pillars serve (the platform's own pages are
in platform/core/tests/test_security_headers.py, which imports no pillar)."""

import pytest

from core.tests.html import parse
from core.tests.test_security_headers import policy
from kennisbank.tests.factories import GlossaryPageFactory, TermFactory

pytestmark = pytest.mark.django_db


def test_an_inline_style_carries_the_nonce_of_the_header(client):
    GlossaryPageFactory()
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")

    response = client.get("/begrippen/")

    style = parse(response).find("style")
    assert f"'nonce-{style['nonce']}'" in policy(response)["style-src"]
