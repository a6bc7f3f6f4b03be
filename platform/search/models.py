"""The database backend's index: one row per document, its facet values,
and the words it has seen (for "Bedoelde u …?").

The full-text part is per database and made by migration 0002: on
PostgreSQL a weighted `tsvector` column with a GIN index, on SQLite an FTS5
table `search_fts` whose rowid is the entry's id.
"""

from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=120, unique=True)
    type = models.CharField(max_length=40, db_index=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    access_token = models.CharField(max_length=40, db_index=True)
    parents = models.BooleanField(default=False, db_index=True)
    # The analysed words (see analysis.index_words), as the full-text part
    # was built from them; kept so it can be built again without the object.
    title_words = models.TextField(blank=True)
    summary_words = models.TextField(blank=True)
    body_words = models.TextField(blank=True)
    fingerprint = models.CharField(max_length=40)
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key


class SearchFacet(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=20)
    value = models.CharField(max_length=200)

    class Meta:
        indexes = [models.Index(fields=["name", "value"])]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchWord(models.Model):
    """A word seen in a title or summary: candidates for "Bedoelde u …?".
    Words are never taken out; a suggestion is only shown when it finds
    something the searcher may see, so a stale word reveals nothing."""

    word = models.CharField(max_length=60, unique=True)

    def __str__(self):
        return self.word
