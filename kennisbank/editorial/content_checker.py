"""The CMS's content checker (axe in the preview), extended for this site.

Wagtail checks a short list of rules that editors can fix themselves. Our
pages add images, lists and tables from blocks, and parents read them with
screen readers and magnifiers, so we also check the rules an editor's
choices can break there. The server-side quality check (quality.py, shown
by quality_panel.py) covers what axe cannot see: abbreviations and vague
link texts.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import AccessibilityItem, ContentCheckerItem

EXTRA_RULES = {
    "image-alt": (_("Afbeelding zonder alternatieve tekst"),
                  _("Beschrijf wat er op de afbeelding te zien is")),
    "image-redundant-alt": (_("Alternatieve tekst herhaalt de tekst ernaast"),
                            _("Vertel iets nieuws, of laat de afbeelding weg")),
    "link-in-text-block": (_("Link valt niet op in de tekst"),
                           _("Links moeten ook zonder kleur herkenbaar zijn")),
    "list": (_("Lijst is niet goed opgebouwd"),
             _("Gebruik de lijstknoppen in de editor")),
    "listitem": (_("Lijstregel staat buiten een lijst"),
                 _("Gebruik de lijstknoppen in de editor")),
    "th-has-data-cells": (_("Kolomkop zonder cellen"),
                          _("Geef elke kolomkop cellen, of haal de kolom weg")),
    "table-duplicate-name": (_("Tabel heeft hetzelfde bijschrift als samenvatting"),
                             _("Geef de tabel een eigen bijschrift")),
    "duplicate-id": (_("Twee elementen met hetzelfde id"),
                     _("Gebruik een kop of anker maar één keer")),
}


class ContentChecker(ContentCheckerItem):
    """Wagtail's checker plus the rules in EXTRA_RULES, with Dutch messages."""

    axe_run_only = [*ContentCheckerItem.axe_run_only, *EXTRA_RULES]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        **{rule: {"error_name": name, "help_text": help_text}
           for rule, (name, help_text) in EXTRA_RULES.items()},
    }


def use_content_checker(request, items, page):
    """`construct_wagtail_userbar` hook: swap Wagtail's checker for ours."""
    for position, item in enumerate(items):
        if type(item) in (ContentCheckerItem, AccessibilityItem):
            items[position] = ContentChecker(in_editor=item.in_editor)
