"""Fixtures for the kennisbank tests."""

import pytest

from kennisbank.glossary.current import forget_glossary


@pytest.fixture(autouse=True)
def _fresh_glossary():
    """The glossary memo outlives a test outside requests; start each test without it."""
    forget_glossary()
    yield
    forget_glossary()

