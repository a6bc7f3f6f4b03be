"""Actueel (/actueel/): news of the network, newest first, with an RSS and Atom feed."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from access.pages import VisibilityControlledPage

from .base import BodyPage, ListingPage


class NewsIndexPage(ListingPage):
    """The start page of Actueel: news items by date, filtered by thema."""

    subpage_types = ["kennisbank.NewsItemPage"]
    listing_model = "kennisbank.NewsItemPage"
    listing_order = ("-date", "-pk")
    filter_form_class = "kennisbank.forms.ThemaFilterForm"
    template = "kennisbank/news_index_page.html"

    class Meta:
        verbose_name = _("actueel (overzicht)")



class NewsItemPage(VisibilityControlledPage, BodyPage):
    """A news item."""

    date = models.DateField(_("datum"), default=timezone.localdate)

    content_panels = [
        *BodyPage.content_panels[:1],
        FieldPanel("date"),
        *BodyPage.content_panels[1:],
        FieldPanel("visibility", widget=forms.RadioSelect),
    ]
    parent_page_types = ["kennisbank.NewsIndexPage"]
    subpage_types = []  # an empty list means no child pages
    template = "kennisbank/article_page.html"

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")
