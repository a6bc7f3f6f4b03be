"""The database backend's index: one row per document, and the words it
has seen (for "Bedoelde u …?").

The full-text part is per database and made by migrations 0002 and 0003:
on PostgreSQL a weighted `tsvector` of everything with a GIN index (kept out
of the row, so counting matches reads narrow rows) and a small inline one
of title and summary for ranking; on SQLite an FTS5 table `search_fts`
whose rowid is the entry's id.
"""

from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=120, unique=True)
    type = models.CharField(max_length=40)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    # No indexes on type, access token or the parents flag: every search
    # has a word to match, and the full-text index finds those rows best.
    # An index on a common token (public, professionals) once led
    # PostgreSQL to test the word on each row of that token instead.
    access_token = models.CharField(max_length=40)
    parents = models.BooleanField(default=False)
    # The analysed words (see analysis.index_words), as the full-text part
    # was built from them; kept so it can be built again without the object.
    title_words = models.TextField(blank=True)
    summary_words = models.TextField(blank=True)
    body_words = models.TextField(blank=True)
    # "type=kennis", "thema=Dyslexie", ...: counted for the facets in the
    # same query that finds the matches (jsonb on PostgreSQL, JSON text on SQLite).
    facets = models.JSONField(default=list)
    fingerprint = models.CharField(max_length=40)
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key


class SearchWord(models.Model):
    """A word seen in a title or summary: candidates for "Bedoelde u …?".
    Words are never taken out; a suggestion is only shown when it finds
    something the searcher may see, so a stale word reveals nothing."""

    word = models.CharField(max_length=60, unique=True)

    def __str__(self):
        return self.word
