"""The outcome of a review in the notification centre: whoever submitted a
page finds the redacteur's approval or request for changes there, with a
link to the page in the CMS. Wagtail mails them already, so the
notification adds no mail; nobody is told of their own decision."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from access.visibility import user_token
from accounts import roles
from accounts.tests.factories import UserFactory, log_in_with_mfa
from notifications.models import Kind, Notification, Rhythm

from .factories import KnowledgeArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def eddie():
    return UserFactory(roles=[roles.EDDIE], email="eddie@leerwerk.example")


@pytest.fixture
def redacteur():
    return UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR], first_name="Rosa",
                       last_name="Koster", email="redactie@example.nl")


def submitted(page, user):
    """The page sent for review by `user`, as "Ter beoordeling indienen" does."""
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def test_an_approval_through_the_cms_reaches_the_eddies_centre(client, eddie, redacteur):
    page = KnowledgeArticleFactory(title="Dyslexie in groep 3")
    submitted(page, eddie)
    mail.outbox.clear()
    log_in_with_mfa(client, redacteur)
    task_state = page.current_workflow_task_state

    client.post(reverse("wagtailadmin_pages:workflow_action",
                        args=[page.pk, "approve", task_state.pk]), {"comment": ""})

    (notice,) = Notification.objects.for_reader(eddie)
    assert notice.kind == Kind.REVIEW
    assert notice.text == 'Rosa Koster keurde uw pagina "Dyslexie in groep 3" goed'
    assert notice.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert (notice.token, notice.subject, notice.mail) == (user_token(eddie.pk), "",
                                                           Rhythm.NEVER)
    assert not Notification.objects.filter(recipient=redacteur).exists()
    # Wagtail's own mail is the only one.
    assert [m.to for m in mail.outbox] == [[eddie.email]]


def test_a_request_for_changes_reaches_the_submitter(eddie, redacteur):
    page = KnowledgeArticleFactory(title="Dyslexie in groep 3")
    workflow_state = submitted(page, eddie)

    workflow_state.current_task_state.specific.reject(user=redacteur,
                                                      comment="Maak de zinnen korter.")

    (notice,) = Notification.objects.for_reader(eddie)
    assert notice.kind == Kind.REVIEW
    assert notice.text == 'Rosa Koster vraagt om wijzigingen in uw pagina "Dyslexie in groep 3"'
    assert Client().get(notice.url).status_code == 302  # the CMS asks who it is first


def test_a_redacteur_who_approves_their_own_page_is_not_told(redacteur):
    page = KnowledgeArticleFactory()
    workflow_state = submitted(page, redacteur)

    workflow_state.current_task_state.specific.approve(user=redacteur)

    assert not Notification.objects.exists()


def test_a_redacteur_who_submitted_hears_a_colleagues_decision(redacteur):
    colleague = UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR])
    page = KnowledgeArticleFactory()
    workflow_state = submitted(page, redacteur)

    workflow_state.current_task_state.specific.approve(user=colleague)

    assert [n.recipient for n in Notification.objects.filter(kind=Kind.REVIEW)] == [redacteur]
