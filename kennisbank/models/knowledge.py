"""Kennis (/kennisbank/): articles by thema, some for professionals only."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from access.pages import VisibilityControlledPage

from .base import BodyPage, ListingPage


class KnowledgeIndexPage(ListingPage):
    """The start page of Kennis: every article, filtered by thema."""

    subpage_types = ["kennisbank.KnowledgeArticlePage"]
    listing_model = "kennisbank.KnowledgeArticlePage"
    filter_form_class = "kennisbank.forms.ThemaFilterForm"
    template = "kennisbank/knowledge_index_page.html"

    class Meta:
        verbose_name = _("kennisbank (overzicht)")



class KnowledgeArticlePage(VisibilityControlledPage, BodyPage):
    """An article of the kennisbank."""

    content_panels = [
        *BodyPage.content_panels,
        FieldPanel("visibility", widget=forms.RadioSelect),
    ]
    parent_page_types = ["kennisbank.KnowledgeIndexPage"]
    subpage_types = []  # an empty list means no child pages
    template = "kennisbank/article_page.html"

    class Meta:
        verbose_name = _("kennisartikel")
        verbose_name_plural = _("kennisartikelen")
