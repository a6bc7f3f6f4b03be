"""The full-text part of the index, per database (see backends/fulltext.py).

PostgreSQL: unaccent and pg_trgm (trusted extensions: the database owner may
create them), a `wzn_dutch` text search configuration (the `dutch` one
with unaccent in front of the stemmer), a weighted tsvector column with a
GIN index, and a trigram index on the words for "Bedoelde u …?".
SQLite: an FTS5 table whose rowid is the entry's id.
"""

from django.db import migrations

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS wzn_dutch",
    "CREATE TEXT SEARCH CONFIGURATION wzn_dutch (COPY = dutch)",
    "ALTER TEXT SEARCH CONFIGURATION wzn_dutch "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem",
    "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
    "CREATE INDEX search_word_trgm ON search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_word_trgm",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS wzn_dutch",
]
SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, summary, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
]
SQLITE_REVERSE = ["DROP TABLE IF EXISTS search_fts"]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        ),
    ]
