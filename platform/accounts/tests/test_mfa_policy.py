"""Staff roles must set up an authenticator app before the CMS or moderation."""

import pytest
from allauth.mfa.models import Authenticator

from accounts import roles
from accounts.tests.factories import enable_totp

pytestmark = pytest.mark.django_db

MFA_SETUP = "/account/2fa/totp/activate/"


@pytest.mark.parametrize("role", [roles.REDACTEUR, roles.MODERATOR, roles.BEHEERDER])
def test_staff_without_mfa_are_sent_to_the_setup_page(client, user_with_role, role):
    client.force_login(user_with_role(role))

    response = client.get("/cms/", follow=True)

    assert response.redirect_chain[0] == (MFA_SETUP, 302)
    page = response.content.decode()
    assert "Voor uw rol is tweestapsverificatie verplicht" in page


def test_moderation_is_protected_too(client, user_with_role):
    client.force_login(user_with_role(roles.MODERATOR))

    response = client.get("/moderatie/meldingen/")

    assert response.status_code == 302
    assert response["Location"] == MFA_SETUP


def test_a_superuser_needs_mfa(client, professional):
    professional.is_superuser = True
    professional.save()
    client.force_login(professional)

    assert client.get("/cms/")["Location"] == MFA_SETUP


def test_a_redacteur_with_an_authenticator_opens_the_cms(client, user_with_role):
    redacteur = user_with_role(roles.REDACTEUR)
    enable_totp(redacteur)
    assert Authenticator.objects.filter(user=redacteur, type="totp").exists()
    client.force_login(redacteur)

    response = client.get("/cms/")

    assert response.status_code == 200


def test_an_eddie_needs_no_mfa(client, user_with_role):
    client.force_login(user_with_role(roles.EDDIE))

    assert client.get("/cms/").status_code == 200


def test_staff_without_mfa_still_reach_the_rest_of_the_site(client, user_with_role):
    client.force_login(user_with_role(roles.BEHEERDER))

    assert client.get("/account/").status_code == 200
    assert client.get(MFA_SETUP).status_code in (200, 302)


def test_the_cms_has_no_login_form_of_its_own(client):
    response = client.get("/cms/login/?next=/cms/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/cms/pages/"


def test_anonymous_cms_visitors_go_to_the_one_login_form(client):
    response = client.get("/cms/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/account/login/")
    page = response.content.decode()
    assert page.count('type="password"') == 1
