"""Attachments, one-click reactions, following, @mentions and group posts."""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Attachment, Comment, Follow, Post, Reaction
from core.tests.html import parse
from groups.models import CommunityGroup, Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def pdf_upload(name="verslag.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def compose(client, section="praat_mee", **fields):
    data = {"title": "Ervaringen met de overstap", "body": "Wie heeft tips?",
            "visibility": "professionals", **fields}
    return client.post(reverse(f"{section}_new"), data)


@pytest.fixture
def writer(client):
    user = ProfessionalFactory()
    client.force_login(user)
    return user


# Attachments


def test_an_image_and_a_pdf_are_attached_and_the_image_loses_its_metadata(client, writer):
    photo = BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # Make: stands in for GPS and other metadata
    Image.new("RGB", (50, 40), "teal").save(photo, format="JPEG", exif=exif)
    upload = SimpleUploadedFile("../../plattegrond school.jpg", photo.getvalue(), "image/jpeg")

    response = compose(client, attachments=[upload, pdf_upload()],
                       attachment_description="Plattegrond en verslag")

    post = Post.objects.get()
    assert response.status_code == 302
    image, pdf = post.attachments.order_by("pk")
    assert (image.content_type, image.original_name) == ("image/jpeg", "plattegrond-school.jpg")
    assert (pdf.content_type, pdf.description) == ("application/pdf", "Plattegrond en verslag")
    assert b"Telefoonmerk" not in image.file.open("rb").read()
    page = parse(client.get(post.get_absolute_url()))
    assert page.select_one(f'img[src="{image.get_absolute_url()}"]')["alt"] == \
        "Plattegrond en verslag"


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("run.exe", b"MZ\x90\x00", "application/pdf"), "kunnen we niet toevoegen"),
    (SimpleUploadedFile("tekening.svg", b"<svg onload='x()'/>", "image/svg+xml"),
     "kunnen we niet toevoegen"),
    (pdf_upload("groot.pdf", PDF + b"0" * (10 * 1024 * 1024)), "hooguit 10 MB"),
])
def test_other_files_are_refused_in_dutch_and_the_text_is_kept(client, writer, upload, message):
    response = compose(client, body="Mijn tekst blijft staan", attachments=[upload],
                       attachment_description="Iets")

    assert response.status_code == 200
    assert message in response.content.decode()
    assert "Mijn tekst blijft staan" in response.content.decode()
    assert not Post.objects.exists()


def test_attachments_need_a_description_and_at_most_five(client, writer):
    response = compose(client, attachments=[pdf_upload()])
    assert "Beschrijf kort wat er in de bijlagen staat." in response.content.decode()

    response = compose(client, attachments=[pdf_upload(f"{n}.pdf") for n in range(6)],
                       attachment_description="Zes verslagen")
    assert "hooguit 5 bestanden" in response.content.decode()
    assert not Attachment.objects.exists()


def test_an_attachment_description_goes_through_the_privacy_guard(client, writer):
    response = compose(client, attachments=[pdf_upload()],
                       attachment_description="OPP van leerling 111222333")

    assert response.status_code == 200
    assert "burgerservicenummer" in response.content.decode().lower()
    assert not Attachment.objects.exists()


def attached(post):
    item = Attachment(post=post, original_name="verslag.pdf", content_type="application/pdf",
                      size=len(PDF), description="Verslag")
    item.file.save("x.pdf", SimpleUploadedFile("x.pdf", PDF), save=True)
    return item


