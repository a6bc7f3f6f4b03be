"""An address at an organisation's domain makes one a verified professional."""

import pytest
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.core import mail
from django.test import RequestFactory

from accounts.tests.factories import UserFactory
from accounts.tests.helpers import confirmation_path, sign_up
from taxonomy.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def confirm(user, email=None):
    """Confirm an address the way allauth does: mark verified, send the signal."""
    address = EmailAddress.objects.get(user=user, email=email or user.email)
    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=RequestFactory().get("/"),
                         email_address=address)
    user.refresh_from_db()
    user.__dict__.pop("role_names", None)
    return user


def test_an_organisation_domain_makes_a_professional(django_capture_on_commit_callbacks):
    organisation = OrganisationFactory(email_domains="deklimop.nl")
    user = UserFactory(email="ib@deklimop.nl", verified_email=False)

    with django_capture_on_commit_callbacks(execute=True):
        confirm(user)

    assert user.is_professional
    assert user.verified_professional_at is not None
    assert user.organisation == organisation
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ib@deklimop.nl"]
    assert "geverifieerd als professional" in mail.outbox[0].subject
    assert organisation.name in mail.outbox[0].body


def test_another_domain_leaves_a_visitor(django_capture_on_commit_callbacks):
    OrganisationFactory(email_domains="deklimop.nl")
    user = UserFactory(email="ouder@gmail.com", verified_email=False)

    with django_capture_on_commit_callbacks(execute=True):
        confirm(user)

    assert not user.is_professional
    assert user.verified_professional_at is None
    assert user.organisation is None
    assert mail.outbox == []


def test_a_subdomain_is_not_the_organisation(django_capture_on_commit_callbacks):
    OrganisationFactory(email_domains="deklimop.nl")
    user = UserFactory(email="iemand@mail.deklimop.nl", verified_email=False)

    with django_capture_on_commit_callbacks(execute=True):
        confirm(user)

    assert not user.is_professional


def test_signing_up_with_a_work_address_verifies_on_confirmation(client, password):
    organisation = OrganisationFactory(email_domains="deklimop.nl")
    sign_up(client, "ib@deklimop.nl", password)

    client.post(confirmation_path())

    user = EmailAddress.objects.get(email="ib@deklimop.nl").user
    assert user.is_professional
    assert user.organisation == organisation
