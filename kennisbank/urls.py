"""URLs of this pillar (Dutch paths).

Included before Wagtail's catch-all, so these paths are never taken for
pages, even below a Wagtail section such as /rijke-leeromgeving/. The
sections themselves are Wagtail pages; they get URL names here so the menu
(core.navigation) and other pillars can link to them.
"""

from django.urls import path
from wagtail.views import serve as serve_page

from . import views
from .feeds import NewsAtomFeed, NewsFeed
from .sections import SECTION_SLUGS

urlpatterns = [
    path("rijke-leeromgeving/suggestie/", views.suggest_offer, name="suggest_offer"),
    path(
        "rijke-leeromgeving/suggestie/bedankt/",
        views.SuggestionThanksView.as_view(),
        name="suggest_offer_thanks",
    ),
    path("actueel/feed/", NewsFeed(), name="news_feed"),
    path("actueel/feed/atom/", NewsAtomFeed(), name="news_feed_atom"),
    *(
        path(f"{slug}/", serve_page, {"path": f"{slug}/"}, name=url_name)
        for url_name, slug in SECTION_SLUGS.items()
    ),
]
