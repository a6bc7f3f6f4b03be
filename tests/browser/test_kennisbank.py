"""The kennisbank in a real browser: zero axe violations (WCAG 2.1 A and AA)
on every page type and listing, for the person each is for, and the
editorial workflow through the CMS's own screens: an eddie submits an
article, a redacteur (password plus authenticator code) approves it, and
only then can a visitor read it."""

import json
import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import TaskState

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory, enable_totp
from kennisbank.models import (
    HomePage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    LearningEnvironmentPage,
    Level,
    NewsIndexPage,
    ParentsIndexPage,
    SocialMapPage,
    TargetGroup,
)
from kennisbank.tests.factories import (
    GlossaryPageFactory,
    GoodPracticeFactory,
    KnowledgeArticleFactory,
    NewsItemFactory,
    ParentTopicFactory,
    ResourceFactory,
    SocialMapEntryFactory,
    TermFactory,
)
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .helpers import log_in_with_authenticator

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CMS_TIMEOUT = 30_000  # Wagtail's admin loads a lot of JavaScript


def _body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


ARTICLE_BODY = _body(
    ("heading", {"text": "Zo gaat de aanvraag", "level": "h2"}),
    ("text", "<p>Voor het speciaal onderwijs is een TLV nodig.</p>"),
    ("questions", {"title": "Veelgestelde vragen", "items": [
        {"question": "Wie vraagt het aan?", "answer": "<p>De school, samen met u.</p>"},
        {"question": "Hoe lang duurt het?", "answer": "<p>Meestal zes weken.</p>"},
    ]}),
    ("steps", {"title": "Stap voor stap", "steps": [
        {"title": "Gesprek op school", "explanation": "<p>U praat met de intern begeleider.</p>"},
        {"title": "Aanvraag", "explanation": "<p>De school stuurt het dossier op.</p>"},
    ]}),
    ("table", {"caption": "Wie doet wat", "header": ["Stap", "Wie"],
               "rows": [["Gesprek", "School en ouders"], ["Besluit", "Samenwerkingsverband"]]}),
)

# Each listing shows three items a page here, so a few pages give pagination.
LISTINGS = [KnowledgeIndexPage, NewsIndexPage, LearningEnvironmentPage, ParentsIndexPage,
            SocialMapPage]


def build_kennisbank():
    """A few pages of every type, with thema's; returns the URL of each page to check."""
    dyslexie, thuiszitters = ThemaFactory(name="Dyslexie"), ThemaFactory(name="Thuiszitters")
    meerzicht = WijkFactory(name="Meerzicht")
    themas = [dyslexie, thuiszitters]
    GlossaryPageFactory()
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")

    article = KnowledgeArticleFactory(title="De TLV aanvragen", themas=themas, body=ARTICLE_BODY)
    hidden = KnowledgeArticleFactory(title="Afspraken in het ondersteuningsteam", themas=[dyslexie],
                                     visibility="professionals")
    KnowledgeArticleFactory.create_batch(3, themas=[dyslexie])
    news = NewsItemFactory(title="Nieuwe ronde wijkbijeenkomsten", themas=themas)
    NewsItemFactory.create_batch(3, themas=[thuiszitters])
    practice = GoodPracticeFactory(
        title="Voorleesouders", themas=[dyslexie], wijk=meerzicht, contact_name="Sanne de Wit",
        contact_email="s.dewit@klimboom.example", contact_phone="079 765 43 21",
    )
    GoodPracticeFactory.create_batch(3, themas=[thuiszitters], wijk=meerzicht)
    regeling = ResourceFactory(title="Leerplichtwet 1969", themas=[thuiszitters])
    ResourceFactory(title="Steunpunt passend onderwijs", kind="kennisbron", themas=[dyslexie])

    groups = list(TargetGroup.objects.all()[:2])
    entries = [
        SocialMapEntryFactory(
            title=title, level=level, themas=[dyslexie], wijken=wijken, target_groups=groups,
            email="info@gezinspunt.example", website="https://gezinspunt.example/",
            address="Stadhuisplein 1, Zoetermeer", opening_hours="Maandag tot vrijdag 9-17 uur",
            referral_needed=level == Level.YOUTH_CARE,
        )
        for title, level, wijken in [
            ("Centrum voor jeugd en gezin", Level.GENERAL, []),
            ("Jeugd- en gezinsteam Meerzicht", Level.ADVICE, [meerzicht]),
            ("Gezinsbehandeling", Level.YOUTH_CARE, []),
            ("Specialistische jeugdhulp", Level.YOUTH_CARE, [meerzicht]),
        ]
    ]
    topic = ParentTopicFactory(title="Zorgen over je kind", themas=[thuiszitters],
                               who_can_help=entries[:2])
    ParentTopicFactory.create_batch(3, themas=[dyslexie])
    return {
        "kennis": "/kennisbank/",
        "actueel": "/actueel/",
        "rijke-leeromgeving": "/rijke-leeromgeving/",
        "ouders": "/ouders/",
        "sociale-kaart": "/sociale-kaart/",
        "filter-met-fout": "/kennisbank/?thema=bestaat-niet",
        "kennisartikel": article.url,
        "nieuwsbericht": news.url,
        "goed-voorbeeld": practice.url,
        "regeling": regeling.url,
        "ouderpagina": topic.url,
        "sociale-kaartitem": entries[1].url,
        "artikel-voor-professionals": hidden.url,
    }


