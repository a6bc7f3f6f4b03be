"""Fixtures for the search contract: the same tests on every backend.

`search_backend` is "database" (SQLite, or PostgreSQL when DATABASE_URL
points there) and, when ELASTICSEARCH_URL is set in the environment, also
"engine". Tests index plain Documents and ask the service, so the contract
holds for whatever answers in production.
"""

import os

import pytest

from search import registry, synonyms
from search.backends import select

ENGINE_URL = os.environ.get("ELASTICSEARCH_URL", "")
BACKENDS = ["database", *(["engine"] if ENGINE_URL else [])]


@pytest.fixture
def clean_registry():
    """Register test types and synonyms; the app's own come back afterwards."""
    saved = {name: dict(getattr(registry, name)) for name in
             ("_types", "_triggers", "_synonym_sources", "_answer_sources")}
    yield registry
    for name, value in saved.items():
        getattr(registry, name).clear()
        getattr(registry, name).update(value)
    synonyms.forget()


@pytest.fixture(params=BACKENDS)
def search_backend(request, settings, db, clean_registry):
    settings.ELASTICSEARCH_URL = ENGINE_URL if request.param == "engine" else ""
    select.engine_recovered()
    backends = select.indexing()
    for backend in backends:
        backend.rebuild([])
    yield backends[-1]
    for backend in backends:
        backend.rebuild([])
