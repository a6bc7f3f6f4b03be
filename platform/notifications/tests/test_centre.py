"""The notification centre: who sees what, read and unread, the badge,
preferences through their form, and the mail's one-click unsubscribe."""

import pytest
from django.core import mail
from django.urls import reverse

from access.visibility import NOBODY_TOKEN, PROFESSIONALS_TOKEN, group_token, user_token
from accounts.tests.factories import ProfessionalFactory, UserFactory
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from notifications import services
from notifications.mail import unsubscribe_token
from notifications.models import Kind, Notification, Preference, Rhythm
from realtime import events
from realtime.models import Event

pytestmark = pytest.mark.django_db


def tell(users, token=PROFESSIONALS_TOKEN, subject="post-1", group=None, text="Er is iets"):
    return services.notify(users, Kind.REACTION, text=text, url="/praat-mee/1/",
                           token=token, subject=subject, group=group)


def test_only_readers_of_the_item_are_told(django_capture_on_commit_callbacks):
    member, outsider = ProfessionalFactory(), ProfessionalFactory()
    visitor = UserFactory()
    group = CommunityGroupFactory()
    MembershipFactory(group=group, user=member)

    with django_capture_on_commit_callbacks(execute=True):
        made = tell([member, outsider, visitor], token=group_token(group.pk), group=group)

    assert [n.recipient_id for n in made] == [member.pk]
    assert [m.to for m in mail.outbox] == [[member.email]]
    # The reader's page hears of it on their own stream, nobody else's.
    (event,) = Event.objects.filter(kind="notification.created")
    assert (event.stream, event.token) == (f"user-{member.pk}", user_token(member.pk))


def test_every_mail_has_a_one_click_unsubscribe(client, django_capture_on_commit_callbacks):
    reader = ProfessionalFactory()
    group = CommunityGroupFactory()
    MembershipFactory(group=group, user=reader)
    with django_capture_on_commit_callbacks(execute=True):
        tell([reader], token=group_token(group.pk), group=group)

    (sent,) = mail.outbox
    link = sent.extra_headers["List-Unsubscribe"].strip("<>")
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in sent.body
    assert reverse("notification_preferences") in sent.body
    # The link works, for this group, without signing in.
    path = link.split("://", 1)[1].split("/", 1)[1]
    client.post("/" + path)
    assert Preference.objects.get(user=reader, group=group).mail == Rhythm.NEVER


def test_preferences_decide_site_and_mail_and_a_group_choice_wins(
        django_capture_on_commit_callbacks):
    never, daily, site_off, group_direct = ProfessionalFactory.create_batch(4)
    group = CommunityGroupFactory()
    for user in (never, daily, site_off, group_direct):
        MembershipFactory(group=group, user=user)
    Preference.objects.create(user=never, mail=Rhythm.NEVER)
    Preference.objects.create(user=daily, mail=Rhythm.DAILY)
    Preference.objects.create(user=site_off, in_site=False, mail=Rhythm.NEVER)
    Preference.objects.create(user=group_direct, mail=Rhythm.NEVER)
    Preference.objects.create(user=group_direct, group=group, mail=Rhythm.DIRECT)

    with django_capture_on_commit_callbacks(execute=True):
        made = tell([never, daily, site_off, group_direct], token=group_token(group.pk),
                    group=group)

    assert {n.recipient_id: n.mail for n in made} == {
        never.pk: Rhythm.NEVER, daily.pk: Rhythm.DAILY, group_direct.pk: Rhythm.DIRECT}
    assert [m.to for m in mail.outbox] == [[group_direct.email]]
    # Outside the group only the general choice counts.
    with django_capture_on_commit_callbacks(execute=True):
        tell([group_direct])
    assert len(mail.outbox) == 1


def test_the_centre_lists_only_ones_own_and_visible_notifications(client):
    reader, other = ProfessionalFactory(), ProfessionalFactory()
    tell([reader], text="Voor mij")
    tell([other], text="Voor een ander")
    tell([reader], subject="post-2", text="Wordt verborgen")
    events.retoken({"post-2": NOBODY_TOKEN})  # the post was hidden
    client.force_login(reader)

    page = client.get(reverse("notifications")).content.decode()

    assert "Voor mij" in page
    assert "Voor een ander" not in page and "Wordt verborgen" not in page
    assert client.get(reverse("notifications_unread_count")).json() == {"unread": 1}


def test_opening_marks_read_and_goes_to_the_item_and_others_get_404(client):
    reader, other = ProfessionalFactory(), ProfessionalFactory()
    (notification,) = tell([reader])
    client.force_login(other)
    assert client.get(reverse("notification_open", args=[notification.pk])).status_code == 404

    client.force_login(reader)
    response = client.get(reverse("notification_open", args=[notification.pk]))

    assert response.status_code == 302 and response["Location"] == "/praat-mee/1/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_mark_all_read_touches_only_the_readers_own(client):
    reader, other = ProfessionalFactory(), ProfessionalFactory()
    tell([reader]), tell([reader]), tell([other])
    client.force_login(reader)

    assert client.get(reverse("notifications_mark_all_read")).status_code == 405
    response = client.post(reverse("notifications_mark_all_read"), follow=True)

    assert "Alle meldingen zijn gelezen." in response.content.decode()
    assert not Notification.objects.filter(recipient=reader, read_at=None).exists()
    assert Notification.objects.filter(recipient=other, read_at=None).count() == 1


def test_the_header_badge_counts_unread_for_the_signed_in_only(client):
    reader = ProfessionalFactory()
    tell([reader]), tell([reader])
    assert "notification-badge" not in client.get("/").content.decode()

    client.force_login(reader)
    page = client.get("/").content.decode()

    assert 'class="notification-badge__count" aria-hidden="true" data-live-count>2<' in page
    assert f'data-live-stream="user-{reader.pk}"' in page
    assert "2 ongelezen" in page


