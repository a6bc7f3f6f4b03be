"""Fixtures for the kennisbank tests."""

import pytest

from kennisbank.glossary_terms import forget_glossary


@pytest.fixture(autouse=True)
def _fresh_glossary():
    """The glossary memo outlives a test outside requests; start each test without it."""
    forget_glossary()
    yield
    forget_glossary()


@pytest.fixture
def disk_storage(settings, tmp_path):
    """Files on disk: Wagtail's document view sends files by their path, which the
    test settings' in-memory storage does not have."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
