"""Two members of a group at the same time, each in a browser of their own,
on one ASGI server: what one writes appears on the other's open pages
without reloading, and the other's notification badge counts it."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import ProfessionalFactory
from community.models import Post
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

from .helpers import log_in

# Like every browser module: start from what migrate made (roles, pages),
# which the transactional tests before may have flushed away.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def members(browser, asgi_server, password):
    group = CommunityGroupFactory(visibility="closed", join_policy="request")
    first = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
    second = MembershipFactory(group=group, user=ProfessionalFactory()).user
    # The second member wrote the post: a reaction to it is news for them.
    post = Post.objects.create(owner=second, section="group", access_group=group,
                               title="Overleg donderdag", body="<p>Wie komt er?</p>")
    pages = []
    for member in (first, second):
        context = browser.new_context(base_url=asgi_server, locale="nl-NL")
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, member, password)
        pages.append(page)
    yield group, post, pages
    for page in pages:
        page.context.close()


def test_a_colleagues_comment_and_new_post_appear_without_reloading(members):
    group, post, (writer, reader) = members
    reader.goto(post.get_absolute_url())
    badge = reader.locator("[data-live-count]")
    expect(badge).to_be_hidden()  # nothing unread yet
    feed = reader.context.new_page()
    feed.goto(f"/groepen/{group.slug}/")
    # No waiting for the sockets: a page subscribes from the position it was
    # rendered at, so what happens before its socket is open still comes.

    writer.goto(post.get_absolute_url())
    writer.get_by_label("Uw reactie").fill("Ik kom, en ik neem de notulen mee.")
    writer.get_by_role("button", name="Reageren").click()
    expect(writer.get_by_text("Uw reactie staat eronder.")).to_be_visible()

    comments = reader.locator("ul.comments")
    expect(comments).to_contain_text("Ik kom, en ik neem de notulen mee.")
    expect(reader.get_by_text("Er is een nieuwe reactie bij gekomen.")).to_be_visible()
    expect(badge).to_have_text("1")
    expect(reader.get_by_text("Nieuwe melding. U heeft er 1 ongelezen.")).to_be_attached()

    writer.goto(f"/groepen/{group.slug}/berichten/nieuw/")
    writer.get_by_label("Titel").fill("Notulen van donderdag")
    writer.get_by_label("Tekst").fill("De notulen staan in de bijlage van volgende week.")
    writer.get_by_role("button", name="Plaatsen").click()
    writer.wait_for_load_state()

    news = feed.get_by_role("link", name="Er is 1 nieuw bericht. Toon het.")
    expect(news).to_be_visible()
    news.click()
    expect(feed.get_by_role("link", name="Notulen van donderdag")).to_be_visible()


def test_the_badge_fits_a_phone_and_leads_to_the_centre(browser, asgi_server, password):
    member = ProfessionalFactory()
    context = browser.new_context(base_url=asgi_server, locale="nl-NL",
                                  viewport={"width": 320, "height": 640})
    page = context.new_page()
    log_in(page, member, password)
    page.goto("/")

    badge = page.get_by_role("link", name="Meldingen")
    brand = page.locator(".site-header__brand").bounding_box()
    toggle = page.locator(".site-menu__toggle").bounding_box()
    box = badge.bounding_box()
    assert box["x"] >= brand["x"] + brand["width"] and box["x"] + box["width"] <= toggle["x"]
    assert box["width"] >= 44 and box["height"] >= 44  # a target a thumb can hit
    badge.click()
    expect(page.get_by_role("heading", level=1, name="Meldingen")).to_be_visible()
    context.close()


def test_preferences_at_phone_size_through_the_form(browser, asgi_server, password):
    from notifications.models import Preference

    member = ProfessionalFactory()
    group = CommunityGroupFactory(name="Taalgroep Noord")
    MembershipFactory(group=group, user=member)
    context = browser.new_context(base_url=asgi_server, locale="nl-NL",
                                  viewport={"width": 320, "height": 640})
    page = context.new_page()
    log_in(page, member, password)
    page.goto("/meldingen/instellingen/")

    # The default choices, saved as they come.
    page.get_by_role("button", name="Bewaren").click()
    expect(page.get_by_text("Uw keuzes zijn bewaard.")).to_be_visible()
    # One group's mail once a day, chosen by its label.
    page.get_by_role("group", name="Taalgroep Noord").get_by_label("Eén mail per dag").check()
    page.get_by_role("button", name="Bewaren").click()
    expect(page.get_by_text("Uw keuzes zijn bewaard.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert Preference.objects.get(user=member, group=group).mail == "daily"
    assert Preference.objects.get(user=member, group=None).mail == "direct"
    context.close()
