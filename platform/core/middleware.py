"""Middleware of the site shell."""

from django.http import QueryDict

from .text import has_control_characters, strip_control_characters


def _cleaned(query):
    """`query` with control characters stripped from every key and value; the
    same object when there is nothing to strip (the usual case)."""
    if not any(has_control_characters(key) or any(has_control_characters(v) for v in values)
               for key, values in query.lists()):
        return query
    cleaned = QueryDict(mutable=True, encoding=query.encoding)
    for key, values in query.lists():
        cleaned.setlist(strip_control_characters(key),
                        [strip_control_characters(value) for value in values])
    cleaned._mutable = False
    return cleaned


class ControlCharacterMiddleware:
    """Strips control characters from every submitted text field, before any
    form sees it: one place for all forms (ours, allauth's, the CMS's), so no
    stored title or text can later break a feed or a calendar file.

    Uploaded files are left alone; their names are not shown as typed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = _cleaned(request.GET)
        if request.method == "POST" and request.content_type in (
                "application/x-www-form-urlencoded", "multipart/form-data"):
            request.POST = _cleaned(request.POST)
        return self.get_response(request)
