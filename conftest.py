"""Fixtures shared by every app's tests."""

import pytest

from accounts import roles
from accounts.tests.factories import PASSWORD, ProfessionalFactory, UserFactory

# Websocket fixtures: websocket, session_cookie, run, asgi_application.
pytest_plugins = ["realtime.testing"]


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def visitor(db):
    """A signed-up, email-verified account that is not (yet) a professional."""
    return UserFactory()


@pytest.fixture
def professional(db):
    return ProfessionalFactory()


@pytest.fixture
def user_with_role(db):
    """Factory fixture: `user_with_role("redacteur")` gives a professional with that role."""

    def make(*role_names):
        return UserFactory(roles=[roles.PROFESSIONAL, *role_names])

    return make


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    """Rate-limit counters live in the cache. The database cache is rolled
    back with each test's transaction; Redis is not, so clear it."""
    if settings.REDIS_URL:
        from django.core.cache import cache

        cache.clear()


@pytest.fixture(autouse=True)
def _empty_search_engine(settings):
    """The database rolls back after each test; a search engine does not, so
    empty it (only when the suite runs against one, ELASTICSEARCH_URL)."""
    if settings.ELASTICSEARCH_URL:
        from search.backends import select

        select.engine_recovered()
        select.engine().clear()


@pytest.fixture
def disk_storage(settings, tmp_path):
    """Files on disk in a temporary MEDIA_ROOT: Wagtail's document view sends files
    by their path, which the test settings' in-memory storage does not have."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path
