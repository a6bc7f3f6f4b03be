"""Zero axe violations (WCAG 2.1 A and AA) on the community's post pages (with
reactions and attachments, in a section and in a group), including the
composer when the privacy guard asks a question."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from accounts.tests.factories import ProfessionalFactory
from community.models import Attachment, Post
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def post():
    author = ProfessionalFactory(first_name="Noor", last_name="Jansen")
    post = Post.objects.create(owner=author, section="praat_mee", title="Tips voor thuiszitters?",
                               body="<p>Wie heeft ervaring met een zachte landing?</p>")
    post.comments.create(author=author, body="Ik begin zelf maar.", helpful=True)
    Post.objects.create(owner=author, section="doe_mee", title="Pilot leesclub",
                        body="<p>Wie doet mee?</p>").participations.create(user=author)
    post.reactions.create(user=author, kind="bedankt")
    _attach(post, "schema.png", _png(), "image/png")
    _attach(post, "verslag.pdf", b"%PDF-1.4\n", "application/pdf")
    return post


def _png():
    buffer = BytesIO()
    Image.new("RGB", (30, 20), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def _attach(post, name, content, content_type):
    item = Attachment(post=post, original_name=name, content_type=content_type,
                      size=len(content), description="Schema en verslag van het overleg")
    item.file.save(name, ContentFile(content), save=True)


@pytest.fixture
def group_post():
    group = CommunityGroupFactory(visibility="closed", join_policy="request")
    member = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
    return member, Post.objects.create(owner=member, section="group", access_group=group,
                                       title="Overleg", body="<p>Agenda volgt.</p>")


def test_group_post_pages_have_no_axe_violations(page, login, assert_accessible, group_post):
    member, post = group_post
    login(member)
    for path in (post.get_absolute_url(), f"/groepen/{post.access_group.slug}/berichten/nieuw/"):
        assert page.goto(path).status == 200
        assert page.locator("h1").count() == 1
        assert_accessible(page)


@pytest.mark.parametrize("path", ["/praat-mee/", "/doe-mee/", "/lees-mee/", "{post}", "{call}",
                                  "/praat-mee/nieuw/", "/lees-mee/nieuw/"])
def test_post_pages_have_no_axe_violations(page, login, assert_accessible, post, path):
    login(ProfessionalFactory())

    call = Post.objects.get(section="doe_mee")
    response = page.goto(path.format(post=post.get_absolute_url(), call=call.get_absolute_url()))

    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_the_guards_question_is_accessible_and_keeps_the_text(page, login, assert_accessible):
    login(ProfessionalFactory())
    page.goto("/praat-mee/nieuw/")
    page.get_by_label("Titel").fill("Hulp gezocht")
    page.get_by_label("Tekst").fill("Onze leerling Sanne (9) zit al weken thuis.")
    page.get_by_role("button", name="Plaatsen").click()
    page.wait_for_load_state()

    assert page.get_by_role("alert").count() >= 1
    assert "Sanne" in page.get_by_label("Tekst").input_value()
    assert page.get_by_label("Ik heb het nagekeken", exact=False).count() == 1
    assert_accessible(page)
