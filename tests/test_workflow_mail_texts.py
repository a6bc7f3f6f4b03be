"""Wagtail's workflow mails speak as the platform too: submitted, approved,
sent back with a comment, and new comments on a page, each through the
CMS's own screens as the eddie and the redacteur use them."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from accounts import roles
from accounts.tests.factories import UserFactory, log_in_with_mfa
from accounts.tests.helpers import assert_speaks_as_the_platform
from kennisbank.models import KnowledgeArticlePage, KnowledgeIndexPage
from kennisbank.tests.test_workflow import _add_form, _submit_new_article, _workflow_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def eddie_client():
    client = Client()
    client.force_login(UserFactory(roles=[roles.EDDIE], email="eddie@leerwerk.example"))
    return client


@pytest.fixture
def redacteur():
    return UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR], email="redactie@example.nl")


@pytest.fixture
def redacteur_client(redacteur):
    client = Client()
    log_in_with_mfa(client, redacteur)
    return client


def submit_article_following_comments(client, title):
    """Like kennisbank's helper, with "mail me about comments" ticked as the
    browser shows it: the box sits outside the form element (joined by its
    form attribute), so the parsed form data lacks it."""
    url, data = _add_form(client, KnowledgeIndexPage.objects.get())
    data.update({"title": title, "slug": slugify(title), "intro": "Over dyslexie op school.",
                 "comment_notifications": "on", "action-submit": "1"})
    data.update(nested_form_data({"body": streamfield([])}))
    assert client.post(url, data).status_code == 302
    return KnowledgeArticlePage.objects.get(title=title)


def add_comment(client, page, text):
    """Save the page with one new comment, as the CMS's comment box does."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    # The body's block editor is drawn by JavaScript; an empty body is posted as it would.
    data.update(nested_form_data({"body": streamfield([])}))
    data.update({
        "comments-TOTAL_FORMS": "1", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "",
        "comments-0-id": "", "comments-0-contentpath": "title",
        "comments-0-text": text, "comments-0-position": "", "comments-0-resolved": "",
        "comments-0-DELETE": "", "comments-0-replies-TOTAL_FORMS": "0",
        "comments-0-replies-INITIAL_FORMS": "0", "comments-0-replies-MIN_NUM_FORMS": "0",
        "comments-0-replies-MAX_NUM_FORMS": "0",
    })
    assert client.post(url, data).status_code == 302


def test_a_submission_mails_the_redacteuren_and_the_superusers(eddie_client, redacteur):
    superuser = UserFactory(email="beheer@example.nl", is_superuser=True)

    _submit_new_article(eddie_client, "Dyslexie in groep 3")

    # Superusers hear of both the workflow and its task.
    assert {m.to[0] for m in mail.outbox} == {redacteur.email, superuser.email}
    for message in mail.outbox:
        assert "Dyslexie in groep 3" in message.subject
        assert_speaks_as_the_platform(message)


def test_approval_mails_the_eddie(eddie_client, redacteur_client):
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3")
    mail.outbox.clear()

    _workflow_action(redacteur_client, page, "approve")

    [message] = mail.outbox
    assert message.to == ["eddie@leerwerk.example"]
    assert "goedgekeurd" in message.body
    assert_speaks_as_the_platform(message)


def test_a_request_for_changes_mails_the_eddie_with_the_comment(eddie_client, redacteur_client):
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3")
    mail.outbox.clear()

    _workflow_action(redacteur_client, page, "reject", comment="Maak de zinnen korter, graag.")

    [message] = mail.outbox
    assert "Maak de zinnen korter, graag." in message.body
    assert_speaks_as_the_platform(message)


def test_a_comment_on_the_page_mails_the_eddie(eddie_client, redacteur_client):
    page = submit_article_following_comments(eddie_client, "Dyslexie in groep 3")
    mail.outbox.clear()

    add_comment(redacteur_client, page, "Kan de titel korter?")

    [message] = mail.outbox
    assert message.to == ["eddie@leerwerk.example"]
    assert "Kan de titel korter?" in message.body
    assert_speaks_as_the_platform(message)
