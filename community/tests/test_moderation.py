"""Moderation: reporting what one can see, the moderators' queue, each action
with its log row, closed reports and mails, and fixed query counts."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import PASSWORD, ProfessionalFactory, UserFactory, log_in_with_mfa
from community.models import ModerationLog, Post, Report
from community.models.moderation import kind_of
from community.mydata import export_reports
from community.services import moderation
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

Status = Report.Status


def make_post(**fields):
    fields.setdefault("owner", ProfessionalFactory(first_name="Noor", last_name="Bakker"))
    fields.setdefault("section", "praat_mee")
    fields.setdefault("title", "Ervaring met thuiszitters?")
    fields.setdefault("body", "<p>Wie heeft tips?</p>")
    return Post.objects.create(**fields)


def reported(target, reporter=None, reason="rude", explanation=""):
    return Report.objects.create(
        reporter=reporter or ProfessionalFactory(), reason=reason, explanation=explanation,
        **{kind_of(target): target})


@pytest.fixture
def moderator(client, user_with_role):
    user = user_with_role(roles.MODERATOR)
    user.first_name, user.last_name = "Mo", "Deraat"
    user.save()
    log_in_with_mfa(client, user)
    return user


@pytest.fixture
def act(client, django_capture_on_commit_callbacks):
    """Post an action on a report's page as the signed-in moderator; mails go out."""
    def post(report, action, note=""):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("moderation_report", args=[report.pk]),
                               {"action": action, "note": note})
    return post


def report_urls(post):
    comment = post.comments.create(author=post.owner, body="<p>Eens.</p>")
    return {"post": reverse("report_post", args=[post.pk]),
            "comment": reverse("report_comment", args=[comment.pk]),
            "profile": reverse("report_profile", args=[post.owner.pk])}


@pytest.mark.parametrize("kind", ["post", "comment", "profile"])
def test_anonymous_people_are_asked_to_sign_in(client, kind):
    url = report_urls(make_post(visibility="public"))[kind]

    response = client.get(url)

    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("kind", ["post", "comment", "profile"])
def test_a_professional_reports_and_the_moderators_hear_of_it(
        client, kind, user_with_role, mailoutbox, django_capture_on_commit_callbacks):
    mod = user_with_role(roles.MODERATOR)
    user_with_role(roles.BEHEERDER)  # beheerders are not mailed about every report
    reporter = ProfessionalFactory()
    client.force_login(reporter)
    url = report_urls(make_post())[kind]

    assert parse(client.get(url)).find("input", attrs={"name": "reason", "value": "spam"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "spam", "explanation": "Reclame voor een bureau"},
                               follow=True)

    report = Report.objects.get()
    assert (report.reporter, report.reason, report.status) == (reporter, "spam", Status.OPEN)
    assert kind_of(report.target) == kind
    assert "Bedankt voor uw melding" in parse(response).get_text()
    assert [m.to for m in mailoutbox] == [[mod.email]]
    assert reverse("moderation_report", args=[report.pk]) in mailoutbox[0].body


def test_a_visitor_reports_what_they_can_see_and_nothing_else(client):
    client.force_login(UserFactory())
    public = report_urls(make_post(visibility="public"))
    professionals = report_urls(make_post())

    assert client.post(public["post"], {"reason": "wrong"}).status_code == 302
    assert client.get(public["comment"]).status_code == 200
    # A visitor sees no one's profile, and no professionals-only post.
    assert client.get(public["profile"]).status_code == 404
    assert client.get(professionals["post"]).status_code == 404
    assert client.get(professionals["comment"]).status_code == 404


@pytest.mark.parametrize("kind", ["post", "comment"])
def test_a_closed_groups_post_is_a_404_for_outsiders_only(client, kind):
    group = CommunityGroupFactory(visibility="closed")
    url = report_urls(make_post(section="group", visibility="group", access_group=group))[kind]
    outsider = ProfessionalFactory()
    client.force_login(outsider)

    assert client.get(url).status_code == 404
    MembershipFactory(group=group, user=outsider)
    assert client.get(url).status_code == 200


def test_hidden_items_and_ones_own_profile_cannot_be_reported(client, professional):
    post = make_post()
    urls = report_urls(post)
    client.force_login(professional)
    post.comments.update(hidden_at="2026-01-01T00:00Z")
    post.owner.profile.hidden_at = "2026-01-01T00:00Z"
    post.owner.profile.save()

    assert client.get(urls["post"]).status_code == 200
    assert client.get(urls["comment"]).status_code == 404
    assert client.get(urls["profile"]).status_code == 404
    assert client.get(reverse("report_profile", args=[professional.pk])).status_code == 404
    Post.objects.filter(pk=post.pk).update(hidden_at="2026-01-01T00:00Z")
    assert client.get(urls["post"]).status_code == 404


