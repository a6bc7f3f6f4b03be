"""Explain the first use of each glossary abbreviation.

`{{ value|richtext|explain_abbreviations }}` for running text (linked to the
glossary); `{% explain_first_use page.title %}` for titles and cards.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..glossary.abbreviations import mark_abbreviations
from ..glossary.current import current_glossary

register = template.Library()


@register.filter(is_safe=True)
def explain_abbreviations(value):
    """Mark up the first use of each glossary abbreviation in `value` (HTML).

    Text that is not marked safe is escaped first, so the filter never lets
    raw input through as HTML.
    """
    glossary = current_glossary()
    html = conditional_escape(value)
    return mark_safe(mark_abbreviations(html, glossary.terms, glossary.url))  # noqa: S308


@register.simple_tag(takes_context=True)
def explain_first_use(context, text):
    """`text` (a title, a card's title or summary) with the abbreviations this
    page has not explained yet in <abbr>.

    Without a link: titles in cards are links already, and a heading stays
    a heading. The page's memory lives on the request, so the h1 and every
    card share it; without a request, each text stands alone.
    """
    glossary = current_glossary()
    html = conditional_escape(text)
    done = _explained_on(context.get("request"))
    return mark_safe(mark_abbreviations(html, glossary.terms, done=done))  # noqa: S308


def _explained_on(request):
    """The abbreviations this request's page explained so far (None: no page memory)."""
    if request is None:
        return None
    if not hasattr(request, "explained_abbreviations"):
        request.explained_abbreviations = set()
    return request.explained_abbreviations
