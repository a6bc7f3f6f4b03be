"""Voor mij with the pillars' panels: what a professional finds there, what
never appears (another person's items, closed groups, hidden posts), where a
login lands, and a page whose queries do not grow with its items. Here, not
in a pillar's tests, because it needs the community and the agenda."""

import datetime
import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import PASSWORD, ProfessionalFactory
from agenda.tests.factories import EventFactory, RegistrationFactory
from community.models import Action, Comment, Follow, Post
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from taxonomy.tests.factories import WijkFactory

pytestmark = pytest.mark.django_db

START_PAGE = "/voor-mij/"
_numbers = itertools.count()


def panel_text(soup, name):
    """The text of one panel's section, named by its heading."""
    section = soup.find("section", attrs={"aria-labelledby": f"voor-mij-{name}"})
    assert section is not None, name
    return section.get_text(" ", strip=True)


def start_page(client, user):
    client.force_login(user)
    response = client.get(START_PAGE)
    assert response.status_code == 200
    return parse(response)


def group_post(group, title, owner=None, visibility="group", **fields):
    return Post.objects.create(
        owner=owner or ProfessionalFactory(), section="group", title=title,
        body="<p>Verslag.</p>", visibility=visibility, access_group=group, **fields)


def action_for(user, group, description, due_in_days=7):
    return Action.objects.create(
        description=description, assignee=user, report_to=user, access_group=group,
        owner=user, due_date=timezone.localdate() + datetime.timedelta(days=due_in_days))


def register(user, event, status="confirmed"):
    return RegistrationFactory(event=event, user=user, email=user.email, status=status)


def followed_with_reaction(user, post):
    Follow.objects.create(post=post, user=user)
    Comment.objects.create(post=post, author=ProfessionalFactory(), body="<p>Ik denk mee.</p>")


@pytest.fixture
def wijk():
    return WijkFactory(name="Palenstein")


@pytest.fixture
def member(wijk):
    """A professional in a closed group, working in Palenstein."""
    user = ProfessionalFactory(first_name="Noor")
    user.profile.wijken.add(wijk)
    group = CommunityGroupFactory(name="Werkgroep Thuiszitters", visibility="closed",
                                  join_policy="request")
    MembershipFactory(group=group, user=user)
    user.group = group
    return user


# --- Who gets in ---------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(START_PAGE)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_visitors_are_sent_to_verification(client, visitor):
    client.force_login(visitor)

    assert client.get(START_PAGE)["Location"] == reverse("professional_verification")


