"""What the kennisbank's page types share.

`BodyPage`: a page with a summary, a body of blocks and thema's.
`ListingPage`: a section's start page that lists its pages with filters
and pagination; the queries it makes do not depend on how many pages
there are (tests assert it).
"""

from django import forms
from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import resolve_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.listing import paginate

from ..blocks import BodyBlock
from ..editorial.quality_panel import QualityPanel


class BodyPage(Page):
    """A page of the kennisbank: summary, body of blocks, thema's."""

    intro = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Eén of twee zinnen. Staat in overzichten en boven de tekst."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    themas = ParentalManyToManyField(
        "taxonomy.Thema", blank=True, related_name="+", verbose_name=_("thema's")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themas", widget=forms.CheckboxSelectMultiple),
        QualityPanel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("themas", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        """The text for listings, feeds and the page's meta description."""
        return self.search_description or self.intro


class ListingPage(Page):
    """A section's start page: an introduction and a filtered, paginated list."""

    intro = RichTextField(
        _("introductie"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Korte uitleg boven de lijst."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    # Each section has one start page, directly under the home page.
    max_count = 1
    parent_page_types = ["kennisbank.HomePage"]

    per_page = 12
    # Dotted path: the filter forms read the page models, so they load later.
    filter_form_class = None
    # What the list shows: child pages of this model (a "app.Model" string,
    # since the child models are defined after their section), in this order,
    # with these relations loaded in advance so rows cost no extra queries.
    listing_model = None
    listing_order = ("title",)
    listing_select_related = ()
    listing_prefetch_related = ("themas",)

    class Meta:
        abstract = True

    def visible_children(self, model, user):
        """Live children of type `model` that `user` may open."""
        pages = resolve_model_string(model).objects.child_of(self).live().public()
        return pages.visible_to(user) if hasattr(pages, "visible_to") else pages

    def listing(self, request):
        """The pages to list for this request, before filters (a queryset)."""
        return (
            self.visible_children(self.listing_model, request.user)
            .select_related(*self.listing_select_related)
            .prefetch_related(*self.listing_prefetch_related)
            .order_by(*self.listing_order)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = import_string(self.filter_form_class)(request.GET)
        items = form.apply(self.listing(request))
        page_obj = paginate(request, items, self.per_page)
        context.update(filter_form=form, page_obj=page_obj, items=page_obj.object_list)
        return context

