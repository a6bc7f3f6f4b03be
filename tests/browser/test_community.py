"""Zero axe violations (WCAG 2.1 A and AA) on the community's post pages,
including the composer when the privacy guard asks a question."""

import pytest

from accounts.tests.factories import ProfessionalFactory
from community.models import Post

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def post():
    author = ProfessionalFactory(first_name="Noor", last_name="Jansen")
    post = Post.objects.create(owner=author, section="praat_mee", title="Tips voor thuiszitters?",
                               body="<p>Wie heeft ervaring met een zachte landing?</p>")
    post.comments.create(author=author, body="Ik begin zelf maar.", helpful=True)
    Post.objects.create(owner=author, section="doe_mee", title="Pilot leesclub",
                        body="<p>Wie doet mee?</p>").participations.create(user=author)
    return post


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
