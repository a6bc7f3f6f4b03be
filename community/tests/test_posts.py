"""Doe mee, Praat mee and Lees mee: writing with the privacy guard, who sees
what, filters and a fixed number of queries."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Post
from community.services.posts import add_comment, create_post
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from taxonomy.tests.factories import ThemaFactory

pytestmark = pytest.mark.django_db


def make_post(**fields):
    fields.setdefault("owner", ProfessionalFactory())
    fields.setdefault("section", "praat_mee")
    fields.setdefault("title", "Ervaring met thuiszitters?")
    fields.setdefault("body", "<p>Wie heeft tips?</p>")
    return Post.objects.create(**fields)


@pytest.fixture
def writer(client):
    user = ProfessionalFactory()
    client.force_login(user)
    return user


def test_a_professional_posts_and_the_text_is_made_safe(client, writer):
    response = client.post(reverse("praat_mee_new"), {
        "title": "Tips voor een zachte landing?",
        "body": "Wie heeft ervaring?\n\nZie https://example.nl/artikel <script>x</script>",
        "visibility": "professionals",
    }, follow=True)

    post = Post.objects.get()
    assert post.owner == writer and post.section == "praat_mee"
    assert "<script>" not in post.body and "&lt;script&gt;" in post.body
    assert 'rel="nofollow ugc"' in post.body
    assert "Uw bericht staat online." in parse(response).get_text()


def test_a_bsn_is_refused_and_the_text_kept(client, writer):
    body = "Het gaat om een leerling met BSN 1234.56.782 uit groep 6."

    soup = parse(client.post(reverse("praat_mee_new"), {
        "title": "Vraag over een aanvraag", "body": body, "visibility": "professionals"}))

    assert not Post.objects.exists()
    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert soup.find("textarea", attrs={"name": "body"}).get_text().strip() == body


def test_a_possible_name_asks_to_confirm_and_then_posts(client, writer):
    data = {"title": "Hulp gezocht", "body": "Onze leerling Sanne (9) zit al weken thuis.",
            "visibility": "professionals"}

    soup = parse(client.post(reverse("praat_mee_new"), data))
    assert not Post.objects.exists()
    assert "Sanne" in soup.find(class_="error-summary").get_text()
    assert soup.find("input", attrs={"name": "confirm_privacy"})

    client.post(reverse("praat_mee_new"), {**data, "confirm_privacy": "on"})
    assert Post.objects.count() == 1


def test_every_composer_shows_the_reminder(client, writer):
    for section in ("doe_mee", "praat_mee", "lees_mee"):
        note = parse(client.get(reverse(f"{section}_new"))).find(attrs={"role": "note"})
        assert "niet over kinderen met naam" in note.get_text()


def test_visitors_cannot_post(client):
    client.force_login(UserFactory())

    assert client.get(reverse("praat_mee_new")).status_code == 403


@pytest.mark.parametrize("role", ["anonymous", "visitor", "professional", "member"])
def test_who_sees_which_post(client, role):
    group = CommunityGroupFactory(visibility="closed")
    posts = {
        "public": make_post(title="Openbaar", visibility="public"),
        "professionals": make_post(title="Professionals"),
        "group": make_post(title="Groep", visibility="group", access_group=group),
    }
    may_see = {"anonymous": {"public"}, "visitor": {"public"},
               "professional": {"public", "professionals"},
               "member": {"public", "professionals", "group"}}[role]
    if role != "anonymous":
        user = UserFactory() if role == "visitor" else ProfessionalFactory()
        if role == "member":
            MembershipFactory(group=group, user=user)
        client.force_login(user)

    listed = [a.get_text() for a in parse(client.get("/praat-mee/")).select(".card__title a")]
    for key, post in posts.items():
        assert (post.title in listed) is (key in may_see)
        assert client.get(post.get_absolute_url()).status_code == (200 if key in may_see else 404)


def test_a_post_is_only_found_in_its_own_section(client):
    post = make_post(visibility="public")

    assert client.get(f"/doe-mee/{post.pk}/").status_code == 404


def test_filters_thema_and_mine(client, writer):
    dyslexie = ThemaFactory(name="Dyslexie")
    mine = make_post(title="Van mij", owner=writer)
    mine.themas.set([dyslexie])
    make_post(title="Van een ander").themas.set([dyslexie])

    def listed(query):
        return [a.get_text() for a in parse(client.get(f"/praat-mee/?{query}")).select(
            ".card__title a")]

    assert sorted(listed("thema=dyslexie")) == ["Van een ander", "Van mij"]
    assert listed("thema=dyslexie&mijn=on") == ["Van mij"]


def test_list_queries_do_not_grow_with_the_number_of_posts(client, writer):
    thema = ThemaFactory(name="Dyslexie")

    def add(n):
        for _ in range(n):
            post = make_post()
            post.themas.set([thema])
            post.comments.create(author=writer, body="Goed idee")

    url = "/praat-mee/?thema=dyslexie"

    add(2)
    few = page_queries(client, url)
    add(10)
    assert page_queries(client, url) == few
    assert len(parse(client.get(url)).select(".card")) == 12  # the count is of a full page
    print(f"\n/praat-mee/ with a thema filter, signed in: {few} queries")


def test_professionals_react_and_replies_stay_one_level_deep(client, writer):
    post = make_post()
    client.post(post.get_absolute_url(), {"body": "Wij hebben goede ervaringen."})
    first = post.comments.get()

    client.post(post.get_absolute_url(), {"body": "Welke dan?", "parent": first.pk})
    reply = post.comments.get(parent=first)
    client.post(post.get_absolute_url(), {"body": "Met een coach.", "parent": reply.pk})

    assert post.comments.filter(parent=first).count() == 2
    items = parse(client.get(post.get_absolute_url())).find("ul", class_="comments")
    assert "Met een coach." in items.get_text()


def test_a_reaction_with_a_bsn_is_refused_and_kept(client, writer):
    post = make_post()
    body = "Zijn nummer is 111 222 333."

    soup = parse(client.post(post.get_absolute_url(), {"body": body}))

    assert not post.comments.exists()
    assert soup.find("textarea", attrs={"name": "body"}).get_text().strip() == body


def test_visitors_may_read_a_public_post_but_not_react(client):
    post = make_post(visibility="public")
    client.force_login(UserFactory())

    assert not parse(client.get(post.get_absolute_url())).find("textarea")
    assert client.post(post.get_absolute_url(), {"body": "Hoi"}).status_code == 403


def test_ik_doe_mee_adds_me_to_the_list_and_takes_me_off_again(client, writer):
    call = make_post(section="doe_mee", title="Pilot leesclub")
    url = reverse("participate", args=[call.pk])

    client.post(url)
    section = parse(client.get(call.get_absolute_url())).find("section", class_="callout")
    assert writer.get_full_name() in section.get_text()
    assert section.find("button", string="Ik doe toch niet mee")

    client.post(url)
    assert not call.participations.exists()


def test_only_the_asker_marks_an_answer_helpful(client, writer):
    question = make_post(owner=writer)
    answer = question.comments.create(author=ProfessionalFactory(), body="Probeer een coach.")
    url = reverse("helpful", args=[question.pk, answer.pk])

    client.post(url)
    answer.refresh_from_db()
    assert answer.helpful
    assert "Behulpzaam antwoord" in parse(client.get(question.get_absolute_url())).get_text()

    client.force_login(ProfessionalFactory())
    assert client.post(url).status_code == 404
    answer.refresh_from_db()
    assert answer.helpful


def test_my_data_has_my_posts_reactions_and_calls_and_deletion_keeps_them(client, writer):
    from accounts.mydata import export_for

    post = make_post(owner=writer, title="Mijn vraag")
    call = make_post(section="doe_mee", title="Pilot")
    call.participations.create(user=writer)
    call.comments.create(author=writer, body="Ik help graag.")

    data = export_for(writer)["berichten"]

    assert [p["title"] for p in data["posts"]] == ["Mijn vraag"]
    assert [c["body"] for c in data["comments"]] == ["Ik help graag."]
    assert data["taking_part_in"] == ["Pilot"]
    writer.delete()
    post.refresh_from_db()
    assert post.owner is None
    client.force_login(ProfessionalFactory())
    assert "verwijderde gebruiker" in parse(client.get(post.get_absolute_url())).get_text()


def test_a_posts_queries_do_not_grow_with_its_reactions(client, writer):
    post = make_post()
    attachments = []

    def add(n):
        for _ in range(n):
            reader = ProfessionalFactory()
            first = post.comments.create(author=reader, body="Eens.")
            post.comments.create(author=writer, parent=first, body="Dank je.")
            post.reactions.create(user=reader, kind="eens")
            post.follows.create(user=reader)
            attachments.append(post.attachments.create(
                original_name="a.pdf", content_type="application/pdf", size=1,
                file="bijlagen/a.pdf").get_absolute_url())

    def queries():
        # Every attachment is linked: a page that shows nothing is cheap too.
        count = page_queries(client, post.get_absolute_url(), attachments)
        text = parse(client.get(post.get_absolute_url())).get_text()
        assert (text.count("Eens."), text.count("Dank je.")) == (len(attachments),) * 2
        return count

    add(2)
    few = queries()
    add(8)
    assert queries() == few
    print(f"\na post with reactions, attachments and followers, signed in: {few} queries")


@pytest.mark.django_db
def test_the_services_refuse_who_may_not_write_there():
    """The views check these rules; the services refuse too, whoever calls them."""
    data = {"title": "Vraag over leesproblemen", "body": "Wie weet een goede aanpak?",
            "visibility": "professionals"}
    with pytest.raises(PermissionDenied):
        create_post(UserFactory(), "praat_mee", data)
    closed = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    with pytest.raises(PermissionDenied):
        create_post(ProfessionalFactory(), "praat_mee", data, group=closed)
    post = create_post(ProfessionalFactory(), "praat_mee", data)
    with pytest.raises(PermissionDenied):
        add_comment(UserFactory(), post, "Ik ook!")
    assert add_comment(ProfessionalFactory(), post, "Ik ook!").post == post