def test_a_second_report_is_politely_refused(client, professional):
    post = make_post()
    url = reverse("report_post", args=[post.pk])
    client.force_login(professional)
    client.post(url, {"reason": "rude"})

    page = parse(client.post(url, {"reason": "spam"}))

    assert Report.objects.count() == 1
    assert "U hebt dit al gemeld" in page.get_text()
    assert not page.find("input", attrs={"name": "reason"})
    with pytest.raises(ValidationError):
        moderation.report(professional, post, "spam")
    Report.objects.update(status=Status.DONE)  # once handled, it can be reported again
    assert parse(client.get(url)).find("input", attrs={"name": "reason"})


def test_a_bsn_in_the_explanation_is_refused_and_kept(client, professional):
    client.force_login(professional)
    explanation = "Het gaat om BSN 1234.56.782 in de tekst."

    page = parse(client.post(reverse("report_post", args=[make_post().pk]),
                             {"reason": "privacy", "explanation": explanation}))

    assert not Report.objects.exists()
    assert "burgerservicenummer" in page.find(class_="error-summary").get_text()
    assert page.find("textarea", attrs={"name": "explanation"}).get_text().strip() == explanation
    assert page.find("input", attrs={"name": "reason", "value": "privacy"}).has_attr("checked")


@pytest.mark.parametrize("who, expected", [
    ("anonymous", 302), ("visitor", 404), ("professional", 404), ("redacteur", 404),
    ("moderator", 200), ("beheerder", 200)])
@pytest.mark.parametrize("name", ["moderation_queue", "moderation_hidden", "moderation_log"])
def test_only_moderators_and_beheerders_open_the_moderation_pages(
        client, user_with_role, who, expected, name):
    users = {"visitor": UserFactory, "professional": ProfessionalFactory}
    if who in users:
        client.force_login(users[who]())
    elif who != "anonymous":
        log_in_with_mfa(client, user_with_role(who))

    response = client.get(reverse(name))

    assert response.status_code == expected
    if who == "anonymous":
        assert response.url.startswith(reverse("account_login"))


def test_a_report_page_is_a_404_for_others(client, professional):
    client.force_login(professional)

    assert client.get(reverse("moderation_report", args=[reported(make_post()).pk])
                      ).status_code == 404


def test_a_moderator_without_the_second_factor_is_sent_to_set_it_up(client, user_with_role):
    client.force_login(user_with_role(roles.MODERATOR))

    assert client.get(reverse("moderation_queue")).url == reverse("mfa_activate_totp")


def test_the_queue_shows_each_item_once_with_every_reason_oldest_first(client, moderator):
    older, newer = make_post(title="Eerst gemeld"), make_post(title="Later gemeld")
    reported(older, reason="rude")
    reported(newer, reason="spam")
    reported(older, reason="privacy", explanation="Een naam van een leerling")
    reported(older, reason="other")
    done = reported(make_post(title="Al afgehandeld"))
    Report.objects.filter(pk=done.pk).update(status=Status.DONE)

    cards = parse(client.get(reverse("moderation_queue"))).select(".card")

    assert [c.h2.get_text(strip=True) for c in cards] == ['Bericht "Eerst gemeld"',
                                                           'Bericht "Later gemeld"']
    assert "3 meldingen" in cards[0].get_text()
    reasons = [li.get_text(" ", strip=True) for li in cards[0].select("ul li")]
    assert reasons == ["Kwetsend, beledigend of intimiderend",
                       "Er staat iets in waaraan je een kind of gezin herkent : Een naam van een "
                       "leerling", "Iets anders"]


def test_a_moderator_sees_a_reported_closed_group_post_only_through_the_report(
        client, moderator):
    group = CommunityGroupFactory(visibility="closed")
    post = make_post(section="group", visibility="group", access_group=group,
                     body="<p>Besloten overleg</p>")
    report = reported(post)

    assert "Besloten overleg" in parse(client.get(reverse("moderation_queue"))).get_text()
    page = parse(client.get(reverse("moderation_report", args=[report.pk])))
    assert "Besloten overleg" in page.find(attrs={"aria-labelledby": "gemeld"}).get_text()
    assert not page.find("a", string="Bekijk het op de site")
    assert client.get(post.get_absolute_url()).status_code == 404


