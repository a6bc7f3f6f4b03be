"""A visitor asks to be verified; a beheerder decides in the CMS."""

import pytest
from django.core import mail

from accounts import roles
from accounts.models import VerificationRequest
from accounts.services import request_verification
from accounts.tests.factories import enable_totp, log_in_with_mfa
from taxonomy.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

Status = VerificationRequest.Status


@pytest.fixture
def beheerder(user_with_role):
    user = user_with_role(roles.BEHEERDER)
    enable_totp(user)
    return user


@pytest.fixture
def pending(visitor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        request = request_verification(
            visitor, organisation_name="Kinderopvang Het Anker", function="Pedagogisch coach",
            reason="Ik werk met peuters in Palenstein.",
        )
    mail.outbox.clear()
    return request


def test_a_visitor_submits_a_request_and_sees_its_status(
    client, visitor, beheerder, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory()
    client.force_login(visitor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/verificatie/", {
            "organisation": organisation.pk, "function": "Intern begeleider",
            "reason": "Ik begeleid leerlingen met dyslexie.",
        }, follow=True)

    request = visitor.verification_requests.get()
    assert request.status == Status.PENDING
    assert request.organisation == organisation
    page = response.content.decode()
    assert "In behandeling" in page
    assert "Aanvraag versturen" not in page, "no second request while one is pending"
    assert sorted(m.to[0] for m in mail.outbox) == sorted([visitor.email, beheerder.email])


def test_a_request_needs_an_organisation(client, visitor):
    client.force_login(visitor)

    response = client.post("/account/verificatie/", {
        "function": "Intern begeleider", "reason": "Ik werk op een school.",
    })

    assert response.status_code == 200
    assert "Kies uw organisatie uit de lijst of vul de naam in." in response.content.decode()
    assert not VerificationRequest.objects.exists()


def test_a_beheerder_sees_pending_requests_in_the_cms(client, beheerder, pending):
    log_in_with_mfa(client, beheerder)

    response = client.get("/cms/verificatieverzoeken/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Pedagogisch coach" in page
    assert f"/cms/verificatieverzoeken/goedkeuren/{pending.pk}/" in page


def test_a_beheerder_approves_with_a_note(
    client, beheerder, pending, django_capture_on_commit_callbacks
):
    log_in_with_mfa(client, beheerder)
    url = f"/cms/verificatieverzoeken/goedkeuren/{pending.pk}/"
    assert client.get(url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"decision_note": "Welkom in het netwerk."})

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED
    assert pending.decided_by == beheerder
    user = type(pending.user).objects.get(pk=pending.user_id)
    assert user.is_professional
    assert user.verified_professional_at is not None
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "goedgekeurd" in mail.outbox[0].subject
    assert "Welkom in het netwerk." in mail.outbox[0].body


def test_a_beheerder_declines_with_a_required_note(
    client, beheerder, pending, django_capture_on_commit_callbacks
):
    log_in_with_mfa(client, beheerder)
    url = f"/cms/verificatieverzoeken/afwijzen/{pending.pk}/"

    without_note = client.post(url, {"decision_note": ""})
    assert without_note.status_code == 200
    pending.refresh_from_db()
    assert pending.status == Status.PENDING

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision_note": "Kinderopvang valt buiten dit netwerk."})

    pending.refresh_from_db()
    assert pending.status == Status.DECLINED
    assert not type(pending.user).objects.get(pk=pending.user_id).is_professional
    assert [m.to for m in mail.outbox] == [[pending.user.email]]
    assert "afgewezen" in mail.outbox[0].subject
    assert "Kinderopvang valt buiten dit netwerk." in mail.outbox[0].body


def test_a_decided_request_cannot_be_decided_again(client, beheerder, pending):
    log_in_with_mfa(client, beheerder)
    client.post(f"/cms/verificatieverzoeken/goedkeuren/{pending.pk}/", {"decision_note": ""})

    response = client.post(
        f"/cms/verificatieverzoeken/afwijzen/{pending.pk}/", {"decision_note": "Toch niet."}
    )

    assert response.status_code == 200
    assert "Over deze aanvraag is al besloten." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED


@pytest.mark.parametrize("role", [roles.REDACTEUR, roles.MODERATOR])
def test_other_roles_cannot_decide(client, user_with_role, pending, role):
    user = user_with_role(role)
    log_in_with_mfa(client, user)

    response = client.post(
        f"/cms/verificatieverzoeken/goedkeuren/{pending.pk}/", {"decision_note": ""}
    )

    # Wagtail answers a permission error with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/cms/"
    pending.refresh_from_db()
    assert pending.status == Status.PENDING


def test_a_visitors_status_page_shows_the_decision_note(client, visitor, pending, beheerder):
    from accounts.services import decline_request

    decline_request(pending, beheerder, "Stuur ons uw werk-e-mailadres.")
    client.force_login(visitor)

    page = client.get("/account/verificatie/").content.decode()

    assert "Afgewezen" in page
    assert "Stuur ons uw werk-e-mailadres." in page
    assert "Opnieuw aanvragen" in page
