"""The one search service.

`service.search(query, user, ...)` answers every search box of the site:
the header, /zoeken/, the parents' search and Mijn netwerk. Pillars say what
they index by registering a `registry.SearchableType` in their
`AppConfig.ready()`: a model, the objects to index and how one object
becomes a `documents.Document`. Each document carries the one access token
of its object (`access.tokens.index_tokens`); every query is filtered on
`access.tokens.tokens_for(user)`, in hits, counts, facets, suggestions and
autocomplete alike.

Backends (`backends/`): the database (PostgreSQL full text or SQLite FTS5),
always kept up to date, and an Elasticsearch-API engine when
ELASTICSEARCH_URL is set. The Dutch analysis that both database backends
share lives in `analysis.py`; synonyms come from data editors keep
(`synonyms.py`).
"""