def test_a_professional_logging_in_lands_on_voor_mij(client):
    user = ProfessionalFactory()
    user.last_login = timezone.now() - datetime.timedelta(days=2)  # not a first visit
    user.save(update_fields=["last_login"])

    response = client.post(reverse("account_login"),
                           {"login": user.email, "password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == START_PAGE
    assert parse(response).find("h1").get_text(strip=True) == "Voor mij"


def test_an_explicit_next_still_wins_over_voor_mij(client):
    user = ProfessionalFactory(last_login=timezone.now())

    response = client.post(f"{reverse('account_login')}?next=/privacy/",
                           {"login": user.email, "password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == "/privacy/"


# --- What a professional sees ----------------------------------------------------


def test_a_professional_sees_their_own_items(client, member, wijk):
    group_post(member.group, "Verslag overleg thuiszitters")
    action_for(member, member.group, "Leerplicht uitnodigen", due_in_days=3)
    action_for(member, member.group, "Verslag rondsturen", due_in_days=-2)
    registered = EventFactory(title="Scholing meldcode")
    register(member, registered)
    register(member, EventFactory(title="Scholing dyslexie"), status="waitlisted")
    EventFactory(title="Wijkbijeenkomst Palenstein", wijk=wijk)
    EventFactory(title="Wijkbijeenkomst elders", wijk=WijkFactory(name="Meerzicht"))
    followed_with_reaction(member, Post.objects.create(
        owner=ProfessionalFactory(), section="praat_mee", title="Wachttijden jeugdhulp",
        body="<p>Hoe lang?</p>", visibility="professionals"))

    soup = start_page(client, member)

    assert "Hallo Noor" in soup.find("main").get_text(" ")
    groups = panel_text(soup, "groepen")
    assert "Verslag overleg thuiszitters" in groups and "Werkgroep Thuiszitters" in groups
    actions = panel_text(soup, "acties")
    # Overdue first, and marked as such.
    assert actions.index("Verslag rondsturen") < actions.index("Te laat") \
        < actions.index("Leerplicht uitnodigen")
    registrations = panel_text(soup, "aanmeldingen")
    assert "Scholing meldcode" in registrations and "Aangemeld" in registrations
    assert "Scholing dyslexie" in registrations and "Op de wachtlijst" in registrations
    wijk_events = panel_text(soup, "wijk")
    assert "Wijkbijeenkomst Palenstein" in wijk_events
    assert "Wijkbijeenkomst elders" not in wijk_events
    followed = panel_text(soup, "gevolgd")
    assert "Wachttijden jeugdhulp" in followed and "1 reactie sinds u volgt" in followed
    assert soup.find("a", href=registered.get_absolute_url())


def test_every_panel_says_so_when_it_is_empty(client):
    soup = start_page(client, ProfessionalFactory())

    assert "geen nieuwe berichten in uw groepen" in panel_text(soup, "groepen")
    assert "geen open acties" in panel_text(soup, "acties")
    assert "nergens voor aangemeld" in panel_text(soup, "aanmeldingen")
    assert "geen nieuwe reacties" in panel_text(soup, "gevolgd")
    assert "nog geen wijk gekozen" in panel_text(soup, "wijk")
    assert "geen ongelezen meldingen" in panel_text(soup, "meldingen")


def test_panels_have_headings_in_order(client, member):
    soup = start_page(client, member)

    headings = [h2.get_text(strip=True) for h2 in soup.find("main").find_all("h2")]
    assert headings == ["Ongelezen meldingen", "Nieuw in mijn groepen", "Mijn acties",
                        "Mijn aanmeldingen", "Gevolgde gesprekken", "In mijn wijk"]


# --- What never appears -----------------------------------------------------------


def test_a_closed_groups_post_never_appears_to_someone_outside_it(client, member):
    closed = CommunityGroupFactory(visibility="closed", join_policy="request")
    secret = group_post(closed, "Geheim verslag")
    # Following it from before does not open it either.
    followed_with_reaction(member, secret)
    # Posted "for professionals", but the closed group narrows it to members.
    group_post(closed, "Ook alleen voor leden", visibility="professionals")

    text = start_page(client, member).find("main").get_text(" ")

    assert "Geheim verslag" not in text and "Ook alleen voor leden" not in text


def test_a_hidden_post_does_not_appear(client, member):
    hidden = group_post(member.group, "Verborgen bericht", hidden_at=timezone.now())
    followed_with_reaction(member, hidden)

    assert "Verborgen bericht" not in start_page(client, member).find("main").get_text(" ")


def test_another_persons_actions_and_registrations_never_appear(client, member):
    colleague = ProfessionalFactory()
    MembershipFactory(group=member.group, user=colleague)
    action_for(colleague, member.group, "Actie van een collega")
    register(colleague, EventFactory(title="Scholing van een collega"))

    text = start_page(client, member).find("main").get_text(" ")

    assert "Actie van een collega" not in text
    assert "Scholing van een collega" not in text


def test_done_actions_cancelled_and_past_registrations_do_not_appear(client, member):
    done = action_for(member, member.group, "Al gedaan")
    done.status = Action.Status.DONE
    done.save()
    register(member, EventFactory(title="Afgemelde scholing"), status="cancelled")
    past = timezone.now() - datetime.timedelta(days=3)
    register(member, EventFactory(title="Geweest", start=past))

    text = start_page(client, member).find("main").get_text(" ")

    assert "Al gedaan" not in text and "Afgemelde scholing" not in text and "Geweest" not in text


def test_own_posts_and_reactions_are_not_news(client, member):
    group_post(member.group, "Mijn eigen bericht", owner=member)
    followed = group_post(member.group, "Mijn eigen vraag", owner=member)
    Follow.objects.create(post=followed, user=member)
    Comment.objects.create(post=followed, author=member, body="<p>Aanvulling.</p>")

    soup = start_page(client, member)

    assert "Mijn eigen bericht" not in panel_text(soup, "groepen")
    assert "Mijn eigen vraag" not in panel_text(soup, "gevolgd")


def test_reactions_from_before_the_follow_are_not_new(client, member):
    post = group_post(member.group, "Oud gesprek")
    Comment.objects.create(post=post, author=ProfessionalFactory(), body="<p>Oud.</p>")
    Comment.objects.filter(post=post).update(
        created_at=timezone.now() - datetime.timedelta(days=1))
    Follow.objects.create(post=post, user=member)

    assert "Oud gesprek" not in panel_text(start_page(client, member), "gevolgd")


# --- Queries ----------------------------------------------------------------------


def test_the_page_queries_do_not_grow_with_its_items(client, member, wijk):
    def add(n):
        """n of each kind; returns the addresses the page must link to."""
        links = []
        for _ in range(n):
            number = next(_numbers)
            links.append(group_post(member.group, f"Bericht {number}").get_absolute_url())
            action = action_for(member, member.group, f"Actie {number}", due_in_days=-number)
            links.append(action.get_absolute_url())
            # Later rows come sooner, so the page shows the ones made last.
            event = EventFactory(start=timezone.now() + datetime.timedelta(days=100 - number))
            register(member, event)
            links.append(event.get_absolute_url())
            in_wijk = EventFactory(wijk=wijk, start=timezone.now() + datetime.timedelta(
                days=50 - number))
            links.append(in_wijk.get_absolute_url())
            followed = group_post(member.group, f"Gevolgd {number}")
            followed_with_reaction(member, followed)
            links.append(followed.get_absolute_url())
        return links

    few = page_queries(client_for(client, member), START_PAGE, add(2))
    # With 10 more of each, the page shows the first few of each panel; it
    # still links to at least the soonest, newest and most overdue.
    many_links = add(10)
    many = page_queries(client, START_PAGE, many_links[-5:])

    # Session and account (5, allauth's user sessions included), roles and
    # memberships (2), the header's unread notifications (1), then the panels:
    # unread notifications 1, group posts 1, actions 1, followed 1,
    # registrations 2 (with sessions), wijk events 3 (wijken, events, sessions).
    assert few == many == 19


def client_for(client, user):
    client.force_login(user)
    return client
