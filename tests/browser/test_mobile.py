"""The site on a phone (320 and 375 px wide): nothing scrolls sideways but a
wide table in its own box, the header with the menu closed stays small, and
the menu opens and closes by keyboard, with or without JavaScript, with zero
axe violations while it is open."""

import json

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.tests.factories import ProfessionalFactory
from agenda.tests.factories import EventFactory, RegistrationFactory
from community.models import Post
from kennisbank.tests.factories import KnowledgeArticleFactory

from .helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Common small phones: an iPhone SE (1st generation) and an iPhone 8.
PHONES = {320: 568, 375: 667}
LONG_WORD = "jeugdgezondheidszorgsamenwerkingsovereenkomstonderhandelingen"
LONG_EMAIL = "aanmelding.wijkbijeenkomst.meerzicht@samenwerkingsverband-passend-onderwijs.example"
WIDE_TABLE = json.dumps([{"type": "table", "value": {
    "caption": "Ondersteuning per niveau",
    "header": ["Niveau", "Voorbeeld", "Wie", "Aanvraag", "Doorlooptijd"],
    "rows": [[
        "Basisondersteuning", "Schoolmaatschappelijkwerkspreekuur",
        "Ondersteuningscoördinator", "Ondersteuningsteambespreking", "Zes weken",
    ]],
}}])
# The header with the menu closed takes less than this share of the screen.
MAX_HEADER_SHARE = 0.25