def test_hiding_a_post_logs_closes_every_report_and_mails_each_reporter(
        client, moderator, act, mailoutbox):
    post = make_post(visibility="public")
    first, second = reported(post), reported(post, reason="spam")

    response = act(first, "hide", "Kwetsend voor ouders")

    assert response.url == reverse("moderation_queue")
    log = ModerationLog.objects.get()
    assert (log.moderator, log.action, log.report, log.target, log.note) == (
        moderator, "hide", first, f"bericht {post.pk}", "Kwetsend voor ouders")
    for report in (first, second):
        report.refresh_from_db()
        assert report.status == Status.DONE and report.resolved_at
        assert report.outcome == "Een moderator heeft het bericht verborgen. Niemand ziet het " \
                                 "nog op de site."
    assert sorted(m.to[0] for m in mailoutbox) == sorted([first.reporter.email,
                                                          second.reporter.email])
    assert all(first.outcome in m.body and "Deraat" not in m.body for m in mailoutbox)
    # Gone from its page and its list, for everyone.
    assert client.get(reverse("praat_mee_detail", args=[post.pk])).status_code == 404
    assert post.title not in parse(client.get(reverse("praat_mee"))).get_text()


def test_restoring_from_the_hidden_list_brings_it_back(client, moderator, act):
    post = make_post(visibility="public", title="Even weg")
    report = reported(post)
    act(report, "hide")

    hidden = parse(client.get(reverse("moderation_hidden")))
    assert hidden.select_one(".card__title").get_text(strip=True) == 'Bericht "Even weg"'
    restore_form = hidden.select_one("main form")
    assert restore_form["action"] == reverse("moderation_report", args=[report.pk])

    response = act(report, "restore", "Toch in orde")

    assert response.url == reverse("moderation_hidden")
    assert list(ModerationLog.objects.values_list("action", flat=True)) == ["restore", "hide"]
    assert client.get(reverse("praat_mee_detail", args=[post.pk])).status_code == 200
    assert "Even weg" in parse(client.get(reverse("praat_mee"))).get_text()


def test_hiding_a_comment_and_a_profile(client, moderator, act):
    post = make_post(visibility="public")
    comment = post.comments.create(author=post.owner, body="<p>Weg ermee</p>")
    profile = post.owner.profile

    act(reported(comment), "hide")
    act(reported(profile), "hide")

    comment.refresh_from_db()
    profile.refresh_from_db()
    assert comment.hidden_at and profile.hidden_at
    assert "Weg ermee" not in parse(client.get(post.get_absolute_url())).get_text()
    assert set(ModerationLog.objects.values_list("target", flat=True)) == {
        f"reactie {comment.pk}", f"profiel {profile.pk}"}


def test_a_warning_mails_the_author_the_note(client, moderator, act, mailoutbox):
    post = make_post()
    report = reported(post)

    page = parse(act(report, "warn", ""))
    assert "Schrijf de waarschuwing" in page.find(class_="error-summary").get_text()
    assert not ModerationLog.objects.exists()

    act(report, "warn", "Noem geen scholen bij naam.")

    assert ModerationLog.objects.get().action == "warn"
    to_author = [m for m in mailoutbox if m.to == [post.owner.email]]
    assert len(to_author) == 1 and "Noem geen scholen bij naam." in to_author[0].body
    assert "Deraat" not in to_author[0].body
    report.refresh_from_db()
    assert report.status == Status.DONE and "waarschuwing" in report.outcome


