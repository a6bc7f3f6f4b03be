"""Groups: who sees which group, its posts, members and files (per role and
visibility); starting a group; joining directly, by request and by
invitation; roles, leaving and settings; mails; fixed query counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.services import verify_professional
from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Action, Attachment, Invitation, JoinRequest
from community.mydata import export_memberships
from community.services import groups as services
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .factories import add_group_post

pytestmark = pytest.mark.django_db

VISIBILITIES = ["open", "closed", "secret"]
POLICY = {"open": "direct", "closed": "request", "secret": "invitation"}
ROLES = ["anonymous", "visitor", "professional", "member", "manager", "owner"]
MEMBER_ROLES = {"member", "manager", "owner"}


@pytest.fixture
def world():
    """A group of each visibility with an owner, a manager, a member, a
    members-only post with a file, and a member named for the member lists."""
    made = {}
    for visibility in VISIBILITIES:
        group = CommunityGroupFactory(name=f"Groep {visibility}", slug=f"groep-{visibility}",
                                      visibility=visibility, join_policy=POLICY[visibility])
        member = MembershipFactory(group=group, user=ProfessionalFactory()).user
        member.profile.display_name = f"Lid van {visibility}"
        member.profile.save()
        add_group_post(group, f"Bericht {visibility}")
        made[visibility] = group
    return made


def viewer_for(role, world):
    """A user in `role`; member, manager and owner hold that role in every group."""
    if role == "anonymous":
        return None
    if role == "visitor":
        return UserFactory()
    user = ProfessionalFactory()
    if role in MEMBER_ROLES:
        for group in world.values():
            MembershipFactory(group=group, user=user, role=role)
    return user


@pytest.fixture
def as_role(client, world):
    def log_in(role):
        user = viewer_for(role, world)
        if user:
            client.force_login(user)
        return user
    return log_in


def section_text(soup, heading_id):
    heading = soup.find(id=heading_id)
    return heading.find_parent("section").get_text(" ") if heading else ""


# --- The list ----------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_the_list_per_role(client, world, as_role, role):
    as_role(role)
    response = client.get(reverse("my_groups"))

    if role == "anonymous":
        assert response.status_code == 302 and reverse("account_login") in response.url
        return
    soup = parse(response)
    if role == "visitor":
        assert response.status_code == 403
        assert "geverifieerd" in soup.get_text() and "Groep " not in soup.get_text()
        return
    mine, others = section_text(soup, "mijn-groepen"), section_text(soup, "andere-groepen")
    for visibility in VISIBILITIES:
        name = f"Groep {visibility}"
        if role in MEMBER_ROLES:
            assert name in mine and name not in others
        else:
            assert name not in mine
            assert (name in others) is (visibility != "secret")
    if role == "owner":
        assert "Uw rol: Eigenaar" in mine


def test_the_list_filters_and_shows_a_pending_request(client, world, professional):
    thema, wijk = ThemaFactory(name="Thuiszitters"), WijkFactory(name="Palenstein")
    world["open"].themas.set([thema])
    world["closed"].wijken.set([wijk])
    client.force_login(professional)

    def listed(query):
        return [a.get_text() for a in parse(client.get(f"/groepen/?{query}")).select(
            "#andere-groepen ~ ul .card__title a")]

    assert listed("thema=thuiszitters") == ["Groep open"]
    assert listed("wijk=palenstein") == ["Groep closed"]
    JoinRequest.objects.create(group=world["closed"], user=professional, message="Graag")
    others = section_text(parse(client.get("/groepen/")), "andere-groepen")
    assert "U hebt gevraagd om lid te worden." in others


def test_list_queries_do_not_grow_with_the_number_of_groups(client, professional):
    thema, wijk = ThemaFactory(), WijkFactory()
    client.force_login(professional)

    shown = []

    def add(n):
        for _ in range(n):
            mine, other = CommunityGroupFactory(), CommunityGroupFactory(visibility="closed")
            for group in (mine, other):
                group.themas.set([thema])
                group.wijken.set([wijk])
                MembershipFactory(group=group, user=ProfessionalFactory())
                shown.append(reverse("group_detail", args=[group.slug]))
            MembershipFactory(group=mine, user=professional)

    def queries():  # mine and the 12 others (one page) are all listed
        return page_queries(client, "/groepen/", shown)

    add(2)
    few = queries()
    add(10)
    # 20: one of them reads the glossary, which writes out abbreviations in
    # the thema and wijk filter options; two are the header's notification
    # count and the memberships behind its access tokens.
    assert queries() == few == 20


# --- A group's page -----------------------------------------------------------

@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("role", ROLES)
def test_the_group_page_per_role(client, world, as_role, role, visibility):
    as_role(role)
    response = client.get(reverse("group_detail", args=[f"groep-{visibility}"]))

    expected = {"anonymous": 302, "visitor": 403}.get(role, 200)
    if role == "professional" and visibility == "secret":
        expected = 404
    assert response.status_code == expected
    if expected != 200:
        assert f"Groep {visibility}" not in response.content.decode()
        return
    soup = parse(response)
    is_member = role in MEMBER_ROLES
    assert (f"Bericht {visibility}" in section_text(soup, "berichten")) is is_member
    assert (f"Bericht {visibility}.pdf" in section_text(soup, "bestanden")) is is_member
    sees_members = is_member or visibility == "open"
    assert (f"Lid van {visibility}" in section_text(soup, "leden")) is sees_members
    composer = reverse("group_post_new", args=[f"groep-{visibility}"])
    assert bool(soup.find("a", href=composer)) is is_member
    assert bool(soup.find("a", href=reverse("group_settings", args=[f"groep-{visibility}"]))) \
        is (role in {"manager", "owner"})


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("role", ROLES)
def test_the_member_list_and_the_files_per_role(client, world, as_role, role, visibility):
    as_role(role)
    response = client.get(reverse("group_members", args=[f"groep-{visibility}"]))
    item = Attachment.objects.get(post__access_group=world[visibility])

    sees = role in MEMBER_ROLES or (role == "professional" and visibility == "open")
    assert response.status_code == {"anonymous": 302, "visitor": 403}.get(
        role, 200 if sees else 404)
    assert (f"Lid van {visibility}" in response.content.decode()) is sees
    assert client.get(item.get_absolute_url()).status_code == (
        200 if role in MEMBER_ROLES else 404)


def test_an_open_group_shows_its_professionals_posts_and_files_to_everyone(client, world,
                                                                            professional):
    add_group_post(world["open"], "Voor iedereen", visibility="professionals")
    client.force_login(professional)

    soup = parse(client.get(reverse("group_detail", args=["groep-open"])))
    assert "Voor iedereen" in section_text(soup, "berichten")
    assert "Bericht open" not in section_text(soup, "berichten")
    assert "Voor iedereen.pdf" in section_text(soup, "bestanden")


def test_members_see_open_actions(client, world):
    # The agenda's events panel and the page's query count, which need events,
    # are tested in tests/test_group_events_panel.py.
    group = world["closed"]
    member = Membership.objects.get(group=group).user
    Action.objects.create(description="Verslag rondsturen", assignee=member, access_group=group,
                          due_date=datetime.date.today())
    client.force_login(member)

    soup = parse(client.get(reverse("group_detail", args=[group.slug])))
    assert "1 open actie" in section_text(soup, "acties")
    assert soup.find("a", href=reverse("group_actions", args=[group.slug]))


# --- Starting a group ------------------------------------------------------------

def test_a_professional_starts_a_group_and_owns_it(client, professional):
    thema = ThemaFactory(name="Dyslexie")
    client.force_login(professional)

    response = client.post(reverse("group_new"), {
        "name": "Pilot leesclub Meerzicht", "description": "Samen lezen na school.",
        "themas": [thema.pk], "visibility": "closed", "join_policy": "request"}, follow=True)

    group = CommunityGroup.objects.get()
    assert group.slug == "pilot-leesclub-meerzicht"
    assert list(group.themas.all()) == [thema]
    assert Membership.objects.get(group=group).user == professional
    assert Membership.objects.get(group=group).role == "owner"
    assert "Uw rol in deze groep: Eigenaar" in parse(response).get_text()


def test_slugs_are_unique_and_never_a_page_of_groepen(professional):
    data = {"description": "", "visibility": "open", "join_policy": "direct"}

    first = services.create_group(professional, {**data, "name": "Thuiszitters"})
    second = services.create_group(professional, {**data, "name": "Thuiszitters"})
    reserved = services.create_group(professional, {**data, "name": "Nieuw"})
    nameless = services.create_group(professional, {**data, "name": "!!!"})

    assert [first.slug, second.slug] == ["thuiszitters", "thuiszitters-2"]
    assert reserved.slug == "nieuw-2"
    assert nameless.slug == "groep"


def test_a_secret_group_admits_by_invitation_only(client, professional):
    client.force_login(professional)
    data = {"name": "Geheim overleg", "description": "Over de wijkaanpak.",
            "visibility": "secret", "join_policy": "direct"}

    soup = parse(client.post(reverse("group_new"), data))

    assert not CommunityGroup.objects.exists()
    assert "alleen lid worden op uitnodiging" in soup.find(class_="error-summary").get_text()
    assert soup.find("input", attrs={"name": "name"})["value"] == "Geheim overleg"


def test_the_privacy_guard_reads_the_description(client, professional):
    client.force_login(professional)
    description = "Voor leerling met BSN 111222333."

    soup = parse(client.post(reverse("group_new"), {
        "name": "Casus", "description": description, "visibility": "open",
        "join_policy": "direct"}))

    assert not CommunityGroup.objects.exists()
    assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == description


def test_visitors_cannot_start_a_group(client, visitor):
    client.force_login(visitor)

    assert client.get(reverse("group_new")).status_code == 403
    assert client.post(reverse("group_new"), {"name": "X", "visibility": "open",
                                              "join_policy": "direct"}).status_code == 403
    assert not CommunityGroup.objects.exists()


# --- Joining ------------------------------------------------------------------------

def test_joining_an_open_group_directly(client, world, professional):
    client.force_login(professional)

    client.post(reverse("group_join", args=["groep-open"]))

    assert Membership.objects.filter(group=world["open"], user=professional).exists()


@pytest.fixture
def managed(world):
    """The closed group with an owner and a manager besides its member."""
    group = world["closed"]
    owner = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
    manager = MembershipFactory(group=group, user=ProfessionalFactory(), role="manager").user
    return group, owner, manager


def test_a_request_mails_the_managers(client, managed, professional, mailoutbox,
                                      django_capture_on_commit_callbacks):
    group, owner, manager = managed
    client.force_login(professional)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("group_join", args=[group.slug]), {"message": "Ik werk als IB'er."})

    assert JoinRequest.objects.get().message == "Ik werk als IB'er."
    assert sorted(m.to[0] for m in mailoutbox) == sorted([owner.email, manager.email])
    assert "Ik werk als IB'er." in mailoutbox[0].body
    assert reverse("group_requests", args=[group.slug]) in mailoutbox[0].body


def test_a_request_with_a_bsn_is_refused_and_kept(client, managed, professional):
    client.force_login(professional)
    message = "Het gaat om BSN 111 222 333."

    soup = parse(client.post(reverse("group_join", args=[managed[0].slug]), {"message": message}))

    assert not JoinRequest.objects.exists()
    assert soup.find("textarea", attrs={"name": "message"}).get_text().strip() == message


def test_one_pending_request_at_a_time(professional, managed):
    services.request_to_join(professional, managed[0], "Graag")

    with pytest.raises(ValidationError):
        services.request_to_join(professional, managed[0], "Nog een keer")


def test_an_invitation_only_group_cannot_be_joined(client, world, professional):
    group = CommunityGroupFactory(join_policy="invitation")
    client.force_login(professional)

    soup = parse(client.get(reverse("group_detail", args=[group.slug])))
    assert "Alleen op uitnodiging" in section_text(soup, "lid-worden")
    client.post(reverse("group_join", args=[group.slug]), {"message": "Mag ik?"})
    assert not group.memberships.exists() and not JoinRequest.objects.exists()
    assert client.post(reverse("group_join", args=["groep-secret"])).status_code == 404


@pytest.mark.parametrize("decision, becomes_member, subject", [
    ("goedkeuren", True, "U bent lid van"), ("afwijzen", False, "Uw aanvraag voor")])
def test_managers_decide_and_the_requester_is_mailed(
        client, managed, professional, mailoutbox, django_capture_on_commit_callbacks,
        decision, becomes_member, subject):
    group, _owner, manager = managed
    join_request = services.request_to_join(professional, group, "Graag")
    client.force_login(manager)
    page = parse(client.get(reverse("group_requests", args=[group.slug])))
    assert "Graag" in page.get_text()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("group_request_decide", args=[group.slug, join_request.pk]),
                    {"besluit": decision})

    assert group.memberships.filter(user=professional).exists() is becomes_member
    assert [m.to for m in mailoutbox] == [[professional.email]]
    assert subject in mailoutbox[0].subject
    with pytest.raises(ValidationError):
        services.decide_join_request(manager, join_request, True)


@pytest.mark.parametrize("role", ["professional", "member"])
def test_only_managers_see_requests(client, managed, world, role):
    client.force_login(viewer_for(role, world))

    assert client.get(reverse("group_requests", args=["groep-closed"])).status_code == 403
    assert client.get(reverse("group_requests", args=["groep-secret"])).status_code == (
        404 if role == "professional" else 403)


# --- Invitations --------------------------------------------------------------------

def test_a_manager_invites_by_email(client, managed, mailoutbox,
                                    django_capture_on_commit_callbacks):
    group, owner, _manager = managed
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("group_invite", args=[group.slug]), {"email": "Nieuw@School.nl"})

    invitation = Invitation.objects.get()
    assert invitation.email == "nieuw@school.nl"
    assert [m.to for m in mailoutbox] == [["nieuw@school.nl"]]
    assert reverse("group_invitation", args=[invitation.key]) in mailoutbox[0].body


def test_no_second_invitation_and_none_for_a_member(client, managed):
    group, owner, manager = managed
    services.invite(owner, group, "nieuw@school.nl")
    client.force_login(owner)

    for email in ("nieuw@school.nl", manager.email):
        soup = parse(client.post(reverse("group_invite", args=[group.slug]), {"email": email}))
        assert soup.find(class_="error-summary")
    assert Invitation.objects.count() == 1


def test_members_cannot_invite(client, world):
    client.force_login(viewer_for("member", world))

    assert client.post(reverse("group_invite", args=["groep-open"]),
                       {"email": "x@school.nl"}).status_code == 403
    assert not Invitation.objects.exists()


def test_any_professional_with_the_link_accepts(client, managed, professional):
    """The key is the secret: the address does not have to match."""
    invitation = services.invite(managed[1], managed[0], "iemand.anders@school.nl")
    client.force_login(professional)
    url = reverse("group_invitation", args=[invitation.key])

    client.post(url)

    assert managed[0].memberships.filter(user=professional).exists()
    second = ProfessionalFactory()
    client.force_login(second)
    assert "al gebruikt" in parse(client.post(url)).get_text()
    assert not managed[0].memberships.filter(user=second).exists()


def test_the_invitation_page_tells_a_stranger_how_to_join(client, world):
    owner = MembershipFactory(group=world["secret"], user=ProfessionalFactory(), role="owner")
    invitation = services.invite(owner.user, world["secret"], "nieuw@school.nl")
    url = reverse("group_invitation", args=[invitation.key])

    soup = parse(client.get(url))
    assert "Groep secret" in soup.find("h1").get_text()
    assert soup.find("a", href=f"{reverse('account_signup')}?next={url}")
    assert soup.find("a", href=f"{reverse('account_login')}?next={url}")

    client.force_login(UserFactory())
    client.post(url)
    assert "verificatie" in parse(client.get(url)).get_text().lower()
    assert world["secret"].memberships.count() == 2
    assert client.get(reverse("group_invitation", args=["onbekend"])).status_code == 404


def test_verification_lets_the_invited_person_in(world, django_capture_on_commit_callbacks):
    owner = ProfessionalFactory()
    for group in world.values():
        MembershipFactory(group=group, user=owner, role="owner")
    services.invite(owner, world["secret"], "later@school.nl")
    services.invite(owner, world["closed"], "iemand.anders@school.nl")
    newcomer = UserFactory(email="Later@school.nl")

    with django_capture_on_commit_callbacks(execute=True):
        verify_professional(newcomer)

    assert list(newcomer.community_groups.all()) == [world["secret"]]
    assert Invitation.objects.get(email="later@school.nl").accepted_by == newcomer


# --- Leaving, roles, settings ------------------------------------------------------------

def test_a_member_leaves(client, world):
    member = Membership.objects.get(group=world["secret"]).user
    client.force_login(member)

    response = client.post(reverse("group_leave", args=["groep-secret"]))

    assert response.url == reverse("my_groups")
    assert not world["secret"].memberships.exists()
    assert client.get(reverse("group_detail", args=["groep-secret"])).status_code == 404


def test_the_only_owner_cannot_leave(client, managed):
    group, owner, _manager = managed
    client.force_login(owner)

    response = client.post(reverse("group_leave", args=[group.slug]), follow=True)

    assert group.memberships.filter(user=owner).exists()
    assert "Maak eerst een ander lid eigenaar" in parse(response).get_text()


def test_a_manager_changes_roles_and_removes_members(client, managed):
    group, owner, manager = managed
    member = group.memberships.get(role="member")
    client.force_login(manager)

    client.post(reverse("group_member_role", args=[group.slug, member.pk]), {"rol": "manager"})
    assert group.memberships.get(pk=member.pk).role == "manager"
    client.post(reverse("group_member_role", args=[group.slug, member.pk]), {"rol": "member"})
    assert group.memberships.get(pk=member.pk).role == "member"

    owner_membership = group.memberships.get(user=owner)
    client.post(reverse("group_member_remove", args=[group.slug, owner_membership.pk]))
    client.post(reverse("group_member_role", args=[group.slug, owner_membership.pk]),
                {"rol": "member"})
    assert group.memberships.get(user=owner).role == "owner"

    client.post(reverse("group_member_remove", args=[group.slug, member.pk]))
    assert not group.memberships.filter(pk=member.pk).exists()


def test_members_cannot_manage_members(client, managed):
    group, owner, _manager = managed
    client.force_login(group.memberships.get(role="member").user)
    target = group.memberships.get(user=owner)

    for name in ("group_member_remove", "group_transfer"):
        assert client.post(reverse(name, args=[group.slug, target.pk])).status_code == 403
    assert group.memberships.get(user=owner).role == "owner"


def test_the_owner_transfers_ownership_and_then_may_leave(client, managed):
    group, owner, manager = managed
    member = group.memberships.get(role="member")
    client.force_login(manager)
    assert client.post(reverse("group_transfer", args=[group.slug, member.pk])).status_code == 403

    client.force_login(owner)
    client.post(reverse("group_transfer", args=[group.slug, member.pk]))

    assert group.memberships.get(pk=member.pk).role == "owner"
    assert group.memberships.get(user=owner).role == "manager"
    client.post(reverse("group_leave", args=[group.slug]))
    assert not group.memberships.filter(user=owner).exists()


def test_managers_edit_the_settings(client, managed):
    group, _owner, manager = managed
    client.force_login(manager)
    url = reverse("group_settings", args=[group.slug])
    data = {"name": "Nieuwe naam", "description": "Anders", "visibility": "secret",
            "join_policy": "request"}

    assert parse(client.post(url, data)).find(class_="error-summary")
    response = client.post(url, {**data, "join_policy": "invitation"})

    group.refresh_from_db()
    assert (group.name, group.visibility) == ("Nieuwe naam", "secret")
    # A group that turns secret gets an address nobody can guess.
    assert group.slug.startswith("nieuwe-naam-") and len(group.slug) == len("nieuwe-naam-") + 8
    assert response["Location"] == reverse("group_detail", args=[group.slug])
    client.force_login(group.memberships.get(role="member").user)
    assert client.get(reverse("group_settings", args=[group.slug])).status_code == 403


# --- My data ---------------------------------------------------------------------------

def test_export_memberships(world, professional):
    MembershipFactory(group=world["open"], user=professional, role="manager")
    JoinRequest.objects.create(group=world["closed"], user=professional, message="Graag")

    exported = export_memberships(professional)

    assert [(g["group"], g["role"]) for g in exported["groups"]] == [("Groep open", "manager")]
    assert [(r["group"], r["message"], r["status"]) for r in exported["join_requests"]] == [
        ("Groep closed", "Graag", "pending")]


def test_a_sole_owner_who_deletes_the_account_hands_the_group_to_a_manager():
    from accounts.services import delete_account

    group = CommunityGroupFactory()
    owner = ProfessionalFactory()
    Membership.objects.create(group=group, user=owner, role=Membership.Role.OWNER)
    Membership.objects.create(group=group, user=ProfessionalFactory(), role="member")
    manager = ProfessionalFactory()
    Membership.objects.create(group=group, user=manager, role=Membership.Role.MANAGER)

    delete_account(owner)

    assert list(group.memberships.filter(role="owner").values_list("user", flat=True)) == [
        manager.pk]


def test_an_invitation_expires_after_thirty_days_and_can_be_withdrawn(client):
    from community.models.groups import INVITATION_DAYS

    group = CommunityGroupFactory(visibility="closed", join_policy="invitation")
    manager = ProfessionalFactory()
    Membership.objects.create(group=group, user=manager, role=Membership.Role.OWNER)
    old = services.invite(manager, group, "oud@school.example")
    Invitation.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=INVITATION_DAYS, minutes=1))
    invitee = ProfessionalFactory()
    client.force_login(invitee)

    response = client.post(reverse("group_invitation", args=[old.key]), follow=True)
    assert "verlopen" in response.content.decode()
    assert not group.memberships.filter(user=invitee).exists()

    fresh = services.invite(manager, group, "oud@school.example")  # the expired one makes way
    client.force_login(manager)
    client.post(reverse("group_invitation_withdraw", args=[group.slug, fresh.pk]))
    assert not Invitation.objects.filter(pk=fresh.pk).exists()
    client.force_login(invitee)
    assert client.get(reverse("group_invitation", args=[fresh.key])).status_code == 404


def test_only_managers_withdraw_an_invitation(client):
    group = CommunityGroupFactory()
    owner = ProfessionalFactory()
    Membership.objects.create(group=group, user=owner, role=Membership.Role.OWNER)
    member = ProfessionalFactory()
    Membership.objects.create(group=group, user=member)
    invitation = services.invite(owner, group, "collega@school.example")
    client.force_login(member)

    response = client.post(reverse("group_invitation_withdraw", args=[group.slug, invitation.pk]))

    assert response.status_code == 403
    assert Invitation.objects.filter(pk=invitation.pk).exists()


def test_a_new_groups_address_does_not_reveal_a_secret_group_of_the_same_name():
    owner = ProfessionalFactory()
    data = {"name": "Pilot Veilig Thuis", "description": "", "themas": [], "wijken": [],
            "join_policy": "invitation"}
    secret = services.create_group(owner, {**data, "visibility": "secret"})
    ordinary = services.create_group(ProfessionalFactory(), {**data, "visibility": "closed"})

    assert secret.slug.startswith("pilot-veilig-thuis-") and len(secret.slug) > 20
    assert ordinary.slug == "pilot-veilig-thuis"


def test_a_group_that_turns_secret_gets_an_address_nobody_can_guess():
    owner = ProfessionalFactory()
    data = {"name": "Overleg Noordhove", "description": "", "themas": [], "wijken": [],
            "join_policy": "invitation", "visibility": "closed"}
    group = services.create_group(owner, data)
    assert group.slug == "overleg-noordhove"

    services.update_group(owner, group, {**data, "visibility": "secret"})

    assert group.slug != "overleg-noordhove" and group.slug.startswith("overleg-noordhove-")


def test_a_request_from_someone_no_longer_verified_cannot_be_approved():
    group = CommunityGroupFactory(join_policy="request", visibility="closed")
    owner = ProfessionalFactory()
    Membership.objects.create(group=group, user=owner, role=Membership.Role.OWNER)
    requester = ProfessionalFactory()
    join_request = services.request_to_join(requester, group, "Graag")
    requester.is_active = False
    requester.save()

    with pytest.raises(ValidationError):
        services.decide_join_request(owner, join_request, approve=True)
    assert not group.memberships.filter(user=requester).exists()


def test_a_refused_settings_change_keeps_the_groups_own_name_on_the_page(client):
    group = CommunityGroupFactory(name="Oud", visibility="open", join_policy="direct")
    owner = ProfessionalFactory()
    Membership.objects.create(group=group, user=owner, role=Membership.Role.OWNER)
    client.force_login(owner)

    response = client.post(reverse("group_settings", args=[group.slug]), {
        "name": "Nieuw", "description": "", "visibility": "secret", "join_policy": "direct"})

    page = parse(response)
    assert "Oud" in page.select_one("h1").get_text()
    assert page.select_one('input[name="name"]')["value"] == "Nieuw"  # what was typed stays
    group.refresh_from_db()
    assert group.name == "Oud"


def test_a_used_invitation_link_names_no_group(client):
    group = CommunityGroupFactory(name="Stille stuurgroep", visibility="secret",
                                  join_policy="invitation")
    owner = ProfessionalFactory()
    Membership.objects.create(group=group, user=owner, role=Membership.Role.OWNER)
    invitation = services.invite(owner, group, "collega@school.example")
    services.accept_invitation(ProfessionalFactory(), invitation)

    response = client.get(reverse("group_invitation", args=[invitation.key]))

    assert "Stille stuurgroep" not in response.content.decode()
