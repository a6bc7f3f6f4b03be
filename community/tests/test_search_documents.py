"""What the community hands to the search index: one document per post,
comment, group and profile, with the one token of its object, plain text,
the right address, and nothing a holder of that token may not read."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory
from community.models import Comment, FieldVisibility, Post
from community.search import COMMENT, GROUP, PERSON, POST
from core.tests.html import parse
from groups.models import Membership
from groups.tests.factories import CommunityGroupFactory
from search import indexing, registry
from search.models import SearchEntry
from taxonomy.models import Organisation, Wijk
from taxonomy.tests.factories import (
    ExpertiseFactory,
    OrganisationFactory,
    ThemaFactory,
    WijkFactory,
)

from .factories import professional_with_profile

pytestmark = pytest.mark.django_db
HIDDEN = FieldVisibility.ONLY_ME
COMMUNITY_TYPES = (POST, COMMENT, GROUP, PERSON)


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """`with indexed():` runs the after-commit indexing of what happens inside."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def entry(type_name, obj):
    return SearchEntry.objects.get(key=f"{type_name}:{obj.pk}")


def document(type_name, obj):
    """The document the registered type makes of `obj`, read as a rebuild reads it."""
    searchable = registry.searchable_type(type_name)
    return searchable.to_document(searchable.queryset().get(pk=obj.pk))


def post(title="Pilot leesbegeleiding", body="<p>Wie doet mee?</p>", **fields):
    fields = {"section": "doe_mee", "visibility": "professionals",
              "owner": ProfessionalFactory(), **fields}
    return Post.objects.create(title=title, body=body, **fields)


def test_the_four_types_are_registered_with_dutch_labels():
    labels = {t.name: str(t.label) for t in registry.searchable_types()}
    assert {name: labels.get(name) for name in COMMUNITY_TYPES} == {
        "bericht": "Berichten", "reactie": "Reacties", "groep": "Groepen",
        "persoon": "Collega's"}


# --- Posts ----------------------------------------------------------------


def test_a_post_is_plain_text_with_its_address_date_and_terms():
    item = post(body="<p>Wij zoeken <strong>scholen</strong>.</p><p>Meld&nbsp;u &amp; "
                     "deel</p><ul><li>lezen</li><li>spellen</li></ul>")
    item.themas.set([ThemaFactory(name="Dyslexie")])
    item.wijken.set([WijkFactory(name="Meerzicht")])

    found = document("bericht", item)
    assert (found.type, str(found.object_id), found.access_token) == (
        "bericht", str(item.pk), "professionals")
    assert found.title == "Pilot leesbegeleiding"
    assert found.body == "Wij zoeken scholen . Meld u & deel lezen spellen"
    assert "<" not in found.body
    assert found.url == reverse("doe_mee_detail", kwargs={"pk": item.pk})
    assert found.summary == "Doe mee · Dyslexie"
    assert found.date == item.created_at
    assert (found.themas, found.wijken, found.doelgroepen) == (["Dyslexie"], ["Meerzicht"], [])
    assert found.parents is False


@pytest.mark.parametrize("visibility, token", [
    ("public", "public"), ("professionals", "professionals"), ("private", "user:{owner}"),
])
def test_a_post_carries_the_token_of_its_visibility(visibility, token):
    item = post(visibility=visibility)
    assert document("bericht", item).access_token == token.format(owner=item.owner_id)


@pytest.mark.parametrize("kind, token", [
    ("open", "professionals"), ("closed", "group:{group}"), ("secret", "group:{group}"),
])
def test_a_group_post_carries_the_token_its_group_allows(kind, token):
    group = CommunityGroupFactory(visibility=kind)
    item = post(section="group", access_group=group, visibility="professionals")

    found = document("bericht", item)
    assert found.access_token == token.format(group=group.pk)
    assert found.url == reverse("group_post", kwargs={"slug": group.slug, "pk": item.pk})
    assert found.summary == f"Groepsbericht in {group.name}"


