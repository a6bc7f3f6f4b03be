"""Fixtures for the accounts tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters live in the cache; with Redis they outlive a test."""
    cache.clear()
    yield
    cache.clear()
