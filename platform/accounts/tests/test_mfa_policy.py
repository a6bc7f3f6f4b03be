"""Staff roles must set up an authenticator app before the CMS or moderation."""

import pytest
from allauth.mfa.models import Authenticator

from accounts import roles
from accounts.tests.factories import PASSWORD, enable_totp, log_in_with_mfa

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
    log_in_with_mfa(client, redacteur)

    response = client.get("/cms/")

    assert response.status_code == 200


def test_an_enrolled_redacteur_signed_in_without_the_code_must_give_it(client, user_with_role):
    """Holding an authenticator is not enough: this session must have used it."""
    redacteur = user_with_role(roles.REDACTEUR)
    enable_totp(redacteur)
    client.force_login(redacteur)  # a session that skipped the second factor

    response = client.get("/cms/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/reauthenticate/?next=%2Fcms%2Fpages%2F"


def test_the_rule_holds_under_a_path_prefix(client, user_with_role):
    client.force_login(user_with_role(roles.REDACTEUR))

    response = client.get("/cms/", SCRIPT_NAME="/wzn")

    assert response.status_code == 302
    assert MFA_SETUP in response["Location"]


def test_wagtails_front_end_login_is_no_second_form(client, visitor, password):
    assert client.get("/_util/login/").status_code == 302
    response = client.post("/_util/login/", {"username": visitor.email, "password": password})

    assert "_auth_user_id" not in client.session
    assert response["Location"].startswith("/account/login/")


def test_a_professional_at_the_cms_is_refused_without_a_loop(client, professional):
    client.force_login(professional)

    response = client.get("/cms/", follow=True)

    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    assert "Geen toegang tot het beheer" in response.content.decode()


def test_an_eddie_needs_no_mfa(client, user_with_role):
    client.force_login(user_with_role(roles.EDDIE))

    assert client.get("/cms/").status_code == 200


def test_staff_without_mfa_still_reach_the_rest_of_the_site(client, user_with_role):
    beheerder = user_with_role(roles.BEHEERDER)
    client.post("/account/login/", {"login": beheerder.email, "password": PASSWORD})

    assert client.get("/account/").status_code == 200
    # allauth asks for the password once more before adding an authenticator.
    assert client.get(MFA_SETUP)["Location"].startswith("/account/reauthenticate/")
    client.post("/account/reauthenticate/", {"password": PASSWORD})
    assert client.get(MFA_SETUP).status_code == 200


def test_the_cms_has_no_login_form_of_its_own(client):
    response = client.get("/cms/login/?next=/cms/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/cms/pages/"


def test_anonymous_cms_visitors_go_to_the_one_login_form(client):
    response = client.get("/cms/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/account/login/")
    page = response.content.decode()
    assert page.count('type="password"') == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_activating_the_app_opens_the_cms_in_the_same_session(client, user_with_role):
    """Activation needs a valid code, so it counts as passing the second factor."""
    import time

    from allauth.mfa.totp.internal.auth import (
        SECRET_SESSION_KEY,
        format_hotp_value,
        hotp_value,
    )

    beheerder = user_with_role(roles.BEHEERDER)
    client.post("/account/login/", {"login": beheerder.email, "password": PASSWORD})
    client.post("/account/reauthenticate/", {"password": PASSWORD})
    assert client.get(MFA_SETUP).status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))

    # Committed for real: allauth sends its signal from transaction.on_commit.
    client.post(MFA_SETUP, {"code": code})

    assert Authenticator.objects.filter(user=beheerder, type="totp").exists()
    assert client.get("/cms/").status_code == 200
