"""Atom feeds of Doe mee, Praat mee and Lees mee: public posts only.

A feed reader has no session, so the feed is built for an anonymous visitor
through the access model: professionals' and group posts never appear, and
neither does a post a moderator hid.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core.feeds import SafeAtom1Feed

from ..models import Post, Section

FEED_SIZE = 30


class SectionFeed(Feed):
    """The newest public posts of one section, as Atom 1.0."""

    feed_type = SafeAtom1Feed

    def get_object(self, request, section):
        return Section(section)

    def title(self, section):
        return _("%(section)s: openbare berichten") % {"section": section.label}

    def subtitle(self, section):
        return _("Wat professionals openbaar delen in %(section)s.") % {"section": section.label}

    def link(self, section):
        return reverse(section.value)

    def items(self, section):
        return (Post.objects.visible_to(AnonymousUser()).filter(section=section)
                .select_related("owner", "access_group").order_by("-created_at", "-pk")
                [:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return Truncator(strip_tags(item.body)).words(60)

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
