"""Feed generators that survive any stored text.

XML 1.0 forbids control characters; Django's feed writer raises on them, so
one bad title answered 500 to every reader of the feed. Text typed on the
site is cleaned on the way in, but a feed must not depend on that (older
rows, the CMS's JSON, imports): these generators clean every string they get.
"""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from .text import strip_control_characters


def _clean(value):
    if isinstance(value, str):
        return strip_control_characters(value)
    if isinstance(value, list | tuple):
        return type(value)(_clean(item) for item in value)
    return value


class _CleansText:
    def __init__(self, *args, **kwargs):
        super().__init__(*map(_clean, args), **{key: _clean(v) for key, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(_clean, args), **{key: _clean(v) for key, v in kwargs.items()})


class SafeAtom1Feed(_CleansText, Atom1Feed):
    """Atom 1.0 without control characters."""


class SafeRss201rev2Feed(_CleansText, Rss201rev2Feed):
    """RSS 2.0 without control characters."""
