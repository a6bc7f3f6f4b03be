"""The glossary: terms editors keep in the CMS and the page that lists them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index


class Term(index.Indexed, ClusterableModel):
    """One entry of the glossary: an abbreviation (or a word) and what it means.

    A term with a full form is an abbreviation: body text marks up its first
    use with <abbr>. A term without one ("thuiszitter") is only explained.
    """

    abbreviation = models.CharField(
        _("afkorting of begrip"),
        max_length=40,
        unique=True,
        help_text=_("Zoals het in teksten staat, bijvoorbeeld TLV of BaO. Let op hoofdletters."),
    )
    full_term = models.CharField(
        _("voluit"),
        max_length=200,
        blank=True,
        help_text=_("De afkorting voluit geschreven. Leeg laten als het geen afkorting is."),
    )
    explanation = models.TextField(
        _("uitleg"),
        help_text=_("Leg het uit in gewone woorden, op taalniveau B1. Twee of drie zinnen."),
    )
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    panels = [
        FieldPanel("abbreviation"),
        FieldPanel("full_term"),
        FieldPanel("explanation"),
        InlinePanel("related_pages", label=_("Lees verder op")),
    ]
    search_fields = [
        index.SearchField("abbreviation"),
        index.SearchField("full_term"),
        index.SearchField("explanation"),
        index.AutocompleteField("abbreviation"),
    ]

    class Meta:
        ordering = [Lower("abbreviation")]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippen")

    def __str__(self):
        if self.full_term:
            return f"{self.abbreviation} ({self.full_term})"
        return self.abbreviation

    @property
    def anchor(self):
        """The id of the term on the glossary page, e.g. "tlv" for #tlv."""
        return slugify(self.abbreviation)

    @property
    def letter(self):
        """The letter of the A–Z list this term is filed under."""
        return self.anchor[:1].upper()

    def clean(self):
        super().clean()
        # "BaO" and "BAO" would share the anchor #bao: links would be ambiguous.
        others = Term.objects.exclude(pk=self.pk).values_list("abbreviation", flat=True)
        if any(slugify(other) == self.anchor for other in others):
            raise ValidationError(
                {"abbreviation": _("Er is al een begrip dat zo heet (hoofdletters tellen niet).")}
            )


class TermRelatedPage(Orderable):
    """A page that tells more about a term, shown under its explanation."""

    term = ParentalKey(Term, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("pagina over dit begrip")
        verbose_name_plural = _("pagina's over dit begrip")


class GlossaryPage(Page):
    """/begrippen/: every term, alphabetically, with an A–Z jump list.

    Each term has an id (#tlv) so other pages and the abbreviation markup
    can link straight to it.
    """

    intro = RichTextField(
        _("introductie"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Korte uitleg boven de lijst. Schrijf op taalniveau B1."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    # One glossary, directly under the home page; the terms are snippets,
    # so the page has no children (an empty list means none).
    max_count = 1
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = []

    template = "kennisbank/glossary_page.html"

    class Meta:
        verbose_name = _("begrippenlijst")
        verbose_name_plural = _("begrippenlijsten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = list(Term.objects.prefetch_related("related_pages"))
        attach_related_pages(terms, request.user)
        context["letters"] = terms_by_letter(terms)
        return context


def attach_related_pages(terms, user):
    """Set `term.readable_pages`: its related pages that `user` may open.

    One query per page type, however many terms: live pages without a view
    restriction, and for pages with a visibility only those the user may see.
    """
    links = [link for term in terms for link in term.related_pages.all()]
    if not links:
        for term in terms:
            term.readable_pages = []
        return
    pages = Page.objects.filter(pk__in={link.page_id for link in links}).live().public()
    readable = {
        page.pk: page for page in pages.specific()
        if getattr(page, "is_visible_to", lambda _user: True)(user)
    }
    for term in terms:
        term.readable_pages = [
            readable[link.page_id] for link in term.related_pages.all()
            if link.page_id in readable
        ]


def terms_by_letter(terms):
    """[(letter, [terms])] for A to Z; letters without terms get an empty list."""
    groups = {chr(code): [] for code in range(ord("A"), ord("Z") + 1)}
    for term in terms:
        groups.setdefault(term.letter, []).append(term)
    return list(groups.items())
