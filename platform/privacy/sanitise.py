"""Limited formatting for what professionals write, made safe with nh3.

Paragraphs, emphasis, lists, quotes and links; everything else is removed.
Links get rel="nofollow ugc": the site does not vouch for them.
"""

import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}


def clean_html(html):
    return nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     link_rel="nofollow ugc", url_schemes={"http", "https", "mailto"})


def text_to_html(text):
    """Plain text typed in a textarea as paragraphs; HTML in it is escaped first."""
    from django.utils.html import urlize
    from django.utils.text import normalize_newlines

    paragraphs = [p for p in normalize_newlines(text or "").split("\n\n") if p.strip()]
    return clean_html("".join(
        "<p>" + urlize(p.strip(), autoescape=True).replace("\n", "<br>") + "</p>"
        for p in paragraphs
    ))
