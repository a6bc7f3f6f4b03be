"""Demo groups from `content/groups.yaml`: project groups and networks of
mixed visibility, with members, group posts and reactions, an action list
per group (open, overdue and done actions), a join request waiting and an
open invitation.

The demo professional (professional@demo.wijkzorgnetwerk.nl) owns the first
group, manages the second and is a member of the third, so signing in shows
all of it. Members follow from a group's place in the file. Safe to run
again: nothing is made once the first group exists.
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from access.visibility import Visibility
from demo.content import join_lines, join_paragraphs, load
from groups.models import CommunityGroup, Membership
from privacy.sanitise import text_to_html
from taxonomy.demo import DEMO_DOMAIN_SUFFIX
from taxonomy.models import Thema, Wijk

from .models import Action, Comment, Invitation, JoinRequest, Post, Section

CONTENT = Path(__file__).resolve().parent / "content" / "groups.yaml"
DEMO_PROFESSIONAL = "professional@demo.wijkzorgnetwerk.nl"


def groups():
    """The demo groups; a group post's body keeps its paragraphs."""
    items = load(CONTENT, required=["slug", "name", "visibility", "join_policy", "description"])
    return [
        {**join_lines({key: value for key, value in item.items() if key != "posts"}),
         "posts": [{**join_lines(post), "body": join_paragraphs(post["body"])}
                   for post in item.get("posts", [])]}
        for item in items
    ]


def seed_groups(log):
    """Create the demo groups, with everything in them, unless they exist."""
    people = list(get_user_model().objects.filter(
        email__endswith=f".{DEMO_DOMAIN_SUFFIX}", verified_professional_at__isnull=False,
    ).order_by("email"))
    demo = get_user_model().objects.filter(email=DEMO_PROFESSIONAL).first()
    items = groups()
    if len(people) < 12 or CommunityGroup.objects.filter(slug=items[0]["slug"]).exists():
        return
    themas = {t.name: t for t in Thema.objects.all()}
    wijken = {w.name: w for w in Wijk.objects.filter(gemeente__slug="zoetermeer")}
    made = [_group(index, item, people, demo, themas, wijken) for index, item in enumerate(items)]
    for group, item in zip(made, items, strict=True):
        _posts(group, item["posts"])
    # An action's assignee follows from its place among all groups' actions.
    actions = [(group, action) for group, item in zip(made, items, strict=True)
               for action in item.get("actions", [])]
    for index, (group, action) in enumerate(actions):
        _action(index, group, action)
    for group, item in zip(made, items, strict=True):
        _waiting(group, item, people, demo)
    log(f"community: {len(made)} groepen met {len(actions)} acties")


def _group(index, item, people, demo, themas, wijken):
    group = CommunityGroup.objects.create(
        slug=item["slug"], name=item["name"], description=item["description"],
        visibility=CommunityGroup.Visibility(item["visibility"]),
        join_policy=CommunityGroup.JoinPolicy(item["join_policy"]))
    group.themas.set([themas[n] for n in item.get("themas", []) if n in themas])
    group.wijken.set([wijken[n] for n in item.get("wijken", []) if n in wijken])
    size = 4 + index % 6
    members = [people[(index * 5 + n) % len(people)] for n in range(size)]
    if demo is not None and index < 3:
        members = [u for u in members if u != demo]
        # Owner of the first group, manager of the second, member of the third.
        members.insert(index if index < 2 else 2, demo)
    for position, user in enumerate(dict.fromkeys(members)):
        role = (Membership.Role.OWNER if position == 0 else
                Membership.Role.MANAGER if position == 1 else Membership.Role.MEMBER)
        Membership.objects.create(group=group, user=user, role=role)
    return group


def _members(group):
    return [m.user for m in group.memberships.select_related("user").order_by("pk")]


def _posts(group, posts):
    members = _members(group)
    for number, item in enumerate(posts):
        author = members[number % len(members)]
        post = Post.objects.create(
            section=Section.GROUP, access_group=group, owner=author, title=item["title"],
            body=text_to_html(item["body"]), visibility=Visibility.GROUP)
        for n, comment in enumerate(item.get("comments", [])):
            Comment.objects.create(post=post, author=members[(number + n + 1) % len(members)],
                                   body=text_to_html(comment["text"]))


def _action(index, group, item):
    members = _members(group)
    today = timezone.localdate()
    due_in, done = item["due_in"], item.get("done", False)
    Action.objects.create(
        access_group=group, visibility=Visibility.GROUP, owner=members[0],
        description=item["description"], assignee=members[(index + 1) % len(members)],
        report_to=members[0], due_date=today + timedelta(days=due_in),
        status=Action.Status.DONE if done else Action.Status.OPEN,
        done_at=timezone.now() if done else None,
        # Past actions were reminded on their day; only today's are still due a mail.
        reminder_sent_on=today + timedelta(days=due_in) if due_in < 0 else None,
    )


def _waiting(group, item, people, demo):
    """A join request for the owner to decide, and an open invitation."""
    if item.get("join_request"):
        outsider = next(u for u in people if not group.memberships.filter(user=u).exists())
        JoinRequest.objects.create(group=group, user=outsider, message=item["join_request"])
    if item.get("invitation"):
        Invitation.objects.create(group=group, email=item["invitation"], invited_by=demo)
