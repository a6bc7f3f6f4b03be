"""The demo accounts: one per role, known passwords, MFA for staff roles."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from accounts import demo, roles
from accounts.models import User

pytestmark = pytest.mark.django_db


def test_seed_is_idempotent_and_gives_every_role_an_account():
    lines = []
    demo.seed(lines.append)
    demo.seed(lines.append)

    assert User.objects.filter(email__endswith="@demo.wijkzorgnetwerk.nl").count() == 6
    for account in demo.DEMO_ACCOUNTS:  # as content/accounts.yaml names them
        user = User.objects.get(email=account["email"])
        assert (user.first_name, user.last_name) == (account["first_name"], account["last_name"])
        assert user.role_names == set(account["roles"])
    beheerder = User.objects.get(email="beheerder@demo.wijkzorgnetwerk.nl")
    assert beheerder.role_names == {roles.PROFESSIONAL, roles.BEHEERDER}
    assert beheerder.check_password(demo.DEMO_PASSWORD)
    visitor = User.objects.get(email="bezoeker@demo.wijkzorgnetwerk.nl")
    assert not visitor.is_professional
    assert Authenticator.objects.filter(type="totp").count() == 3
    assert any(demo.DEMO_TOTP_SECRET in line for line in lines)


def test_a_demo_beheerder_logs_in_with_the_documented_secret(client):
    demo.seed(lambda line: None)
    response = client.post("/account/login/", {
        "login": "beheerder@demo.wijkzorgnetwerk.nl", "password": demo.DEMO_PASSWORD,
    })
    assert response["Location"] == "/account/2fa/authenticate/"

    code = format_hotp_value(hotp_value(demo.DEMO_TOTP_SECRET, int(time.time()) // 30))
    client.post("/account/2fa/authenticate/", {"code": code})

    assert client.get("/cms/").status_code == 200


def test_a_role_the_platform_does_not_have_stops_the_seed(monkeypatch):
    monkeypatch.setattr(demo, "DEMO_ACCOUNTS", [
        {"email": "x@demo.wijkzorgnetwerk.nl", "first_name": "X", "last_name": "Y",
         "roles": ["beheerders"]}])

    with pytest.raises(ValueError, match="no role beheerders"):
        demo.seed(lambda line: None)
