"""The one search service over the community's content, per role, and after
access changes.

Per role (anonymous, signed-in visitor, professional, group member, group
owner): which posts, comments and groups `search.service.search` returns,
with the same rule in its counts and facets. Then the index follows access
at once, through the services people use: a group that turns secret, a
post a moderator hides, a blocked account, a lost professional role, a
profile field set to "Alleen ik", expertise added and taken away.
Everything is indexed the way the site does it: after the commit.
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Comment, FieldVisibility, Post
from community.services import groups as group_services
from community.services import moderation
from community.services.profiles import update_profile
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory
from search import service
from taxonomy.models import Expertise
from taxonomy.tests.factories import OrganisationFactory, ThemaFactory, WijkFactory

pytestmark = pytest.mark.django_db
ROLES = ("anonymous", "visitor", "professional", "member", "owner")
EVERYONE = frozenset(ROLES)
PROFESSIONALS = frozenset({"professional", "member", "owner"})
MEMBERS = frozenset({"member", "owner"})
NOBODY = frozenset()

# Every title holds "Zonnebloem". name: (section, group kind, visibility, hidden, who finds it)
POSTS = {
    "openbaar": ("praat_mee", None, "public", False, EVERYONE),
    "professionals": ("praat_mee", None, "professionals", False, PROFESSIONALS),
    "prive": ("doe_mee", None, "private", False, frozenset({"owner"})),
    "verborgen": ("praat_mee", None, "public", True, NOBODY),
    "open groep leden": ("group", "open", "group", False, MEMBERS),
    "open groep iedereen": ("group", "open", "professionals", False, PROFESSIONALS),
    "besloten groep": ("group", "closed", "professionals", False, MEMBERS),
    "geheime groep": ("group", "secret", "public", False, MEMBERS),
}
# The groups themselves: open and closed ones are in every professional's list.
GROUPS = {"open": ("Merel", PROFESSIONALS), "closed": ("Uil", PROFESSIONALS),
          "secret": ("Kraanvogel", MEMBERS)}


def keys(results):
    return {hit.key for hit in results.hits}


def thema_counts(results):
    return {v.value: v.count for f in results.facets if f.name == "thema" for v in f.values}


def find(text, user, **options):
    return service.search(text, user, per_page=50, **options)


class World:
    """Three groups owned by `owner` with `member` in them, and a post of
    every kind, each with a shown and a hidden comment."""

    def __init__(self):
        self.owner = ProfessionalFactory()
        self.member = ProfessionalFactory()
        policies = {"open": "direct", "closed": "request", "secret": "invitation"}
        self.groups = {}
        for kind, (name, _who) in GROUPS.items():
            group = CommunityGroupFactory(name=f"Zonnebloem {name}", visibility=kind,
                                          join_policy=policies[kind])
            Membership.objects.create(group=group, user=self.owner, role="owner")
            Membership.objects.create(group=group, user=self.member, role="member")
            self.groups[kind] = group
        self.expected = {role: set() for role in ROLES}
        for name, (section, kind, visibility, hidden, who) in POSTS.items():
            post = Post.objects.create(
                section=section, access_group=self.groups.get(kind), visibility=visibility,
                owner=self.owner, title=f"Zonnebloem {name}", body="<p>Wie doet mee?</p>",
                hidden_at=timezone.now() if hidden else None)
            shown = Comment.objects.create(post=post, author=self.member, body="<p>Ik!</p>")
            Comment.objects.create(post=post, author=self.member, body="<p>Weg</p>",
                                   hidden_at=timezone.now())
            self._expect(who, f"bericht:{post.pk}", f"reactie:{shown.pk}")
        for kind, (_name, who) in GROUPS.items():
            self._expect(who, f"groep:{self.groups[kind].pk}")
        self.users = {"anonymous": None, "visitor": UserFactory(),
                      "professional": ProfessionalFactory(),
                      "member": self.member, "owner": self.owner}

    def _expect(self, who, *found):
        for role in who:
            self.expected[role].update(found)


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return World()


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """`with indexed():` the writes inside are indexed once they commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