@pytest.fixture
def phone(browser, live_server, password):
    """Factory: a page in a phone-sized browser context of its own, optionally
    signed in as `user` and optionally without JavaScript."""
    contexts = []

    def make(width, user=None, javascript=True):
        context = browser.new_context(
            base_url=live_server.url, locale="nl-NL", java_script_enabled=javascript,
            viewport={"width": width, "height": PHONES.get(width, 800)},
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        if user:
            log_in(page, user, password)
        return page

    yield make
    for context in contexts:
        context.close()


def build_pages(organiser):
    """The pages a phone must show without sideways scrolling, by name; the
    event is `organiser`'s, so they see its participants' table."""
    event = EventFactory(
        title=f"Wijkbijeenkomst over {LONG_WORD}", contact_email=LONG_EMAIL, owner=organiser,
        organiser_name="Samenwerkingsverband Passend Onderwijs Zoetermeer",
        description=f"<p>Vragen over {LONG_WORD}? Mail naar {LONG_EMAIL}.</p>",
    )
    RegistrationFactory(event=event, email=LONG_EMAIL, name="Marieke van den Heuvel-Bakker")
    Post.objects.create(owner=organiser, section="doe_mee", visibility="public",
                        title=f"Pilot {LONG_WORD}", body=f"<p>Mail {LONG_EMAIL}.</p>")
    article = KnowledgeArticleFactory(title="Ondersteuning per niveau", body=WIDE_TABLE)
    return {
        "home": "/",
        "event": event.get_absolute_url(),
        "posts": "/doe-mee/",
        "kennis": article.url,
        "login": "/account/login/",
        "groups": "/groepen/",
        "participants": reverse("event_participants", args=[event.slug]),
    }


PAGES_FOR = {
    "anonymous": ["home", "event", "posts", "kennis", "login"],
    "professional": ["home", "event", "posts", "kennis", "groups", "participants"],
}


def sideways_overflow(page):
    """How many pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate(
        "Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth,"
        " document.documentElement.scrollWidth - window.innerWidth)"
    )


def header_share(page):
    return page.evaluate(
        "document.querySelector('header').getBoundingClientRect().height / window.innerHeight"
    )


def toggle(page):
    return page.locator("summary", has_text="Menu")


def main_menu(page):
    return page.get_by_role("navigation", name="Hoofdmenu")


@pytest.mark.parametrize("width", PHONES)
@pytest.mark.parametrize("who", PAGES_FOR)
def test_nothing_scrolls_sideways_and_the_header_stays_small(phone, who, width):
    professional = ProfessionalFactory()
    urls = build_pages(professional)
    page = phone(width, professional if who == "professional" else None)

    for name in PAGES_FOR[who]:
        response = page.goto(urls[name])
        assert response.status == 200, (urls[name], response.status)
        assert page.url.endswith(urls[name]), f"{urls[name]} redirected to {page.url}"
        assert sideways_overflow(page) == 0, f"{urls[name]} scrolls sideways at {width} px"
        assert header_share(page) < MAX_HEADER_SHARE, f"header too tall on {urls[name]}"
        expect(main_menu(page)).to_be_hidden()
    # The test's data is what could widen a page: check it is on show.
    page.goto(urls["event"])
    expect(page.get_by_text(LONG_EMAIL).first).to_be_visible()
    expect(page.get_by_text(LONG_WORD).first).to_be_visible()


@pytest.mark.parametrize("width", PHONES)
def test_a_wide_table_scrolls_in_its_own_box(phone, width):
    urls = build_pages(ProfessionalFactory())
    page = phone(width)
    page.goto(urls["kennis"])

    box = page.locator(".kb-table")
    assert box.evaluate("box => box.scrollWidth > box.clientWidth"), "the table is not wide"
    box.evaluate("box => box.scrollLeft = box.scrollWidth")
    assert box.evaluate("box => box.scrollLeft") > 0
    assert sideways_overflow(page) == 0


def tab_to(page, locator, limit=10):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{limit} presses of Tab did not reach the menu toggle")


def focused_text(page):
    """The focused element's visible name: a field's label, else its text."""
    return page.evaluate(
        "(e => (e.labels && e.labels.length ? e.labels[0] : e).textContent.trim())"
        "(document.activeElement)"
    )


# The menu panel starts with the site search, then the links.
SEARCH = ["Zoeken op de hele site", "Zoeken"]


def open_and_close_by_keyboard(page, first_links):
    """Tab to the toggle, open it with Enter, Tab through the search box and the
    first links, close it again with Space; they are out of reach while it is closed."""
    first_links = SEARCH + first_links
    tab_to(page, toggle(page))
    expect(main_menu(page)).to_be_hidden()
    page.keyboard.press("Enter")
    expect(main_menu(page)).to_be_visible()
    expect(toggle(page)).to_be_focused()
    for label in first_links:
        page.keyboard.press("Tab")
        assert focused_text(page) == label
    for _ in first_links:
        page.keyboard.press("Shift+Tab")
    expect(toggle(page)).to_be_focused()
    page.keyboard.press("Space")
    expect(main_menu(page)).to_be_hidden()
    page.keyboard.press("Tab")
    assert focused_text(page) not in first_links


@pytest.mark.parametrize("javascript", [True, False], ids=["met-javascript", "zonder-javascript"])
@pytest.mark.parametrize("width", PHONES)
def test_the_menu_opens_and_closes_by_keyboard(phone, width, javascript):
    page = phone(width, javascript=javascript)
    page.goto("/")

    open_and_close_by_keyboard(page, ["Actueel", "Kennis", "Agenda"])


def test_a_professional_reaches_every_menu_link_by_keyboard(phone):
    page = phone(320, ProfessionalFactory(), javascript=False)
    page.goto("/privacy/")

    open_and_close_by_keyboard(page, [
        "Doe mee", "Praat mee", "Lees mee", "Mijn groepen", "Mijn netwerk", "Actueel", "Kennis",
        "Agenda", "Ouders en jeugd", "Rijke leeromgeving", "Sociale kaart", "Mijn account",
    ])


@pytest.mark.parametrize("who", ["anonymous", "professional"])
def test_the_open_menu_has_no_axe_violations(phone, assert_accessible, who):
    page = phone(320, ProfessionalFactory() if who == "professional" else None)
    page.goto("/")
    toggle(page).click()

    expect(main_menu(page)).to_be_visible()
    expect(page.get_by_role("navigation", name="Account")).to_be_visible()
    assert sideways_overflow(page) == 0
    assert_accessible(page)


def test_a_wide_screen_shows_the_menu_without_a_toggle(phone, assert_accessible):
    page = phone(1280)
    page.goto("/")

    expect(toggle(page)).to_be_hidden()
    expect(main_menu(page).get_by_role("link", name="Kennis")).to_be_visible()
    expect(page.get_by_role("navigation", name="Account").get_by_role(
        "link", name="Inloggen")).to_be_visible()
    assert_accessible(page)