def test_blocking_the_author_ends_their_login_and_keeps_their_post(
        client, moderator, act, mailoutbox):
    post = make_post(visibility="public")
    author = post.owner

    act(reported(post), "block", "Herhaaldelijk kwetsend")

    author.refresh_from_db()
    assert not author.is_active
    log = ModerationLog.objects.get()
    assert (log.action, log.target) == ("block", f"gebruiker {author.pk} (bericht {post.pk})")
    assert any(m.to == [author.email] and "Herhaaldelijk kwetsend" in m.body for m in mailoutbox)
    assert client.get(post.get_absolute_url()).status_code == 200
    client.logout()
    client.post(reverse("account_login"), {"login": author.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_beheerders_and_oneself_cannot_be_blocked(client, moderator, user_with_role, act):
    own = reported(make_post(owner=moderator))
    beheerder = reported(make_post(owner=user_with_role(roles.BEHEERDER)))

    for report in (own, beheerder):
        page = parse(client.get(reverse("moderation_report", args=[report.pk])))
        assert not page.find("input", attrs={"name": "action", "value": "block"})
        assert "Dat kan niet" in parse(act(report, "block", "Nee")).get_text()
        with pytest.raises(ValidationError):
            moderation.block(moderator, report, "Nee")
    assert not ModerationLog.objects.exists()
    assert not get_user_model().objects.filter(is_active=False).exists()


def test_dismissing_keeps_the_item_and_tells_the_reporter(client, moderator, act, mailoutbox):
    post = make_post()
    report = reported(post)

    act(report, "dismiss")

    report.refresh_from_db()
    post.refresh_from_db()
    assert report.status == Status.DONE and "geen reden" in report.outcome
    assert post.hidden_at is None
    assert [m.to for m in mailoutbox] == [[report.reporter.email]]
    assert "Dat kan niet" in parse(act(report, "dismiss")).get_text()  # already closed
    assert ModerationLog.objects.count() == 1


def test_the_services_check_the_role(professional):
    report = reported(make_post())

    for service in moderation.ACTIONS.values():
        with pytest.raises(PermissionDenied):
            service(professional, report, "Mag niet")


def test_the_log_lists_every_action_with_a_link_to_the_report(client, moderator, act):
    report = reported(make_post())
    act(report, "warn", "Let op uw toon")

    row = parse(client.get(reverse("moderation_log"))).select_one("tbody tr")

    assert "Gewaarschuwd" in row.get_text() and "Let op uw toon" in row.get_text()
    assert row.find("a")["href"] == reverse("moderation_report", args=[report.pk])


def test_my_data_lists_ones_reports_without_the_moderator(moderator):
    reporter = ProfessionalFactory()
    report = reported(make_post(), reporter=reporter, reason="spam")
    moderation.dismiss(moderator, report, "Geen reclame")

    exported = export_reports(reporter)

    assert exported == [{"date": report.created_at.isoformat(), "about": "bericht",
                         "reason": "Reclame of spam", "explanation": "",
                         "status": "Afgehandeld", "outcome": exported[0]["outcome"]}]
    assert "geen reden" in exported[0]["outcome"] and "Deraat" not in str(exported)


def _seed(moderator, count, links):
    """`count` posts reported twice (one in a closed group), a hidden comment
    under each, and as many reported profiles; `links[list name]` gets the
    report each list links to for them."""
    group = CommunityGroupFactory(visibility="closed")
    for n in range(count):
        in_group = {"section": "group", "visibility": "group", "access_group": group}
        post = make_post(**(in_group if n == 0 else {}))
        first = reported(post)
        reported(post, reason="spam")
        comment = post.comments.create(author=ProfessionalFactory(), body="<p>Hm.</p>")
        hidden = reported(comment)
        moderation.hide(moderator, hidden, "Verborgen")
        profile = reported(ProfessionalFactory().profile)
        links["moderation_queue"] += [first, profile]
        links["moderation_hidden"].append(hidden)
        links["moderation_log"].append(hidden)


# Two of them are the header's notification count and the memberships its
# access tokens need (a moderator's lists read no tokens themselves).
@pytest.mark.parametrize("name, expected", [
    ("moderation_queue", 16), ("moderation_hidden", 18), ("moderation_log", 17)])
def test_the_moderation_lists_have_a_fixed_number_of_queries(client, moderator, name, expected):
    links = {"moderation_queue": [], "moderation_hidden": [], "moderation_log": []}

    def queries():  # every item is listed: 14 at most, one page
        reports = [reverse("moderation_report", args=[r.pk]) for r in links[name]]
        return page_queries(client, reverse(name), reports)

    _seed(moderator, 1, links)
    few = queries()
    _seed(moderator, 6, links)
    assert queries() == few == expected


def test_a_reported_profiles_own_only_fields_stay_hidden_from_moderators(
        client, user_with_role):
    person = ProfessionalFactory()
    profile = person.profile
    profile.bio, profile.bio_visibility = "Alleen-voor-mij-tekst", "private"
    profile.function, profile.function_visibility = "Zichtbare functie", "professionals"
    profile.save()
    report = Report.objects.create(reporter=ProfessionalFactory(), profile=profile,
                                   reason="rude")
    log_in_with_mfa(client, user_with_role(roles.MODERATOR))

    for url in (reverse("moderation_queue"), reverse("moderation_report", args=[report.pk])):
        page = client.get(url).content.decode()
        assert "Alleen-voor-mij-tekst" not in page
    assert "Zichtbare functie" in page


def test_a_moderator_cannot_act_on_a_report_about_their_own_post(user_with_role):
    moderator = user_with_role(roles.MODERATOR)
    post = Post.objects.create(owner=moderator, section="praat_mee", title="t", body="b")
    report = moderation.report(ProfessionalFactory(), post, "spam", "")

    assert moderation.allowed_actions(moderator, report) == []
    with pytest.raises(ValidationError):
        moderation.dismiss(moderator, report, "")
