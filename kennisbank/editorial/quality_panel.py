"""The quality panel in the page editor (Kwaliteitscontrole)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class QualityPanel(Panel):
    """Shows the findings of `quality.check_page` for the last saved version.

    With `readability=True` (pages for parents) it adds the B1 indicator.
    """

    def __init__(self, readability=False, **kwargs):
        kwargs.setdefault("heading", _("Kwaliteitscontrole"))
        super().__init__(**kwargs)
        self.readability = readability

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "readability": self.readability}

    @property
    def clean_name(self):
        return super().clean_name or "kwaliteitscontrole"

    class BoundPanel(Panel.BoundPanel):
        template_name = "kennisbank/panels/quality.html"

        def get_context_data(self, parent_context=None):
            from ..glossary.current import current_glossary
            from .quality import check_page

            context = super().get_context_data(parent_context)
            context["saved"] = bool(self.instance and self.instance.pk)
            if context["saved"]:
                context["quality"] = check_page(
                    self.instance, current_glossary().terms, readability=self.panel.readability
                )
            return context


def checks_readability(page):
    """Whether `page`'s editor shows the B1 indicator (its QualityPanel says so)."""
    return any(isinstance(panel, QualityPanel) and panel.readability
               for panel in _all_panels(page.get_edit_handler()))


def _all_panels(panel):
    yield panel
    for child in getattr(panel, "children", ()):
        yield from _all_panels(child)
