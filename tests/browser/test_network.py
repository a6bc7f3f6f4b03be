"""Mijn netwerk in a real browser: a professional finds a colleague by
expertise and writes to them; zero axe violations (WCAG 2.1 A and AA) on the
search page and the contact form, also when they show errors."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.tests.factories import ProfessionalFactory
from taxonomy.tests.factories import ExpertiseFactory, OrganisationFactory, WijkFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def anouk():
    """A colleague who knows about dyslexie."""
    user = ProfessionalFactory(first_name="Anouk", last_name="de Graaf")
    profile = user.profile
    profile.display_name = "Anouk de Graaf"
    profile.function = "Intern begeleider"
    profile.organisation = OrganisationFactory(name="Basisschool De Regenboog")
    profile.save()
    profile.expertise.set([ExpertiseFactory(name="Dyslexie"), ExpertiseFactory(name="ASS")])
    profile.wijken.set([WijkFactory(name="Meerzicht")])
    return profile


def test_a_professional_finds_a_colleague_by_expertise_and_writes(page, login, anouk):
    me = ProfessionalFactory()
    login(me)
    page.goto("/netwerk/")
    page.get_by_label("Expertise").select_option(label="Dyslexie")
    page.get_by_role("button", name="Toon resultaten").click()

    page.get_by_role("link", name="Anouk de Graaf").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anouk de Graaf")
    page.get_by_role("link", name="Neem contact op").click()
    page.get_by_label("Onderwerp").fill("Vraag over dyslexie")
    page.get_by_label("Uw bericht").fill("Mag ik u bellen over een aanpak in groep 5?")
    page.get_by_role("button", name="Bericht versturen").click()

    expect(page.locator(".messages")).to_contain_text("Uw bericht is verstuurd naar Anouk")
    assert anouk.user.email not in page.content()
    [sent] = mail.outbox
    assert sent.to == [anouk.user.email] and me.email not in sent.message().as_string()


@pytest.mark.parametrize("query, cards", [
    ("", 2), ("?expertise=dyslexie", 1), ("?zoek=niemand-heet-zo", 0),
    ("?expertise=bestaat-niet&soort=raar", 2),
])
def test_the_network_page_has_no_axe_violations(page, login, assert_accessible, anouk,
                                                query, cards):
    login(ProfessionalFactory())

    response = page.goto(f"/netwerk/{query}")

    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator(".card").count() == cards
    assert_accessible(page)


def test_the_contact_form_has_no_axe_violations_empty_and_with_errors(
        page, login, assert_accessible, anouk):
    login(ProfessionalFactory())
    page.goto(f"/profiel/{anouk.pk}/contact/")
    assert_accessible(page)

    page.get_by_label("Uw bericht").fill("Onze leerling Sanne (9) zit al weken thuis.")
    page.get_by_role("button", name="Bericht versturen").click()
    page.wait_for_load_state()

    assert page.get_by_role("alert").count() >= 1
    assert "Sanne" in page.get_by_label("Uw bericht").input_value()
    assert page.get_by_label("Ik heb het nagekeken", exact=False).count() == 1
    assert_accessible(page)
