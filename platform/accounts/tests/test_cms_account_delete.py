"""Deleting an account in the CMS is the same service as deleting one's own:
the data goes, the person gets the goodbye mail, Wagtail's history says who.

Only a superuser may delete accounts in the CMS (beheerders have no
delete permission on users), with the second factor like every CMS user.
"""

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from wagtail.models import ModelLogEntry

from accounts.models import User, VerificationRequest
from accounts.tests.factories import UserFactory, log_in_with_mfa

pytestmark = pytest.mark.django_db


def test_the_cms_deletes_the_account_its_data_and_says_goodbye(
    client, visitor, password, django_capture_on_commit_callbacks
):
    elsewhere = Client()
    elsewhere.post("/account/login/", {"login": visitor.email, "password": password})
    session_key = elsewhere.session.session_key
    VerificationRequest.objects.create(user=visitor, organisation_name="Basisschool De Akker",
                                       function="leerkracht", reason="Ik werk met kinderen.")
    admin = UserFactory(is_superuser=True)
    log_in_with_mfa(client, admin)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/cms/users/delete/{visitor.pk}/")

    assert response.status_code == 302
    assert not User.objects.filter(pk=visitor.pk).exists()
    assert not VerificationRequest.objects.filter(user_id=visitor.pk).exists()
    assert not Session.objects.filter(session_key=session_key).exists()
    [goodbye] = mail.outbox
    assert goodbye.to == [visitor.email]
    assert goodbye.subject.endswith("Uw account is verwijderd")
    # Someone else deleted it: the mail must not say the owner did.
    assert "Een beheerder van" in goodbye.body and "U hebt uw account" not in goodbye.body
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(visitor.pk))
    assert entry.user_id == admin.pk
