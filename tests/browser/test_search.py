"""Search as people use it: a parent on a phone types into the header box,
picks a suggestion by keyboard and lands on the page; the results page
passes axe at 320 px; a professional's suggestions hold what a visitor's
do not."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.tests.factories import ProfessionalFactory
from kennisbank.tests.factories import KnowledgeArticleFactory

from .helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def articles():
    # Saved outside a test transaction: each is indexed when it commits.
    public = KnowledgeArticleFactory(title="Thuiszitten voorkomen in de wijk",
                                     intro="Wat scholen en ouders samen doen.")
    hidden = KnowledgeArticleFactory(title="Thuiszitters casusoverleg voor professionals",
                                     visibility="professionals")
    return public, hidden


def test_a_parent_on_a_phone_picks_a_suggestion_by_keyboard(browser, live_server, articles):
    public, hidden = articles
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 320, "height": 568})
    page = context.new_page()
    page.goto("/")
    page.get_by_text("Menu", exact=True).click()
    box = page.get_by_role("combobox", name="Zoeken op de hele site")
    box.fill("thuisz")
    options = page.get_by_role("option")
    expect(options).to_have_count(1)
    expect(options.first).to_contain_text(public.title)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "site-search-option-0")
    box.press("Enter")
    expect(page).to_have_url(f"{live_server.url}{public.url}")
    context.close()


def test_the_results_page_passes_axe_at_320(browser, live_server, articles,
                                                      assert_accessible):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 320, "height": 568})
    page = context.new_page()
    page.goto(reverse("search") + "?q=thuiszitten")
    expect(page.get_by_role("status")).to_contain_text("1 resultaat")
    expect(page.locator(".search-hit mark").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
    context.close()


def test_a_professional_gets_suggestions_a_visitor_does_not(page, articles, password):
    public, hidden = articles
    log_in(page, ProfessionalFactory(), password)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    page.get_by_role("combobox", name="Zoeken op de hele site").fill("thuisz")
    expect(page.get_by_role("option")).to_have_count(2)
    expect(page.get_by_role("listbox")).to_contain_text(hidden.title)
