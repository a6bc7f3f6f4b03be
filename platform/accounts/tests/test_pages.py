"""The account pages are Dutch, in the site's layout, with one h1 each."""

import pytest

from accounts.services import request_verification

pytestmark = pytest.mark.django_db


def h1_count(page):
    return page.count("<h1")


@pytest.mark.parametrize("path, heading", [
    ("/account/login/", "Inloggen"),
    ("/account/signup/", "Account aanmaken"),
    ("/account/password/reset/", "Wachtwoord"),
])
def test_entrance_pages_are_dutch_and_in_the_site_layout(client, path, heading):
    page = client.get(path).content.decode()

    assert heading in page
    assert h1_count(page) == 1
    assert 'lang="nl"' in page
    assert 'id="inhoud"' in page, "extends the site's base layout"
    assert "E-mailadres" in page


def test_login_page_labels_its_fields(client):
    page = client.get("/account/login/").content.decode()

    assert '<label class="field__label" for="id_login">E-mailadres</label>' in page
    assert 'for="id_password">Wachtwoord' in page
    assert ">Inloggen</button>" in page


@pytest.mark.parametrize("path", [
    "/account/", "/account/verificatie/", "/account/gegevens/", "/account/email/",
    "/account/password/change/", "/account/2fa/", "/account/sessions/", "/account/logout/",
])
def test_manage_pages_render_with_one_h1(client, visitor, path):
    client.force_login(visitor)

    response = client.get(path)

    assert response.status_code == 200
    page = response.content.decode()
    assert h1_count(page) == 1
    assert 'id="inhoud"' in page


def test_a_visitor_is_told_how_to_become_a_professional(client, visitor):
    client.force_login(visitor)

    page = client.get("/account/").content.decode()

    assert "U bent nog geen geverifieerde professional" in page
    assert 'href="/account/verificatie/"' in page


def test_logging_in_as_a_visitor_shows_the_notice(client, visitor, password):
    response = client.post(
        "/account/login/", {"login": visitor.email, "password": password}, follow=True
    )

    assert "nog niet geverifieerd als professional" in response.content.decode()


def test_a_professional_sees_no_notice(client, professional, password):
    response = client.post(
        "/account/login/", {"login": professional.email, "password": password}, follow=True
    )
    overview = client.get("/account/").content.decode()

    assert "nog niet geverifieerd" not in response.content.decode()
    assert "U bent nog geen geverifieerde professional" not in overview
    assert "Geverifieerd professional sinds" in overview


def test_a_pending_request_replaces_the_notice(client, visitor):
    request_verification(visitor, organisation_name="Het Anker", function="Coach", reason="...")
    client.force_login(visitor)

    page = client.get("/account/").content.decode()

    assert "Uw aanvraag voor verificatie is in behandeling." in page


def test_a_wrong_password_is_explained_in_plain_dutch(client, visitor):
    response = client.post("/account/login/", {"login": visitor.email, "password": "fout"})

    html = response.content.decode()
    assert "Het e-mailadres of het wachtwoord klopt niet." in html
    assert "jou" not in html
    assert f'value="{visitor.email}"' in html
