"""The full-text part of the database backend, per database.

Both dialects receive the same analysed words (analysis.index_words) and
the same Query, and stem with the same Snowball algorithm: PostgreSQL
through the `wzn_dutch` configuration (its `dutch` configuration with
unaccent in front), SQLite through PyStemmer's `dutch_porter`.
"""

import difflib
import json

from ..analysis import joined, stem

# Title counts more than summary, summary more than body.
WEIGHTS = (10.0, 4.0, 1.0)
SIMILAR = 0.75


def _rank_words(word, candidates, limit):
    scored = [(difflib.SequenceMatcher(None, word, c).ratio(), c) for c in candidates if c != word]
    scored = [(score, c) for score, c in scored if score >= SIMILAR]
    return [c for _, c in sorted(scored, key=lambda sc: (-sc[0], sc[1]))[:limit]]


def _boolean(query, term, and_op, or_op, near):
    """The Query as a boolean expression over `term(word)`, `near(parts)`
    and the prefix."""
    clauses = []
    for clause in query.clauses:
        alternatives = [f"({f' {and_op} '.join(term(w) for w in alternative)})"
                        for alternative in clause.alternatives]
        if clause.near:
            alternatives.append(near(clause.near))
        clauses.append(f"({f' {or_op} '.join(alternatives)})")
    if query.mode == "most":
        # Every clause but one: one AND per clause left out, ORed together.
        expression = f" {or_op} ".join(
            f"({f' {and_op} '.join(clauses[:skip] + clauses[skip + 1:])})"
            for skip in range(len(clauses)))
    else:
        joiner = f" {and_op} " if query.mode == "all" else f" {or_op} "
        expression = joiner.join(clauses)
    if query.prefix:
        prefix = term(query.prefix, prefix=True)
        expression = f"({expression}) {and_op} {prefix}" if expression else prefix
    return expression


class PostgresFullText:
    name = "PostgreSQL"
    source = "search_searchentry e"
    rank_direction = "DESC"
    config = "wzn_dutch"

    @staticmethod
    def _term(word, prefix=False):
        # Words are letters and digits only (analysis.WORD_RE): safe to quote.
        return f"'{word}':*" if prefix else f"'{word}'"

    @classmethod
    def _near(cls, parts):
        # The joined word (analysis.index_words) stands for the parts side by side.
        return cls._term(joined(parts))

    def tsquery(self, query):
        return _boolean(query, self._term, "&", "|", self._near)

    def match(self, query):
        return f"e.search_vector @@ to_tsquery('{self.config}', %s)", [self.tsquery(query)]

    def rank(self, query):
        # Ranked on the small inline vector of title (A) and summary (B): the
        # full one lives out of the row, and reading it for every match is
        # what made a common word slow. A match in the body alone ranks
        # below any match in title or summary.
        return (f"ts_rank(e.head_vector, to_tsquery('{self.config}', %s))",
                [self.tsquery(query)])

    # The facet pairs of the matches `m`, one row each. A set-returning
    # function in the select list costs a third of one joined in FROM,
    # which builds a little table per match.
    facet_rows = "(SELECT jsonb_array_elements_text(m.facets) AS value FROM m) v"

    @staticmethod
    def has_facet(pair):
        return "e.facets @> %s::jsonb", [json.dumps([pair])]

    @staticmethod
    def prepare(cursor):
        """Settings for the search's own transaction. A common word matches
        most rows, and the planner then scans the table and tests each row's
        vector, which lives out of the row: a TOAST read per row. Through the
        GIN index the matches come as an exact bitmap that needs no vector.
        JIT compiling costs more than it saves here, and the matches of a
        common word need more than the default work_mem to stay in memory."""
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL jit = off; "
                       "SET LOCAL work_mem = '32MB'")

    @staticmethod
    def lock():
        from django.db import connection
        with connection.cursor() as cursor:
            # Conflicts with itself, not with plain reads (ACCESS SHARE).
            cursor.execute("LOCK TABLE search_searchentry IN SHARE ROW EXCLUSIVE MODE")

    def analyse(self):
        """Fresh planner statistics after a bulk load, and, outside a
        transaction (as rebuild_search runs), a vacuum: store() rewrote
        every row, and until the old versions are cleared each search
        reads past them (the parents' p95 went from 40 to 36 ms at 100,000)."""
        from django.db import connection
        with connection.cursor() as cursor:
            vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            cursor.execute(f"{vacuum} search_searchentry")

    def store(self, entries):
        from django.db import connection
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE search_searchentry SET "
                f"head_vector = setweight(to_tsvector('{self.config}', title_words), 'A') || "
                f"setweight(to_tsvector('{self.config}', summary_words), 'B'), "
                f"search_vector = setweight(to_tsvector('{self.config}', title_words), 'A') || "
                f"setweight(to_tsvector('{self.config}', summary_words), 'B') || "
                f"setweight(to_tsvector('{self.config}', body_words), 'C') "
                "WHERE id = ANY(%s)", [[e.id for e in entries]])

    def remove(self, ids):
        """The vector is a column of the entry: it goes with the row."""

    def clear(self):
        """As remove()."""

    def similar_words(self, word, limit):
        from ..models import SearchWord
        candidates = SearchWord.objects.extra(
            where=["word %% %s"], params=[word],
            select={"score": "similarity(word, %s)"}, select_params=[word],
        ).order_by("-score").values_list("word", flat=True)[:limit * 4]
        return _rank_words(word, list(candidates), limit)


