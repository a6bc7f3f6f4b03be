"""The community's access matrix: every role against every kind of content,
on every surface where it can appear. No leaks, and no missing access.

One test per role builds the same small world and checks all cells, so a
failure lists every wrong cell at once. The matrix size is the number of
(role, content, surface) cells; `pytest -s` prints it.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Action, Attachment, Comment, Post
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "visitor", "professional", "member", "manager", "moderator", "beheerder")
EVERYONE = frozenset(ROLES)
PROFESSIONALS = frozenset({"professional", "member", "manager", "moderator", "beheerder"})
MEMBERS = frozenset({"member", "manager"})
NOBODY = frozenset()

# name: (where, group, visibility, who may read)
POSTS = {
    "public post": ("praat_mee", None, "public", EVERYONE),
    "professionals post": ("praat_mee", None, "professionals", PROFESSIONALS),
    "open group, members post": ("group", "open", "group", MEMBERS),
    "open group, professionals post": ("group", "open", "professionals", PROFESSIONALS),
    "closed group post": ("group", "closed", "professionals", MEMBERS),
    "secret group post": ("group", "secret", "professionals", MEMBERS),
    "hidden post": ("praat_mee", None, "public", NOBODY),
}
# Who sees a group's member list.
MEMBER_LISTS = {"open": PROFESSIONALS, "closed": MEMBERS, "secret": MEMBERS}
CELLS = []


class World:
    """Three groups, an author who owns them, and content of every kind."""

    def __init__(self):
        self.author = ProfessionalFactory(first_name="Auteur", last_name="Schrijver")
        self.member = ProfessionalFactory(first_name="Lid", last_name="Vanderploeg")
        self.manager = ProfessionalFactory()
        policies = {"open": "direct", "closed": "request", "secret": "invitation"}
        self.groups = {kind: CommunityGroupFactory(visibility=kind, join_policy=policies[kind])
                       for kind in policies}
        for group in self.groups.values():
            Membership.objects.create(group=group, user=self.author, role="owner")
            Membership.objects.create(group=group, user=self.manager, role="manager")
            Membership.objects.create(group=group, user=self.member, role="member")
        self.posts = {name: self._post(name, *spec[:3]) for name, spec in POSTS.items()}
        self.actions = {kind: Action.objects.create(
            access_group=group, owner=self.author, assignee=self.member, report_to=self.author,
            description=f"Actie in de {kind} groep", due_date=timezone.localdate())
            for kind, group in self.groups.items()}
        profile = self.author.profile
        profile.function, profile.bio = "Functie-zichtbaar", "Bio-verborgen"
        profile.bio_visibility = "private"
        profile.save()

    def _post(self, name, section, group_kind, visibility):
        post = Post.objects.create(
            section=section, access_group=self.groups.get(group_kind), visibility=visibility,
            owner=self.author, title=f"Titel {name}", body="<p>tekst</p>",
            hidden_at=timezone.now() if name == "hidden post" else None)
        Comment.objects.create(post=post, author=self.member, body=f"<p>Reactie {name}</p>")
        Comment.objects.create(post=post, author=self.member, body=f"<p>Verborgen {name}</p>",
                               hidden_at=timezone.now())
        post.file = Attachment(post=post, original_name="a.pdf", content_type="application/pdf",
                               size=9, description="verslag")
        post.file.file.save("a.pdf", SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"), save=True)
        return post


def user_for(role, world):
    if role == "anonymous":
        return None
    return {
        "visitor": lambda: UserFactory(),
        "professional": lambda: ProfessionalFactory(),
        "member": lambda: world.member,
        "manager": lambda: world.manager,
        "moderator": lambda: UserFactory(roles=[roles.PROFESSIONAL, roles.MODERATOR]),
        "beheerder": lambda: UserFactory(roles=[roles.PROFESSIONAL, roles.BEHEERDER]),
    }[role]()


def check(failures, role, what, allowed, shown):
    """Record one cell: `shown` must be true exactly when `role` is allowed."""
    CELLS.append((role, what))
    if shown != (role in allowed):
        failures.append(f"{role}: {what} {'shown' if shown else 'refused'}")


def text(client, url):
    response = client.get(url)
    return response.content.decode() if response.status_code == 200 else ""


def list_url(post):
    if post.section == "group":
        return reverse("group_detail", args=[post.access_group.slug])
    return reverse(post.section)


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(client, role):
    world = World()
    user = user_for(role, world)
    if user is not None:
        client.force_login(user)
    failures = []
    for name, (_where, _group, _visibility, allowed) in POSTS.items():
        post = world.posts[name]
        page = client.get(post.get_absolute_url())
        check(failures, role, f"{name} page", allowed, page.status_code == 200)
        if page.status_code not in (200, 404):
            failures.append(f"{role}: {name} page answered {page.status_code}, not 404")
        body = page.content.decode()
        check(failures, role, f"{name} comment", allowed, f"Reactie {name}" in body)
        check(failures, role, f"{name} hidden comment", NOBODY, f"Verborgen {name}" in body)
        check(failures, role, f"{name} in list", allowed,
              f"Titel {name}" in text(client, list_url(post)))
        attachment = client.get(post.file.get_absolute_url())
        check(failures, role, f"{name} attachment", allowed, attachment.status_code == 200)
        public = EVERYONE if allowed == EVERYONE else NOBODY
        check(failures, role, f"{name} in feed", public,
              f"Titel {name}" in text(client, reverse("praat_mee_feed")))
    for kind, group in world.groups.items():
        check(failures, role, f"{kind} group actions", MEMBERS,
              f"Actie in de {kind} groep" in text(client, reverse("group_actions",
                                                                  args=[group.slug])))
        check(failures, role, f"{kind} group members", MEMBER_LISTS[kind],
              "Vanderploeg" in text(client, reverse("group_members", args=[group.slug])))
        listed = group.name in text(client, reverse("my_groups"))
        seen = PROFESSIONALS if kind != "secret" else MEMBERS
        check(failures, role, f"{kind} group in the group list", seen, listed)
    assigned = "Actie in de secret groep" in text(client, reverse("my_actions"))
    check(failures, role, "my actions", frozenset({"member"}), assigned)
    profile = text(client, reverse("profile_detail", args=[world.author.pk]))
    check(failures, role, "profile shared field", PROFESSIONALS, "Functie-zichtbaar" in profile)
    check(failures, role, "profile hidden field", NOBODY, "Bio-verborgen" in profile)
    print(f"\n{role}: {len(CELLS)} cells so far")
    assert failures == []


def test_a_group_turning_closed_hides_its_earlier_professionals_posts_at_once(client):
    world = World()
    client.force_login(ProfessionalFactory())
    post = world.posts["open group, professionals post"]
    assert client.get(post.get_absolute_url()).status_code == 200

    CommunityGroup.objects.filter(pk=post.access_group_id).update(visibility="closed")

    assert client.get(post.get_absolute_url()).status_code == 404
    assert client.get(post.file.get_absolute_url()).status_code == 404