@pytest.mark.parametrize(("visibility", "who", "status"), [
    ("public", "anonymous", 200),
    ("professionals", "anonymous", 404),
    ("professionals", "visitor", 404),
    ("professionals", "professional", 200),
])
def test_an_attachment_is_served_only_to_who_may_read_the_post(client, visibility, who, status):
    post = Post.objects.create(section="lees_mee", title="t", body="b", visibility=visibility,
                               owner=ProfessionalFactory())
    item = attached(post)
    if who == "visitor":
        client.force_login(UserFactory())
    elif who == "professional":
        client.force_login(ProfessionalFactory())

    response = client.get(item.get_absolute_url())

    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_a_closed_groups_attachment_is_for_members_only_and_a_hidden_posts_for_nobody(client):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    post = Post.objects.create(section="group", title="t", body="b", access_group=group,
                               owner=member)
    item = attached(post)

    client.force_login(ProfessionalFactory())
    assert client.get(item.get_absolute_url()).status_code == 404
    client.force_login(member)
    assert client.get(item.get_absolute_url()).status_code == 200
    Post.objects.filter(pk=post.pk).update(hidden_at="2026-01-01T00:00Z")
    assert client.get(item.get_absolute_url()).status_code == 404


# Reactions and following


def test_one_click_reactions_are_counted_and_taken_back(client, writer):
    post = Post.objects.create(section="praat_mee", title="t", body="b",
                               owner=ProfessionalFactory())
    url = reverse("react", args=[post.pk])

    client.post(url, {"soort": "bedankt"})
    client.post(url, {"soort": "eens"})
    client.force_login(ProfessionalFactory())
    client.post(url, {"soort": "bedankt"})
    assert Reaction.objects.filter(post=post, kind="bedankt").count() == 2

    client.post(url, {"soort": "bedankt"})
    page = parse(client.get(post.get_absolute_url()))
    counts = {b.get_text(strip=True) for b in page.select(".reactions button")}
    assert counts == {"Eens1", "Bedankt1", "Goed idee0"}
    assert client.post(url, {"soort": "boos"}, follow=True).status_code == 200
    assert Reaction.objects.filter(post=post).count() == 2


def test_visitors_and_outsiders_cannot_react_or_follow(client):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    closed = Post.objects.create(section="group", title="t", body="b", access_group=group)
    open_post = Post.objects.create(section="praat_mee", title="t", body="b")

    client.force_login(UserFactory())
    assert client.post(reverse("react", args=[open_post.pk]), {"soort": "eens"}).status_code == 404
    client.force_login(ProfessionalFactory())
    assert client.post(reverse("follow", args=[closed.pk])).status_code == 404
    assert client.post(reverse("react", args=[closed.pk]), {"soort": "eens"}).status_code == 404
    assert not Reaction.objects.exists() and not Follow.objects.exists()


def test_followers_who_may_still_read_hear_of_a_new_reaction(client, writer, mailoutbox,
                                                              django_capture_on_commit_callbacks):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    for user in (writer,):
        MembershipFactory(group=group, user=user)
    follower = MembershipFactory(group=group, user=ProfessionalFactory()).user
    left = MembershipFactory(group=group, user=ProfessionalFactory()).user
    post = Post.objects.create(section="group", title="Pilot", body="b", access_group=group,
                               owner=follower)
    Follow.objects.create(post=post, user=follower)
    Follow.objects.create(post=post, user=left)
    Membership.objects.filter(user=left).delete()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post.get_absolute_url(), {"body": "Ik heb een idee."})

    assert [m.to for m in mailoutbox] == [[follower.email]]
    assert post.get_absolute_url() in mailoutbox[0].body


def test_the_following_filter_lists_only_what_i_follow(client, writer):
    followed = Post.objects.create(section="praat_mee", title="Gevolgd", body="b")
    Post.objects.create(section="praat_mee", title="Niet gevolgd", body="b")
    client.post(reverse("follow", args=[followed.pk]))

    page = parse(client.get(reverse("praat_mee"), {"volg": "on"}))

    assert [a.get_text() for a in page.select(".card__title a")] == ["Gevolgd"]


# Mentions


