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


# A surface's refusal: 404 where what you may not see does not exist for you,
# a redirect to the login page (LOGIN) or a 403 where signing in or verifying
# would help, or the page itself (200) without the content.
LOGIN = "login"


def answer(response):
    """What a surface answered: its status code, or LOGIN for the way to log in."""
    if response.status_code == 302 and response.url.startswith(reverse("account_login")):
        return LOGIN
    return response.status_code


def body(response):
    """The text of a page or a file; reading a file to its end closes it."""
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


def crash(response):
    """The exception behind a server error, for the failure message."""
    exc_info = getattr(response, "exc_info", None)
    return f" ({exc_info[1]!r})" if exc_info else ""


def check(failures, role, what, allowed, response, needle, refused=404):
    """Record one cell, `what` being (content, surface). Allowed: a 200 that
    shows `needle`. Refused: exactly `refused`, and if that is the page
    itself, without `needle`. A server error is wrong in every cell."""
    CELLS.append((role, *what))
    got, cell = answer(response), f"{role} / {what[0]} / {what[1]}"
    shown = got == 200 and needle in body(response)
    if got not in (LOGIN, 200, 403, 404):
        failures.append(f"{cell}: answered {got}{crash(response)}")
    elif role in allowed and not shown:
        failures.append(f"{cell}: refused ({got}), should be shown")
    elif role not in allowed and (shown or got != refused):
        failures.append(f"{cell}: {'shown' if shown else got}, should be refused ({refused})")


def for_professionals(role, otherwise):
    """How a page for verified professionals refuses: log in first, then a 403
    for who is not verified, then `otherwise` (404, or 200 without the content)."""
    return {"anonymous": LOGIN, "visitor": 403}.get(role, otherwise)


def list_url(post):
    if post.section == "group":
        return reverse("group_detail", args=[post.access_group.slug])
    return reverse(post.section)


def list_refusal(role, group_kind):
    """The post list: the section is public; a secret group's page does not
    exist for who is not in it."""
    if group_kind is None:
        return 200
    return for_professionals(role, 404 if group_kind == "secret" and role not in MEMBERS else 200)


def check_post(client, failures, role, name, post):
    allowed, group_kind = POSTS[name][3], POSTS[name][1]
    page = client.get(post.get_absolute_url())
    check(failures, role, (name, "page"), allowed, page, f"Titel {name}")
    check(failures, role, (name, "comment"), allowed, page, f"Reactie {name}")
    check(failures, role, (name, "hidden comment"), NOBODY, page, f"Verborgen {name}",
          refused=200 if role in allowed else 404)
    check(failures, role, (name, "list"), allowed, client.get(list_url(post)), f"Titel {name}",
          refused=list_refusal(role, group_kind))
    check(failures, role, (name, "attachment"), allowed,
          client.get(post.file.get_absolute_url()), "%PDF-1.4")
    public = EVERYONE if allowed == EVERYONE else NOBODY
    check(failures, role, (name, "feed"), public, client.get(reverse("praat_mee_feed")),
          f"Titel {name}", refused=200)


def check_group(client, failures, role, kind, group):
    member_list = 200 if kind == "open" else 404
    check(failures, role, (f"{kind} group", "actions"), MEMBERS,
          client.get(reverse("group_actions", args=[group.slug])),
          f"Actie in de {kind} groep", refused=LOGIN if role == "anonymous" else 404)
    check(failures, role, (f"{kind} group", "members"), MEMBER_LISTS[kind],
          client.get(reverse("group_members", args=[group.slug])), "Vanderploeg",
          refused=for_professionals(role, member_list))
    seen = PROFESSIONALS if kind != "secret" else MEMBERS
    check(failures, role, (f"{kind} group", "group list"), seen,
          client.get(reverse("my_groups")), group.name, refused=for_professionals(role, 200))


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(client, role):
    world = World()
    user = user_for(role, world)
    if user is not None:
        client.force_login(user)
    client.raise_request_exception = False  # a crash is a 500 in its cell, and the rest go on
    failures = []
    for name, post in world.posts.items():
        check_post(client, failures, role, name, post)
    for kind, group in world.groups.items():
        check_group(client, failures, role, kind, group)
    check(failures, role, ("secret group action", "my actions"), frozenset({"member"}),
          client.get(reverse("my_actions")), "Actie in de secret groep",
          refused=LOGIN if role == "anonymous" else 200)
    profile = client.get(reverse("profile_detail", args=[world.author.pk]))
    check(failures, role, ("profile shared field", "profile"), PROFESSIONALS, profile,
          "Functie-zichtbaar")
    check(failures, role, ("profile hidden field", "profile"), NOBODY, profile,
          "Bio-verborgen", refused=200 if role in PROFESSIONALS else 404)
    print(f"\n{role}: {len(CELLS)} cells so far")
    assert not failures, "\n".join(["Wrong cells:", *failures])


def test_a_group_turning_closed_hides_its_earlier_professionals_posts_at_once(client):
    world = World()
    client.force_login(ProfessionalFactory())
    post = world.posts["open group, professionals post"]
    assert client.get(post.get_absolute_url()).status_code == 200

    CommunityGroup.objects.filter(pk=post.access_group_id).update(visibility="closed")

    assert client.get(post.get_absolute_url()).status_code == 404
    assert client.get(post.file.get_absolute_url()).status_code == 404