# --- Per role -------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_each_role_finds_exactly_what_it_may_see(world, role):
    results = find("zonnebloem", world.users[role])

    assert keys(results) == world.expected[role]
    assert results.total == len(world.expected[role])
    counted = {value.value: value.count for facet in results.facets if facet.name == "type"
               for value in facet.values}
    by_type = {}
    for key in world.expected[role]:
        by_type[key.split(":")[0]] = by_type.get(key.split(":")[0], 0) + 1
    assert counted == by_type


def test_anonymous_visitors_and_visitors_find_only_public_posts(world):
    """The world's check in plain words: no group, no colleague, nothing of
    professionals, for whoever is not a verified professional."""
    for role in ("anonymous", "visitor"):
        found = {key.split(":")[0] for key in keys(find("zonnebloem", world.users[role]))}
        assert found == {"bericht", "reactie"}


@pytest.mark.parametrize("role", ROLES)
def test_a_secret_groups_name_is_found_only_by_its_members(world, role):
    user = world.users[role]
    results = find("kraanvogel", user)
    secret = world.groups["secret"]

    if role in MEMBERS:
        # The group, and its post through "Groepsbericht in Zonnebloem Kraanvogel".
        assert f"groep:{secret.pk}" in keys(results)
        assert {hit.type for hit in results.hits} == {"groep", "bericht", "reactie"}
    else:
        assert (keys(results), results.total, results.facets) == (set(), 0, [])
        assert all("Kraanvogel" not in hit["title"]
                   for hit in service.suggest("kraanvo", user))
        assert "kraanvogel" not in find("kraanvogl", user).suggestion


# --- Access changes ---------------------------------------------------------


def test_a_group_that_turns_secret_hides_its_posts_counts_and_facets(world, indexed):
    group = world.groups["open"]
    post = Post.objects.get(title="Zonnebloem open groep iedereen")
    with indexed():
        post.themas.set([ThemaFactory(name="Dyslexie")])
    outsider = world.users["professional"]
    before = find("zonnebloem", outsider)
    assert f"bericht:{post.pk}" in keys(before)
    assert thema_counts(before) == {"Dyslexie": 1}
    assert keys(find("dyslexie", outsider)) == {f"bericht:{post.pk}"}

    old_slug = group.slug
    with indexed():
        group_services.update_group(world.owner, group, {
            "name": group.name, "description": group.description,
            "visibility": CommunityGroup.Visibility.SECRET,
            "join_policy": CommunityGroup.JoinPolicy.INVITATION})

    after = find("zonnebloem", outsider)
    assert not {f"bericht:{post.pk}", f"groep:{group.pk}"} & keys(after)
    group.refresh_from_db()
    assert not any(slug in hit.url or "Merel" in hit.title
                   for hit in after.hits for slug in (old_slug, group.slug))
    assert after.total == before.total - 3  # the post, its comment, the group
    assert thema_counts(after) == {}
    assert find("zonnebloem", outsider, facets=[("thema", "Dyslexie")]).total == 0
    assert find("dyslexie", outsider).total == 0
    # Members still find it, at the group's new address.
    hits = {hit.key: hit for hit in find("zonnebloem", world.member).hits}
    assert hits[f"bericht:{post.pk}"].url.startswith(f"/groepen/{group.slug}/")
    assert f"groep:{group.pk}" in hits


def test_a_post_a_moderator_hides_is_gone_with_its_comments_until_restored(
        world, indexed, user_with_role):
    post = Post.objects.get(title="Zonnebloem openbaar")
    comment = post.comments.shown().get()
    moderator = user_with_role(roles.MODERATOR)
    report = moderation.report(world.member, post, "spam")
    gone = {f"bericht:{post.pk}", f"reactie:{comment.pk}"}

    with indexed():
        moderation.hide(moderator, report)
    for role in ROLES:
        assert not gone & keys(find("zonnebloem", world.users[role]))

    with indexed():
        moderation.restore(moderator, report)
    assert gone <= keys(find("zonnebloem", world.users["anonymous"]))


def test_a_comment_a_moderator_hides_is_gone(world, indexed, user_with_role):
    comment = Post.objects.get(title="Zonnebloem professionals").comments.shown().get()
    report = moderation.report(world.owner, comment, "rude")

    with indexed():
        moderation.hide(user_with_role(roles.MODERATOR), report)
    assert f"reactie:{comment.pk}" not in keys(find("zonnebloem", world.member))


