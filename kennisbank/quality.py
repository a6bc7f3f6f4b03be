"""What the CMS tells editors about a page before a redacteur reviews it:
abbreviations the glossary lacks, link texts that say nothing, and (on
pages for parents) how readable the text is."""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

from .abbreviations import undefined_abbreviations
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


@dataclass(frozen=True)
class PageQuality:
    """The findings for one page."""

    undefined_abbreviations: list
    vague_links: list
    readability: object  # readability.Readability or None


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
            plain.extend(value.stream_block.get_searchable_content(value))
            html.extend(_html_strings(value.raw_data))
        else:
            html.append(str(value))
            plain.append(BeautifulSoup(str(value), "html.parser").get_text(" "))
    return "\n".join(plain), html


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