def test_a_hidden_post_and_a_private_post_without_owner_are_not_findable():
    hidden = post(hidden_at=timezone.now())
    orphan = post(visibility="private")
    orphan.owner.delete()

    assert document("bericht", hidden) is None
    assert document("bericht", orphan) is None


# --- Comments ---------------------------------------------------------------


def test_a_comment_is_found_where_its_post_is_under_its_own_anchor(client):
    group = CommunityGroupFactory(visibility="closed")
    item = post(section="group", access_group=group)
    comment = Comment.objects.create(post=item, author=item.owner,
                                     body="<p>Goed plan, <em>wij</em> doen mee.</p>")

    found = document("reactie", comment)
    assert found.access_token == f"group:{group.pk}"
    assert found.title == "Reactie op Pilot leesbegeleiding"
    assert found.body == "Goed plan, wij doen mee."
    address, anchor = found.url.split("#")
    assert address == item.get_absolute_url() and anchor == f"reactie-{comment.pk}"
    # The anchor is the one the post's page gives the comment.
    Membership.objects.create(group=group, user=item.owner, role="owner")
    client.force_login(item.owner)
    assert parse(client.get(address)).find(id=anchor) is not None


def test_hidden_comments_replies_under_them_and_comments_of_hidden_posts_are_not_findable():
    item = post()
    hidden = Comment.objects.create(post=item, body="Weg", hidden_at=timezone.now())
    reply = Comment.objects.create(post=item, parent=hidden, body="Antwoord")
    shown = Comment.objects.create(post=item, body="Blijft")

    assert document("reactie", hidden) is None
    assert document("reactie", reply) is None
    assert document("reactie", shown) is not None
    item.hidden_at = timezone.now()
    item.save()
    assert document("reactie", shown) is None


# --- Groups -----------------------------------------------------------------


@pytest.mark.parametrize("kind, token, label", [
    ("open", "professionals", "Open groep"),
    ("closed", "professionals", "Besloten groep"),
    ("secret", "group:{group}", "Geheime groep"),
])
def test_a_secret_group_is_found_by_its_members_only(kind, token, label):
    group = CommunityGroupFactory(visibility=kind, name="Thuiszitters Noord",
                                  description="Samen zoeken naar een plek.")
    group.wijken.set([WijkFactory(name="Noordhove")])

    found = document("groep", group)
    assert found.access_token == token.format(group=group.pk)
    assert (found.title, found.body, found.summary) == (
        "Thuiszitters Noord", "Samen zoeken naar een plek.", label)
    assert found.url == reverse("group_detail", kwargs={"slug": group.slug})
    assert found.wijken == ["Noordhove"]


# --- Profiles ---------------------------------------------------------------


def full_profile(**visibility):
    """Anouk's profile with every field filled; the terms are shared by all."""
    organisation = (Organisation.objects.filter(name="De Regenboog").first()
                    or OrganisationFactory(name="De Regenboog"))
    wijk = Wijk.objects.filter(name="Meerzicht").first() or WijkFactory(name="Meerzicht")
    _user, profile = professional_with_profile(
        display_name="Anouk de Graaf", function="Logopedist", bio="Veel ervaring met nieuwkomers.",
        organisation=organisation, **visibility)
    profile.wijken.set([wijk])
    profile.expertise.set([ExpertiseFactory(name="Dyslexie")])
    return profile


def test_a_profile_shows_every_field_its_owner_shares():
    profile = full_profile()

    found = document("persoon", profile)
    assert (found.title, found.access_token) == ("Anouk de Graaf", "professionals")
    assert found.url == reverse("profile_detail", kwargs={"pk": profile.pk})
    text = f"{found.summary} {found.body}"
    for shown in ("Logopedist", "De Regenboog", "Meerzicht", "Dyslexie", "nieuwkomers"):
        assert shown in text
    assert found.wijken == ["Meerzicht"] and found.themas == [] and found.doelgroepen == []