# --- Colleagues -------------------------------------------------------------


@pytest.fixture
def anouk(indexed):
    """A colleague who shares everything, and a professional who searches."""
    with indexed():
        user = ProfessionalFactory()
        profile = update_profile(user.profile, {
            "display_name": "Anouk Zwaluw", "function": "Logopedist",
            "organisation": OrganisationFactory(name="De Regenboog"),
            "bio": "Veel ervaring met nieuwkomers.",
            "wijken": [WijkFactory(name="Meerzicht")]})
    return profile


def test_colleagues_are_found_by_professionals_only(anouk, world):
    for role in ROLES:
        found = f"persoon:{anouk.pk}" in keys(find("zwaluw", world.users[role]))
        assert found is (role in PROFESSIONALS)


def test_a_blocked_account_is_no_longer_found(anouk, indexed, user_with_role):
    searcher = ProfessionalFactory()
    assert keys(find("zwaluw", searcher)) == {f"persoon:{anouk.pk}"}
    report = moderation.report(searcher, anouk, "rude")

    with indexed():
        moderation.block(user_with_role(roles.MODERATOR), report, "Herhaaldelijk kwetsend.")
    assert find("zwaluw", searcher).total == 0


def test_a_profile_a_moderator_hides_is_no_longer_found(anouk, indexed, user_with_role):
    searcher = ProfessionalFactory()
    report = moderation.report(searcher, anouk, "spam")

    with indexed():
        moderation.hide(user_with_role(roles.MODERATOR), report)
    assert find("zwaluw", searcher).total == 0


def test_losing_the_professional_role_removes_the_profile(anouk, indexed):
    searcher = ProfessionalFactory()
    with indexed():
        anouk.user.groups.remove(Group.objects.get(name=roles.PROFESSIONAL))
    assert find("zwaluw", searcher).total == 0

    with indexed():
        anouk.user.groups.add(Group.objects.get(name=roles.PROFESSIONAL))
    assert find("zwaluw", searcher).total == 1


def test_a_field_set_to_only_me_is_not_found_nor_shown(anouk, indexed):
    searcher = ProfessionalFactory()
    shared = find("zwaluw", searcher)
    assert "nieuwkomers" in shared.hits[0].snippet
    assert find("nieuwkomers", searcher).total == find("meerzicht", searcher).total == 1
    assert any(v.value == "Meerzicht" for f in shared.facets for v in f.values)

    with indexed():
        update_profile(anouk, {"bio_visibility": FieldVisibility.ONLY_ME,
                               "wijken_visibility": FieldVisibility.ONLY_ME})

    assert find("nieuwkomers", searcher).total == 0
    assert find("meerzicht", searcher).total == 0
    assert find("zwaluw", searcher, facets=[("wijk", "Meerzicht")]).total == 0
    found = find("zwaluw", searcher)
    assert found.total == 1
    assert "nieuwkomers" not in found.hits[0].snippet
    assert "Meerzicht" not in found.hits[0].snippet
    assert all(v.value != "Meerzicht" for f in found.facets for v in f.values)
    assert "Logopedist" in found.hits[0].snippet


def test_expertise_added_and_taken_away_is_followed(anouk, indexed):
    searcher = ProfessionalFactory()
    term = Expertise.objects.create(name="Hoogbegaafdheid", slug="hoogbegaafdheid")
    assert find("hoogbegaafdheid", searcher).total == 0

    with indexed():
        update_profile(anouk, {"expertise": [term]})
    assert keys(find("hoogbegaafdheid", searcher)) == {f"persoon:{anouk.pk}"}

    with indexed():
        anouk.expertise.remove(term)
    assert find("hoogbegaafdheid", searcher).total == 0


def test_a_renamed_organisation_is_followed(anouk, indexed):
    searcher = ProfessionalFactory()
    with indexed():
        organisation = anouk.organisation
        organisation.name = "Het Kompas"
        organisation.save()

    assert find("kompas", searcher).total == 1
    assert find("regenboog", searcher).total == 0
