"""The editorial workflow through the CMS's own screens: an eddie writes and
submits, a redacteur approves or sends back with a comment; both get mail.
Scheduled publishing and revision comparison work for the redactie."""

import datetime
import io
import json
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from accounts import roles
from accounts.tests.factories import UserFactory, log_in_with_mfa
from kennisbank.models import KnowledgeArticlePage, KnowledgeIndexPage

from .factories import KnowledgeArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def eddie():
    return UserFactory(roles=[roles.EDDIE], email="eddie@leerwerk.example")


@pytest.fixture
def redacteur():
    return UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR], email="redactie@example.nl")


@pytest.fixture
def redacteur_client(client, redacteur):
    log_in_with_mfa(client, redacteur)
    return client


def _add_form(client, parent):
    url = reverse("wagtailadmin_pages:add",
                  args=["kennisbank", "knowledgearticlepage", parent.pk])
    response = client.get(url)
    assert response.status_code == 200
    return url, querydict_from_html(response.content.decode(), form_id="page-edit-form")


def _submit_new_article(client, title, action="action-submit", intro="Over dyslexie op school."):
    """Fill in the CMS's add form as a person would and press a button."""
    url, data = _add_form(client, KnowledgeIndexPage.objects.get())
    # In the browser, JavaScript fills the slug from the title.
    data.update({"title": title, "slug": slugify(title), "intro": intro})
    # The body's block editor is drawn by JavaScript; an empty body is posted as it would.
    data.update(nested_form_data({"body": streamfield([])}))
    data[action] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return KnowledgeArticlePage.objects.get(title=title)


def _workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_eddie_may_edit_but_not_publish(eddie, redacteur):
    page = KnowledgeArticleFactory()

    assert page.permissions_for_user(eddie).can_edit()
    assert not page.permissions_for_user(eddie).can_publish()
    assert page.permissions_for_user(redacteur).can_publish()


def test_eddie_publish_button_saves_a_draft_only(client, eddie):
    client.force_login(eddie)

    page = _submit_new_article(client, "Dyslexie in groep 3", action="action-publish")

    assert not page.live


def test_edit_screen_offers_eddie_review_not_publication(client, eddie):
    page = KnowledgeArticleFactory()
    client.force_login(eddie)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_submitted_page_waits_for_a_redacteur_who_is_mailed(client, eddie, redacteur):
    client.force_login(eddie)

    page = _submit_new_article(client, "Dyslexie in groep 3")

    assert not page.live
    assert page.workflow_in_progress
    assert [m.to for m in mail.outbox] == [[redacteur.email]]
    assert "Dyslexie in groep 3" in mail.outbox[0].subject
    assert client.get("/kennisbank/dyslexie-in-groep-3/").status_code == 404


def test_redacteur_approves_and_the_page_goes_live(client, eddie, redacteur_client):
    from django.test import Client

    eddie_client = Client()
    eddie_client.force_login(eddie)
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3")
    mail.outbox.clear()

    response = _workflow_action(redacteur_client, page, "approve")

    page.refresh_from_db()
    assert response.status_code == 302
    assert page.live and not page.workflow_in_progress
    assert [m.to for m in mail.outbox] == [[eddie.email]]
    assert Client().get(page.url).status_code == 200


def test_redacteur_opens_the_comment_dialog_before_approving(eddie, redacteur_client):
    """The dialog for "Goedkeuren met opmerking" is a modal Wagtail fetches first;
    it once failed because the site's layout values shadowed the admin's own."""
    from django.test import Client

    eddie_client = Client()
    eddie_client.force_login(eddie)
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3")
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:collect_workflow_action_data",
                  args=[page.pk, "approve", task_state.pk])

    response = redacteur_client.get(url)

    assert response.status_code == 200
    assert 'name="comment"' in response.json()["html"]


def test_redacteur_sends_back_with_a_comment_that_reaches_the_eddie(eddie, redacteur_client):
    from django.test import Client

    eddie_client = Client()
    eddie_client.force_login(eddie)
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3")
    mail.outbox.clear()

    _workflow_action(redacteur_client, page, "reject", comment="Maak de zinnen korter, graag.")

    page.refresh_from_db()
    assert not page.live
    assert [m.to for m in mail.outbox] == [[eddie.email]]
    assert "Maak de zinnen korter, graag." in mail.outbox[0].body


def test_scheduled_publishing_goes_live_at_the_set_time(redacteur):
    page = KnowledgeArticleFactory(live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    page.save_revision(user=redacteur).publish(user=redacteur)
    page.refresh_from_db()
    assert not page.live and page.latest_revision.approved_go_live_at == page.go_live_at

    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live

    later = timezone.now() + datetime.timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live


def test_redacteur_can_compare_revisions(redacteur_client, redacteur):
    page = KnowledgeArticleFactory(intro="Eerste versie.")
    first = page.save_revision(user=redacteur)
    page.intro = "Tweede versie."
    second = page.save_revision(user=redacteur)

    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    response = redacteur_client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Eerste" in html and "Tweede" in html


def test_my_data_lists_the_pages_and_versions_an_eddie_wrote(client, eddie):
    from accounts.mydata import export_for

    client.force_login(eddie)
    _submit_new_article(client, "Dyslexie in groep 3")

    work = export_for(eddie)["kennisbank"]

    assert [page["title"] for page in work["pages"]] == ["Dyslexie in groep 3"]
    assert work["pages"][0]["live"] is False
    assert [revision["page"] for revision in work["revisions"]] == ["Dyslexie in groep 3"]


APPROVAL_NOTICE = "Let op voor u goedkeurt"


def _messages_text(response):
    from core.tests.html import parse

    return " ".join(li.get_text(" ", strip=True)
                    for li in parse(response).select(".messages li"))


def test_redacteur_who_opens_a_submitted_page_sees_its_open_quality_warnings(
    eddie, redacteur_client
):
    from django.test import Client

    eddie_client = Client()
    eddie_client.force_login(eddie)
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3",
                               intro="Vraag de SOP op bij de school.")

    response = redacteur_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    notice = _messages_text(response)
    assert APPROVAL_NOTICE in notice
    assert "SOP" in notice
    assert APPROVAL_NOTICE not in _messages_text(
        eddie_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))


def test_redacteur_sees_the_readability_warning_of_a_page_for_parents(eddie, redacteur_client):
    from .factories import ParentTopicFactory
    from .test_editor_checks import HARD

    page = ParentTopicFactory(live=False, body=json.dumps(
        [{"type": "text", "value": f'<p>{HARD} <a href="/x">Klik hier</a>.</p>'}]))
    page.save_revision(user=eddie, clean=False)
    Workflow.objects.get(name="Redactie").start(page, eddie)

    notice = _messages_text(
        redacteur_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    assert APPROVAL_NOTICE in notice and "Moeilijk" in notice and "Klik hier" in notice


def test_a_submitted_page_without_findings_gets_no_notice(eddie, redacteur_client):
    from django.test import Client

    eddie_client = Client()
    eddie_client.force_login(eddie)
    page = _submit_new_article(eddie_client, "Dyslexie in groep 3")

    response = redacteur_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    assert APPROVAL_NOTICE not in _messages_text(response)
