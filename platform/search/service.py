"""The one search service: every search box of the site asks this.

`search()` returns one page of results with their counts and facets,
"Bedoelde u …?" and an answer card; `suggest()` feeds the header box's
autocomplete; `object_ids()` lets a page (Mijn netwerk) combine free text
with its own filters. Everything is filtered on the searcher's access
tokens inside the backend, so hits, counts, facets and suggestions agree.
"""

import logging
from dataclasses import dataclass, field

from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from access.tokens import ANONYMOUS_TOKENS, tokens_for

from . import registry
from .analysis import stop_words, words
from .backends import select
from .backends.base import ORDERS, Criteria
from .documents import FACETS
from .highlight import mark_title, snippet
from .query import MAX_QUERY_WORDS, parse

log = logging.getLogger(__name__)
FACET_LABELS = {"type": _("Soort"), "thema": _("Thema"), "wijk": _("Wijk"),
                "doelgroep": _("Voor wie")}
MAX_PAGE = 50
SUGGESTIONS = 8
# Spellings tried for "Bedoelde u …?": each costs a search.
MAX_CORRECTIONS = 3


@dataclass
class Result:
    key: str
    type: str
    type_label: str
    title: str
    url: str
    snippet: str
    date: object = None

    @property
    def object_id(self):
        return self.key.split(":", 1)[1]


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False
    url: str = ""  # set by the view: the results page with this value chosen


@dataclass
class Facet:
    name: str
    label: str
    values: list


@dataclass
class Results:
    text: str
    hits: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 10
    facets: list = field(default_factory=list)
    suggestion: str = ""
    answer: object = None
    # True when no result held every word and these hold some of them.
    partial: bool = False
    order: str = "relevantie"

    @property
    def pages(self):
        return min(MAX_PAGE, max(1, -(-self.total // self.per_page)))


def _criteria(user, types, facets, order, parents_only):
    tokens = ANONYMOUS_TOKENS if parents_only else tokens_for(user)
    return Criteria(tokens=frozenset(tokens), types=tuple(types), facets=tuple(facets),
                    parents_only=parents_only, order=order if order in ORDERS else ORDERS[0])


def _ask(query, criteria, offset=0, limit=10, facets=True, count=True):
    """The first backend that answers: the engine, or the database."""
    backends = select.searching()
    for backend in backends:
        try:
            return backend.search(query, criteria, offset=offset, limit=limit, facets=facets,
                                  count=count)
        except Exception as error:
            if backend is backends[-1]:
                raise
            select.engine_failed(error)
    raise AssertionError("no search backend")  # pragma: no cover


def _type_label(name):
    searchable = registry.searchable_type(name)
    return str(searchable.label) if searchable else name


def _result(hit, query):
    body = " ".join(part for part in (hit.summary, hit.body) if part)
    if hit.highlights:
        text = " … ".join(hit.highlights[:2])
        text = mark_safe(text)  # noqa: S308 - the engine escaped the text (encoder "html")
    else:
        text = snippet(body, query.words, query.prefix)
    return Result(key=hit.key, type=hit.type, type_label=_type_label(hit.type),
                  title=mark_title(hit.title, query.words, query.prefix), url=hit.url,
                  snippet=text, date=hit.date)


def _facets(counts, selected):
    chosen = set(selected)
    facets = []
    order = {t.name: i for i, t in enumerate(registry.searchable_types())}
    for name in ("type", *FACETS):
        values = counts.get(name, {})
        if not values:
            continue
        items = [FacetValue(value, _type_label(value) if name == "type" else value, count,
                            (name, value) in chosen)
                 for value, count in values.items()]
        if name == "type":
            items.sort(key=lambda v: (order.get(v.value, 99), v.label))
        else:
            items.sort(key=lambda v: (-v.count, v.label.casefold()))
        facets.append(Facet(name, str(FACET_LABELS[name]), items))
    return facets


def _answer(text):
    for source in registry.answer_sources():
        answer = source(text)
        if answer is not None:
            return answer
    return None


def _correction(text, criteria):
    """A spelling of `text` that finds something this searcher may see, or "".
    A word is only offered when a search with it returns visible results,
    so a suggestion never reveals a word from a hidden document."""
    backend = select.database()
    stops = stop_words()
    typed = words(text)[:MAX_QUERY_WORDS]
    attempts = 0
    for position, word in enumerate(typed):
        if word in stops or len(word) < 4:
            continue
        for candidate in backend.correction_candidates(word, limit=3):
            attempt = " ".join([*typed[:position], candidate, *typed[position + 1:]])
            if _ask(parse(attempt), criteria, limit=1, facets=False, count=False).hits:
                return attempt
            attempts += 1
            if attempts >= MAX_CORRECTIONS:
                return ""
    return ""


def search(text, user, *, types=(), facets=(), order="relevantie", page=1, per_page=10,
           parents_only=False, with_facets=True):
    """One page of what `user` may find for `text`.

    Every word must match (in any of its forms, synonyms or compound parts);
    when nothing does, results with all words but one, and then with any of
    them, are shown, marked `partial`. `parents_only` narrows to public content for parents.
    """
    text = (text or "").strip()
    criteria = _criteria(user, types, facets, order, parents_only)
    page = min(max(1, page), MAX_PAGE)
    results = Results(text=text, page=page, per_page=per_page, order=criteria.order)
    query = parse(text)
    if query.is_empty:
        return results
    offset = (page - 1) * per_page
    found = _ask(query, criteria, offset, per_page, with_facets)
    # Nothing with every word: all words but one, then any of them.
    while not found.total and (looser := query.fewer_words()) is not None:
        query = looser
        found = _ask(query, criteria, offset, per_page, with_facets)
        results.partial = bool(found.total)
    if found.total and not found.hits and page > 1:
        # A page past the end (an old link): show the last page instead.
        results.page = page = -(-found.total // per_page)
        found = _ask(query, criteria, (page - 1) * per_page, per_page, with_facets)
    results.total = found.total
    results.hits = [_result(hit, query) for hit in found.hits]
    chosen = [*facets, *(("type", name) for name in types)]
    results.facets = _facets(found.facets, chosen) if with_facets else []
    if page == 1:
        results.answer = _answer(text)
        if not found.total:
            results.suggestion = _correction(text, criteria)
    return results


def suggest(text, user, *, parents_only=False, limit=SUGGESTIONS):
    """Titles for the autocomplete of a search box: the last word may be
    half typed. [{"title", "url", "type"}], only what `user` may see."""
    query = parse(text, prefix=True)
    if query.is_empty:
        return []
    criteria = _criteria(user, (), (), "relevantie", parents_only)
    found = _ask(query, criteria, limit=limit, facets=False, count=False)
    return [{"title": hit.title, "url": hit.url, "type": _type_label(hit.type)}
            for hit in found.hits]


def object_ids(text, user, type_name, limit=500):
    """The ids of the objects of one type that `user` finds with `text`, best
    first (Mijn netwerk combines them with its own filters)."""
    query = parse(text)
    if query.is_empty:
        return []
    criteria = _criteria(user, (type_name,), (), "relevantie", False)
    found = _ask(query, criteria, limit=limit, facets=False, count=False)
    return [hit.key.split(":", 1)[1] for hit in found.hits]
