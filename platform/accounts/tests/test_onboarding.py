"""A new account's first steps, as a new person takes them: sign up with a
name, confirm the address by the mailed link, and land where one can start.

A professional (work address at a known organisation) is asked to complete
the profile, with the organisation filled in; a visitor lands on the page
that explains verification; an eddie lands in the CMS. Later logins of a
professional land on "Voor mij"."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from wagtail.test.utils.form_data import querydict_from_html

from accounts import roles
from accounts.models import User, VerificationRequest
from accounts.tests.factories import log_in_with_mfa
from accounts.tests.helpers import confirmation_path, sign_up
from taxonomy.tests.factories import OrganisationFactory, WijkFactory

pytestmark = pytest.mark.django_db

PROFILE_WELCOME = "/profiel/bewerken/?welkom=1"
VISITOR_NOTICE = "nog niet geverifieerd als professional"


@pytest.fixture
def klimop():
    return OrganisationFactory(name="Basisschool De Klimop", email_domains="deklimop.nl")


def confirm_by_mail(client):
    """Open the mailed link and press 'Bevestigen'; follow where it leads."""
    return client.post(confirmation_path(mail.outbox[-1]), follow=True)


def log_in(client, email, password):
    return client.post("/account/login/", {"login": email, "password": password}, follow=True)


def link_in(message, path_start):
    match = re.search(rf"https?://[^/\s]+({re.escape(path_start)}\S*)", message.body)
    assert match, message.body
    return match.group(1)


def landed_on(response):
    return response.redirect_chain[-1][0]


def field_value(response, name):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    field = soup.find(attrs={"name": name})
    if field.name == "select":
        option = field.find("option", selected=True)
        return option.get_text(strip=True) if option else None
    return field.get("value")


def test_sign_up_asks_for_a_first_and_last_name(client):
    page = client.get("/account/signup/").content.decode()

    assert 'name="first_name"' in page and 'name="last_name"' in page
    assert "Voornaam" in page and "Achternaam" in page


def test_sign_up_without_a_name_says_so_and_keeps_what_was_typed(client, password):
    response = client.post("/account/signup/", {
        "first_name": "", "last_name": "", "email": "lotte@deklimop.nl",
        "password1": password, "password2": password,
    })

    page = response.content.decode()
    assert response.status_code == 200
    assert "Vul uw voornaam in." in page and "Vul uw achternaam in." in page
    assert 'value="lotte@deklimop.nl"' in page
    assert not User.objects.exists()


def test_a_new_professional_is_asked_to_complete_the_profile(client, password, klimop):
    sign_up(client, "lotte.nieuwkomer@deklimop.nl", password,
            first_name="Lotte", last_name="Nieuwkomer")

    response = confirm_by_mail(client)

    assert landed_on(response) == PROFILE_WELCOME
    page = response.content.decode()
    assert "Welkom" in page and "expertise" in page and "wijk" in page
    assert VISITOR_NOTICE not in page
    assert field_value(response, "display_name") == "Lotte Nieuwkomer"
    assert field_value(response, "organisation") == "Basisschool De Klimop"
    assert "lotte.nieuwkomer" not in page.replace("lotte.nieuwkomer@deklimop.nl", "")


def test_the_welcomed_professional_saves_the_profile_as_filled_in(client, password, klimop):
    wijk = WijkFactory(name="Meerzicht")
    sign_up(client, "lotte.nieuwkomer@deklimop.nl", password,
            first_name="Lotte", last_name="Nieuwkomer")
    welcome = confirm_by_mail(client)
    soup = BeautifulSoup(welcome.content.decode(), "html.parser")
    data = querydict_from_html(str(soup.find("form", enctype="multipart/form-data")))
    data["wijken"] = [str(wijk.pk)]

    response = client.post(landed_on(welcome), data, follow=True)

    page = response.content.decode()
    assert re.fullmatch(r"/profiel/\d+/", landed_on(response))
    assert "Lotte Nieuwkomer" in page
    assert "Basisschool De Klimop" in page and "Meerzicht" in page


def test_confirming_in_another_browser_welcomes_at_the_first_login(client, password, klimop):
    sign_up(client, "lotte.nieuwkomer@deklimop.nl", password,
            first_name="Lotte", last_name="Nieuwkomer")
    other_browser = Client()

    confirmed = confirm_by_mail(other_browser)
    first = log_in(other_browser, "lotte.nieuwkomer@deklimop.nl", password)

    assert landed_on(confirmed) == "/account/login/"
    assert landed_on(first) == PROFILE_WELCOME


def test_later_logins_go_to_voor_mij(client, password, klimop):
    sign_up(client, "lotte.nieuwkomer@deklimop.nl", password,
            first_name="Lotte", last_name="Nieuwkomer")
    confirm_by_mail(client)
    client.post("/account/logout/")

    response = log_in(client, "lotte.nieuwkomer@deklimop.nl", password)

    assert landed_on(response) == "/voor-mij/"


def test_a_visitor_lands_on_the_page_that_explains_verification(client, password, klimop):
    sign_up(client, "ouder@gmail.com", password, first_name="Sanne", last_name="Jansen")

    response = confirm_by_mail(client)

    assert landed_on(response) == "/account/verificatie/"
    page = response.content.decode()
    assert "Verificatie als professional" in page
    assert "Verificatie aanvragen" in page
    assert "Welkom" not in page


def test_an_eddie_lands_in_the_cms(client, password):
    sign_up(client, "eddie@leerwerk.nl", password, first_name="Mo", last_name="Bakker")
    # The beheerder gave the new account its role in the CMS.
    User.objects.get(email="eddie@leerwerk.nl").groups.add(Group.objects.get(name=roles.EDDIE))

    confirmed = confirm_by_mail(client)
    client.post("/account/logout/")
    later = log_in(client, "eddie@leerwerk.nl", password)

    for response in (confirmed, later):
        assert landed_on(response) == "/cms/"
        assert response.status_code == 200
        assert VISITOR_NOTICE not in response.content.decode()


def test_adding_a_work_address_welcomes_the_new_professional(client, visitor, password, klimop):
    client.post("/account/login/", {"login": visitor.email, "password": password})
    client.post("/account/email/", {"email": "sam@deklimop.nl", "action_add": ""})

    response = confirm_by_mail(client)

    assert landed_on(response) == PROFILE_WELCOME
    assert field_value(response, "organisation") == "Basisschool De Klimop"


def test_a_visitor_approved_later_is_invited_to_complete_the_profile(
    client, password, user_with_role, django_capture_on_commit_callbacks
):
    sign_up(client, "coach@hetanker.nl", password, first_name="Noor", last_name="Visser")
    confirm_by_mail(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/account/verificatie/", {
            "organisation_name": "Kinderopvang Het Anker", "function": "Pedagogisch coach",
            "reason": "Ik werk met peuters in Palenstein.",
        })
    beheerder = Client()
    log_in_with_mfa(beheerder, user_with_role(roles.BEHEERDER))
    request = VerificationRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        beheerder.post(f"/cms/verificatieverzoeken/goedkeuren/{request.pk}/", {"decision_note": ""})

    approval = mail.outbox[-1]
    response = client.get(link_in(approval, "/profiel/bewerken/"))

    assert approval.to == ["coach@hetanker.nl"]
    assert "Welkom, Noor!" in response.content.decode()