@pytest.mark.parametrize("field, words", [
    ("function", "Logopedist"), ("organisation", "De Regenboog"), ("wijken", "Meerzicht"),
    ("expertise", "Dyslexie"), ("bio", "nieuwkomers"),
])
def test_a_field_kept_to_oneself_is_nowhere_in_the_document(field, words):
    profile = full_profile(**{f"{field}_visibility": HIDDEN})

    found = document("persoon", profile)
    everything = " ".join([found.title, found.summary, found.body, found.url,
                           *(value for _name, value in found.facet_values())])
    assert words not in everything
    assert found.fingerprint() != document("persoon", full_profile()).fingerprint()


def test_only_active_verified_professionals_not_hidden_are_findable():
    shown = full_profile()
    visitor = UserFactory().profile
    blocked = full_profile()
    blocked.user.is_active = False
    blocked.user.save()
    hidden = full_profile(hidden_at=timezone.now())
    former = full_profile()
    former.user.groups.remove(Group.objects.get(name=roles.PROFESSIONAL))

    assert document("persoon", shown) is not None
    for profile in (visitor, blocked, hidden, former):
        assert document("persoon", profile) is None


# --- Deleted terms -------------------------------------------------------------


def test_a_deleted_thema_or_wijk_leaves_the_facets_of_posts_and_groups(indexed):
    """Django deletes the links before the term, so the objects are looked up first."""
    thema, wijk = ThemaFactory(name="Dyslexie"), WijkFactory(name="Noord")
    with indexed():
        item = post()
        item.themas.set([thema])
        item.wijken.set([wijk])
        group = CommunityGroupFactory()
        group.themas.set([thema])
        group.wijken.set([wijk])
    for type_name, obj in [(POST, item), (GROUP, group)]:
        assert {"thema=Dyslexie", "wijk=Noord"} <= set(entry(type_name, obj).facets)

    with indexed():
        thema.delete()
        wijk.delete()

    for type_name, obj in [(POST, item), (GROUP, group)]:
        found = entry(type_name, obj)
        assert not {"thema=Dyslexie", "wijk=Noord"} & set(found.facets)
        assert "Dyslexie" not in found.summary


def test_a_deleted_organisation_wijk_or_expertise_leaves_the_profiles(indexed):
    with indexed():
        profile = full_profile()
    found = entry(PERSON, profile)
    assert "De Regenboog" in found.summary and "wijk=Meerzicht" in found.facets
    assert "Dyslexie" in found.body

    with indexed():
        Organisation.objects.get(name="De Regenboog").delete()
        Wijk.objects.get(name="Meerzicht").delete()

    found = entry(PERSON, profile)
    assert "De Regenboog" not in found.summary and "wijk=Meerzicht" not in found.facets
    assert "Meerzicht" not in found.body

    with indexed():
        profile.expertise.get(name="Dyslexie").delete()

    assert "Dyslexie" not in entry(PERSON, profile).body


# --- A rebuild reads each type in a fixed number of queries -----------------


def test_a_rebuild_does_not_query_per_object():
    def world(count):
        for n in range(count):
            group = CommunityGroupFactory(visibility=["open", "closed", "secret"][n % 3])
            group.themas.set([ThemaFactory()])
            item = post(section="group", access_group=group)
            item.themas.set([ThemaFactory()])
            item.wijken.set([WijkFactory()])
            Comment.objects.create(post=item, body="Reactie",
                                   parent=Comment.objects.create(post=item, body="Eerste"))
            full_profile()

    def queries():
        counts = {}
        for name in COMMUNITY_TYPES:
            with CaptureQueriesContext(connection) as captured:
                documents = list(indexing.all_documents(registry.searchable_type(name)))
            assert documents
            counts[name] = len(captured)
        return counts

    world(2)
    few = queries()
    world(5)
    assert queries() == few
