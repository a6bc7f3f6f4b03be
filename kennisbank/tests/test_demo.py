"""kennisbank's demo seed: the home page with its Dutch intro, safe to run twice."""

import pytest
from wagtail.models import Page, Site

from kennisbank import demo
from kennisbank.models import HomePage

pytestmark = pytest.mark.django_db


def test_seed_publishes_the_intro_on_the_default_site(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"

    demo.seed(lambda message: None)

    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("127.0.0.1", 8000, home.pk)
    assert "Meerzicht" in home.intro
    assert home.live and not home.has_unpublished_changes


def test_seed_replaces_wagtails_welcome_page():
    HomePage.objects.get().delete()
    root = Page.get_first_root_node()
    root.add_child(instance=Page(title="Welcome to your new Wagtail site!", slug="home"))

    demo.seed(lambda message: None)

    assert [page.specific_class for page in root.get_children()] == [HomePage]
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


def test_seed_is_idempotent():
    demo.seed(lambda message: None)
    messages = []

    demo.seed(messages.append)

    assert messages == []
    assert HomePage.objects.count() == 1
    assert Site.objects.count() == 1


def test_seed_fills_every_section_with_the_numbers_the_issue_asks_for():
    from kennisbank.models import (
        GoodPracticePage,
        KnowledgeArticlePage,
        Level,
        NewsItemPage,
        ParentTopicPage,
        ResourcePage,
        SocialMapEntryPage,
    )

    demo.seed(lambda message: None)

    assert KnowledgeArticlePage.objects.live().count() >= 30
    assert KnowledgeArticlePage.objects.filter(visibility="professionals").exists()
    assert GoodPracticePage.objects.live().count() >= 10
    assert set(GoodPracticePage.objects.values_list("sector", flat=True)) == {
        "kinderopvang", "po", "vo", "mbo"}
    assert ResourcePage.objects.filter(kind="regeling").exists()
    assert ResourcePage.objects.filter(kind="kennisbron").exists()
    assert ParentTopicPage.objects.live().count() >= 10
    assert SocialMapEntryPage.objects.live().count() >= 25
    assert {e.level for e in SocialMapEntryPage.objects.all()} == set(Level.values)
    assert NewsItemPage.objects.live().count() >= 8
    assert all(page.who_can_help.exists() for page in ParentTopicPage.objects.all())


def test_demo_parent_pages_read_at_b1_level():
    from kennisbank.editorial.quality import check_page
    from kennisbank.glossary.current import current_glossary
    from kennisbank.models import ParentTopicPage

    demo.seed(lambda message: None)

    for page in ParentTopicPage.objects.all():
        quality = check_page(page, current_glossary().terms, readability=True)
        assert quality.readability.fits_b1, page.slug
        assert quality.undefined_abbreviations == [], page.slug


def test_seed_leaves_an_eddies_article_waiting_for_review():
    from accounts import demo as accounts_demo
    from kennisbank.models import KnowledgeArticlePage

    accounts_demo.seed(lambda message: None)
    demo.seed(lambda message: None)

    waiting = KnowledgeArticlePage.objects.get(slug="leesbevordering-in-de-onderbouw")
    assert not waiting.live and waiting.workflow_in_progress
    assert waiting.owner.email == "eddie@demo.wijkzorgnetwerk.nl"
