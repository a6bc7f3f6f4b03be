"""The database backend: PostgreSQL full text or SQLite FTS5.

Both keep the same rows (models.SearchEntry and its facets) and answer the
same SQL, except for the full-text part, which a `fulltext` dialect gives:
how words are stored, how a Query becomes a match expression and a rank.
Everything a search counts is filtered on the searcher's access tokens in
that same SQL, so hits, counts and facets cannot disagree.
"""

from django.db import connection, transaction

from ..analysis import index_words, stop_words, words
from ..documents import FACETS
from ..models import SearchEntry, SearchWord
from .base import Backend, BackendPage, Hit
from .fulltext import dialect_for

ENTRY = SearchEntry._meta.db_table
HIT_COLUMNS = ("key", "type", "title", "url", "summary", "body", "date")
BATCH = 500
# A longer body is indexed by its start: PostgreSQL refuses a text search
# vector over 1 MB, and the first 200,000 characters say what it is about.
MAX_BODY = 200_000
# Words shorter than this are not offered as corrections.
MIN_WORD = 4


def _entry(document):
    return SearchEntry(
        key=document.key, type=document.type, title=document.title[:300],
        summary=document.summary, body=document.body, url=document.url,
        date=document.date, access_token=document.access_token, parents=document.parents,
        title_words=" ".join(index_words(document.title)),
        summary_words=" ".join(index_words(document.summary)),
        body_words=" ".join(index_words(document.body[:MAX_BODY])),
        facets=[f"type={document.type}", *(f"{name}={value[:200]}"
                                          for name, value in document.facet_values())],
        fingerprint=document.fingerprint(),
    )


def _vocabulary(entries):
    """Words as people write them (not lemmas or joined parts), for "Bedoelde u"."""
    found = set()
    stops = stop_words()
    for entry in entries:
        for word in words(f"{entry.title} {entry.summary}"):
            if MIN_WORD <= len(word) <= 60 and word.isalpha() and word not in stops:
                found.add(word)
    return found


class DatabaseBackend(Backend):
    def __init__(self):
        self.fulltext = dialect_for(connection)
        self.name = self.fulltext.name

    # --- writing ----------------------------------------------------------

    def index(self, documents):
        documents = list({d.key: d for d in documents}.values())
        if not documents:
            return
        with transaction.atomic():
            self.delete([d.key for d in documents])
            entries = SearchEntry.objects.bulk_create(
                [_entry(d) for d in documents], batch_size=BATCH)
            SearchWord.objects.bulk_create(
                [SearchWord(word=w) for w in sorted(_vocabulary(entries))],
                batch_size=BATCH, ignore_conflicts=True)
            self.fulltext.store(entries)

    def delete(self, keys):
        ids = list(SearchEntry.objects.filter(key__in=list(keys)).values_list("id", flat=True))
        if ids:
            self.fulltext.remove(ids)
            SearchEntry.objects.filter(id__in=ids).delete()

    def lock(self):
        """Hold the index for writing until the transaction ends (call it
        inside one): writers take turns, readers are not held up."""
        self.fulltext.lock()

    def rebuild(self, documents, progress=None):
        """In one transaction: searches see the old index until it commits."""
        count = 0
        with transaction.atomic():
            self.lock()
            self.fulltext.clear()
            SearchEntry.objects.all().delete()
            batch = []
            for document in documents:
                batch.append(document)
                if len(batch) >= BATCH:
                    count += self._add(batch, progress, count)
                    batch = []
            count += self._add(batch, progress, count)
        self.fulltext.analyse()
        return count

    def _add(self, batch, progress, done):
        self.index(batch)
        if progress and batch:
            progress(done + len(batch))
        return len(batch)

    def fingerprints(self):
        return dict(SearchEntry.objects.values_list("key", "fingerprint"))

    # --- reading ----------------------------------------------------------

    def _where(self, query, criteria):
        """The WHERE clause (on entry `e`) and its parameters."""
        match_sql, match_params = self.fulltext.match(query)
        tokens = sorted(criteria.tokens)
        sql = [match_sql, f"e.access_token IN ({', '.join(['%s'] * len(tokens))})"]
        params = [*match_params, *tokens]
        if criteria.types:
            sql.append(f"e.type IN ({', '.join(['%s'] * len(criteria.types))})")
            params.extend(criteria.types)
        if criteria.parents_only:
            sql.append("e.parents = %s")
            params.append(True)
        for name, value in criteria.facets:
            facet_sql, facet_params = self.fulltext.has_facet(f"{name}={value}")
            sql.append(facet_sql)
            params.extend(facet_params)
        return " AND ".join(sql), params

    def search(self, query, criteria, offset=0, limit=10, facets=True, count=True):
        """One statement: the matches are found once (a materialised CTE),
        then the page of hits and, when asked, the facet counts (the type
        among them, which gives the total) are read from them."""
        if not criteria.tokens or query.is_empty:
            return BackendPage(hits=[], total=0)
        where, params = self._where(query, criteria)
        if criteria.order == "datum":
            rank_sql, rank_params, order = "0", [], "m.date DESC NULLS LAST, m.id DESC"
        else:
            rank_sql, rank_params = self.fulltext.rank(query)
            order = f"m.rank {self.fulltext.rank_direction}, m.id DESC"
        columns = ", ".join(f"e.{c}" for c in HIT_COLUMNS)
        sql = (
            f"WITH m AS MATERIALIZED (SELECT e.id, e.date, e.facets, {rank_sql} AS rank "
            f"FROM {self.fulltext.source} WHERE {where}) "
            # The page is cut first and numbered after: a LIMIT straight on
            # the matches lets the database keep only the best few while it
            # reads them, where numbering all of them would sort them all.
            f"SELECT top.position, NULL, 0, {columns} FROM ("
            f"SELECT m.id, ROW_NUMBER() OVER (ORDER BY {order}) AS position FROM ("
            f"SELECT m.id, m.rank, m.date FROM m ORDER BY {order} LIMIT %s OFFSET %s) m) top "
            f"JOIN {ENTRY} e ON e.id = top.id"
        )
        sql_params = [*rank_params, *params, limit, offset]
        if count or facets:
            nulls = ", ".join(["NULL"] * len(HIT_COLUMNS))
            sql += (f" UNION ALL SELECT NULL, v.value, COUNT(*), {nulls} "
                    f"FROM {self.fulltext.facet_rows} GROUP BY 2")
        with transaction.atomic(), connection.cursor() as cursor:
            self.fulltext.prepare(cursor)
            cursor.execute(sql, sql_params)
            rows = cursor.fetchall()
        hits = [Hit(*row[3:]) for row in sorted((r for r in rows if r[0] is not None),
                                                key=lambda r: r[0])]
        counts = {}
        for _, pair, number, *_rest in (r for r in rows if r[0] is None):
            name, _, value = pair.partition("=")
            counts.setdefault(name, {})[value] = number
        if not (count or facets):
            return BackendPage(hits=hits, total=len(hits))
        for name in FACETS:
            counts.setdefault(name, {})
        return BackendPage(hits=hits, total=sum(counts.get("type", {}).values()),
                           facets=counts if facets else {})

    def correction_candidates(self, word, limit=5):
        return self.fulltext.similar_words(word, limit)

    def health(self):
        return True, f"database ({self.name})"
