"""Which organisation an email address belongs to (auto-verification)."""

import pytest
from django.core.exceptions import ValidationError

from taxonomy.models import Organisation
from taxonomy.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def klimboom():
    return OrganisationFactory(email_domains="klimboom.nl\nMail.Sterrenpad.nl")


def test_exact_domain_matches(klimboom):
    assert Organisation.for_email("a.jansen@klimboom.nl") == klimboom
    assert Organisation.for_email("ib@mail.sterrenpad.nl") == klimboom


def test_match_is_case_insensitive(klimboom):
    assert Organisation.for_email("A.Jansen@KLIMBOOM.NL") == klimboom
    assert Organisation.for_email("ib@MAIL.sterrenpad.NL") == klimboom


@pytest.mark.parametrize("email", [
    "a@sub.klimboom.nl",        # a subdomain is someone else's domain
    "a@sterrenpad.nl",          # the parent of a listed subdomain
    "a@boom.nl",                # a substring of a listed domain
    "a@klimboom.nl.evil.com",
    "a@deklimboom.nl",
    "klimboom.nl",              # no local part
    "",
])
def test_other_domains_do_not_match(klimboom, email):
    assert Organisation.for_email(email) is None


def test_longer_domain_of_its_own_wins(klimboom):
    sub = OrganisationFactory(email_domains="sub.klimboom.nl")
    assert Organisation.for_email("a@sub.klimboom.nl") == sub
    assert Organisation.for_email("a@klimboom.nl") == klimboom


def test_domains_are_normalised_on_save():
    org = OrganisationFactory(email_domains=" @KlimBoom.nl \n\n sterrenpad.nl ")
    assert org.email_domains == "klimboom.nl\nsterrenpad.nl"


@pytest.mark.parametrize("domains, message", [
    ("gmail.com", "openbare maildienst"),
    ("niet een domein", "geen geldig domein"),
    ("klimboom.nl", "hoort al bij"),
])
def test_unsafe_domains_are_refused(klimboom, domains, message):
    org = OrganisationFactory.build(email_domains=domains, wijk=klimboom.wijk)
    with pytest.raises(ValidationError) as error:
        org.full_clean()
    assert message in str(error.value.message_dict["email_domains"])
