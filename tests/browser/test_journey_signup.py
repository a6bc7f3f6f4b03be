"""A professional signs up with a name, verifies by the mailed link, is
welcomed on the profile form (name and organisation filled in) and
completes it; the next login goes to the home page. As a person would, in
a real browser."""

import re

import pytest
from django.core import mail

from accounts.models import User
from taxonomy.tests.factories import ExpertiseFactory, OrganisationFactory, WijkFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def verification_link(live_server_url):
    assert mail.outbox, "no verification mail was sent"
    body = mail.outbox[-1].body
    match = re.search(r"https?://\S+/account/confirm-email/\S+", body)
    assert match, body
    return match.group(0)


def test_sign_up_verify_log_in_and_complete_profile(page, live_server, password,
                                                   assert_accessible):
    organisation = OrganisationFactory(name="Basisschool De Klimop", email_domains="deklimop.nl")
    WijkFactory(name="Meerzicht", gemeente=organisation.wijk.gemeente)
    ExpertiseFactory(name="Dyslexie")

    page.goto("/account/signup/")
    page.get_by_label("Voornaam").fill("Ilse")
    page.get_by_label("Achternaam").fill("Bakker")
    page.get_by_label("E-mailadres").fill("ib@deklimop.nl")
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_label("Wachtwoord (bevestigen)").fill(password)
    page.get_by_role("button", name=re.compile("Account aanmaken|Registreren")).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Bevestig uw e-mailadres"

    link = verification_link(live_server.url)
    page.goto(link)
    page.get_by_role("button", name="Bevestigen").click()
    page.wait_for_load_state()

    # Confirming logs in and asks for the profile, with a word of welcome.
    assert page.url.endswith("/profiel/bewerken/?welkom=1")
    assert page.get_by_role("heading", name="Welkom, Ilse!").is_visible()
    assert page.get_by_label("Naam", exact=True).input_value() == "Ilse Bakker"
    chosen = page.get_by_label(re.compile("^Organisatie")).locator("option:checked")
    assert chosen.inner_text() == "Basisschool De Klimop"
    assert_accessible(page)
    page.get_by_label("Functie (niet verplicht)").fill("Intern begeleider")
    page.get_by_label("Meerzicht").check()
    page.get_by_label("Dyslexie").check()
    page.get_by_role("button", name="Profiel opslaan").click()
    page.wait_for_load_state()

    heading = page.get_by_role("heading", level=1)
    assert "Ilse Bakker" in heading.inner_text()
    assert "Intern begeleider" in page.content()
    assert "Dyslexie" in page.content()
    # The organisation's email domain made the new account a professional.
    user = User.objects.get(email="ib@deklimop.nl")
    assert user.is_professional
    assert user.organisation == organisation
    assert user.profile.organisation == organisation

    page.goto("/account/logout/")
    page.get_by_role("button", name=re.compile("Uitloggen")).click()
    page.goto("/account/login/")
    page.get_by_label("E-mailadres").fill("ib@deklimop.nl")
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    # A professional's later logins land on Voor mij, their start page.
    assert page.url == live_server.url + "/voor-mij/"
    assert page.get_by_role("heading", level=1, name="Voor mij").is_visible()
