"""Reference data in the CMS: for beheerders (with MFA), not for others."""

import pytest
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import enable_totp, log_in_with_mfa
from taxonomy.models import Organisation, OrganisationType, Thema
from taxonomy.tests.factories import OrganisationFactory, ThemaFactory, WijkFactory

pytestmark = pytest.mark.django_db

VIEWSETS = ["gemeenten", "wijken", "organisaties", "themas", "expertise"]


@pytest.fixture
def beheerder(user_with_role):
    """A beheerder with TOTP enrolled, as the MFA policy demands for /cms/."""
    user = user_with_role(roles.BEHEERDER)
    enable_totp(user)
    return user


@pytest.mark.parametrize("viewset", VIEWSETS)
def test_beheerder_reaches_list_and_add_pages(client, beheerder, viewset):
    log_in_with_mfa(client, beheerder)
    assert client.get(reverse(f"{viewset}:index")).status_code == 200
    assert client.get(reverse(f"{viewset}:add")).status_code == 200


def test_menu_groups_reference_data(client, beheerder):
    log_in_with_mfa(client, beheerder)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Referentiedata" in html


def test_beheerder_without_mfa_is_sent_to_set_it_up(client, user_with_role):
    client.force_login(user_with_role(roles.BEHEERDER))
    response = client.get(reverse("organisaties:index"))
    assert response.status_code == 302
    assert "Referentiedata" not in response.content.decode()


@pytest.mark.parametrize("viewset", VIEWSETS)
def test_professional_is_kept_out(client, user_with_role, viewset):
    client.force_login(user_with_role())
    response = client.get(reverse(f"{viewset}:index"), follow=True)
    assert response.status_code == 403
    assert "Geen toegang tot het beheer" in response.content.decode()
    assert "Referentiedata" not in response.content.decode()


def test_redacteur_may_not_add_terms(client, user_with_role):
    redacteur = user_with_role(roles.REDACTEUR)
    log_in_with_mfa(client, redacteur)
    response = client.post(reverse("themas:add"), {"name": "Mediawijsheid"})
    assert response.status_code in (302, 403)
    assert not Thema.objects.filter(name="Mediawijsheid").exists()


def test_organisation_list_filters_and_search(client, beheerder):
    meerzicht, palenstein = WijkFactory(name="Meerzicht"), WijkFactory(name="Palenstein")
    OrganisationFactory(name="Basisschool De Klimboom", wijk=meerzicht)
    OrganisationFactory(name="Kinderopvang Kleine Reus", type=OrganisationType.KINDEROPVANG,
                        wijk=palenstein)
    log_in_with_mfa(client, beheerder)
    url = reverse("organisaties:index")

    by_type = client.get(url, {"type": OrganisationType.KINDEROPVANG}).content.decode()
    assert "Kleine Reus" in by_type and "Klimboom" not in by_type
    by_wijk = client.get(url, {"wijk": meerzicht.pk}).content.decode()
    assert "Klimboom" in by_wijk and "Kleine Reus" not in by_wijk
    by_name = client.get(url, {"q": "klimboom"}).content.decode()
    assert "Klimboom" in by_name and "Kleine Reus" not in by_name


def test_slug_is_filled_from_the_name(client, beheerder):
    log_in_with_mfa(client, beheerder)
    response = client.post(reverse("themas:add"), {"name": "Rouw en verlies", "slug": ""})
    assert response.status_code == 302
    assert Thema.objects.get(name="Rouw en verlies").slug == "rouw-en-verlies"


def test_organisation_with_domains_and_existing_themas(client, beheerder):
    dyslexie = ThemaFactory(name="Dyslexie")
    log_in_with_mfa(client, beheerder)
    response = client.post(reverse("organisaties:add"), {
        "name": "Basisschool De Zeepbel", "slug": "", "type": OrganisationType.SCHOOL_PO,
        "wijk": WijkFactory().pk, "website": "", "email_domains": "zeepbel.nl\nZeepbel-po.nl",
        "themas": "Dyslexie, Nieuw thema", "expertise": "",
    })
    assert response.status_code == 302
    org = Organisation.objects.get(slug="basisschool-de-zeepbel")
    assert org.domain_list == ["zeepbel.nl", "zeepbel-po.nl"]
    # Thema's are a controlled vocabulary: unknown terms are not created.
    assert list(org.themas.all()) == [dyslexie]
    assert not Thema.objects.filter(name="Nieuw thema").exists()


def test_public_mail_domain_is_refused(client, beheerder):
    log_in_with_mfa(client, beheerder)
    response = client.post(reverse("organisaties:add"), {
        "name": "Iedereen", "slug": "", "type": OrganisationType.OTHER,
        "email_domains": "gmail.com", "themas": "", "expertise": "",
    })
    assert response.status_code == 200
    assert "openbare maildienst" in response.content.decode()
    assert not Organisation.objects.filter(name="Iedereen").exists()
