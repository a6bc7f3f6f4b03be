"""Rijke leeromgeving (/rijke-leeromgeving/): good practices, regelingen, kennisbronnen."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from access.pages import VisibilityControlledPage

from .base import BodyPage, ListingPage


class Sector(models.TextChoices):
    """Where a good practice comes from."""

    KINDEROPVANG = "kinderopvang", _("Kinderopvang")
    PO = "po", _("Primair onderwijs (PO)")
    VO = "vo", _("Voortgezet onderwijs (VO)")
    MBO = "mbo", _("Middelbaar beroepsonderwijs (MBO)")


class LearningEnvironmentPage(ListingPage):
    """The start page of the rijke leeromgeving: good practices with filters,
    then the regelingen and kennisbronnen."""

    subpage_types = ["kennisbank.GoodPracticePage", "kennisbank.ResourcePage"]
    listing_model = "kennisbank.GoodPracticePage"
    listing_select_related = ("wijk",)
    filter_form_class = "kennisbank.forms.PracticeFilterForm"
    template = "kennisbank/learning_environment_page.html"

    class Meta:
        verbose_name = _("rijke leeromgeving (overzicht)")


    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = list(self.visible_children(ResourcePage, request.user).order_by("title"))
        context["resource_sections"] = [
            (label, [r for r in resources if r.kind == kind])
            for kind, label in ((ResourcePage.Kind.REGELING, _("Regelingen")),
                                (ResourcePage.Kind.KENNISBRON, _("Kennisbronnen")))
        ]
        return context


class GoodPracticePage(VisibilityControlledPage, BodyPage):
    """A good practice from childcare or education: who did what, and what it brought."""

    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    wijk = models.ForeignKey(
        "taxonomy.Wijk", verbose_name=_("wijk"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Leeg laten als het voor de hele stad geldt."),
    )
    provider = models.CharField(_("aanbieder"), max_length=200)
    results = RichTextField(
        _("wat het opleverde"), features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("Wat is er beter geworden? Zo concreet mogelijk."),
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail contactpersoon"), blank=True)
    contact_phone = models.CharField(_("telefoon contactpersoon"), max_length=30, blank=True)

    content_panels = [
        *BodyPage.content_panels[:3],
        MultiFieldPanel(
            [FieldPanel("sector"), FieldPanel("wijk"), FieldPanel("provider")],
            heading=_("Waar en door wie"),
        ),
        FieldPanel("results"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        *BodyPage.content_panels[3:],
        FieldPanel("visibility", widget=forms.RadioSelect),
    ]
    parent_page_types = ["kennisbank.LearningEnvironmentPage"]
    subpage_types = []  # an empty list means no child pages
    template = "kennisbank/good_practice_page.html"

    class Meta:
        verbose_name = _("goed voorbeeld")
        verbose_name_plural = _("goede voorbeelden")

    @property
    def meta_line(self):
        """"Primair onderwijs (PO) · Meerzicht" for listings."""
        return " · ".join(str(part) for part in (self.get_sector_display(), self.wijk) if part)


class ResourcePage(VisibilityControlledPage, BodyPage):
    """A regeling (law or scheme) or kennisbron (source of knowledge) with its link."""

    class Kind(models.TextChoices):
        REGELING = "regeling", _("Regeling")
        KENNISBRON = "kennisbron", _("Kennisbron")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    source_url = models.URLField(
        _("webadres"), blank=True, help_text=_("Waar de bron zelf te vinden is.")
    )

    content_panels = [
        *BodyPage.content_panels[:1],
        FieldPanel("kind", widget=forms.RadioSelect),
        FieldPanel("source_url"),
        *BodyPage.content_panels[1:],
        FieldPanel("visibility", widget=forms.RadioSelect),
    ]
    parent_page_types = ["kennisbank.LearningEnvironmentPage"]
    subpage_types = []  # an empty list means no child pages
    template = "kennisbank/resource_page.html"

    class Meta:
        verbose_name = _("regeling of kennisbron")
        verbose_name_plural = _("regelingen en kennisbronnen")