# What must be on the page, so axe checks the thing itself (cards, filters, blocks).
LISTING = [".card", "form.filters select", "nav.pagination a[rel=next]"]
MUST_SHOW = {
    "kennis": LISTING,
    "actueel": LISTING,
    "rijke-leeromgeving": [*LISTING, ".resource-list a"],
    "ouders": LISTING,
    "sociale-kaart": [*LISTING, "#niveau-1", "#niveau-2", "#niveau-3"],
    "filter-met-fout": ["#id_thema_error", ".card"],
    "kennisartikel": ['a[href="/begrippen/#tlv"] abbr[title=toelaatbaarheidsverklaring]',
                      ".prose h2", ".kb-questions details", ".kb-steps ol", ".kb-table table",
                      ".tags"],
    "nieuwsbericht": ["time"],
    "goed-voorbeeld": ["dl.facts", "#opbrengst", "#contact"],
    "regeling": ['a[rel=external]'],
    "ouderpagina": [".who-can-help .card a[href^='tel:']"],
    "sociale-kaartitem": ["#bereikbaarheid", ".entry-contact", "dl.facts"],
    "artikel-voor-professionals": [".badge"],
}
PAGES = [(name, None) for name in MUST_SHOW if name != "artikel-voor-professionals"] + [
    ("artikel-voor-professionals", "professional"),
    ("kennis", "professional"),  # the listing with the professionals' badge on a card
]


@pytest.fixture
def few_per_page(monkeypatch):
    for listing in LISTINGS:
        monkeypatch.setattr(listing, "per_page", 3)


@pytest.mark.parametrize(("name", "viewer"), PAGES,
                         ids=[f"{name}-{viewer or 'anoniem'}" for name, viewer in PAGES])
def test_kennisbank_page_has_no_axe_violations(page, login, assert_accessible, few_per_page,
                                                name, viewer):
    urls = build_kennisbank()
    if viewer == "professional":
        login(ProfessionalFactory())

    response = page.goto(urls[name])

    assert response.status == 200
    assert page.locator("h1").count() == 1
    for selector in MUST_SHOW[name]:
        assert page.locator(selector).count() >= 1, f"{selector} missing on {urls[name]}"
    if viewer == "professional" and name == "kennis":
        assert page.locator(".card .badge").count() == 1
    assert_accessible(page)






def test_eddie_submits_an_article_and_a_redacteur_approves_it(page, login, new_page, password):
    title = "Dyslexie in groep 3"
    eddie = UserFactory(roles=[roles.EDDIE], email="eddie@leerwerk.example")
    redacteur = UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR],
                            email="redactie@wijkzorg.example")
    enable_totp(redacteur)
    index = KnowledgeIndexPage.objects.get()
    page.set_default_timeout(CMS_TIMEOUT)

    # The eddie finds Kennis through the CMS's page explorer and adds an article.
    login(eddie)
    page.goto("/cms/")
    page.get_by_role("button", name="Pagina's").click()
    explorer = page.get_by_role("dialog", name="Paginaverkenner")
    explorer.get_by_role(
        "link", name=f"Toon onderliggende pagina's van '{HomePage.objects.get().title}'"
    ).click()
    explorer.get_by_role("link", name=index.title, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/cms/pages/{index.pk}/$"))
    page.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    expect(page).to_have_url(re.compile(r"/cms/pages/add/kennisbank/knowledgearticlepage/"))

    page.get_by_role("textbox", name=re.compile("^Titel")).press_sequentially(title)
    page.get_by_role("textbox", name=re.compile("^Samenvatting")).fill(
        "Wat de school doet als lezen in groep 3 moeilijk gaat.")
    # Wagtail fills the slug from the title as it is typed (on a short delay).
    expect(page.locator("#id_slug")).to_have_value("dyslexie-in-groep-3")
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Stuur door naar Redactie").click()
    expect(page.get_by_role("status")).to_contain_text(f"'{title}' aangemaakt en ingediend")

    article = KnowledgeArticlePage.objects.get(title=title)
    assert not article.live and article.workflow_in_progress
    assert [m.to for m in mail.outbox] == [[redacteur.email]]
    assert title in mail.outbox[0].subject
    assert new_page().goto(article.url).status == 404
    mail.outbox.clear()

    # The redacteur signs in with a second factor and approves from the dashboard.
    editor = new_page()
    editor.set_default_timeout(CMS_TIMEOUT)
    log_in_with_authenticator(editor, redacteur, password)
    editor.goto("/cms/")
    awaiting = editor.locator("#awaiting-review-section")
    awaiting.get_by_role("link", name=title).click()
    expect(editor).to_have_url(re.compile(rf"/cms/pages/{article.pk}/edit/$"))
    editor.get_by_role("button", name="Meer acties").click()
    editor.get_by_role("button", name="Goedkeuren met opmerking en publiceren").click()
    dialog = editor.get_by_role("dialog")
    dialog.get_by_label("Opmerking").fill("Helder geschreven!")
    dialog.get_by_role("button", name="Goedkeuren met opmerking").click()
    # Wagtail saves the redacteur's version, approves it and returns to Kennis.
    expect(editor).to_have_url(re.compile(rf"/cms/pages/{index.pk}/$"))
    expect(editor.get_by_role("status")).to_contain_text(f"'{title}' is gewijzigd")

    article.refresh_from_db()
    assert article.live and not article.workflow_in_progress
    assert [m.to for m in mail.outbox] == [[eddie.email]]
    assert f"'{title}' is goedgekeurd" in mail.outbox[0].body
    # Wagtail's approval mail has no comment (a request for changes has); its history keeps it.
    task_state = TaskState.objects.get(workflow_state__object_id=str(article.pk))
    assert (task_state.status, task_state.get_comment()) == ("approved", "Helder geschreven!")

    visitor = new_page()
    assert visitor.goto(article.url).status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
