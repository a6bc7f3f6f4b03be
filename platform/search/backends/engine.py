"""The engine backend: Elasticsearch 8/9 or OpenSearch 2, through elasticsearch.dsl.

One index behind an alias, `<prefix>-documents` -> `<prefix>-documents-<time>`,
created on first use; `rebuild` fills a new index and swaps the alias in one
step, so searches never see an empty index. Documents carry their access
token; every search filters on the searcher's tokens (a bool filter, so it
narrows hits, counts and aggregations alike and does not score).

The Dutch analysis is the database backends' (analysis.py), built from the
same files: stop words, word forms mapped to their lemma, compound parts
(dictionary_decompounder) and the Snowball Dutch stemmer, which is the
algorithm of PostgreSQL's `dutch` and PyStemmer's `dutch_porter`.
Queries arrive parsed (query.Query): lemmas, with glossary and taxonomy
synonyms and compound parts already added as alternatives. Synonyms are
therefore not in the index, and a new glossary entry works at once.

Every request has a short timeout and at most one retry; the service falls
back to the database when the engine fails (backends/select.py).
"""

import logging
from datetime import date, datetime, time
from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from elasticsearch import Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import (
    Boolean,
    Date,
    Index,
    Keyword,
    Mapping,
    Q,
    Search,
    SearchAsYouType,
    Text,
    analyzer,
    token_filter,
)

from ..analysis import MIN_COMPOUND, MIN_PART, compound_parts, stem, stop_words, word_forms
from ..documents import FACETS
from .base import Backend, BackendPage, Hit

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 5  # seconds; a web request never waits longer on the engine
MAX_RETRIES = 1
HEALTH_TIMEOUT = 2
# Rebuilds run from a command, with chunks of BULK_CHUNK documents.
REBUILD_TIMEOUT = 60
BULK_CHUNK = 500
FACET_SIZE = 50
FRAGMENT_CHARS = 200
FRAGMENTS = 2
# Fields that are searched, and how much a match counts.
FIELDS = ("title^3", "summary^2", "body")
# The highlighter reads at most 1,000,000 characters of a field (the engines'
# default index.highlight.max_analyzed_offset) and refuses longer ones.
MAX_TEXT = 900_000


# --- analysis and mapping ------------------------------------------------------

def _form_rules():
    """analysis.word_forms() as synonym rules: "leest, las, ... => lezen"."""
    by_lemma = {}
    for form, lemma in word_forms().items():
        by_lemma.setdefault(lemma, []).append(form)
    return [f"{', '.join(sorted(forms))} => {lemma}" for lemma, forms in sorted(by_lemma.items())]


def _analyzers():
    stop = token_filter("wzn_dutch_stop", "stop", stopwords=sorted(stop_words()))
    # "forms => lemma"; lenient skips a rule whose form the stop filter removed.
    forms = token_filter("wzn_dutch_forms", "synonym", synonyms=_form_rules(), lenient=True)
    parts = token_filter(
        "wzn_dutch_parts", "dictionary_decompounder",
        word_list=sorted(compound_parts()),
        min_word_size=MIN_COMPOUND, min_subword_size=MIN_PART, max_subword_size=30)
    stemmer = token_filter("wzn_dutch_stem", "stemmer", language="dutch")
    # Parts go through the forms again: "lees" in "leesproblemen" is "lezen".
    index_text = analyzer(
        "wzn_dutch", tokenizer="standard",
        filter=["lowercase", "asciifolding", stop, forms, parts, forms, stemmer])
    # Queries come as lemmas with their compound parts as alternatives
    # (query.parse), so they are only folded, lemma'd and stemmed here.
    search_text = analyzer(
        "wzn_dutch_search", tokenizer="standard",
        filter=["lowercase", "asciifolding", stop, forms, stemmer])
    # Autocomplete: whole words, folded, not stemmed ("hoogbeg" -> "hoogbegaafd").
    prefix_text = analyzer(
        "wzn_folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
    return index_text, search_text, prefix_text


def mapping():
    index_text, search_text, prefix_text = _analyzers()
    m = Mapping()
    m.meta("dynamic", "strict")
    for name in ("key", "type", "access_token", "fingerprint", *FACETS):
        m.field(name, Keyword())
    m.field("url", Keyword(index=False, doc_values=False))
    m.field("parents", Boolean())
    m.field("date", Date())
    m.field("title", Text(analyzer=index_text, search_analyzer=search_text,
                          copy_to="title_prefix"))
    m.field("title_prefix", SearchAsYouType(analyzer=prefix_text))
    for name in ("summary", "body"):
        m.field(name, Text(analyzer=index_text, search_analyzer=search_text))
    return m


def _date(value):
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min) if isinstance(value, date) else value
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.isoformat()