def test_the_centre_has_a_fixed_number_of_queries(client, django_assert_num_queries):
    reader = ProfessionalFactory()
    client.force_login(reader)
    for _ in range(2):
        tell([reader])
    client.get(reverse("notifications"))  # warm: session, roles
    with django_assert_num_queries(12) as few:
        client.get(reverse("notifications"))
    for _ in range(20):
        tell([reader])
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("notifications"))


def test_preferences_form_saves_the_default_and_every_choice(client):
    user = ProfessionalFactory()
    group = CommunityGroupFactory(name="Taalgroep Noord")
    MembershipFactory(group=group, user=user)
    client.force_login(user)
    url = reverse("notification_preferences")
    page = client.get(url).content.decode()
    assert "Taalgroep Noord" in page and "Zoals mijn algemene keuze" in page

    # The form as it comes: the general row is stored, the group follows it.
    g = f"groep-{group.pk}"
    form = {"algemeen-in_site": "on", "algemeen-mail": "direct",
            f"{g}-in_site": "general", f"{g}-mail": "general"}
    assert client.post(url, form).status_code == 302
    assert list(Preference.objects.values_list("group", "mail")) == [(None, "direct")]

    for choice in ("daily", "weekly", "never", "direct"):
        client.post(url, {**form, f"{g}-mail": choice})
        own = Preference.objects.get(group=group)
        assert (own.mail, own.in_site) == (choice, None)
    client.post(url, {**form, f"{g}-in_site": "no", f"{g}-mail": "general"})
    own = Preference.objects.get(group=group)
    assert (own.mail, own.in_site) == (None, False)
    assert services.preferences_for([user.pk], group)[user.pk] == (False, "direct")

    client.post(url, {**form, "algemeen-mail": "weekly", "algemeen-in_site": ""})
    general = Preference.objects.get(group=None)
    assert (general.mail, general.in_site) == ("weekly", False)
    # The group follows the general mail choice, and keeps its own "no".
    assert services.preferences_for([user.pk], group)[user.pk] == (False, "weekly")
    client.post(url, form)
    assert not Preference.objects.filter(group=group).exists()

    bad = client.post(url, {**form, "algemeen-mail": "elk-uur"})
    assert bad.status_code == 200
    assert "Niet alles is bewaard" in bad.content.decode()
    assert Preference.objects.get(group=None).mail == "direct"


def test_one_click_unsubscribe_without_signing_in(client):
    user = ProfessionalFactory()
    group = CommunityGroupFactory(name="Taalgroep Noord")
    url = reverse("notification_unsubscribe", args=[unsubscribe_token(user.pk, group.pk)])

    page = client.get(url)
    assert "Taalgroep Noord" in page.content.decode()
    assert not Preference.objects.exists()  # a GET changes nothing

    # As a mail program posts it (RFC 8058): no session, no CSRF token.
    client.handler.enforce_csrf_checks = True
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Preference.objects.get(user=user, group=group).mail == Rhythm.NEVER

    # Leaving all mail also overrules a group's own "mail at once".
    other = CommunityGroupFactory()
    Preference.objects.create(user=user, group=other, in_site=False, mail=Rhythm.DIRECT)
    general = reverse("notification_unsubscribe", args=[unsubscribe_token(user.pk)])
    client.post(general)
    assert Preference.objects.get(user=user, group=None).mail == Rhythm.NEVER
    assert services.preferences_for([user.pk], other)[user.pk] == (False, Rhythm.NEVER)
    assert services.preferences_for([user.pk], group)[user.pk] == (True, Rhythm.NEVER)


def test_a_forged_unsubscribe_link_changes_nothing(client):
    user = ProfessionalFactory()
    token = unsubscribe_token(user.pk)
    response = client.post(reverse("notification_unsubscribe", args=[token[:-3] + "abc"]))

    assert response.status_code == 400
    assert "klopt niet" in response.content.decode()
    assert not Preference.objects.exists()


def test_my_data_holds_the_notifications_and_erasure_removes_them():
    from accounts.mydata import erase_for, export_for

    user = ProfessionalFactory()
    tell([user], text="Bewaard")
    assert export_for(user)["notifications"]["meldingen"][0]["tekst"] == "Bewaard"
    erase_for(user)
    assert not Notification.objects.filter(recipient=user).exists()


def test_voor_mij_starts_with_the_readers_unread_notifications(client):
    reader, other = ProfessionalFactory(), ProfessionalFactory()
    tell([reader], text="Nieuw voor u")
    read = tell([reader], text="Al gezien")[0]
    services.mark_read(reader, read)
    tell([other], text="Voor een ander")
    client.force_login(reader)

    page = client.get(reverse("start_page")).content.decode()

    assert page.index("Ongelezen meldingen") < page.index("Nieuw in mijn groepen")
    assert "Nieuw voor u" in page
    assert "Al gezien" not in page and "Voor een ander" not in page


def test_the_centre_and_preferences_per_role(client):
    """Anonymous: to the login. A visitor (no groups yet) has the general
    choice and may save it through the form as it comes."""
    for name in ("notifications", "notification_preferences"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/account/login/" in response["Location"]

    visitor = UserFactory()
    client.force_login(visitor)
    page = client.get(reverse("notification_preferences")).content.decode()
    assert "Per groep" not in page
    response = client.post(reverse("notification_preferences"),
                           {"algemeen-in_site": "on", "algemeen-mail": "direct"})
    assert response.status_code == 302
    assert Preference.objects.get(user=visitor, group=None).mail == Rhythm.DIRECT
