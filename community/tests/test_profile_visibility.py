"""Who sees a profile page, its fields and its photo."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import ProfessionalFactory
from community.models import FieldVisibility
from community.views.profiles import profile_detail
from taxonomy.tests.factories import ExpertiseFactory, WijkFactory

from .factories import image_upload, professional_with_profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner():
    user, profile = professional_with_profile(
        display_name="Anouk de Graaf",
        function="intern begeleider", function_visibility=FieldVisibility.ONLY_ME,
        bio="Vraag me over dyslexie.", bio_visibility=FieldVisibility.PROFESSIONALS,
    )
    profile.photo.save("foto.png", ContentFile(image_upload().read()))
    return user


def page(client, viewer, owner):
    if viewer is not None:
        client.force_login(viewer)
    return client.get(reverse("profile_detail", args=[owner.pk]))


def photo(client, viewer, owner):
    if viewer is not None:
        client.force_login(viewer)
    return client.get(reverse("profile_photo", args=[owner.pk]))


def test_owner_sees_every_field_and_what_is_hidden(client, owner):
    response = page(client, owner, owner)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Anouk de Graaf" in html
    assert "intern begeleider" in html
    assert "alleen voor u zichtbaar" in html
    assert "Vraag me over dyslexie." in html
    assert reverse("profile_edit") in html


def test_other_professional_sees_only_shared_fields(client, owner, professional):
    response = page(client, professional, owner)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Anouk de Graaf" in html
    assert "Vraag me over dyslexie." in html
    assert "intern begeleider" not in html
    assert reverse("profile_edit") not in html


@pytest.mark.parametrize("get", [page, photo], ids=["page", "photo"])
def test_visitor_and_anonymous_get_404(client, owner, visitor, get):
    assert get(client, None, owner).status_code == 404
    assert get(client, visitor, owner).status_code == 404


def test_inactive_professional_profile_is_gone(client, owner, professional):
    owner.is_active = False
    owner.save()
    assert page(client, professional, owner).status_code == 404


def test_visitor_profile_is_seen_by_its_owner_only(client, visitor, professional):
    assert page(client, visitor, visitor).status_code == 200
    client.logout()
    assert page(client, professional, visitor).status_code == 404


def test_photo_for_professionals(client, owner, professional):
    response = photo(client, professional, owner)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_hidden_photo_only_for_owner(client, owner, professional):
    owner.profile.photo_visibility = FieldVisibility.ONLY_ME
    owner.profile.save()
    assert photo(client, professional, owner).status_code == 404
    assert reverse("profile_photo", args=[owner.pk]) not in page(
        client, professional, owner).content.decode()
    client.logout()
    assert photo(client, owner, owner).status_code == 200


def test_no_photo_is_404(client, professional):
    assert photo(client, professional, professional).status_code == 404


@pytest.mark.parametrize("count", [1, 4])
def test_profile_page_query_count(rf, owner, django_assert_num_queries, count):
    """The page makes the same queries for every profile, however many wijken
    and terms it has: the viewer's roles and groups (access tokens), the
    profile with its organisation, its wijken, its expertise, and the
    header's unread notifications.

    The view is called directly so session and middleware queries, which
    belong to other apps, do not blur the count.
    """
    owner.profile.wijken.set(WijkFactory.create_batch(count))
    terms = ExpertiseFactory.create_batch(count)
    owner.profile.expertise.set(terms)
    request = rf.get(reverse("profile_detail", args=[owner.pk]))
    request.user = User.objects.get(pk=ProfessionalFactory().pk)
    with django_assert_num_queries(6):
        response = profile_detail(request, pk=owner.pk)
    assert response.status_code == 200
    assert all(f"<li>{term.name}</li>" in response.content.decode() for term in terms)


def test_a_profile_a_moderator_hid_is_gone_for_others_but_not_for_its_owner(client):
    from django.utils import timezone

    from community.services.profiles import update_profile

    owner, profile = professional_with_profile(display_name="Verborgen Persoon")
    update_profile(profile, {"photo": image_upload()})
    profile.hidden_at = timezone.now()
    profile.save()
    urls = [reverse("profile_detail", args=[owner.pk]), reverse("profile_photo", args=[owner.pk])]

    client.force_login(ProfessionalFactory())
    assert [client.get(url).status_code for url in urls] == [404, 404]
    assert "Verborgen Persoon" not in client.get(reverse("my_network")).content.decode()
    client.force_login(owner)
    assert [client.get(url).status_code for url in urls] == [200, 200]
