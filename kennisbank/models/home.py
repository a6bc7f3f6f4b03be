"""The start page of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..home import audiences


class HomePage(Page):
    """The site's start page: a welcome and a way in for each audience.

    The audience blocks are built from the sections that exist, so the page
    grows with the site without editing.
    """

    intro = RichTextField(
        _("introductie"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Korte welkomsttekst onder de titel. Schrijf op taalniveau B1."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    # One home page per site, and only directly under the tree's root.
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    template = "kennisbank/home_page.html"

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = audiences(request.user)
        return context
