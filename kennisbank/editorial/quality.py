"""What the CMS tells editors about a page before a redacteur reviews it:
abbreviations the glossary lacks, link texts that say nothing, and (on
pages for parents) how readable the text is."""

import re
from dataclasses import dataclass
from html import unescape

from bs4 import BeautifulSoup
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.blocks import (
    ChoiceBlock,
    EmailBlock,
    ListBlock,
    RichTextBlock,
    StreamBlock,
    StructBlock,
    URLBlock,
)

from ..glossary.abbreviations import undefined_abbreviations
from .readability import measure

# The page's own short texts, by model field: BodyPage's `summary` is a property
# that repeats the intro, so reading attributes would count it twice.
SHORT_TEXT_FIELDS = ("title", "intro", "summary")
# Link texts that do not say where a link goes; screen reader users often
# jump from link to link and hear only this.
VAGUE_LINK_TEXTS = frozenset(
    {"hier", "klik hier", "klik", "lees meer", "meer", "link", "deze link", "meer informatie",
     "verder lezen", "lees verder", "website", "download"}
)
# Where a line of text ends in rich text: list items without a full stop
# must not run together into one endless sentence.
LINE_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)
# Values editors do not write as prose: a heading level, an address.
NOT_PROSE = (ChoiceBlock, URLBlock, EmailBlock)


@dataclass(frozen=True)
class PageQuality:
    """The findings for one page."""

    undefined_abbreviations: list
    vague_links: list
    readability: object  # readability.Readability or None

    @property
    def warnings(self):
        """The open findings as short Dutch lines, for whoever approves the page."""
        warnings = []
        if self.undefined_abbreviations:
            warnings.append(_("Afkortingen die niet in de begrippenlijst staan: %(words)s.")
                            % {"words": ", ".join(self.undefined_abbreviations)})
        if self.vague_links:
            warnings.append(_("Linkteksten die niet zeggen waar de link heen gaat: %(texts)s.")
                            % {"texts": ", ".join(self.vague_links)})
        text = self.readability
        if text and (text.advice or not text.fits_b1):
            warnings.append(_("Leesbaarheid: %(verdict)s") % {"verdict": text.verdict})
            warnings.extend(text.advice)
        return warnings


def page_texts(page):
    """(plain text, list of HTML fragments) of a page's own words."""
    html = []
    fields = {field.name for field in page._meta.get_fields()}
    plain = [getattr(page, name) for name in SHORT_TEXT_FIELDS
             if name in fields and getattr(page, name)]
    for field in ("body", "results", "how_to_reach"):
        value = getattr(page, field, None)
        if value is None:
            continue
        if hasattr(value, "stream_block"):
            plain.extend(_block_texts(value.stream_block, value))
            html.extend(_html_strings(value.raw_data))
        else:
            html.append(str(value))
            plain.append(_lines(str(value)))
    return "\n".join(plain), html


def _lines(html):
    """Plain text of rich text, each paragraph and list item on its own line."""
    return unescape(strip_tags(LINE_END.sub("\n", html))).strip()


def _block_texts(block, value):
    """The prose in a block's value; rich text keeps its lines (search text would not)."""
    if isinstance(block, RichTextBlock):
        return [_lines(value.source)]
    if isinstance(block, NOT_PROSE):
        return []
    if isinstance(block, StreamBlock):
        return [text for child in value for text in _block_texts(child.block, child.value)]
    if isinstance(block, StructBlock):
        return [text for name, child in block.child_blocks.items()
                for text in _block_texts(child, value.get(name))]
    if isinstance(block, ListBlock):
        return [text for item in value for text in _block_texts(block.child_block, item)]
    return block.get_searchable_content(value)


def _html_strings(data):
    """Every string in a StreamField's raw data that holds a link."""
    if isinstance(data, str):
        return [data] if "<a " in data else []
    if isinstance(data, dict):
        return [s for value in data.values() for s in _html_strings(value)]
    if hasattr(data, "__iter__"):  # lists and Wagtail's RawDataView
        return [s for value in data for s in _html_strings(value)]
    return []


def vague_links(fragments):
    """The link texts in `fragments` that do not say where the link goes."""
    found = []
    for fragment in fragments:
        for link in BeautifulSoup(fragment, "html.parser").find_all("a"):
            text = re.sub(r"\s+", " ", link.get_text()).strip()
            if text.lower().rstrip(".:!") in VAGUE_LINK_TEXTS and text not in found:
                found.append(text)
    return found


def check_page(page, terms, readability=False):
    """The findings for `page`; `terms` is the glossary (objects with `abbreviation`)."""
    plain, html = page_texts(page)
    return PageQuality(
        undefined_abbreviations=undefined_abbreviations(plain, terms),
        vague_links=vague_links(html),
        readability=measure(plain) if readability else None,
    )
