"""Zero axe violations (WCAG 2.1 A and AA) on the foundation's pages,
for the visitor each page is meant for."""

import pytest

from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Profile
from taxonomy.tests.factories import ExpertiseFactory, WijkFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PUBLIC_PAGES = [
    "/",
    "/account/login/",
    "/account/signup/",
    "/account/password/reset/",
    "/toegankelijkheid/",
    "/privacy/",
    "/bestaat-niet/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_axe_violations(page, assert_accessible, path):
    response = page.goto(path)
    # The page itself, not a 404 standing in for it (only /bestaat-niet/ is one).
    assert response.status == (404 if path == "/bestaat-niet/" else 200)
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def make_colleague():
    colleague = ProfessionalFactory(first_name="Noor", last_name="Jansen")
    profile = Profile.objects.get(user=colleague)
    profile.display_name = "Noor Jansen"
    profile.function = "Schoolmaatschappelijk werker"
    profile.bio = "Ik werk op drie basisscholen in Meerzicht."
    profile.save()
    profile.wijken.add(WijkFactory(name="Meerzicht"))
    profile.expertise.add(ExpertiseFactory(name="Thuiszitters"))
    return colleague


@pytest.mark.parametrize(
    "path",
    ["/profiel/bewerken/", "/profiel/{colleague}/", "/profiel/{me}/", "/account/",
     "/account/gegevens/", "/account/2fa/", "/account/sessions/", "/voor-mij/", "/meldingen/",
     "/meldingen/instellingen/"],
)
def test_professional_page_has_no_axe_violations(page, login, assert_accessible, path):
    me = ProfessionalFactory()
    colleague = make_colleague()
    login(me)
    url = path.format(me=me.pk, colleague=colleague.pk)
    page.goto(url)
    assert page.url.endswith(url), "the page redirected instead of showing itself"
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/account/verificatie/", "/profiel/bewerken/"])
def test_visitor_page_has_no_axe_violations(page, login, assert_accessible, path):
    login(UserFactory())
    page.goto(path)
    assert page.url.endswith(path), "the page redirected instead of showing itself"
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_form_with_errors_has_no_axe_violations(page, assert_accessible):
    """An error summary and invalid fields must stay accessible too."""
    page.goto("/account/signup/")
    page.get_by_label("E-mailadres").fill("geen-adres")
    page.get_by_role("button", name="Account aanmaken").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").count() >= 1
    assert page.get_by_label("E-mailadres").input_value() == "geen-adres"
    assert_accessible(page)


def test_glossary_page_has_no_axe_violations(page, assert_accessible):
    from kennisbank import demo

    demo.seed(lambda message: None)
    assert page.goto("/begrippen/").status == 200
    assert page.locator("h1").count() == 1
    assert page.locator("#tlv").count() == 1
    assert_accessible(page)


def test_suggestion_form_with_errors_has_no_axe_violations(page, assert_accessible):
    assert page.goto("/rijke-leeromgeving/suggestie/").status == 200
    assert page.locator("h1").count() == 1
    assert_accessible(page)
    page.get_by_role("button", name="Suggestie versturen").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").count() >= 1
    assert_accessible(page)
