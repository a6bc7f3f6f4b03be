"""Groups in a real browser: a professional starts a closed group, a colleague
asks to join and is let in, posts, and gets a reaction; a third professional
sees the group's name but none of its content, and no secret group. Zero axe
violations (WCAG 2.1 A and AA) on every group page on the way."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accounts.tests.factories import ProfessionalFactory
from community.models import Post
from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

from .helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def visit(page, path, assert_accessible):
    """Open `path`, expect one h1 and no axe violations."""
    response = page.goto(path)
    assert response.status == 200, path
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def messages(page):
    return page.locator(".messages")


def test_a_closed_group_from_start_to_first_reaction(page, login, new_page, password,
                                                     assert_accessible):
    anna, bram, chris = (ProfessionalFactory(first_name=name) for name in
                         ("Anna", "Bram", "Chris"))
    secret = CommunityGroupFactory(name="Geheim wijkoverleg", visibility="secret",
                                   join_policy="invitation")
    MembershipFactory(group=secret, user=ProfessionalFactory(), role="owner")

    # Anna starts a closed group that admits by request.
    login(anna)
    visit(page, "/groepen/", assert_accessible)
    page.get_by_role("link", name="Een groep starten").click()
    assert_accessible(page)
    page.get_by_label("Naam van de groep").fill("Pilot thuiszitters Meerzicht")
    page.get_by_label("Waar werkt de groep aan?").fill("Samen een aanpak voor thuiszitters.")
    page.get_by_label("Besloten", exact=False).check()
    page.get_by_label("Lidmaatschap aanvragen").check()
    page.get_by_role("button", name="Groep starten").click()
    expect(messages(page)).to_contain_text("Uw groep is gestart")
    group = CommunityGroup.objects.get(name="Pilot thuiszitters Meerzicht")
    group_path = f"/groepen/{group.slug}/"
    visit(page, group_path, assert_accessible)

    # Bram finds it and asks to join with a message.
    brams_page = new_page()
    log_in(brams_page, bram, password)
    brams_page.goto("/groepen/")
    brams_page.get_by_role("link", name="Pilot thuiszitters Meerzicht").click()
    assert_accessible(brams_page)
    brams_page.get_by_label("Uw bericht aan de beheerders").fill("Ik ben IB'er in Meerzicht.")
    brams_page.get_by_role("button", name="Lidmaatschap aanvragen").click()
    expect(messages(brams_page)).to_contain_text("Uw aanvraag is verstuurd")
    assert [m.to for m in mail.outbox] == [[anna.email]]

    # Anna approves.
    visit(page, f"{group_path}aanvragen/", assert_accessible)
    expect(page.locator("main")).to_contain_text("Ik ben IB'er in Meerzicht.")
    page.get_by_role("button", name="goedkeuren").click()
    expect(messages(page)).to_contain_text("is nu lid van de groep")

    # Bram posts in the group; Anna reacts.
    brams_page.goto(group_path)
    brams_page.get_by_role("link", name="Nieuw bericht in de groep").click()
    brams_page.get_by_label("Titel").fill("Eerste overleg")
    brams_page.get_by_label("Tekst").fill("Zullen we dinsdag beginnen met de schoolteams?")
    brams_page.get_by_role("button", name="Plaatsen").click()
    expect(messages(brams_page)).to_contain_text("Uw bericht staat online")
    post = Post.objects.get(title="Eerste overleg")
    assert post.visibility == "group" and post.access_group == group

    page.goto(post.get_absolute_url())
    reaction = "Goed plan, ik nodig de JGZ uit."
    page.get_by_label("Uw reactie").fill(reaction)
    page.get_by_role("button", name="Reageren").click()
    expect(page.get_by_role("region", name="Reacties")).to_contain_text(reaction)
    visit(brams_page, group_path, assert_accessible)
    expect(brams_page.get_by_role("region", name="Berichten")).to_contain_text("Eerste overleg")

    # Anna puts an action for Bram on the list; he finds it under Mijn acties.
    visit(page, f"{group_path}acties/", assert_accessible)
    page.get_by_role("link", name="Nieuwe actie").click()
    assert_accessible(page)
    page.get_by_label("Wie doet het?").select_option(label=bram.get_full_name())
    page.get_by_label("Wat gaat diegene doen?").fill("Schoolteams uitnodigen voor dinsdag")
    page.get_by_label("Uiterlijk klaar op").fill(
        (timezone.localdate() + datetime.timedelta(days=7)).isoformat())
    page.get_by_label("Meldt terug aan").select_option(label=anna.get_full_name())
    page.get_by_role("button", name="Op de lijst zetten").click()
    expect(page.locator("main")).to_contain_text("Schoolteams uitnodigen voor dinsdag")
    assert_accessible(page)
    visit(brams_page, "/mijn-acties/", assert_accessible)
    expect(brams_page.locator("main")).to_contain_text("Schoolteams uitnodigen voor dinsdag")
    assert any(bram.email in m.to for m in mail.outbox[-2:])

    # Chris sees the group's name, not its post, and no secret group.
    chris_page = new_page()
    log_in(chris_page, chris, password)
    chris_page.goto("/groepen/")
    expect(chris_page.locator("main")).to_contain_text("Pilot thuiszitters Meerzicht")
    expect(chris_page.locator("main")).not_to_contain_text("Geheim wijkoverleg")
    visit(chris_page, group_path, assert_accessible)
    expect(chris_page.locator("main")).not_to_contain_text("Eerste overleg")
    assert chris_page.goto(post.get_absolute_url()).status == 404
    assert chris_page.goto(f"/groepen/{secret.slug}/").status == 404
    assert chris_page.goto(f"{group_path}acties/").status == 404
    chris_page.goto("/mijn-acties/")
    expect(chris_page.locator("main")).not_to_contain_text("Schoolteams uitnodigen")

    # The managers' pages.
    for path in ("uitnodigen/", "instellingen/", "leden/"):
        visit(page, group_path + path, assert_accessible)
