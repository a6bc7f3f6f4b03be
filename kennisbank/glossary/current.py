"""The glossary as the abbreviation markup needs it, loaded once per request.

A page may explain abbreviations in many blocks; they all share one load.
The memo is dropped when a request starts and when a term changes, so
nobody sees a stale glossary.
"""

from dataclasses import dataclass
from functools import cached_property

from asgiref.local import Local
from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

_memo = Local()


@dataclass(frozen=True)
class Glossary:
    """The terms (as plain snapshots) and the URL of the glossary page, if published.

    The URL is looked up on first use: titles and cards explain without a
    link, so a listing page need not pay for it.
    """

    terms: tuple

    @cached_property
    def url(self):
        from ..models import GlossaryPage

        page = GlossaryPage.objects.live().public().first()
        return page.get_url() if page else None


@dataclass(frozen=True)
class TermSnapshot:
    """What the markup needs of a term, detached from the database."""

    abbreviation: str
    full_term: str
    anchor: str


def current_glossary():
    """The glossary for this request: loaded on first use, then reused."""
    glossary = getattr(_memo, "glossary", None)
    if glossary is None:
        glossary = _memo.glossary = _load()
    return glossary


def write_out_option_label(label):
    """A filter option's label with the glossary's abbreviations written out
    (registered with core.listing from AppConfig.ready)."""
    from .abbreviations import write_out

    return write_out(label, current_glossary().terms)


def _load():
    from ..models import Term

    return Glossary(tuple(
        TermSnapshot(term.abbreviation, term.full_term, term.anchor)
        for term in Term.objects.only("abbreviation", "full_term")
    ))


@receiver(request_started)
def forget_glossary(**kwargs):
    """Drop the memo; the next use loads the glossary again."""
    _memo.glossary = None


def connect_term_signals():
    """Forget the memo whenever a term is saved or deleted (called from AppConfig.ready)."""
    from ..models import Term

    post_save.connect(forget_glossary, sender=Term, dispatch_uid="kennisbank-term-saved")
    post_delete.connect(forget_glossary, sender=Term, dispatch_uid="kennisbank-term-deleted")