def test_a_mention_links_the_colleague_and_mails_only_who_may_read(
        client, writer, mailoutbox, django_capture_on_commit_callbacks):
    colleague = ProfessionalFactory()
    colleague.profile.display_name = "Fatima de Bruin"
    colleague.profile.save()
    outsider = UserFactory()  # not verified: cannot read a professionals post
    outsider.profile.display_name = "Kees Smit"
    outsider.profile.save()

    with django_capture_on_commit_callbacks(execute=True):
        compose(client, body="Vraag aan @fatima de bruin en @Kees Smit: e-mail jan@school.nl")

    post = Post.objects.get()
    link = BeautifulSoup(post.body, "html.parser").select_one("a.mention")
    assert link["href"] == reverse("profile_detail", args=[colleague.pk])
    assert link.get_text() == "@Fatima de Bruin"
    assert "Kees Smit" in post.body and post.body.count("mention") == 1
    assert [m.to for m in mailoutbox] == [[colleague.email]]
    assert post.get_absolute_url() in mailoutbox[0].body.split("Lees het hier:")[1]


def test_a_mention_in_a_closed_group_does_not_reach_a_non_member(
        client, writer, mailoutbox, django_capture_on_commit_callbacks):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    MembershipFactory(group=group, user=writer)
    outsider = ProfessionalFactory()
    outsider.profile.display_name = "Ans Visser"
    outsider.profile.save()
    post = Post.objects.create(section="group", title="Pilot", body="b", access_group=group,
                               owner=writer)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post.get_absolute_url(), {"body": "Misschien weet @Ans Visser het?"})

    assert Comment.objects.get().body.count("mention") == 1
    assert mailoutbox == []


# Group posts


def test_only_members_write_in_a_group_and_a_closed_group_keeps_posts_to_members(client, writer):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.CLOSED)
    url = reverse("group_post_new", args=[group.slug])
    assert client.get(url).status_code == 403

    MembershipFactory(group=group, user=writer)
    page = parse(client.get(url))
    assert page.select_one('input[name="visibility"]') is None
    client.post(url, {"title": "Eerste overleg", "body": "Agenda volgt."})

    post = Post.objects.get()
    assert (post.section, post.access_group, post.visibility) == ("group", group, "group")
    assert client.get(post.get_absolute_url()).status_code == 200
    client.force_login(ProfessionalFactory())
    assert client.get(post.get_absolute_url()).status_code == 404


def test_an_open_group_may_write_for_all_professionals(client, writer):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.OPEN)
    MembershipFactory(group=group, user=writer)

    client.post(reverse("group_post_new", args=[group.slug]),
                {"title": "Open vraag", "body": "Wie denkt mee?", "visibility": "professionals"})

    post = Post.objects.get()
    client.force_login(ProfessionalFactory())
    assert client.get(post.get_absolute_url()).status_code == 200
    assert client.get(reverse("praat_mee")).content.decode().count("Open vraag") == 0


def test_a_secret_groups_post_url_reveals_nothing(client, writer):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.SECRET,
                                  join_policy=CommunityGroup.JoinPolicy.INVITATION)
    post = Post.objects.create(section="group", title="t", body="b", access_group=group)

    assert client.get(post.get_absolute_url()).status_code == 404
    assert client.get(reverse("group_post_new", args=[group.slug])).status_code == 404


def test_a_section_feed_holds_public_posts_only_in_a_fixed_number_of_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def feed_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("lees_mee_feed"))
        return response, len(queries)

    feed_queries()  # the first request of a process fills caches (the site)
    Post.objects.create(section="lees_mee", title="Voor iedereen", body="b", visibility="public")
    Post.objects.create(section="lees_mee", title="Voor professionals", body="b")
    _response, few = feed_queries()
    for n in range(8):
        Post.objects.create(section="lees_mee", title=f"Openbaar {n}", body="b",
                            visibility="public")
    response, many = feed_queries()

    assert few == many
    content = response.content.decode()
    assert "Voor iedereen" in content
    assert [n for n in range(8) if f"Openbaar {n}<" not in content] == []  # all listed
    assert "Voor professionals" not in content
    print(f"\n/lees-mee/feed/: {many} queries")


