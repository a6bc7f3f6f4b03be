"""'Mist u een aanbod of aanbieder?': a visitor's suggestion reaches the redactie's inbox."""


import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import log_in_with_mfa
from kennisbank.models import Suggestion

from .factories import SuggestionFactory

pytestmark = pytest.mark.django_db

URL = "/rijke-leeromgeving/suggestie/"
THANKS = "/rijke-leeromgeving/suggestie/bedankt/"
# The CMS sidebar is rendered from JSON; this is the inbox's menu entry in it.
MENU_ITEM = '"url": "/cms/suggesties/"'
FILLED = {
    "offer": "Voorleesochtend voor peuters",
    "provider": "Bibliotheek Oosterheem",
    "description": "Elke woensdag lezen vrijwilligers voor, ook in het Turks & Arabisch.",
    "contact_name": "Noor",
    "contact_email": "noor@example.nl",
}


def post(client, data, ip="192.0.2.10"):
    return client.post(URL, data, REMOTE_ADDR=ip)


def form_values(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    form = soup.find("form", action=URL)
    values = {field["name"]: field.get("value", "") for field in form.find_all("input")}
    values.update({area["name"]: area.get_text().strip() for area in form.find_all("textarea")})
    return soup, values


def test_the_urls_are_django_views_before_wagtail():
    assert reverse("suggest_offer") == URL
    assert reverse("suggest_offer_thanks") == THANKS


def test_the_form_has_one_heading_and_labelled_fields(client):
    response = client.get(URL)

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert response.status_code == 200
    assert [h1.get_text() for h1 in soup.find_all("h1")] == ["Mist u een aanbod of aanbieder?"]
    for field in soup.find("form", action=URL).find_all(["input", "textarea"]):
        if field.get("type") != "hidden":
            assert soup.find("label", attrs={"for": field["id"]}), field["name"]


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client):
    soup = BeautifulSoup(client.get(URL).content.decode(), "html.parser")

    trap = soup.find("input", attrs={"name": "website"})
    container = trap.find_parent("div")
    assert container["aria-hidden"] == "true"
    assert "visually-hidden" in container["class"]
    assert (trap["tabindex"], trap["autocomplete"]) == ("-1", "off")


def test_a_suggestion_is_stored_and_mailed_to_the_redactie(
    client, settings, django_capture_on_commit_callbacks
):
    settings.REDACTIE_EMAIL = "redactie@example.nl"

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, FILLED)

    assert response.status_code == 302 and response["Location"] == THANKS
    suggestion = Suggestion.objects.get()
    assert (suggestion.offer, suggestion.provider, suggestion.contact_email) == (
        FILLED["offer"], FILLED["provider"], FILLED["contact_email"],
    )
    assert suggestion.status == Suggestion.Status.NEW
    [message] = mail.outbox
    assert message.to == ["redactie@example.nl"]
    assert message.reply_to == ["noor@example.nl"]
    assert "Voorleesochtend voor peuters" in message.subject
    assert "Turks & Arabisch" in message.body
    assert "/cms/suggesties/" in message.body


def test_without_redactie_address_the_mail_goes_to_the_sender_address(
    client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, {"offer": "Huiswerkklas"})

    assert mail.outbox[0].to == [settings.DEFAULT_FROM_EMAIL]
    assert mail.outbox[0].reply_to == []


def test_the_thank_you_page_is_plain_dutch(client):
    soup = BeautifulSoup(client.get(THANKS).content.decode(), "html.parser")

    assert [h1.get_text() for h1 in soup.find_all("h1")] == ["Bedankt voor uw suggestie"]


def test_an_error_keeps_everything_typed(client):
    response = post(client, {**FILLED, "offer": "", "contact_email": "noor-at-example"})

    assert response.status_code == 200
    soup, values = form_values(response)
    summary = soup.find(class_="error-summary")
    assert [link["href"] for link in summary.find_all("a")] == ["#id_offer", "#id_contact_email"]
    assert values["provider"] == FILLED["provider"]
    assert values["contact_email"] == "noor-at-example"
    assert values["description"] == FILLED["description"]
    assert not Suggestion.objects.exists()


