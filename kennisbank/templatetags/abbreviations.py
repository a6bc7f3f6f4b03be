"""`{{ value|richtext|explain_abbreviations }}`: explain the first use of each abbreviation."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..abbreviations import mark_abbreviations
from ..glossary_terms import current_glossary

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
