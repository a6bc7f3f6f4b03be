"""Beheerders assign roles in the CMS; only superusers make superusers.

Needs "accounts.cms_users.WagtailUsersConfig" in INSTALLED_APPS in place
of "wagtail.users".
"""

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import User
from accounts.tests.factories import UserFactory, log_in_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def beheerder(client, user_with_role):
    user = user_with_role(roles.BEHEERDER)
    log_in_with_mfa(client, user)
    return user


def edit_url(user):
    return f"/cms/users/edit/{user.pk}/"


def form_data(user, **changes):
    data = {"email": user.email, "first_name": user.first_name, "last_name": user.last_name,
            "is_active": "on", "groups": []}
    data.update(changes)
    return data


def test_a_beheerder_gives_a_user_a_role(client, beheerder, visitor):
    redacteur = Group.objects.get(name=roles.REDACTEUR)
    professional = Group.objects.get(name=roles.PROFESSIONAL)

    response = client.post(
        edit_url(visitor), form_data(visitor, groups=[redacteur.pk, professional.pk])
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    visitor = User.objects.get(pk=visitor.pk)
    assert visitor.role_names == {roles.REDACTEUR, roles.PROFESSIONAL}


def test_a_beheerder_cannot_make_a_superuser(client, beheerder, visitor):
    page = client.get(edit_url(visitor)).content.decode()
    assert 'name="is_superuser"' not in page

    client.post(edit_url(visitor), form_data(visitor, is_superuser="on"))

    visitor.refresh_from_db()
    assert not visitor.is_superuser


def test_a_beheerder_cannot_edit_a_superuser(client, beheerder):
    admin = UserFactory(is_superuser=True)

    response = client.post(edit_url(admin), form_data(admin, is_active=""))

    assert response.status_code == 302
    assert response["Location"] == "/cms/"
    admin.refresh_from_db()
    assert admin.is_active


def test_a_superuser_may_grant_the_flag(client, visitor):
    admin = UserFactory(is_superuser=True)
    log_in_with_mfa(client, admin)

    client.post(edit_url(visitor), form_data(visitor, is_superuser="on"))

    visitor.refresh_from_db()
    assert visitor.is_superuser


def test_deleting_an_account_in_the_cms_runs_the_erasers(client, visitor, password):
    """As with deleting one's own account: sessions end. (The profile goes
    too: tests/test_cms_account_deletion.py, as it lives in the community.)"""
    from django.contrib.sessions.models import Session
    from django.test import Client

    elsewhere = Client()
    elsewhere.post("/account/login/", {"login": visitor.email, "password": password})
    session_key = elsewhere.session.session_key
    assert Session.objects.filter(session_key=session_key).exists()
    admin = UserFactory(is_superuser=True)
    log_in_with_mfa(client, admin)

    response = client.post(f"/cms/users/delete/{visitor.pk}/")

    assert response.status_code == 302
    assert not User.objects.filter(pk=visitor.pk).exists()
    assert not Session.objects.filter(session_key=session_key).exists()
