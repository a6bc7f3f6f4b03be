"""The community's notifications: mentions, reactions on one's post, followed
posts, join requests and decisions, invitations, actions assigned and due.
Each reaches the right person only, never the one who acted, never someone
who may not read the item, and mails as the reader chose."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from access.visibility import group_token, user_token
from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Comment, Follow, Invitation, JoinRequest, Post
from community.services import actions, groups, moderation, posts
from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from notifications.models import Kind, Notification, Preference, Rhythm

pytestmark = pytest.mark.django_db


def named(name, factory=ProfessionalFactory, **fields):
    user = factory(**fields)
    user.profile.display_name = name
    user.profile.save()
    return user


def form_defaults(html, action=None, field="body"):
    """What the browser sends from the page's form (the one posting to
    `action`, or the first holding a `field`): every field as the page
    fills it in."""
    soup = BeautifulSoup(html, "html.parser")
    for form in soup.find_all("form"):
        if action is not None and form.get("action") != action:
            continue
        if action is None and not form.find(attrs={"name": field}):
            continue
        data = {}
        for element in form.find_all(["input", "textarea", "select"]):
            name = element.get("name")
            if not name or name == "csrfmiddlewaretoken":
                continue
            if element.name == "textarea":
                data[name] = element.get_text()
            elif element.name == "select":
                chosen = element.find("option", selected=True) or element.find("option")
                data[name] = chosen.get("value", chosen.get_text()) if chosen else ""
            elif element.get("type") in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    data.setdefault(name, element.get("value", "on"))
            else:
                data[name] = element.get("value", "")
        return data
    raise AssertionError(f"No form for {action or field} on the page")


def notified(user, kind=None):
    found = Notification.objects.filter(recipient=user)
    return list(found.filter(kind=kind) if kind else found)


# --- Posts ---------------------------------------------------------------------

@pytest.fixture
def post():
    owner = named("Jan Smit")
    made = Post.objects.create(section="praat_mee", title="Leesproblemen in groep 5",
                               body="<p>Wie heeft tips?</p>", owner=owner,
                               visibility="professionals")
    Follow.objects.create(post=made, user=owner)
    return made


def test_a_reaction_through_the_page_tells_the_owner_and_followers_not_the_writer(
        client, post, django_capture_on_commit_callbacks):
    writer, follower = named("Fatima Bakker"), ProfessionalFactory()
    Follow.objects.create(post=post, user=follower)
    Follow.objects.create(post=post, user=writer)
    client.force_login(writer)
    data = form_defaults(client.get(post.get_absolute_url()).content.decode())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post.get_absolute_url(), {**data, "body": "Probeer de leesmeter."})

    comment = Comment.objects.get()
    (to_owner,) = notified(post.owner)
    assert (to_owner.kind, to_owner.text) == (
        Kind.REACTION, 'Fatima Bakker reageerde op uw bericht "Leesproblemen in groep 5"')
    assert to_owner.url == f"{post.get_absolute_url()}#reactie-{comment.pk}"
    assert (to_owner.subject, to_owner.token) == (f"comment-{comment.pk}", post.access_token)
    (to_follower,) = notified(follower)
    assert to_follower.kind == Kind.FOLLOWED
    assert notified(writer) == []
    # The mails keep their wording, now with a way out.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([post.owner.email, follower.email])
    for sent in mail.outbox:
        assert 'Nieuwe reactie bij "Leesproblemen in groep 5"' in sent.subject
        assert "List-Unsubscribe" in sent.extra_headers


def test_an_owner_who_stopped_following_still_hears_of_reactions_in_a_plain_mail(
        post, django_capture_on_commit_callbacks):
    Follow.objects.filter(post=post).delete()

    with django_capture_on_commit_callbacks(execute=True):
        posts.add_comment(named("Fatima Bakker"), post, "Een tip.")

    assert [n.kind for n in notified(post.owner)] == [Kind.REACTION]
    (sent,) = mail.outbox
    assert 'Fatima Bakker reageerde op uw bericht "Leesproblemen in groep 5"' in sent.body
    assert "volgt" not in sent.body


def test_a_mentioned_owner_gets_one_notification_the_mention(post):
    posts.add_comment(named("Fatima Bakker"), post, "Wat vindt @Jan Smit ervan?")

    assert [n.kind for n in notified(post.owner)] == [Kind.MENTION]


def test_a_mention_in_a_post_tells_the_colleague_not_the_writer(
        django_capture_on_commit_callbacks):
    writer, colleague = named("Fatima Bakker"), named("Kees Smit")
    data = {"title": "Overstap naar het vo", "body": "Wat denkt @Kees Smit? En @Fatima Bakker?",
            "visibility": "professionals"}

    with django_capture_on_commit_callbacks(execute=True):
        made = posts.create_post(writer, "praat_mee", data)

    (notice,) = notified(colleague)
    assert notice.kind == Kind.MENTION
    assert notice.text == 'Fatima Bakker noemde u in het bericht "Overstap naar het vo"'
    assert (notice.url, notice.subject) == (made.get_absolute_url(), f"post-{made.pk}")
    assert notified(writer) == []
    (sent,) = mail.outbox
    assert sent.to == [colleague.email] and "Beste Kees Smit" in sent.body


def test_a_non_member_mentioned_in_a_closed_group_is_not_told(
        django_capture_on_commit_callbacks):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED,
                                  join_policy=CommunityGroup.JoinPolicy.REQUEST)
    writer, member, outsider = named("Fatima Bakker"), named("Lies Jansen"), named("Ans Visser")
    for user in (writer, member):
        MembershipFactory(group=group, user=user)
    post = Post.objects.create(section="group", title="Pilot", body="b", access_group=group,
                               owner=writer, visibility="group")

    with django_capture_on_commit_callbacks(execute=True):
        posts.add_comment(writer, post, "Weten @Ans Visser of @Lies Jansen het?")

    assert notified(outsider) == []
    (notice,) = notified(member)
    assert (notice.kind, notice.group, notice.token) == (Kind.MENTION, group,
                                                         group_token(group.pk))
    assert [m.to for m in mail.outbox] == [[member.email]]


def test_a_hidden_posts_notifications_leave_the_centre(post):
    reader = named("Fatima Bakker")
    posts.add_comment(reader, post, "Een tip.")
    assert len(Notification.objects.for_reader(post.owner)) == 1
    moderator = ProfessionalFactory(roles=[roles.PROFESSIONAL, roles.MODERATOR])

    report = moderation.report(reader, post, "spam")
    moderation.hide(moderator, report)

    assert list(Notification.objects.for_reader(post.owner)) == []


def test_an_appreciation_through_the_page_tells_the_owner_once(client, post):
    giver = named("Fatima Bakker")
    client.force_login(giver)
    page = client.get(post.get_absolute_url()).content.decode()
    url = reverse("react", args=[post.pk])
    data = {**form_defaults(page, action=url), "soort": "bedankt"}

    client.post(url, data)
    client.post(url, data)  # taken back: nothing new
    client.post(url, data)  # given again: not told twice

    (notice,) = notified(post.owner)
    assert notice.kind == Kind.REACTION
    assert notice.text == 'Fatima Bakker bedankt u voor uw bericht "Leesproblemen in groep 5"'
    assert notice.subject == f"post-{post.pk}"


def test_the_owner_is_not_told_of_their_own_appreciation(post):
    posts.toggle_reaction(post.owner, post, "eens")

    assert notified(post.owner) == []


@pytest.mark.parametrize("rhythm", [Rhythm.NEVER, Rhythm.DAILY])
def test_mail_follows_the_readers_preference(post, rhythm, django_capture_on_commit_callbacks):
    Preference.objects.create(user=post.owner, mail=rhythm)

    with django_capture_on_commit_callbacks(execute=True):
        posts.add_comment(named("Fatima Bakker"), post, "Een tip.")

    (notice,) = notified(post.owner)
    assert notice.mail == rhythm
    assert mail.outbox == []


# --- Groups ----------------------------------------------------------------------

@pytest.fixture
def closed_group():
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED,
                                  join_policy=CommunityGroup.JoinPolicy.REQUEST,
                                  name="Leesteam Noord")
    owner = MembershipFactory(group=group, user=named("Jan Smit"), role="owner").user
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    return group, owner, member


def test_a_join_request_through_the_page_tells_the_managers(
        client, closed_group, django_capture_on_commit_callbacks):
    group, owner, member = closed_group
    manager = MembershipFactory(group=group, user=ProfessionalFactory(), role="manager").user
    requester = named("Fatima Bakker")
    client.force_login(requester)
    url = reverse("group_join", args=[group.slug])
    data = form_defaults(client.get(reverse("group_detail", args=[group.slug])).content.decode(),
                         action=url)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**data, "message": "Ik werk als IB'er."})

    assert JoinRequest.objects.filter(user=requester).exists()
    for user in (owner, manager):
        (notice,) = notified(user)
        assert notice.kind == Kind.JOIN_REQUEST
        assert notice.text == ('Fatima Bakker vraagt of hij of zij lid mag worden van '
                               '"Leesteam Noord"')
        assert notice.url == reverse("group_requests", args=[group.slug])
        assert notice.group == group
    assert notified(member) == [] and notified(requester) == []
    assert sorted(m.to[0] for m in mail.outbox) == sorted([owner.email, manager.email])
    assert "Ik werk als IB'er." in mail.outbox[0].body


@pytest.mark.parametrize("approve, text", [
    (True, 'Jan Smit keurde uw aanvraag goed: u bent lid van "Leesteam Noord"'),
    (False, 'Jan Smit keurde uw aanvraag voor "Leesteam Noord" niet goed')])
def test_the_requester_hears_the_decision(closed_group, approve, text,
                                          django_capture_on_commit_callbacks):
    group, owner, _member = closed_group
    requester = ProfessionalFactory()
    join_request = groups.request_to_join(requester, group, "Graag")
    Notification.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        groups.decide_join_request(owner, join_request, approve)

    (notice,) = notified(requester)
    assert (notice.kind, notice.text, notice.token) == (Kind.JOIN_DECISION, text,
                                                        user_token(requester.pk))
    assert notified(owner) == []
    assert [m.to for m in mail.outbox] == [[requester.email]]


def test_an_invitation_tells_an_account_and_mails_an_address_without_one(
        closed_group, django_capture_on_commit_callbacks):
    group, owner, _member = closed_group
    colleague = ProfessionalFactory(email="sanne@school.nl")

    with django_capture_on_commit_callbacks(execute=True):
        groups.invite(owner, group, "Sanne@school.nl")
        groups.invite(owner, group, "nieuw@school.nl")

    (notice,) = notified(colleague)
    invitation = Invitation.objects.get(email="sanne@school.nl")
    assert notice.kind == Kind.INVITATION
    assert notice.text == 'Jan Smit nodigt u uit voor de groep "Leesteam Noord"'
    assert notice.url == reverse("group_invitation", args=[invitation.key])
    assert notified(owner) == []
    assert sorted(m.to[0] for m in mail.outbox) == ["nieuw@school.nl", "sanne@school.nl"]
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "List-Unsubscribe" in by_address["sanne@school.nl"].extra_headers
    assert "List-Unsubscribe" not in by_address["nieuw@school.nl"].extra_headers


def test_an_invited_visitor_never_wanting_mail_is_told_in_the_site_only(
        closed_group, django_capture_on_commit_callbacks):
    group, owner, _member = closed_group
    visitor = UserFactory(email="ouder@example.nl")
    Preference.objects.create(user=visitor, mail=Rhythm.NEVER)

    with django_capture_on_commit_callbacks(execute=True):
        groups.invite(owner, group, "ouder@example.nl")

    assert [n.kind for n in Notification.objects.for_reader(visitor)] == [Kind.INVITATION]
    assert mail.outbox == []


# --- Actions ---------------------------------------------------------------------

def test_an_assigned_action_tells_the_assignee_not_the_creator(
        closed_group, django_capture_on_commit_callbacks):
    group, owner, member = closed_group

    with django_capture_on_commit_callbacks(execute=True):
        action = actions.add_action(owner, group, description="Leesmeter bestellen",
                                    assignee=member, due_date=timezone.localdate(),
                                    report_to=owner)
        actions.add_action(owner, group, description="Zelf doen", assignee=owner,
                           due_date=timezone.localdate(), report_to=owner)

    (notice,) = notified(member)
    assert notice.kind == Kind.ACTION_ASSIGNED
    assert notice.url == action.get_absolute_url()
    assert (notice.token, notice.group) == (group_token(group.pk), group)
    assert "Leesmeter bestellen" in notice.text and "Leesteam Noord" in notice.text
    assert notified(owner) == []
    (sent,) = mail.outbox
    assert sent.to == [member.email] and "Nieuwe actie voor u in Leesteam Noord" in sent.subject


def test_a_due_action_tells_its_assignee_once(closed_group, django_capture_on_commit_callbacks):
    group, owner, member = closed_group
    today = timezone.localdate()
    action = actions.add_action(owner, group, description="Leesmeter bestellen",
                                assignee=member, due_date=today, report_to=owner)
    Notification.objects.all().delete()
    Preference.objects.create(user=member, mail=Rhythm.NEVER)

    with django_capture_on_commit_callbacks(execute=True):
        assert actions.send_action_reminders(today) == 1
        assert actions.send_action_reminders(today) == 0

    (notice,) = notified(member)
    assert notice.kind == Kind.ACTION_DUE
    assert notice.url == action.get_absolute_url()
    assert "vandaag" in notice.text.lower()
    assert mail.outbox == []


def test_an_assignee_who_left_the_group_is_not_reminded(closed_group):
    group, owner, member = closed_group
    actions.add_action(owner, group, description="Leesmeter bestellen", assignee=member,
                       due_date=timezone.localdate(), report_to=owner)
    group.memberships.filter(user=member).delete()
    Notification.objects.all().delete()

    assert actions.send_action_reminders(timezone.localdate() + datetime.timedelta(days=1)) == 0
    assert notified(member) == []


def test_a_decided_join_request_leaves_every_managers_centre(django_capture_on_commit_callbacks):
    from community.services.groups import decide_join_request, request_to_join
    from groups.tests.factories import CommunityGroupFactory, MembershipFactory
    from notifications.models import Notification

    group = CommunityGroupFactory(visibility="closed", join_policy="request")
    owner = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
    other = MembershipFactory(group=group, user=ProfessionalFactory(), role="manager").user
    asker = ProfessionalFactory()
    join_request = request_to_join(asker, group, "Graag")
    assert Notification.objects.for_reader(other).filter(kind="join_request").exists()

    decide_join_request(owner, join_request, approve=True)

    for manager in (owner, other):
        assert not Notification.objects.for_reader(manager).filter(kind="join_request").exists()


def test_a_manager_made_member_again_no_longer_sees_join_requests():
    from community.services.groups import request_to_join, set_role
    from groups.tests.factories import CommunityGroupFactory, MembershipFactory
    from notifications.models import Notification

    group = CommunityGroupFactory(visibility="closed", join_policy="request")
    owner = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
    manager = MembershipFactory(group=group, user=ProfessionalFactory(), role="manager")
    request_to_join(ProfessionalFactory(), group, "Graag")

    set_role(owner, manager, "member")

    assert not Notification.objects.for_reader(manager.user).filter(kind="join_request").exists()
    assert Notification.objects.for_reader(owner).filter(kind="join_request").exists()
