"""A professionals-only page is absent for everyone else: the page itself,
listings, sitemap, feeds and documents. Per role: anonymous, visitor
(signed in, not verified), professional, eddie (not a professional)."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.tests.html import parse

from .factories import (
    GoodPracticeFactory,
    KnowledgeArticleFactory,
    NewsItemFactory,
    ResourceFactory,
)

pytestmark = pytest.mark.django_db

HIDDEN_TITLE = "Werkwijze ondersteuningsteam"
OPEN_TITLE = "Wat is dyslexie?"


@pytest.fixture
def viewers(visitor, professional, user_with_role):
    from accounts import roles
    from accounts.tests.factories import UserFactory

    return {
        "anonymous": (None, False),
        "visitor": (visitor, False),
        "eddie": (UserFactory(roles=[roles.EDDIE]), False),
        "professional": (professional, True),
    }


@pytest.fixture
def pages():
    return {
        "knowledge": (KnowledgeArticleFactory(title=OPEN_TITLE),
                      KnowledgeArticleFactory(title=HIDDEN_TITLE, visibility="professionals")),
        "news": (NewsItemFactory(title=OPEN_TITLE),
                 NewsItemFactory(title=HIDDEN_TITLE, visibility="professionals")),
        "practice": (GoodPracticeFactory(title=OPEN_TITLE),
                     GoodPracticeFactory(title=HIDDEN_TITLE, visibility="professionals")),
        "resource": (ResourceFactory(title=f"{OPEN_TITLE} (bron)"),
                     ResourceFactory(title=f"{HIDDEN_TITLE} (bron)", visibility="professionals")),
    }


def _as(client, user):
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", ["anonymous", "visitor", "eddie", "professional"])
def test_the_page_itself(client, viewers, pages, role):
    user, sees_hidden = viewers[role]
    client = _as(client, user)

    for open_page, hidden_page in pages.values():
        assert client.get(open_page.url).status_code == 200
        assert client.get(hidden_page.url).status_code == (200 if sees_hidden else 404)


@pytest.mark.parametrize("role", ["anonymous", "visitor", "eddie", "professional"])
@pytest.mark.parametrize("listing", ["/kennisbank/", "/actueel/", "/rijke-leeromgeving/"])
def test_listings(client, viewers, pages, role, listing):
    user, sees_hidden = viewers[role]

    text = parse(_as(client, user).get(listing)).find("main").get_text(" ")

    assert OPEN_TITLE in text
    assert (HIDDEN_TITLE in text) is sees_hidden


def test_the_page_says_who_it_is_for(client, professional, pages):
    hidden = pages["knowledge"][1]
    client.force_login(professional)

    assert "Alleen voor professionals" in parse(client.get(hidden.url)).get_text()


def test_sitemap_lists_public_pages_only(client, pages):
    body = client.get("/sitemap.xml").content.decode()

    for open_page, hidden_page in pages.values():
        assert open_page.url in body
        assert hidden_page.url not in body


@pytest.mark.parametrize("feed", ["/actueel/feed/", "/actueel/feed/atom/"])
def test_feeds_carry_public_news_only_even_for_professionals(client, professional, pages, feed):
    client.force_login(professional)  # a feed is public: the session does not widen it

    body = client.get(feed).content.decode()

    assert OPEN_TITLE in body
    assert HIDDEN_TITLE not in body


def _document(visibility):  # needs the disk_storage fixture
    pdf = ContentFile(b"%PDF-1.4 presentatie", name="presentatie.pdf")
    return get_document_model().objects.create(title="Presentatie", file=pdf,
                                               visibility=visibility)


@pytest.mark.parametrize("role", ["anonymous", "visitor", "eddie", "professional"])
def test_documents_are_served_through_the_access_model(client, viewers, role, disk_storage):
    user, sees_hidden = viewers[role]
    client = _as(client, user)
    public, hidden = _document("public"), _document("professionals")

    public_response = client.get(public.url)
    assert public_response.status_code == 200
    assert b"".join(public_response.streaming_content) == b"%PDF-1.4 presentatie"
    assert client.get(hidden.url).status_code == (200 if sees_hidden else 404)


def test_document_link_is_left_out_for_who_may_not_download(client, professional):
    hidden = _document("professionals")
    body = f'[{{"type": "document", "value": {{"document": {hidden.pk}, "title": ""}}}}]'
    article = KnowledgeArticleFactory(title=OPEN_TITLE, body=body)

    assert not parse(client.get(article.url)).find("a", href=hidden.url)
    client.force_login(professional)
    assert parse(client.get(article.url)).find("a", href=hidden.url)


def test_new_documents_are_for_professionals_until_made_public():
    document = get_document_model()(title="Nieuw")

    assert document.visibility == "professionals"


def test_cms_document_form_asks_who_may_download(client, user_with_role):
    from django.urls import reverse

    from accounts.tests.factories import log_in_with_mfa

    log_in_with_mfa(client, user_with_role("redacteur"))

    soup = parse(client.get(reverse("wagtaildocs:add")))

    assert soup.find("input", attrs={"name": "visibility", "value": "public"}) or soup.find(
        "select", attrs={"name": "visibility"})