def source(document):
    """What the engine stores for a Document (its `_id` is the key)."""
    return {
        "key": document.key, "type": document.type, "title": document.title,
        "url": document.url, "access_token": document.access_token,
        "summary": document.summary or "", "body": (document.body or "")[:MAX_TEXT],
        "date": _date(document.date), "parents": bool(document.parents),
        "thema": list(document.themas), "wijk": list(document.wijken),
        "doelgroep": list(document.doelgroepen),
        "fingerprint": document.fingerprint(),
    }


# --- queries ------------------------------------------------------------------

def _word(word):
    return Q("multi_match", query=word, fields=list(FIELDS), type="best_fields",
             tie_breaker=0.3)


def _near(parts):
    """The parts of a compound close together ("leesproblemen" is also
    "problemen met lezen"); a compound in a document has its parts at its
    own position (dictionary_decompounder), which a slop covers too."""
    return Q("multi_match", query=" ".join(parts), fields=list(FIELDS), type="phrase",
             slop=len(parts) + 1)


def _all(queries):
    return queries[0] if len(queries) == 1 else Q("bool", must=queries)


def _one_of(queries):
    return queries[0] if len(queries) == 1 else Q("bool", should=queries, minimum_should_match=1)


def _prefix(prefix):
    """A word being typed: the start of a title word (search_as_you_type) or
    of a stored word in any field, as the database backends match it."""
    stemmed = stem(prefix)
    # A stem may be shorter than the word ("schol" for "scholen").
    term = stemmed if prefix.startswith(stemmed) else prefix
    return _one_of([
        Q("multi_match", query=prefix, type="bool_prefix", boost=2,
          fields=["title_prefix", "title_prefix._2gram", "title_prefix._3gram"]),
        *(Q("prefix", **{field.split("^")[0]: {"value": term}}) for field in FIELDS),
    ])


def text_query(query):
    """The Query as a bool query: clauses of alternatives of words."""
    clauses = [_one_of([*(_all([_word(w) for w in alternative])
                          for alternative in clause.alternatives),
                        *([_near(clause.near)] if clause.near else [])])
               for clause in query.clauses]
    parts = []
    if clauses:
        if query.mode == "all":
            parts.append(_all(clauses))
        elif query.mode == "most" and len(clauses) > 1:
            parts.append(Q("bool", should=clauses, minimum_should_match=len(clauses) - 1))
        else:
            parts.append(_one_of(clauses))
    if query.prefix:
        parts.append(_prefix(query.prefix))
    return _all(parts)


def filters(criteria):
    """What narrows every search: access first, always."""
    found = [Q("terms", access_token=sorted(criteria.tokens))]
    if criteria.types:
        found.append(Q("terms", type=list(criteria.types)))
    if criteria.parents_only:
        found.append(Q("term", parents=True))
    for name, value in criteria.facets:
        found.append(Q("term", **{name: value}))
    return found


