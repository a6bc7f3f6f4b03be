"""What a group says about itself: a label that tells who sees it and how to
join, and, to someone outside an open group, that members read more."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from community.models import JoinRequest, Post
from core.tests.html import parse
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

LABELS = {
    ("open", "direct"): "Open groep, direct lid worden",
    ("open", "request"): "Open groep, lid worden op aanvraag",
    ("open", "invitation"): "Open groep, lid worden op uitnodiging",
    ("closed", "direct"): "Besloten groep, direct lid worden",
    ("closed", "request"): "Besloten groep, lid worden op aanvraag",
    ("closed", "invitation"): "Besloten groep, lid worden op uitnodiging",
    # The service keeps secret groups to invitations; the label is still
    # truthful for whatever is stored.
    ("secret", "direct"): "Geheime groep, direct lid worden",
    ("secret", "request"): "Geheime groep, lid worden op aanvraag",
    ("secret", "invitation"): "Geheime groep, lid worden op uitnodiging",
}
NO_POSTS = "Er zijn (nog) geen berichten"
MEMBERS_READ_MORE = "Leden van deze groep lezen ook berichten die alleen voor leden zijn."


def badges(soup):
    return [badge.get_text(" ", strip=True) for badge in soup.select(".badge")]


@pytest.mark.parametrize(("visibility", "policy"), LABELS)
def test_the_label_says_who_sees_the_group_and_how_to_join(client, visibility, policy):
    group = CommunityGroupFactory(name="Werkgroep", visibility=visibility, join_policy=policy)
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    client.force_login(member)

    page = parse(client.get(reverse("group_detail", args=[group.slug])))
    mine = parse(client.get(reverse("my_groups"))).select_one("#mijn-groepen ~ ul")

    assert badges(page) == [LABELS[visibility, policy]]
    assert badges(mine) == [LABELS[visibility, policy]]


@pytest.mark.parametrize(("visibility", "policy"),
                         [key for key in LABELS if key[0] != "secret"])
def test_a_professional_outside_the_group_reads_the_same_label_in_the_list(
        client, professional, visibility, policy):
    CommunityGroupFactory(visibility=visibility, join_policy=policy)
    client.force_login(professional)

    others = parse(client.get(reverse("my_groups"))).select_one("#andere-groepen ~ ul")

    assert badges(others) == [LABELS[visibility, policy]]


def add_post(group, visibility):
    return Post.objects.create(owner=ProfessionalFactory(), section="group", title="Verslag",
                               body="<p>Notulen.</p>", visibility=visibility,
                               access_group=group)


def posts_section(client, user, group):
    client.force_login(user)
    soup = parse(client.get(reverse("group_detail", args=[group.slug])))
    return soup.find(id="berichten").find_parent("section")


@pytest.mark.parametrize("policy", ["direct", "request", "invitation"])
def test_an_open_group_without_posts_says_so_to_everyone(client, professional, policy):
    group = CommunityGroupFactory(join_policy=policy)
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user

    for user in (member, professional):
        text = posts_section(client, user, group).get_text(" ", strip=True)
        assert NO_POSTS in text
        assert MEMBERS_READ_MORE not in text


JOIN_HINTS = {
    "direct": ("Word lid", "om ze te lezen."),
    "request": ("Vraag lidmaatschap aan", "om ze te lezen."),
    "invitation": (None, "Lid worden kan alleen op uitnodiging van de beheerders."),
}


@pytest.mark.parametrize("policy", JOIN_HINTS)
def test_an_outsider_hears_that_members_read_more_and_how_to_join(client, professional,
                                                                   policy):
    group = CommunityGroupFactory(join_policy=policy)
    add_post(group, "group")
    add_post(group, "group")

    section = posts_section(client, professional, group)
    text = section.get_text(" ", strip=True)

    assert MEMBERS_READ_MORE in text and NO_POSTS not in text
    assert "Verslag" not in text and not any(char.isdigit() for char in text)
    link_text, sentence = JOIN_HINTS[policy]
    assert sentence in text
    link = section.find("a", href="#lid-worden")
    assert (link.get_text(strip=True) if link else None) == link_text


def test_an_outsider_who_asked_to_join_is_not_asked_again(client, professional):
    group = CommunityGroupFactory(join_policy="request")
    add_post(group, "group")
    JoinRequest.objects.create(group=group, user=professional, message="Graag")

    section = posts_section(client, professional, group)

    assert "U hebt gevraagd om lid te worden" in section.get_text(" ", strip=True)
    assert not section.find("a", href="#lid-worden")


@pytest.mark.parametrize("policy", JOIN_HINTS)
def test_a_closed_group_tells_an_outsider_how_to_join(client, professional, policy):
    group = CommunityGroupFactory(visibility="closed", join_policy=policy)

    section = posts_section(client, professional, group)
    text = section.get_text(" ", strip=True)

    assert "Alleen leden lezen de berichten van deze groep." in text and NO_POSTS not in text
    link_text, sentence = JOIN_HINTS[policy]
    assert sentence in text
    link = section.find("a", href="#lid-worden")
    assert (link.get_text(strip=True) if link else None) == link_text


def test_an_outsider_who_sees_some_posts_also_hears_that_members_read_more(client,
                                                                            professional):
    group = CommunityGroupFactory()
    add_post(group, "professionals")
    add_post(group, "group")

    text = posts_section(client, professional, group).get_text(" ", strip=True)

    assert MEMBERS_READ_MORE in text and text.count("Verslag") == 1


def test_a_member_sees_the_members_only_posts_and_no_hint(client):
    group = CommunityGroupFactory()
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    add_post(group, "group")

    text = posts_section(client, member, group).get_text(" ", strip=True)

    assert "Verslag" in text
    assert MEMBERS_READ_MORE not in text and NO_POSTS not in text


def test_hidden_and_private_posts_are_not_announced_to_outsiders(client, professional):
    group = CommunityGroupFactory()
    hidden = add_post(group, "group")
    hidden.hidden_at = timezone.now()
    hidden.save()
    add_post(group, "private")

    text = posts_section(client, professional, group).get_text(" ", strip=True)

    assert NO_POSTS in text and MEMBERS_READ_MORE not in text
