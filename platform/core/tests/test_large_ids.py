"""A number in the address too large for the database is "not found", not a
500: SQLite refuses integers beyond 64 bits with an OverflowError."""

import pytest

from accounts.tests.factories import ProfessionalFactory
from groups.models import Membership
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db

TOO_LARGE = "99999999999999999999"


@pytest.fixture
def member(client):
    """A professional who owns a group, signed in; the group's slug."""
    user = ProfessionalFactory()
    group = CommunityGroupFactory()
    MembershipFactory(group=group, user=user, role=Membership.Role.OWNER)
    client.force_login(user)
    client.raise_request_exception = False
    return group.slug


@pytest.mark.parametrize("path", [
    f"/profiel/{TOO_LARGE}/",
    f"/profiel/{TOO_LARGE}/foto/",
    f"/profiel/{TOO_LARGE}/contact/",
    f"/praat-mee/{TOO_LARGE}/",
    f"/groepen/{{group}}/berichten/{TOO_LARGE}/",
    f"/groepen/{{group}}/acties/{TOO_LARGE}/wijzigen/",
    f"/bijlagen/{TOO_LARGE}/verslag.pdf",
    f"/melden/bericht/{TOO_LARGE}/",
    f"/documenten/{TOO_LARGE}/verslag.pdf",
])
def test_a_too_large_id_is_not_found(client, member, path):
    assert client.get(path.format(group=member)).status_code == 404


@pytest.mark.parametrize("path", [
    f"/berichten/{TOO_LARGE}/volgen/",
    f"/berichten/{TOO_LARGE}/reageer/",
    f"/groepen/{{group}}/leden/{TOO_LARGE}/rol/",
    f"/groepen/{{group}}/aanvragen/{TOO_LARGE}/",
])
def test_a_form_sent_to_a_too_large_id_is_not_found(client, member, path):
    response = client.post(path.format(group=member), {"soort": "eens", "role": "manager"})

    assert response.status_code == 404


@pytest.mark.parametrize("query", [f"thema={TOO_LARGE}", f"wijk={TOO_LARGE}",
                                   f"pagina={TOO_LARGE}"])
@pytest.mark.parametrize("listing", ["/agenda/", "/praat-mee/", "/sociale-kaart/"])
def test_a_too_large_filter_value_is_no_server_error(client, member, listing, query):
    assert client.get(f"{listing}?{query}").status_code < 500
