"""What the pillars make searchable, registered from `AppConfig.ready()`.

The platform never imports a pillar, so each pillar tells search:
- which types of thing it indexes (`register_type`): a model, the objects
  to index, and how one object becomes a `Document` (or None when it is not
  to be found at all: a draft, a hidden post, a blocked account);
- which other changes alter those documents (`register_trigger`): a group
  turning secret changes the token of all its posts;
- where synonyms come from (`register_synonyms`): the glossary's
  abbreviations, taxonomy synonyms;
- short answers shown above the results (`register_answer`): a glossary
  card when the query is an abbreviation.
Registering a name again replaces it (`ready()` may run twice in tests).
"""

from collections.abc import Callable
from dataclasses import dataclass

_types = {}
_triggers = {}
_synonym_sources = {}
_answer_sources = {}


@dataclass(frozen=True)
class SearchableType:
    """One type of search result, e.g. "kennis" or "persoon".

    `queryset()` gives every object that may be indexed (select what
    `to_document` reads, so a rebuild does not query per object);
    `to_document(obj)` gives its Document or None. `order` places the type
    in the type facet.
    """

    name: str
    label: str
    model: type
    queryset: Callable
    to_document: Callable
    order: int = 50


@dataclass(frozen=True)
class Trigger:
    """A save or delete of `model` changes documents of `type_name`:
    `affected(instance)` gives the primary keys (or a queryset of them) of
    the objects of that type to index again."""

    model: type
    type_name: str
    affected: Callable


@dataclass(frozen=True)
class Answer:
    """A short answer above the results (the glossary card)."""

    title: str
    text: str
    url: str
    label: str


def register_type(searchable):
    _types[searchable.name] = searchable
    _watch(searchable.model)


def register_trigger(name, model, type_name, affected):
    _triggers[name] = Trigger(model, type_name, affected)
    _watch(model)


def _watch(model):
    if hasattr(model, "_meta"):  # tests register types over plain objects
        from .indexing import watch
        watch(model)


def register_synonyms(name, source):
    """`source()` -> iterable of groups of equivalent terms, each a list of
    strings (words or phrases), e.g. ["TLV", "toelaatbaarheidsverklaring"]."""
    _synonym_sources[name] = source


def register_answer(name, source):
    """`source(query)` -> an Answer or None; public facts only."""
    _answer_sources[name] = source


def searchable_types():
    """Registered types in facet order."""
    return sorted(_types.values(), key=lambda t: (t.order, t.label))


def searchable_type(name):
    return _types.get(name)


def types_for_model(model):
    return [t for t in _types.values() if issubclass(model, t.model)]


def triggers():
    return list(_triggers.values())


def synonym_sources():
    return list(_synonym_sources.values())


def answer_sources():
    return list(_answer_sources.values())
