"""RSS and Atom feeds of Actueel: public news only, newest first.

A feed is read without a session, so it is built for an anonymous visitor
through the access model: professionals-only news never appears in it.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _

from core.feeds import SafeAtom1Feed, SafeRss201rev2Feed

from .models import NewsIndexPage, NewsItemPage

FEED_SIZE = 20


class NewsFeed(Feed):
    """Actueel as RSS 2.0."""

    feed_type = SafeRss201rev2Feed

    title = _("Actueel: nieuws uit het wijkzorgnetwerk")
    description = _("Nieuws over samenwerken rond kinderen en jongeren in de wijk.")

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        index = NewsIndexPage.objects.live().public().first()
        return index.get_url(self.request) if index else "/"

    def items(self):
        return (
            NewsItemPage.objects.live().public().visible_to(AnonymousUser())
            .order_by("-date", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewsAtomFeed(NewsFeed):
    """Actueel as Atom 1.0."""

    feed_type = SafeAtom1Feed
    subtitle = NewsFeed.description
