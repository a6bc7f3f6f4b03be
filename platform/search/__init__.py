"""The one search service (to be built).

`search(query, user, filters) -> results, facets` over every content type,
with two backends behind it: the database (PostgreSQL full-text with the
`dutch` configuration, SQLite FTS5 for the embedded default) and
Elasticsearch (settings.SEARCH_BACKEND). Each indexed document stores
`access.tokens.index_tokens(obj)`; every query is filtered on
`access.tokens.tokens_for(user)`, so results only hold what the user may see.
"""