class SqliteFullText:
    name = "SQLite FTS5"
    source = "search_fts JOIN search_searchentry e ON e.id = search_fts.rowid"
    rank_direction = "ASC"  # bm25: lower is better

    @staticmethod
    def _term(word, prefix=False):
        if prefix:
            stemmed = stem(word)
            # A stem can be shorter than the word ("schol" for "scholen").
            return f'"{stemmed if word.startswith(stemmed) else word}"*'
        return f'"{stem(word)}"'

    @classmethod
    def _near(cls, parts):
        return cls._term(joined(parts))

    def expression(self, query):
        return _boolean(query, self._term, "AND", "OR", self._near)

    def match(self, query):
        return "search_fts MATCH %s", [self.expression(query)]

    def rank(self, query):
        return f"bm25(search_fts, {', '.join(str(w) for w in WEIGHTS)})", []

    facet_rows = "m, json_each(m.facets) v"

    @staticmethod
    def has_facet(pair):
        return "EXISTS (SELECT 1 FROM json_each(e.facets) f WHERE f.value = %s)", [pair]

    @staticmethod
    def prepare(cursor):
        """SQLite needs no settings: FTS5 answers the match itself."""

    @staticmethod
    def lock():
        """SQLite lets one writer in at a time by itself."""

    def analyse(self):
        """SQLite plans these queries well without statistics."""

    def store(self, entries):
        from django.db import connection
        rows = [(e.id, *(" ".join(stem(w) for w in words.split())
                         for words in (e.title_words, e.summary_words, e.body_words)))
                for e in entries]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts(rowid, title, summary, body) VALUES (%s, %s, %s, %s)", rows)

    def remove(self, ids):
        from django.db import connection
        with connection.cursor() as cursor:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", list(ids))

    def clear(self):
        from django.db import connection
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def similar_words(self, word, limit):
        from ..models import SearchWord
        candidates = SearchWord.objects.filter(
            word__startswith=word[:1],
        ).extra(where=["length(word) BETWEEN %s AND %s"],
                params=[len(word) - 2, len(word) + 2]).values_list("word", flat=True)
        return _rank_words(word, list(candidates), limit)


def dialect_for(connection):
    if connection.vendor == "postgresql":
        return PostgresFullText()
    if connection.vendor == "sqlite":
        return SqliteFullText()
    raise NotImplementedError(f"Database search does not support {connection.vendor}.")
