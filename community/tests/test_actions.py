"""The action list of a group: who sees and does what, filters, mails, the
due-date reminder and a fixed number of queries on both list pages."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Action
from community.mydata import export_actions
from community.services.actions import send_action_reminders
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.models import Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from scheduler.jobs import registered_jobs

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "visitor", "professional", "member", "manager"]
VISIBILITIES = ["open", "closed", "secret"]
TODAY = timezone.localdate()


def day(offset):
    return TODAY + datetime.timedelta(days=offset)


def member(group, role=Membership.Role.MEMBER, **fields):
    user = ProfessionalFactory(**fields)
    MembershipFactory(group=group, user=user, role=role)
    return user


def make_action(group, assignee, report_to=None, due=3, **fields):
    fields.setdefault("owner", report_to or assignee)
    fields.setdefault("description", "belt de school over een overleg")
    return Action.objects.create(access_group=group, visibility="group", assignee=assignee,
                                 report_to=report_to or assignee, due_date=day(due), **fields)


def log_in_as(client, role, group):
    """None for anonymous; otherwise the signed-in user in that role."""
    if role == "anonymous":
        return None
    if role == "visitor":
        user = UserFactory()
    elif role == "professional":
        user = ProfessionalFactory()
    else:
        user = member(group, Membership.Role.MANAGER if role == "manager" else "member")
    client.force_login(user)
    return user


def listed(response):
    return [li.get_text(" ", strip=True) for li in parse(response).select("li.card")]


@pytest.fixture
def group():
    return CommunityGroupFactory(visibility="closed")


@pytest.fixture
def me(client, group):
    user = member(group, first_name="Ilse", last_name="Bakker")
    client.force_login(user)
    return user


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("role", ROLES)
def test_only_members_see_the_list_also_in_an_open_group(client, role, visibility):
    group = CommunityGroupFactory(visibility=visibility)
    action = make_action(group, member(group))
    log_in_as(client, role, group)

    list_page = client.get(reverse("group_actions", args=[group.slug]))
    new_page = client.get(reverse("action_new", args=[group.slug]))

    if role == "anonymous":
        assert list_page.status_code == new_page.status_code == 302
        assert list_page.url.startswith(reverse("account_login"))
    elif role in ("member", "manager"):
        assert list_page.status_code == new_page.status_code == 200
        assert parse(list_page).find(id=f"actie-{action.pk}")
    else:
        assert list_page.status_code == new_page.status_code == 404


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("role", ROLES)
def test_who_may_mark_an_action_done(client, role, visibility):
    group = CommunityGroupFactory(visibility=visibility)
    action = make_action(group, member(group))
    log_in_as(client, role, group)

    response = client.post(reverse("action_done", args=[group.slug, action.pk]),
                           {"klaar": "ja"})

    action.refresh_from_db()
    expected = {"anonymous": 302, "visitor": 404, "professional": 404, "member": 403,
                "manager": 302}[role]
    assert response.status_code == expected
    assert (action.status == "done") is (role == "manager")
    if role == "member":
        assert "beheerders van de groep" in parse(response).find("main").get_text()


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("role", ROLES)
def test_who_may_add_an_action(client, role, visibility):
    group = CommunityGroupFactory(visibility=visibility)
    assignee = member(group)
    log_in_as(client, role, group)

    response = client.post(reverse("action_new", args=[group.slug]), {
        "assignee": assignee.pk, "description": "maakt een rooster", "due_date": day(7),
        "report_to": assignee.pk})

    added = Action.objects.exists()
    assert added is (role in ("member", "manager"))
    assert response.status_code == (302 if role in ("anonymous", "member", "manager") else 404)


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("role", ROLES)
def test_mijn_acties_shows_only_my_own_groups(client, role, visibility):
    group = CommunityGroupFactory(visibility=visibility)
    user = log_in_as(client, role, group)
    if user is not None:
        make_action(group, user, description="maakt een rooster")

    response = client.get(reverse("my_actions"))

    if role == "anonymous":
        assert response.status_code == 302
        return
    lines = listed(response)
    assert (any("maakt een rooster" in line for line in lines)) is (role in ("member",
                                                                              "manager"))


def test_each_line_reads_as_a_sentence(client, group, me):
    colleague = member(group, first_name="Joris", last_name="Smit")
    action = make_action(group, colleague, me, due=5)

    line = parse(client.get(reverse("group_actions", args=[group.slug]))).find(
        id=f"actie-{action.pk}").p.get_text()

    assert " ".join(line.split()).startswith(
        "Joris Smit doet belt de school over een overleg en meldt terug aan Ilse Bakker, "
        f"uiterlijk op {day(5).day} ")


def test_someone_who_left_keeps_their_name_on_the_list(client, group, me):
    leaver = member(group, first_name="Karin", last_name="Vos")
    make_action(group, leaver, me)
    Membership.objects.filter(user=leaver).delete()

    assert "Karin Vos doet" in listed(client.get(reverse("group_actions", args=[group.slug])))[0]


def test_filters_open_overdue_mine_and_done(client, group, me):
    other = member(group)
    make_action(group, me, description="mijn open actie")
    make_action(group, other, description="te late actie", due=-2)
    make_action(group, other, description="afgeronde actie", status="done",
                done_at=timezone.now())

    def shown(query):
        page = client.get(reverse("group_actions", args=[group.slug]) + query)
        return sorted(line.split(" doet ")[1].split(" en meldt")[0] for line in listed(page))

    assert shown("") == ["afgeronde actie", "mijn open actie", "te late actie"]
    assert shown("?status=open") == ["mijn open actie", "te late actie"]
    assert shown("?status=te-laat") == ["te late actie"]
    assert shown("?status=klaar") == ["afgeronde actie"]
    assert shown("?mijn=on") == ["mijn open actie"]
    assert "Te laat" in listed(client.get(reverse("group_actions", args=[group.slug])
                                          + "?status=te-laat"))[0]


def test_adding_mails_the_assignee_but_not_oneself(client, group, me,
                                                   django_capture_on_commit_callbacks):
    colleague = member(group)
    url = reverse("action_new", args=[group.slug])
    data = {"description": "zoekt een spreker", "due_date": day(10), "report_to": me.pk}

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "assignee": colleague.pk})
        client.post(url, {**data, "assignee": me.pk})

    first = Action.objects.get(assignee=colleague)
    assert response.url == first.get_absolute_url()
    assert first.owner == me and first.visibility == "group"
    assert [m.to for m in mail.outbox] == [[colleague.email]]
    assert "zoekt een spreker" in mail.outbox[0].body


def test_an_assignee_from_outside_the_group_is_refused(client, group, me):
    outsider = ProfessionalFactory()

    soup = parse(client.post(reverse("action_new", args=[group.slug]), {
        "assignee": outsider.pk, "description": "regelt een zaal", "due_date": day(3),
        "report_to": me.pk}))

    assert not Action.objects.exists()
    assert "Kies iemand die lid is van de groep." in soup.find(class_="error-summary").get_text()


def test_a_past_due_date_is_refused_and_the_text_kept(client, group, me):
    soup = parse(client.post(reverse("action_new", args=[group.slug]), {
        "assignee": me.pk, "description": "regelt een zaal", "due_date": day(-1),
        "report_to": me.pk}))

    assert not Action.objects.exists()
    assert "al voorbij" in soup.find(class_="error-summary").get_text()
    assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == \
        "regelt een zaal"


def test_a_bsn_in_the_description_is_refused_and_the_text_kept(client, group, me):
    text = "vraagt het dossier op van BSN 1234.56.782"

    soup = parse(client.post(reverse("action_new", args=[group.slug]), {
        "assignee": me.pk, "description": text, "due_date": day(3), "report_to": me.pk}))

    assert not Action.objects.exists()
    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == text


def test_done_mails_the_report_to_person_and_reopen_does_not(
        client, group, me, django_capture_on_commit_callbacks):
    chair = member(group)
    action = make_action(group, me, chair)
    url = reverse("action_done", args=[group.slug, action.pk])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"klaar": "ja", "next": reverse("my_actions")})
        action.refresh_from_db()
        assert action.status == "done" and action.done_at
        client.post(url, {"klaar": "nee"})

    action.refresh_from_db()
    assert action.status == "open" and action.done_at is None
    assert [m.to for m in mail.outbox] == [[chair.email]]


def test_the_done_button_brings_me_back_to_mijn_acties(client, group, me):
    action = make_action(group, me)

    response = client.post(reverse("action_done", args=[group.slug, action.pk]),
                           {"klaar": "ja", "next": reverse("my_actions")})

    assert response.url == reverse("my_actions")


def test_the_report_to_person_edits_and_a_new_assignee_is_mailed(
        client, group, me, django_capture_on_commit_callbacks):
    old, new = member(group), member(group)
    action = make_action(group, old, me, due=0, reminder_sent_on=TODAY)
    form = parse(client.get(reverse("action_edit", args=[group.slug, action.pk])))
    assert form.find("input", attrs={"name": "due_date"})["value"] == TODAY.isoformat()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("action_edit", args=[group.slug, action.pk]), {
            "assignee": new.pk, "description": "maakt de agenda", "due_date": day(4),
            "report_to": me.pk})

    action.refresh_from_db()
    assert (action.assignee, action.description, action.due_date) == (new, "maakt de agenda",
                                                                       day(4))
    assert action.reminder_sent_on is None
    assert [m.to for m in mail.outbox] == [[new.email]]


def test_other_members_may_not_edit_or_delete(client, group, me):
    action = make_action(group, member(group))

    assert client.get(reverse("action_edit", args=[group.slug, action.pk])).status_code == 403
    assert client.post(reverse("action_delete", args=[group.slug, action.pk])).status_code == 403
    assert Action.objects.filter(pk=action.pk).exists()


def test_the_creator_deletes_after_a_question(client, group, me):
    action = make_action(group, member(group), owner=me)
    url = reverse("action_delete", args=[group.slug, action.pk])

    assert parse(client.get(url)).find("button", string="Ja, verwijderen")
    client.post(url)

    assert not Action.objects.exists()


def test_mijn_acties_puts_overdue_first_and_lists_reports_to_me(client, group, me):
    colleague = member(group)
    make_action(group, me, description="later", due=9)
    make_action(group, me, description="te laat", due=-1)
    make_action(group, colleague, me, description="voor mij")
    make_action(group, me, description="al klaar", status="done")

    soup = parse(client.get(reverse("my_actions")))

    todo = [li.get_text(" ", strip=True) for li in soup.find(
        "section", attrs={"aria-labelledby": "te-doen"}).select("li.card")]
    assert [line.split("doet ")[1].split(" en")[0] for line in todo] == ["te laat", "later"]
    assert "Te laat" in todo[0] and group.name in todo[0]
    reports = soup.find("section", attrs={"aria-labelledby": "terugmelden"}).get_text()
    assert "voor mij" in reports


def test_reminders_are_sent_once_and_not_for_done_actions(django_capture_on_commit_callbacks):
    group = CommunityGroupFactory()
    today, overdue, later = member(group), member(group), member(group)
    make_action(group, today, due=0)
    make_action(group, overdue, due=-3)
    make_action(group, later, due=1)
    make_action(group, later, due=0, status="done")

    with django_capture_on_commit_callbacks(execute=True):
        assert send_action_reminders() == 2
        assert send_action_reminders() == 0
        output = StringIO()
        call_command("send_action_reminders", stdout=output)
    assert output.getvalue().startswith("0 herinnering")

    assert sorted(m.to[0] for m in mail.outbox) == sorted([today.email, overdue.email])
    assert "Vandaag" in next(m for m in mail.outbox if m.to == [today.email]).body
    assert set(Action.objects.filter(status="open", due_date__lte=TODAY)
               .values_list("reminder_sent_on", flat=True)) == {TODAY}


def test_the_scheduler_runs_the_reminders(django_capture_on_commit_callbacks):
    group = CommunityGroupFactory()
    make_action(group, member(group), due=0)
    job = next(job for job in registered_jobs() if job.name == "action_reminders")

    with django_capture_on_commit_callbacks(execute=True):
        assert (job.run(), job.run()) == (1, 0)
    assert len(mail.outbox) == 1


def test_no_reminder_for_someone_who_left_the_group(django_capture_on_commit_callbacks):
    group = CommunityGroupFactory(visibility="secret")
    leaver = member(group)
    make_action(group, leaver, due=0)
    Membership.objects.filter(user=leaver).delete()

    with django_capture_on_commit_callbacks(execute=True):
        assert send_action_reminders() == 0
    assert not mail.outbox


def test_my_data_holds_actions_assigned_added_or_reported_to_me(group):
    me, other = member(group), member(group)
    make_action(group, me, other, owner=other, description="door mij")
    make_action(group, other, me, owner=other, description="aan mij")
    make_action(group, other, other, owner=me, description="van mij")
    make_action(group, other, description="niet van mij")

    exported = export_actions(me)

    assert sorted(a["description"] for a in exported) == ["aan mij", "door mij", "van mij"]
    assert exported[0]["group"] == group.name


@pytest.mark.parametrize("page", ["group_actions", "my_actions"])
def test_list_queries_do_not_grow_with_the_number_of_actions(client, group, me, page):
    url = reverse(page, args=[group.slug]) if page == "group_actions" else reverse(page)

    def add(n):
        for i in range(n):
            colleague = member(group)
            make_action(group, me, colleague, due=i - 2)
            make_action(group, colleague, me, due=i)

    add(1)
    few = page_queries(client, url)
    add(5)
    assert page_queries(client, url) == few
    print(f"\n{page} ({url}): {few} queries")
    # Both pages show all twelve actions (the group's, or mine plus mine to hear back on).
    assert client.get(url).content.decode().count('id="actie-') + \
        client.get(url).content.decode().count('id="terugmelding-') == 12
