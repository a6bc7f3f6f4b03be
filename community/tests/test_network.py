"""Mijn netwerk: who may search, every filter, hidden fields neither shown nor
found, moderation, "Neem contact op" without disclosing an address, the
hourly limit and a fixed number of queries."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import include, path, reverse
from django.utils import timezone

from access.tokens import tokens_for
from accounts.tests.factories import ProfessionalFactory, UserFactory, log_in_with_mfa
from community.models import FieldVisibility, Profile
from community.services.network import CONTACT_RATE_ACTION, send_contact_message
from core.listing import UNKNOWN_CHOICE
from core.tests.html import parse
from core.tests.queries import assert_links_to
from search.indexing import index_now
from search.service import object_ids
from taxonomy.models import OrganisationType
from taxonomy.tests.factories import ExpertiseFactory, OrganisationFactory, WijkFactory

from .factories import professional_with_profile

pytestmark = pytest.mark.django_db
HIDDEN = FieldVisibility.ONLY_ME

# A URLconf with a stand-in for the moderation's report page, to see the link.
urlpatterns = [
    path("", include("config.urls")),
    path("test-melden/<int:pk>/", lambda request, pk: HttpResponse(), name="report_profile"),
]


def colleague(name, *, wijken=(), expertise=(), **fields):
    """A verified professional's profile with these field values, in the
    search index (the free text "zoek" asks the search engine)."""
    _user, profile = professional_with_profile(display_name=name, **fields)
    profile.wijken.set(wijken)
    profile.expertise.set(expertise)
    index_now(profile)
    return profile


def listed(client, query=""):
    soup = parse(client.get(f"{reverse('my_network')}?{query}"))
    return [a.get_text() for a in soup.select(".card__title a")]


def cards_text(client, query=""):
    soup = parse(client.get(f"{reverse('my_network')}?{query}"))
    return " ".join(card.get_text(" ") for card in soup.select(".card"))


@pytest.fixture
def viewer(client):
    user = ProfessionalFactory()
    client.force_login(user)
    return user


# --- Who may search ---------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client):
    target = colleague("Anouk de Graaf")
    for url in (reverse("my_network"), reverse("profile_contact", args=[target.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_an_unverified_visitor_is_told_why_and_sees_no_one(client):
    target = colleague("Anouk de Graaf")
    client.force_login(UserFactory())

    response = client.get(reverse("my_network"))
    assert response.status_code == 403
    text = parse(response).find("main").get_text()
    assert "nog niet geverifieerd" in text and "Anouk" not in text
    assert client.get(reverse("profile_contact", args=[target.pk])).status_code == 404


@pytest.mark.parametrize("role", ["professional", "moderator", "beheerder"])
def test_professionals_whatever_their_role_see_only_shared_fields(client, user_with_role, role):
    colleague("Anouk de Graaf", function="orthopedagoog",
              bio="Ik weet veel van dyslexie.", bio_visibility=HIDDEN,
              wijken=[WijkFactory(name="Meerzicht")], wijken_visibility=HIDDEN)
    user = user_with_role(role) if role != "professional" else ProfessionalFactory()
    if role == "professional":
        client.force_login(user)
    else:
        log_in_with_mfa(client, user)

    assert listed(client) == sorted(["Anouk de Graaf", user.profile.display_name])
    text = cards_text(client)
    assert "orthopedagoog" in text and "Meerzicht" not in text
    assert listed(client, "zoek=dyslexie") == []
    target = Profile.objects.get(display_name="Anouk de Graaf")
    assert client.get(reverse("profile_contact", args=[target.pk])).status_code == 200


def test_only_active_verified_professionals_are_listed(client, viewer):
    colleague("Anouk de Graaf")
    colleague("Bram Smit").user.groups.clear()
    inactive = colleague("Chris Bakker").user
    inactive.is_active = False
    inactive.save()

    assert "Anouk de Graaf" in listed(client)
    assert not {"Bram Smit", "Chris Bakker"} & set(listed(client))


def test_a_profile_hidden_by_a_moderator_is_left_out_except_for_its_owner(client, viewer):
    hidden = colleague("Anouk de Graaf", hidden_at=timezone.now())
    mine = viewer.profile
    mine.hidden_at = timezone.now()
    mine.save()

    assert listed(client) == [mine.display_name]
    assert client.get(reverse("profile_contact", args=[hidden.pk])).status_code == 404


# --- Filters ----------------------------------------------------------------


def test_filters_on_expertise_kind_of_organisation_function_and_wijk(client, viewer):
    dyslexie, ass = ExpertiseFactory(name="Dyslexie"), ExpertiseFactory(name="ASS")
    meerzicht, palenstein = WijkFactory(name="Meerzicht"), WijkFactory(name="Palenstein")
    colleague("Anouk", function="Intern begeleider", expertise=[dyslexie], wijken=[meerzicht],
              organisation=OrganisationFactory(type=OrganisationType.SCHOOL_PO))
    colleague("Bram", function="Jeugdverpleegkundige", expertise=[ass, dyslexie],
              wijken=[palenstein, meerzicht],
              organisation=OrganisationFactory(type=OrganisationType.JGZ))

    assert listed(client, f"expertise={dyslexie.slug}") == ["Anouk", "Bram"]
    assert listed(client, f"expertise={ass.slug}") == ["Bram"]
    assert listed(client, "soort=jgz") == ["Bram"]
    assert listed(client, "functie=intern") == ["Anouk"]
    assert listed(client, f"wijk={palenstein.slug}") == ["Bram"]
    assert listed(client, f"wijk={meerzicht.slug}&soort=school_po") == ["Anouk"]


@pytest.mark.parametrize("words, found", [
    ("anouk", "Anouk"), ("logopedist", "Anouk"), ("vlieger", "Anouk"),
    ("thuiszitters", "Anouk"), ("taal", "Anouk"), ("anouk logopedist", "Anouk"),
    ("anouk jgz", None),
])
def test_free_text_searches_name_function_organisation_bio_and_expertise(
        client, viewer, words, found):
    colleague("Anouk", function="Logopedist", bio="Veel ervaring met thuiszitters.",
              organisation=OrganisationFactory(name="De Vlieger"),
              expertise=[ExpertiseFactory(name="Cluster 2 taal/spraak")])
    colleague("Bram", function="Jeugdverpleegkundige JGZ")

    assert listed(client, f"zoek={words}") == ([found] if found else [])


def test_an_unknown_choice_is_explained_and_ignored(client, viewer):
    colleague("Anouk")

    soup = parse(client.get(f"{reverse('my_network')}?expertise=bestaat-niet&soort=raar"))
    assert soup.find(class_="filters").get_text().count(str(UNKNOWN_CHOICE)) == 2
    assert "Anouk" in [a.get_text() for a in soup.select(".card__title a")]


# --- Hidden fields: not shown, not found ------------------------------------


def _hidden_field_cases():
    """(field, profile values, query that would find it, text that shows it)."""
    return [
        ("function", {"function": "Logopedist"}, "functie=logopedist", "Logopedist"),
        ("function", {"function": "Logopedist"}, "zoek=logopedist", "Logopedist"),
        ("organisation", {"organisation": lambda: OrganisationFactory(
            name="De Regenboog", type=OrganisationType.CJG)}, "soort=cjg", "De Regenboog"),
        ("organisation", {"organisation": lambda: OrganisationFactory(
            name="De Regenboog")}, "zoek=regenboog", "De Regenboog"),
        ("wijken", {"wijken": lambda: [WijkFactory(name="Meerzicht", slug="meerzicht")]},
         "wijk=meerzicht", "Meerzicht"),
        ("expertise", {"expertise": lambda: [ExpertiseFactory(name="Dyslexie")]},
         "expertise=dyslexie", "Dyslexie"),
        ("expertise", {"expertise": lambda: [ExpertiseFactory(name="Dyslexie")]},
         "zoek=dyslexie", "Dyslexie"),
        ("bio", {"bio": "Vraag me over nieuwkomers."}, "zoek=nieuwkomers", None),
    ]


def _profile_with(values, visibility, field, name="Anouk"):
    fields = {key: value() if callable(value) else value for key, value in values.items()}
    return colleague(name, **fields, **{f"{field}_visibility": visibility})


@pytest.mark.parametrize("field, values, query, shown_as", _hidden_field_cases())
@pytest.mark.parametrize("visibility", [FieldVisibility.PROFESSIONALS, HIDDEN])
def test_a_hidden_field_is_neither_shown_nor_found(
        client, viewer, field, values, query, shown_as, visibility):
    _profile_with(values, visibility, field)
    shared = visibility == FieldVisibility.PROFESSIONALS

    assert (listed(client, query) == ["Anouk"]) is shared
    if shown_as:
        assert (shown_as in cards_text(client)) is shared


@pytest.mark.parametrize("field, values, query, shown_as", _hidden_field_cases())
def test_the_owner_finds_their_own_hidden_fields(client, field, values, query, shown_as):
    profile = _profile_with(values, HIDDEN, field)
    client.force_login(profile.user)

    assert listed(client, query) == ["Anouk"]


def test_a_hidden_photo_is_not_shown(client, viewer):
    from django.core.files.base import ContentFile

    from .factories import image_upload

    shared = colleague("Anouk")
    hidden = colleague("Bram", photo_visibility=HIDDEN)
    for profile in (shared, hidden):
        profile.photo.save("foto.png", ContentFile(image_upload().read()))

    sources = [img["src"] for img in parse(client.get(reverse("my_network"))).select(".card img")]
    assert sources == [reverse("profile_photo", args=[shared.pk])]


# --- Listing ----------------------------------------------------------------


def test_sorted_by_name_twenty_per_page(client, viewer):
    viewer.profile.display_name = "Zeger"
    viewer.profile.save()
    for name in ("bram", "Anouk", *(f"Collega {n:02}" for n in range(22))):
        colleague(name)

    first = listed(client)
    assert first[:3] == ["Anouk", "bram", "Collega 00"] and len(first) == 20
    assert listed(client, "pagina=2")[-1] == "Zeger"


def test_queries_do_not_grow_with_the_number_of_profiles(client, viewer):
    po = OrganisationType.SCHOOL_PO
    expertise = [ExpertiseFactory(name="Dyslexie"), ExpertiseFactory(name="ASS")]
    wijken = [WijkFactory(), WijkFactory()]

    profiles = []

    def add(count):
        for _ in range(count):
            profiles.append(colleague(
                "Collega", function="Intern begeleider", expertise=expertise, wijken=wijken,
                organisation=OrganisationFactory(type=po)))

    def queries(query):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"{reverse('my_network')}?{query}")
        assert response.status_code == 200
        # Every colleague made is on the page (15 fit on one): an empty list is cheap too.
        assert_links_to(response, [reverse("profile_detail", args=[p.pk]) for p in profiles])
        return len(captured)

    filtered = "zoek=begeleider&soort=school_po&expertise=dyslexie"
    add(2)
    queries(filtered)  # the session's first request records it; not part of the page
    few = [queries(""), queries(filtered)]
    add(13)
    # One of these loads the glossary, which writes out "ASS" in the expertise filter.
    # The free text adds what one question to the search service costs (the
    # page has read the viewer's access tokens already).
    tokens_for(viewer)
    with CaptureQueriesContext(connection) as asked:
        object_ids("begeleider", viewer, "persoon")
    # One of them is the header's notification count.
    assert [queries(""), queries(filtered)] == few == [17, 18 + len(asked)]


# --- Neem contact op --------------------------------------------------------


@pytest.fixture
def recipient():
    return colleague("Anouk de Graaf")


def contact(client, recipient, **data):
    return client.post(reverse("profile_contact", args=[recipient.pk]), data)


def test_the_form_does_not_show_the_recipients_address(client, viewer, recipient):
    response = client.get(reverse("profile_contact", args=[recipient.pk]))

    assert response.status_code == 200
    assert recipient.user.email not in response.content.decode()
    assert [h1.get_text() for h1 in parse(response).find_all("h1")] == [
        "Neem contact op met Anouk de Graaf"]


def test_a_message_is_mailed_without_either_address(
        client, viewer, recipient, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = contact(client, recipient, subject="Vraag over dyslexie",
                           message="Mag ik u bellen over een aanpak in groep 5?")

    assert response.status_code == 302
    assert response.url == reverse("profile_detail", args=[recipient.pk])
    [sent] = mail.outbox
    assert sent.to == [recipient.user.email] and not sent.cc and not sent.bcc
    assert not sent.reply_to and viewer.email not in sent.from_email
    message = sent.message().as_string()
    assert viewer.email not in message and viewer.email not in sent.body
    assert "Vraag over dyslexie" in sent.subject and viewer.profile.display_name in sent.subject
    assert "Mag ik u bellen over een aanpak in groep 5?" in sent.body
    assert reverse("profile_detail", args=[viewer.pk]) in sent.body
    confirmation = client.get(response.url).content.decode()
    assert "Uw bericht is verstuurd naar Anouk de Graaf" in confirmation
    assert recipient.user.email not in confirmation


@pytest.mark.parametrize("who", ["self", "hidden", "visitor", "missing"])
def test_no_contact_with_a_profile_one_may_not_write_to(client, viewer, who):
    target = {
        "self": lambda: viewer.profile,
        "hidden": lambda: colleague("Anouk", hidden_at=timezone.now()),
        "visitor": lambda: UserFactory().profile,
        "missing": lambda: Profile(user_id=99999),
    }[who]()

    assert client.get(reverse("profile_contact", args=[target.pk])).status_code == 404
    assert contact(client, target, subject="Hoi", message="Een vraag.").status_code == 404
    assert not mail.outbox


def test_a_bsn_is_refused_and_the_text_kept(client, viewer, recipient):
    text = "Het gaat om BSN 1234.56.782, kunt u meekijken?"

    soup = parse(contact(client, recipient, subject="Vraag", message=text))
    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert soup.find("textarea", attrs={"name": "message"}).get_text().strip() == text
    assert not mail.outbox


def test_a_possible_name_asks_to_confirm(
        client, viewer, recipient, django_capture_on_commit_callbacks):
    data = {"subject": "Vraag", "message": "Onze leerling Sanne (9) zit al weken thuis."}

    soup = parse(contact(client, recipient, **data))
    assert soup.find("input", attrs={"name": "confirm_privacy"}) and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        contact(client, recipient, **data, confirm_privacy="on")
    assert len(mail.outbox) == 1


def test_an_empty_message_gets_dutch_errors(client, viewer, recipient):
    summary = parse(contact(client, recipient, subject="", message="")).find(
        class_="error-summary").get_text()

    assert "Geef uw bericht een onderwerp." in summary and "Schrijf eerst uw bericht." in summary


def test_at_most_ten_messages_an_hour(client, viewer, recipient, django_capture_on_commit_callbacks,
                                     settings):
    assert settings.ACCOUNT_RATE_LIMITS.get(CONTACT_RATE_ACTION) == "10/h/user", \
        "the limit belongs in ACCOUNT_RATE_LIMITS (config/settings/accounts.py)"
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(10):
            assert contact(client, recipient, subject=f"Vraag {number}",
                           message="Een vraag.").status_code == 302
        response = contact(client, recipient, subject="Nog een", message="Mijn elfde bericht.")

    assert response.status_code == 429
    soup = parse(response)
    assert "tien berichten" in soup.find(attrs={"role": "alert"}).get_text()
    assert soup.find("textarea", attrs={"name": "message"}).get_text().strip() == \
        "Mijn elfde bericht."
    assert len(mail.outbox) == 10


def test_the_service_refuses_visitors_and_oneself(recipient, viewer):
    with pytest.raises(PermissionDenied):
        send_contact_message(UserFactory(), recipient, "Hoi", "Een vraag.")
    with pytest.raises(ValidationError):
        send_contact_message(viewer, viewer.profile, "Hoi", "Een vraag.")


# --- The profile page's buttons ---------------------------------------------


@pytest.mark.urls(__name__)
def test_the_profile_page_offers_contact_and_report_on_others_only(client, viewer, recipient):
    def links(profile):
        soup = parse(client.get(reverse("profile_detail", args=[profile.pk])))
        return {a["href"] for a in soup.find("article").find_all("a")}

    others = links(recipient)
    assert reverse("profile_contact", args=[recipient.pk]) in others
    assert reverse("report_profile", args=[recipient.pk]) in others
    own = links(viewer.profile)
    assert not {reverse("profile_contact", args=[viewer.pk]),
                reverse("report_profile", args=[viewer.pk])} & own


def test_someone_whose_profile_a_moderator_hid_cannot_send_messages(client):
    from django.utils import timezone

    sender = ProfessionalFactory()
    sender.profile.hidden_at = timezone.now()
    sender.profile.save()
    recipient = ProfessionalFactory()
    client.force_login(sender)

    response = client.post(reverse("profile_contact", args=[recipient.pk]),
                           {"subject": "Vraag", "message": "Hallo"})

    assert response.status_code == 403
    assert "verborgen" in response.content.decode()
