"""Deleting an account in the CMS runs the pillars' erasers too, as deleting
one's own account does: the community profile goes. (The platform's part,
sessions ending, is tested in platform/accounts/tests/test_cms_users.py.)"""

import pytest

from accounts.tests.factories import UserFactory, log_in_with_mfa
from community.models import Profile

pytestmark = pytest.mark.django_db


def test_deleting_an_account_in_the_cms_deletes_its_profile(client, visitor):
    assert Profile.objects.filter(pk=visitor.pk).exists()
    log_in_with_mfa(client, UserFactory(is_superuser=True))

    response = client.post(f"/cms/users/delete/{visitor.pk}/")

    assert response.status_code == 302
    assert not Profile.objects.filter(pk=visitor.pk).exists()