def test_a_mention_inside_a_link_stays_as_it_is():
    from community.services.mentions import link_mentions
    from privacy.sanitise import text_to_html

    colleague = ProfessionalFactory()
    colleague.profile.display_name = "Fatima"
    colleague.profile.save()

    html = link_mentions(text_to_html("Zie https://voorbeeld.nl/@Fatima en vraag @Fatima"),
                         [colleague.profile])

    links = BeautifulSoup(html, "html.parser").select("a")
    assert [a["href"] for a in links] == ["https://voorbeeld.nl/@Fatima",
                                          reverse("profile_detail", args=[colleague.pk])]


def test_people_without_a_first_and_last_name_show_by_their_display_name(
        client, mailoutbox, django_capture_on_commit_callbacks):
    author = ProfessionalFactory(first_name="", last_name="")
    author.profile.display_name = "Noor & Co"
    author.profile.save()
    post = Post.objects.create(section="praat_mee", title="Ouders & school", body="b",
                               owner=author)
    Follow.objects.create(post=post, user=author)
    reader = ProfessionalFactory()
    client.force_login(reader)

    assert "Noor &amp; Co" in client.get(reverse("praat_mee")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(post.get_absolute_url(), {"body": "Dank!"})
    page = client.get(post.get_absolute_url()).content.decode()

    assert "Noor &amp; Co" in page and "verwijderde gebruiker" not in page
    assert mailoutbox[0].subject.endswith('Nieuwe reactie bij "Ouders & school"')


@pytest.mark.parametrize("name", ["Özlem Çelik", "Anne van 't Hof", "Émile"])
def test_names_with_accents_and_apostrophes_are_linked(name):
    from community.services.mentions import link_mentions, resolve
    from privacy.sanitise import text_to_html

    colleague = ProfessionalFactory()
    colleague.profile.display_name = name
    colleague.profile.save()
    # Written as the colleague spells it; SQLite (the embedded default) folds
    # only ASCII case, so "@özlem" finds "Özlem" on PostgreSQL only.
    text = f"Vraag het @{name}."

    found = resolve(text)

    assert found == [colleague.profile]
    assert "class=\"mention\"" in link_mentions(text_to_html(text), found)


def test_two_colleagues_with_the_same_name_are_not_guessed_between():
    from community.services.mentions import resolve

    for _ in range(2):
        same = ProfessionalFactory()
        same.profile.display_name = "Sanne de Wit"
        same.profile.save()

    assert resolve("Weet @Sanne de Wit dit?") == []


def test_a_reply_is_written_under_the_reaction_it_answers(client, writer):
    post = Post.objects.create(section="praat_mee", title="t", body="b", owner=writer)
    first = Comment.objects.create(post=post, author=ProfessionalFactory(), body="<p>Eerste</p>")
    page = parse(client.get(post.get_absolute_url()))
    form = page.select_one(f'input[name="parent"][value="{first.pk}"]').find_parent("form")
    assert form.select_one("textarea")["id"] == f"antwoord-{first.pk}"

    client.post(post.get_absolute_url(), {"body": "Mijn antwoord", "parent": first.pk})

    reply = Comment.objects.get(parent=first)
    assert "Mijn antwoord" in reply.body


def test_anonymous_readers_of_a_public_call_see_how_many_take_part_not_who(client):
    call = Post.objects.create(section="doe_mee", title="Pilot", body="b", visibility="public")
    taking_part = ProfessionalFactory(first_name="Zichtbaar", last_name="Alleen-voor-collega")
    call.participations.create(user=taking_part)

    anonymous = client.get(call.get_absolute_url()).content.decode()
    client.force_login(ProfessionalFactory())
    professional = client.get(call.get_absolute_url()).content.decode()

    assert "1 professional doet mee." in anonymous and "Zichtbaar" not in anonymous
    assert "Zichtbaar Alleen-voor-collega" in professional
