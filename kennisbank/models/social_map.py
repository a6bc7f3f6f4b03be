"""Sociale kaart (/sociale-kaart/): provisions ordered by weight, lightest first.

The professional's rule, and the page's advice to parents: use the lighter
level fully before going to a heavier one.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..editorial.quality_panel import QualityPanel
from .base import ListingPage


class Level(models.IntegerChoices):
    """How heavy the help is; 1 is the lightest."""

    GENERAL = 1, _("Voor iedereen: vrij toegankelijk")
    ADVICE = 2, _("Advies, overleg en toegang tot hulp")
    YOUTH_CARE = 3, _("Jeugdhulp: behandeling en specialistische hulp")


class TargetGroup(models.Model):
    """Who a provision is for (doelgroep): parents, young children, ... ."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(unique=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self):
        return self.name


class SocialMapPage(ListingPage):
    """The start page of the sociale kaart: every provision, lightest level first."""

    subpage_types = ["kennisbank.SocialMapEntryPage"]
    listing_model = "kennisbank.SocialMapEntryPage"
    listing_order = ("level", "title")
    listing_prefetch_related = ("wijken", "target_groups")
    filter_form_class = "kennisbank.forms.SocialMapFilterForm"
    per_page = 30
    template = "kennisbank/social_map_page.html"

    class Meta:
        verbose_name = _("sociale kaart (overzicht)")


    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["levels"] = Level
        return context


class SocialMapEntryPage(Page):
    """One provision or organisation on the sociale kaart, and how to reach it."""

    organisation = models.CharField(_("organisatie"), max_length=200)
    level = models.PositiveSmallIntegerField(
        _("soort hulp"), choices=Level.choices, default=Level.GENERAL,
        help_text=_("Hoe zwaar is de hulp? Lichte hulp staat bovenaan de sociale kaart."),
    )
    summary = models.TextField(
        _("wat het is"), max_length=400,
        help_text=_("Eén of twee zinnen op taalniveau B1: wat is het en voor wie?"),
    )
    wijken = ParentalManyToManyField(
        "taxonomy.Wijk", blank=True, related_name="+", verbose_name=_("wijken"),
        help_text=_("Leeg laten als het voor de hele stad is."),
    )
    themas = ParentalManyToManyField(
        "taxonomy.Thema", blank=True, related_name="+", verbose_name=_("thema's")
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, blank=True, related_name="entries", verbose_name=_("voor wie")
    )
    how_to_reach = RichTextField(
        _("zo komt u er terecht"), features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("Zelf bellen, binnenlopen, via school, of met een verwijzing?"),
    )
    referral_needed = models.BooleanField(_("verwijzing nodig"), default=False)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    opening_hours = models.CharField(_("openingstijden"), max_length=200, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("meer informatie"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("organisation"),
        FieldPanel("level", widget=forms.RadioSelect),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("how_to_reach"), FieldPanel("referral_needed"), FieldPanel("phone"),
                FieldPanel("email"), FieldPanel("website"), FieldPanel("address"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Bereikbaarheid"),
        ),
        FieldPanel("wijken", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        QualityPanel(readability=True),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("organisation"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["kennisbank.SocialMapPage"]
    subpage_types = []  # an empty list means no child pages
    template = "kennisbank/social_map_entry_page.html"

    class Meta:
        verbose_name = _("sociale-kaartitem")
        verbose_name_plural = _("sociale-kaartitems")

    @property
    def tel(self):
        """The phone number as a tel: link needs it: digits and + only."""
        return "".join(c for c in self.phone if c.isdigit() or c == "+")
