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