def _hit(hit):
    data = hit["_source"]
    highlight = hit.get("highlight", {})
    value = data.get("date")
    return Hit(
        key=data["key"], type=data["type"], title=data["title"], url=data["url"],
        summary=data.get("summary", ""), body=data.get("body", ""),
        date=datetime.fromisoformat(value) if value else None,
        highlights=[*highlight.get("summary", []), *highlight.get("body", [])],
    )


# --- the backend ----------------------------------------------------------------

class EngineBackend(Backend):
    def __init__(self, url, prefix=None, engine=None):
        self.url = url
        # Host and port only: the URL may carry a user name and password,
        # and this goes into logs and /health/ready/.
        parts = urlsplit(url)
        self.address = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
        self.engine = (engine or getattr(settings, "SEARCH_ENGINE", "elasticsearch")).lower()
        self.name = "OpenSearch" if self.engine == "opensearch" else "Elasticsearch"
        prefix = prefix or getattr(settings, "SEARCH_INDEX_PREFIX", "wzn")
        self.alias = f"{prefix.lower()}-documents"
        # How soon a write is searchable; index() waits for it (refresh=wait_for).
        self.refresh_interval = getattr(settings, "SEARCH_REFRESH_INTERVAL", "1s")
        self._ready = False

    @cached_property
    def client(self):
        options = {"request_timeout": REQUEST_TIMEOUT, "max_retries": MAX_RETRIES}
        if self.engine == "opensearch":
            from .plain_json import PlainJsonNode
            options["node_class"] = PlainJsonNode
        return Elasticsearch(self.url, **options)

    # --- the index behind the alias -------------------------------------------

    def _new_index(self, with_alias=False, **index_settings):
        name = f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"
        index = Index(name, using=self.client)
        index.settings(**{"number_of_shards": 1, "auto_expand_replicas": "0-1",
                          "refresh_interval": self.refresh_interval, **index_settings})
        index.mapping(mapping())
        if with_alias:
            index.aliases(**{self.alias: {}})
        index.create()
        return name

    def indices(self):
        """The indices behind the alias, oldest first."""
        try:
            return sorted(self.client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def ensure_index(self):
        """Create the index and its alias when there is none yet."""
        if self._ready:
            return
        if not self.indices():
            self._new_index(with_alias=True)
            # Two processes may have done this at once: keep the oldest.
            found = self.indices()
            if len(found) > 1:
                for extra in found[1:]:
                    self.client.options(ignore_status=404).indices.delete(index=extra)
        self._ready = True

    def clear(self):
        """Delete every document, keep the index (tests: the database rolls
        back after each test, the engine does not)."""
        # Not delete_by_query: that needs the reindex module, which the
        # development engine does not load.
        self.delete(list(self.fingerprints()))

    def drop(self):
        """Delete the alias and every index behind it (tests, reset)."""
        for name in self.indices():
            self.client.options(ignore_status=404).indices.delete(index=name)
        self._ready = False

    # --- writing ----------------------------------------------------------------

    def _bulk(self, actions):
        self.ensure_index()
        try:
            # wait_for: a saved object is findable once indexing returns.
            # require_alias: never let a write create a stray index.
            _done, errors = helpers.bulk(
                self.client, actions, chunk_size=BULK_CHUNK, refresh="wait_for",
                require_alias=True, raise_on_error=False)
        except Exception:
            self._ready = False  # the alias may be gone; look again next time
            raise
        # Deleting what is not there is fine; anything else is not.
        errors = [e for e in errors if e.get("delete", {}).get("result") != "not_found"]
        if errors:
            self._ready = False
            raise helpers.BulkIndexError(f"{len(errors)} document(s) failed", errors)

    def index(self, documents):
        documents = list({d.key: d for d in documents}.values())
        if documents:
            self._bulk([{"_op_type": "index", "_index": self.alias, "_id": d.key,
                         "_source": source(d)} for d in documents])

    def delete(self, keys):
        keys = list(dict.fromkeys(keys))
        if keys:
            self._bulk([{"_op_type": "delete", "_index": self.alias, "_id": key}
                        for key in keys])

    def rebuild(self, documents, progress=None):
        """Fill a new index, then point the alias at it in one step and delete
        the old one: searches answer from the old index until the swap."""
        client = self.client.options(request_timeout=REBUILD_TIMEOUT)
        # No refreshes while filling: nobody searches the new index yet.
        name = self._new_index(refresh_interval="-1")
        count = 0
        try:
            actions = ({"_op_type": "index", "_index": name, "_id": d.key, "_source": source(d)}
                       for d in documents)
            for ok, _item in helpers.streaming_bulk(client, actions, chunk_size=BULK_CHUNK):
                count += ok
                if progress and count % BULK_CHUNK == 0:
                    progress(count)
            client.indices.put_settings(
                index=name, settings={"index": {"refresh_interval": self.refresh_interval}})
            client.indices.refresh(index=name)
            old = self.indices()
            client.indices.update_aliases(actions=[
                *({"remove": {"index": index, "alias": self.alias}} for index in old),
                {"add": {"index": name, "alias": self.alias}},
            ])
        except Exception:
            self.client.options(ignore_status=404).indices.delete(index=name)
            raise
        for index in old:
            client.options(ignore_status=404).indices.delete(index=index)
        self._ready = True
        if progress and count % BULK_CHUNK:
            progress(count)
        return count

    def fingerprints(self):
        self.ensure_index()
        return {hit["_id"]: hit["_source"]["fingerprint"]
                for hit in helpers.scan(self.client, index=self.alias, size=BULK_CHUNK,
                                        query={"query": {"match_all": {}}},
                                        _source=["fingerprint"])}

    # --- reading ----------------------------------------------------------------

    def search(self, query, criteria, offset=0, limit=10, facets=True, count=True):
        if not criteria.tokens or query.is_empty:
            return BackendPage(hits=[], total=0)
        self.ensure_index()
        search = (Search(using=self.client, index=self.alias)
                  .query(Q("bool", must=[text_query(query)], filter=filters(criteria)))
                  .extra(track_total_hits=True)
                  .source(excludes=["fingerprint", "access_token"])
                  .highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"],
                                     encoder="html", fragment_size=FRAGMENT_CHARS,
                                     number_of_fragments=FRAGMENTS, no_match_size=0)
                  # The service marks titles itself; these are the snippets.
                  .highlight("summary", "body"))
        if criteria.order == "datum":
            search = search.sort({"date": {"order": "desc", "missing": "_last"}},
                                 {"key": {"order": "desc"}})
        else:
            search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}},
                                 {"key": {"order": "desc"}})
        if facets:
            for name in ("type", *FACETS):
                search.aggs.bucket(name, "terms", field=name, size=FACET_SIZE)
        search = search[offset:offset + limit]
        response = self.client.search(index=self.alias, body=search.to_dict())
        counts = {}
        if facets:
            counts = {name: {b["key"]: b["doc_count"]
                             for b in response["aggregations"][name]["buckets"]}
                      for name in ("type", *FACETS)}
        return BackendPage(hits=[_hit(hit) for hit in response["hits"]["hits"]],
                           total=response["hits"]["total"]["value"], facets=counts)

    def correction_candidates(self, word, limit=5):
        """The vocabulary lives in the database, which is always indexed."""
        from . import select
        return select.database().correction_candidates(word, limit)

    def health(self):
        try:
            client = self.client.options(request_timeout=HEALTH_TIMEOUT, max_retries=0)
            info = client.info()
            status = client.cluster.health()["status"]
        except Exception as error:  # noqa: BLE001 - reported, not raised
            return False, f"{self.name} {self.address}: {type(error).__name__}"
        version = info.get("version", {})
        product = "OpenSearch" if version.get("distribution") == "opensearch" else "Elasticsearch"
        return status != "red", f"{product} {version.get('number', '?')}, {status}"
