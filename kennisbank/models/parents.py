"""Ouders en jeugd (/ouders/): the steunpunt, plain answers at language level B1.

Always public: parents and young people never need an account here.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel

from core.navigation import optional_url

from ..editorial.quality_panel import QualityPanel
from .base import BodyPage, ListingPage


class ParentsIndexPage(ListingPage):
    """The start page of the steunpunt: every topic, filtered by thema."""

    subpage_types = ["kennisbank.ParentTopicPage"]
    listing_model = "kennisbank.ParentTopicPage"
    listing_order = ("path",)
    filter_form_class = "kennisbank.forms.ThemaFilterForm"
    per_page = 20
    template = "kennisbank/parents_index_page.html"

    class Meta:
        verbose_name = _("ouders en jeugd (overzicht)")


    def get_context(self, request, *args, **kwargs):
        from ..glossary.current import current_glossary

        context = super().get_context(request, *args, **kwargs)
        context["social_map_url"] = optional_url("social_map")
        context["glossary_url"] = current_glossary().url
        return context


class ParentTopicPage(BodyPage):
    """A question parents or young people have, answered in plain words,
    with the places on the sociale kaart that can help."""

    who_can_help = ParentalManyToManyField(
        "kennisbank.SocialMapEntryPage", blank=True, related_name="+",
        verbose_name=_("wie kan helpen"),
        help_text=_("Kies de plekken op de sociale kaart waar ouders of jongeren terechtkunnen."),
    )

    content_panels = [
        *[panel for panel in BodyPage.content_panels if not isinstance(panel, QualityPanel)],
        FieldPanel("who_can_help", widget=forms.CheckboxSelectMultiple),
        QualityPanel(readability=True),
    ]
    parent_page_types = ["kennisbank.ParentsIndexPage"]
    subpage_types = []  # an empty list means no child pages
    template = "kennisbank/parent_topic_page.html"

    class Meta:
        verbose_name = _("pagina voor ouders en jongeren")
        verbose_name_plural = _("pagina's voor ouders en jongeren")

    def helpers(self):
        """The live sociale-kaart entries that can help, lightest level first."""
        return self.who_can_help.live().public().order_by("level", "title")