def test_a_honeypot_hit_looks_like_success_but_stores_nothing(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, {**FILLED, "website": "https://spam.example"})

    assert response.status_code == 302 and response["Location"] == THANKS
    assert not Suggestion.objects.exists()
    assert mail.outbox == []


def test_past_the_hourly_limit_the_form_answers_429_and_keeps_the_input(client):
    for _suggestion in range(5):
        assert post(client, FILLED).status_code == 302

    response = post(client, {**FILLED, "offer": "Nog eentje"})

    assert response.status_code == 429
    soup, values = form_values(response)
    assert "Probeer het over een uur opnieuw" in soup.find(role="alert").get_text()
    assert values["offer"] == "Nog eentje"
    assert Suggestion.objects.count() == 5
    assert post(client, FILLED, ip="198.51.100.7").status_code == 302


@pytest.fixture
def redacteur(client, user_with_role):
    """A redacteur signed in with an authenticator app."""
    user = user_with_role(roles.REDACTEUR)
    log_in_with_mfa(client, user)
    return user


def test_a_redacteur_handles_suggestions_in_the_cms_inbox(client, redacteur):
    suggestion = SuggestionFactory(offer="Voorleesochtend voor peuters")

    index = client.get("/cms/suggesties/")
    assert index.status_code == 200
    assert "Voorleesochtend voor peuters" in index.content.decode()
    assert MENU_ITEM in client.get("/cms/").content.decode()

    response = client.post(f"/cms/suggesties/edit/{suggestion.pk}/", {"status": "handled"})

    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.HANDLED
    assert suggestion.offer == "Voorleesochtend voor peuters"


def test_the_inbox_is_closed_to_roles_without_permission(client, user_with_role):
    eddie = user_with_role(roles.EDDIE)
    client.force_login(eddie)

    response = client.get("/cms/suggesties/")
    assert response.status_code == 302
    assert response["Location"] == "/cms/"  # Wagtail's "no permission" redirect
    assert MENU_ITEM not in client.get("/cms/").content.decode()


def test_the_form_asks_no_privacy_confirmation_up_front(client):
    soup = BeautifulSoup(client.get(URL).content.decode(), "html.parser")

    assert not soup.find("input", attrs={"name": "confirm_privacy"})


@pytest.mark.parametrize("field", ["offer", "provider", "description", "contact_name"])
def test_a_bsn_is_refused_in_every_text_field_and_the_text_kept(client, field):
    text = "Voor een leerling met BSN 1234.56.782."

    response = post(client, {**FILLED, field: text})

    assert response.status_code == 200
    soup, values = form_values(response)
    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert values[field] == text
    assert not soup.find("input", attrs={"name": "confirm_privacy"})
    assert not Suggestion.objects.exists()


def test_a_possible_child_name_asks_for_confirmation_and_then_goes_through(
    client, django_capture_on_commit_callbacks
):
    description = "Onze leerling Sanne had veel aan de voorleesochtend."
    data = {**FILLED, "description": description}

    asked = post(client, data)

    assert asked.status_code == 200
    soup, values = form_values(asked)
    assert "Sanne" in soup.find(class_="error-summary").get_text()
    assert soup.find("input", attrs={"name": "confirm_privacy"})
    assert values["description"] == description
    assert not Suggestion.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = post(client, {**data, "confirm_privacy": "on"})

    assert confirmed.status_code == 302 and confirmed["Location"] == THANKS
    assert Suggestion.objects.get().description == description


def test_the_redactie_mail_has_the_subject_prefix_of_every_platform_mail(
    client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, FILLED)

    [message] = mail.outbox
    assert message.subject == (settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
                               + "Nieuwe suggestie voor de rijke leeromgeving: "
                               "Voorleesochtend voor peuters")
