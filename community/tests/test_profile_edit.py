"""Editing one's own profile: saving, keeping input on errors, photo checks."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.services import verify_professional
from community.models import FieldVisibility, Profile
from community.services.images import STORED_MAX_SIDE
from taxonomy.tests.factories import ExpertiseFactory, OrganisationFactory, WijkFactory

from .factories import image_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def choices():
    return {
        "organisation": OrganisationFactory(name="Basisschool De Klimboom"),
        "wijken": [WijkFactory(name="Meerzicht"), WijkFactory(name="Palenstein")],
        "expertise": [ExpertiseFactory(name="Dyslexie"), ExpertiseFactory(name="ASS")],
    }


def form_data(choices, **overrides):
    data = {
        "display_name": "Anouk de Graaf",
        "function": "intern begeleider",
        "organisation": choices["organisation"].pk,
        "wijken": [w.pk for w in choices["wijken"]],
        "expertise": [choices["expertise"][0].pk],
        "bio": "Ik bereid het ondersteuningsteam voor.",
        "function_visibility": FieldVisibility.PROFESSIONALS,
        "organisation_visibility": FieldVisibility.PROFESSIONALS,
        "wijken_visibility": FieldVisibility.ONLY_ME,
        "expertise_visibility": FieldVisibility.PROFESSIONALS,
        "bio_visibility": FieldVisibility.ONLY_ME,
        "photo_visibility": FieldVisibility.PROFESSIONALS,
    }
    data.update(overrides)
    return data


def test_edit_page_needs_login(client):
    response = client.get(reverse("profile_edit"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_edit_page_has_labelled_fields_and_fieldsets(client, professional):
    client.force_login(professional)
    html = client.get(reverse("profile_edit")).content.decode()
    assert html.count("<h1") == 1
    assert re.search(r"<label[^>]* for=\"id_display_name\"", html)
    assert re.search(r"<label[^>]* for=\"id_bio\"", html)
    assert re.search(r"<legend[^>]*>Mijn expertise", html)
    assert re.search(r"<legend[^>]*>Wie ziet mijn functie", html)
    assert 'enctype="multipart/form-data"' in html


def test_profile_saves(client, professional, choices):
    client.force_login(professional)
    response = client.post(
        reverse("profile_edit"), {**form_data(choices), "photo": image_upload()}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("profile_detail", args=[professional.pk])
    profile = Profile.objects.get(pk=professional.pk)
    assert profile.display_name == "Anouk de Graaf"
    assert profile.organisation == choices["organisation"]
    assert set(profile.wijken.all()) == set(choices["wijken"])
    assert [t.name for t in profile.expertise.all()] == ["Dyslexie"]
    assert profile.wijken_visibility == FieldVisibility.ONLY_ME
    assert profile.photo.name.startswith("profielfotos/")
    assert profile.photo.name.endswith(".png")


def test_photo_is_reencoded_without_metadata_and_shrunk(client, professional, choices):
    upload = image_upload("groot.jpg", "JPEG", size=(2000, 1000))
    client.force_login(professional)
    client.post(reverse("profile_edit"), {**form_data(choices), "photo": upload})
    profile = Profile.objects.get(pk=professional.pk)
    with profile.photo.open("rb") as stored, Image.open(stored) as image:
        assert max(image.size) == STORED_MAX_SIDE
        assert not image.getexif()


def test_validation_error_keeps_every_typed_value(client, professional, choices):
    client.force_login(professional)
    data = form_data(choices, bio="x" * 601, function="zorgcoördinator")
    response = client.post(reverse("profile_edit"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'href="#id_bio"' in html
    assert 'value="Anouk de Graaf"' in html
    assert 'value="zorgcoördinator"' in html
    assert "x" * 601 in html
    for wijk in choices["wijken"]:
        assert f'value="{wijk.pk}" id="id_wijken_' in html
    assert html.count("checked") == (
        len(choices["wijken"]) + 1 + 6  # wijken, one expertise, six visibility radios
    )
    assert Profile.objects.get(pk=professional.pk).function == ""


def test_too_large_photo_is_refused_in_dutch(client, professional, choices):
    too_large = SimpleUploadedFile(
        "groot.jpg", b"\xff\xd8\xff" + b"0" * (2 * 1024 * 1024), content_type="image/jpeg"
    )
    client.force_login(professional)
    response = client.post(reverse("profile_edit"), {**form_data(choices), "photo": too_large})
    assert response.status_code == 200
    assert "Deze foto is te groot. Kies een foto van hooguit 2 MB." in response.content.decode()
    assert not Profile.objects.get(pk=professional.pk).photo


@pytest.mark.parametrize("upload", [
    SimpleUploadedFile("foto.jpg", b"dit is geen foto", content_type="image/jpeg"),
    image_upload("foto.gif", "GIF"),
], ids=["text", "gif"])
def test_non_photo_is_refused_in_dutch(client, professional, choices, upload):
    client.force_login(professional)
    response = client.post(reverse("profile_edit"), {**form_data(choices), "photo": upload})
    assert response.status_code == 200
    assert "Dit bestand is geen foto." in response.content.decode()
    assert not Profile.objects.get(pk=professional.pk).photo


def test_new_photo_replaces_and_removes_the_old_file(
    client, professional, choices, django_capture_on_commit_callbacks
):
    client.force_login(professional)
    client.post(reverse("profile_edit"), {**form_data(choices), "photo": image_upload()})
    old = Profile.objects.get(pk=professional.pk).photo
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("profile_edit"), {**form_data(choices), "photo": image_upload()})
    new = Profile.objects.get(pk=professional.pk).photo
    assert new.name != old.name
    assert new.storage.exists(new.name)
    assert not old.storage.exists(old.name)


def test_remove_photo(client, professional, choices, django_capture_on_commit_callbacks):
    client.force_login(professional)
    client.post(reverse("profile_edit"), {**form_data(choices), "photo": image_upload()})
    old = Profile.objects.get(pk=professional.pk).photo
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("profile_edit"), {**form_data(choices), "remove_photo": "on"})
    assert not Profile.objects.get(pk=professional.pk).photo
    assert not old.storage.exists(old.name)


def test_expertise_is_a_controlled_choice(client, professional, choices):
    client.force_login(professional)
    response = client.post(
        reverse("profile_edit"), form_data(choices, expertise=["Nieuwe term"])
    )
    assert response.status_code == 200
    assert 'href="#id_expertise"' in response.content.decode()
    assert not Profile.objects.get(pk=professional.pk).expertise.exists()


def test_visitor_can_edit_own_profile(client, visitor, choices):
    client.force_login(visitor)
    response = client.post(reverse("profile_edit"), form_data(choices))
    assert response.status_code == 302
    assert Profile.objects.get(pk=visitor.pk).function == "intern begeleider"


def test_profile_me_redirects_to_own_page(client, professional):
    client.force_login(professional)
    response = client.get(reverse("profile_me"))
    assert response["Location"] == reverse("profile_detail", args=[professional.pk])


# --- Accounts without a profile (they predate profiles) -------------------------

@pytest.fixture
def without_profile(professional):
    Profile.objects.filter(user=professional).delete()
    return professional


def test_reading_ones_profile_pages_makes_no_profile(client, without_profile):
    client.force_login(without_profile)

    assert client.get(reverse("profile_me"))["Location"] == reverse("profile_edit")
    page = client.get(reverse("profile_edit"))

    assert page.status_code == 200
    assert page.context["form"]["display_name"].value() == without_profile.get_full_name()
    assert not Profile.objects.filter(user=without_profile).exists()


def test_saving_the_edit_form_makes_the_profile(client, without_profile, choices):
    client.force_login(without_profile)

    response = client.post(reverse("profile_edit"), form_data(choices))

    assert response["Location"] == reverse("profile_detail", args=[without_profile.pk])
    assert Profile.objects.get(user=without_profile).display_name == "Anouk de Graaf"


def test_verification_makes_the_missing_profile(visitor, django_capture_on_commit_callbacks):
    Profile.objects.filter(user=visitor).delete()

    with django_capture_on_commit_callbacks(execute=True):
        verify_professional(visitor)

    assert Profile.objects.get(user=visitor).display_name == visitor.get_full_name()
