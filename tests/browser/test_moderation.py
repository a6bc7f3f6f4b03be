"""Moderation in a real browser: a professional reports a post, a moderator
(password plus authenticator code) hides it from the queue, and the post is
gone. Zero axe violations (WCAG 2.1 A and AA) on the report form, empty and
with an error, and on the moderators' pages."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory, enable_totp
from community.models import Post

from .helpers import log_in_with_authenticator

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)




def test_a_reported_post_is_hidden_by_a_moderator(page, login, new_page, password,
                                                  assert_accessible):
    author = ProfessionalFactory(first_name="Noor", last_name="Jansen")
    post = Post.objects.create(owner=author, section="praat_mee", title="Goedkope bijles!",
                               body="<p>Bel ons bureau voor korting.</p>", visibility="public")
    reporter = ProfessionalFactory(email="melder@wijkzorg.example")
    moderator = UserFactory(roles=[roles.PROFESSIONAL, roles.MODERATOR],
                            email="moderator@wijkzorg.example")
    enable_totp(moderator)

    # The professional reports the post from its page; the form is accessible
    # empty and when it says what is missing.
    login(reporter)
    page.goto(post.get_absolute_url())
    page.get_by_role("link", name="Bericht melden bij een moderator").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bericht melden")
    assert_accessible(page)
    page.get_by_label("Toelichting").fill("Reclame voor een bijlesbureau")
    page.get_by_role("button", name="Melden").click()
    expect(page.get_by_role("alert")).to_contain_text("Kies een reden.")
    expect(page.get_by_label("Toelichting")).to_have_value("Reclame voor een bijlesbureau")
    assert_accessible(page)
    page.get_by_label("Reclame of spam").check()
    page.get_by_role("button", name="Melden").click()
    expect(page.get_by_role("status")).to_contain_text("Bedankt voor uw melding")
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    mail.outbox.clear()

    # The moderator signs in with a second factor and hides it from the queue.
    desk = new_page()
    log_in_with_authenticator(desk, moderator, password)
    desk.goto("/moderatie/")
    assert_accessible(desk)
    desk.get_by_role("link", name='Bericht "Goedkope bijles!"').click()
    expect(desk.get_by_text("Bel ons bureau voor korting.")).to_be_visible()
    assert_accessible(desk)
    desk.get_by_label("Verbergen", exact=False).check()
    desk.get_by_role("textbox", name=re.compile("^Toelichting")).fill("Reclame hoort hier niet")
    desk.get_by_role("button", name="Uitvoeren").click()
    expect(desk.get_by_role("status")).to_contain_text("Verborgen")
    expect(desk.get_by_text("Er zijn geen open meldingen.")).to_be_visible()

    # The post is gone and the reporter hears the outcome.
    assert page.goto(post.get_absolute_url()).status == 404
    assert [m.to for m in mail.outbox] == [[reporter.email]]
    assert "verborgen" in mail.outbox[0].body
    for path, shows in (("/moderatie/verborgen/", "Goedkope bijles!"),
                        ("/moderatie/logboek/", f"bericht {post.pk}")):
        desk.goto(path)
        expect(desk.get_by_role("main")).to_contain_text(shows)
        assert desk.locator("h1").count() == 1
        assert_accessible(desk)
