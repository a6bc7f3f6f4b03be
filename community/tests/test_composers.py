"""Every composer, posted through its view with every reader choice it offers
(the default included), and who can read the post afterwards."""

import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from community.models import Post
from core.tests.html import parse
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

# Per composer: the reader choices it offers, the default first.
OFFERED = {
    "doe_mee": ["professionals", "public"],
    "praat_mee": ["professionals", "public"],
    "lees_mee": ["professionals", "public"],
    "group-open": ["group", "professionals"],
    "group-closed": [],
    "group-secret": [],
}
# Who may read a post, by where it stands and the choice made.
READERS = {
    "public": {"member", "professional", "anonymous"},
    "professionals": {"member", "professional"},
    "group": {"member"},
}
# None: the composer offers no choice; closed and secret groups write for members.
CASES = [(composer, choice) for composer, choices in OFFERED.items()
         for choice in (choices or [None])]


@pytest.fixture
def group_world():
    """A group of each visibility, each with one member who writes and reads."""
    member = ProfessionalFactory()
    groups = {}
    for visibility in ("open", "closed", "secret"):
        group = CommunityGroupFactory(visibility=visibility, slug=f"groep-{visibility}")
        MembershipFactory(group=group, user=member)
        groups[visibility] = group
    return member, groups


def composer_url(composer, groups):
    if composer.startswith("group-"):
        return reverse("group_post_new", args=[groups[composer.removeprefix("group-")].slug])
    return reverse(f"{composer}_new")


def offered_choices(soup):
    radios = soup.select('input[name="visibility"]')
    checked = [radio["value"] for radio in radios if radio.has_attr("checked")]
    return [radio["value"] for radio in radios], checked


@pytest.mark.parametrize("composer", OFFERED)
def test_each_composer_offers_its_choices_with_the_right_default(client, group_world,
                                                                composer):
    member, groups = group_world
    client.force_login(member)

    offered, checked = offered_choices(parse(client.get(composer_url(composer, groups))))

    assert sorted(offered) == sorted(OFFERED[composer])
    assert checked == OFFERED[composer][:1]


@pytest.mark.parametrize(("composer", "choice"), CASES)
def test_each_choice_posts_and_reaches_exactly_its_readers(client, group_world, composer,
                                                           choice):
    member, groups = group_world
    group = groups.get(composer.removeprefix("group-"))
    client.force_login(member)
    data = {"title": f"Oproep {composer} {choice}", "body": "Wie denkt er mee?"}
    if choice is not None:
        data["visibility"] = choice

    response = client.post(composer_url(composer, groups), data)

    post = Post.objects.get()
    assert response.status_code == 302 and response.url == post.get_absolute_url()
    expected = choice or "group"
    assert post.visibility == expected
    assert post.access_group == group
    assert post.section == ("group" if group else composer)
    assert readers_of(client, post) == READERS[expected]


@pytest.mark.parametrize("visibility", ["closed", "secret"])
def test_a_members_only_group_ignores_a_wider_choice_sent_anyway(client, group_world,
                                                                 visibility):
    member, groups = group_world
    client.force_login(member)

    client.post(composer_url(f"group-{visibility}", groups), {
        "title": "Verslag", "body": "Notulen van dinsdag.", "visibility": "public"})

    post = Post.objects.get()
    assert (post.visibility, post.access_group) == ("group", groups[visibility])
    assert readers_of(client, post) == {"member"}


def readers_of(client, post):
    """Which of a member, a professional outside the groups and an anonymous
    visitor can open the post's page (and see its title there)."""
    member = post.owner
    readers = set()
    for who, user in (("member", member), ("professional", ProfessionalFactory()),
                      ("anonymous", None)):
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(post.get_absolute_url())
        if response.status_code == 200 and post.title in response.content.decode():
            readers.add(who)
    client.force_login(member)
    return readers
