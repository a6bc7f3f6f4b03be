"""Control characters (a vertical tab pasted from a word processor, say) never
reach the database through a form, and stored ones never break a feed."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from community.models import Post

pytestmark = pytest.mark.django_db


def test_the_composer_strips_control_characters(client):
    client.force_login(ProfessionalFactory())

    client.post(reverse("doe_mee_new"), {
        "title": "Pilot\x0bvoorlezen\x01 in de wijk", "body": "Doet u mee?\x0bGraag!\x1b",
        "visibility": "public"})

    post = Post.objects.get()
    assert post.title == "Pilot\nvoorlezen in de wijk"
    assert "\x0b" not in post.body and "\x1b" not in post.body
    assert "Graag!" in post.body


@pytest.mark.parametrize("section", ["doe_mee", "praat_mee", "lees_mee"])
def test_a_stored_control_character_does_not_break_the_feed(client, section):
    Post.objects.create(owner=ProfessionalFactory(), section=section, visibility="public",
                        title="Oud\x0bbericht\x07 met\x1f stuurtekens",
                        body="<p>Tekst\x0c met\x08 tekens</p>")

    response = client.get(reverse(f"{section}_feed"))

    assert response.status_code == 200
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    entry = ET.fromstring(response.content).find("atom:entry", ns)
    assert entry.findtext("atom:title", namespaces=ns) == "Oud\nbericht met stuurtekens"
