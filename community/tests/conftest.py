"""Fixtures for the community tests."""

import pytest

from accounts import roles
from accounts.tests.factories import UserFactory


@pytest.fixture
def professional(db):
    """A verified professional.

    Shadows the root fixture: ProfessionalFactory's plain `roles` list
    replaces UserFactory's post-generation hook and reaches User() as a
    keyword. Remove once that factory is fixed.
    """
    return UserFactory(roles=[roles.PROFESSIONAL])
