"""The body blocks render accessible HTML and refuse content that would not be."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from kennisbank.blocks import (
    BODY_BLOCKS,
    BodyBlock,
    BodyTextBlock,
    CallToActionBlock,
    ContactCardBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    QuestionsBlock,
    QuoteBlock,
    StepsBlock,
    TableBlock,
    human_file_size,
)


def render(block, raw):
    """Render `raw` (stored JSON form) with `block` and parse the HTML."""
    return BeautifulSoup(block.render(block.to_python(raw)), "html.parser")


@pytest.fixture
def image(db):
    return Image.objects.create(title="Ouders in gesprek", file=get_test_image_file())


@pytest.fixture
def document(db):
    pdf = ContentFile(b"%PDF-1.4 " + b"x" * 239_991, name="route-extra-ondersteuning.pdf")
    return get_document_model().objects.create(
        title="Route naar extra ondersteuning", file=pdf, visibility="public"
    )


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page


def test_text_block_keeps_links_and_lists_but_offers_no_headings():
    soup = render(BodyTextBlock(), "<p>Lees <b>eerst</b> dit.</p><ul><li>Stap een</li></ul>")

    assert soup.find("b").get_text() == "eerst"
    assert soup.find("ul").find("li").get_text() == "Stap een"
    assert not {"h1", "h2", "h3", "h4"} & set(BodyTextBlock().features)


@pytest.mark.parametrize("level", ["h2", "h3"])
def test_heading_block_uses_the_chosen_level(level):
    soup = render(HeadingBlock(), {"text": "Wat doet het ondersteuningsteam?", "level": level})

    assert [tag.name for tag in soup.find_all(True)] == [level]
    assert soup.find(level).get_text() == "Wat doet het ondersteuningsteam?"


def test_heading_block_refuses_an_h1():
    block = HeadingBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Titel", "level": "h1"}))


def test_image_block_renders_the_alt_text_and_caption(image):
    soup = render(
        ImageBlock(),
        {"image": image.pk, "alt": "Een moeder praat met de juf", "caption": "Het oudergesprek"},
    )

    img = soup.find("figure").find("img")
    assert img["alt"] == "Een moeder praat met de juf"
    assert img["src"].startswith("/")
    assert soup.find("figcaption").get_text() == "Het oudergesprek"


def test_image_block_requires_alt_text(image):
    block = ImageBlock()

    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt": "", "caption": ""}))
    assert "alt" in error.value.block_errors


def test_quote_block_is_a_figure_with_blockquote_and_source():
    soup = render(
        QuoteBlock(), {"text": "Samen kijken we wat past.", "source": "Intern begeleider"}
    )

    figure = soup.find("figure")
    assert figure.find("blockquote").get_text(strip=True) == "Samen kijken we wat past."
    assert figure.find("figcaption").get_text() == "Intern begeleider"


def test_questions_block_renders_disclosures_that_work_without_javascript():
    soup = render(
        QuestionsBlock(),
        {
            "title": "Veelgestelde vragen",
            "items": [
                {"question": "Wat is een OPP?", "answer": "<p>Een plan voor uw kind.</p>"},
                {"question": "Wie helpt mij?", "answer": "<p>De intern begeleider.</p>"},
            ],
        },
    )

    assert soup.find("h2").get_text() == "Veelgestelde vragen"
    disclosures = soup.find_all("details")
    assert [d.find("summary").get_text() for d in disclosures] == [
        "Wat is een OPP?",
        "Wie helpt mij?",
    ]
    assert "Een plan voor uw kind." in disclosures[0].get_text()
    assert not soup.find("script")


def test_steps_block_renders_an_ordered_list():
    soup = render(
        StepsBlock(),
        {
            "title": "",
            "steps": [
                {"title": "Praat met de leerkracht", "explanation": "<p>Begin hier.</p>"},
                {"title": "Het ondersteuningsteam", "explanation": "<p>Samen plannen.</p>"},
            ],
        },
    )

    steps = soup.find("ol").find_all("li", recursive=False)
    assert [step.find("strong").get_text() for step in steps] == [
        "Praat met de leerkracht",
        "Het ondersteuningsteam",
    ]
    assert not soup.find("h2")


def test_call_to_action_links_to_the_chosen_page(home):
    soup = render(
        CallToActionBlock(),
        {"text": "Meer weten?", "page": home.pk, "url": "", "link_text": "Naar de start"},
    )

    link = soup.find("a")
    assert link["href"] == home.url
    assert link.get_text() == "Naar de start"


def test_call_to_action_links_to_a_web_address():
    soup = render(
        CallToActionBlock(),
        {"text": "", "page": None, "url": "https://www.example.nl/", "link_text": "Bekijk"},
    )

    assert soup.find("a")["href"] == "https://www.example.nl/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("with_page", "url", "message"),
    [
        (False, "", "Kies een pagina of vul een webadres in."),
        (True, "https://www.example.nl/", "niet allebei"),
    ],
)
def test_call_to_action_needs_exactly_one_link(with_page, url, message, home):
    block = CallToActionBlock()
    value = block.to_python(
        {"text": "", "page": home.pk if with_page else None, "url": url, "link_text": "Ga"}
    )

    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert message in error.value.block_errors["page"].messages[0]


def test_document_block_shows_file_type_and_size(document):
    soup = render(DocumentBlock(), {"document": document.pk, "title": ""})

    link = soup.find("a")
    assert link["href"] == document.url
    assert link["href"].startswith("/documenten/")
    assert "Route naar extra ondersteuning" in link.get_text()
    assert link.find("span").get_text() == "(PDF, 240 kB)"


def test_document_block_prefers_its_own_title(document):
    soup = render(DocumentBlock(), {"document": document.pk, "title": "De route in één blad"})

    assert soup.find("a").get_text().startswith("De route in één blad")


@pytest.mark.parametrize(
    ("num_bytes", "expected"),
    [(512, "512 bytes"), (1_500, "1,5 kB"), (240_000, "240 kB"), (3_400_000, "3,4 MB")],
)
def test_file_sizes_read_the_dutch_way(num_bytes, expected):
    assert human_file_size(num_bytes) == expected


def test_contact_card_links_phone_and_email():
    soup = render(
        ContactCardBlock(),
        {
            "name": "Sanne de Vries",
            "role": "Schoolmaatschappelijk werker",
            "organisation": "Jeugdteam Noord",
            "phone": "079 - 123 45 67",
            "email": "sanne@example.nl",
            "website": "https://www.example.nl/",
            "opening_hours": "Ma t/m do 9.00 tot 17.00 uur",
        },
    )

    assert soup.find(href="tel:0791234567").get_text() == "079 - 123 45 67"
    assert soup.find(href="mailto:sanne@example.nl").get_text() == "sanne@example.nl"
    assert [dt.get_text() for dt in soup.find_all("dt")] == [
        "Telefoon",
        "E-mail",
        "Website",
        "Openingstijden",
    ]
    assert "Schoolmaatschappelijk werker, Jeugdteam Noord" in soup.get_text()


def test_contact_card_needs_only_a_name():
    block = ContactCardBlock()
    value = block.clean(block.to_python({"name": "Jeugdteam Zuid"}))

    soup = BeautifulSoup(block.render(value), "html.parser")
    assert "Jeugdteam Zuid" in soup.get_text()
    assert not soup.find("dl")
    assert not soup.find("a")


def table_value(rows):
    return {"caption": "Ondersteuning per niveau", "header": ["Niveau", "Voorbeeld"], "rows": rows}


def test_table_block_has_caption_and_column_headers():
    soup = render(TableBlock(), table_value([["Licht", "Inloop"], ["Zwaar", "Jeugdhulp"]]))

    table = soup.find("table")
    assert table.find("caption").get_text() == "Ondersteuning per niveau"
    assert [th["scope"] for th in table.find("thead").find_all("th")] == ["col", "col"]
    assert [td.get_text() for td in table.find("tbody").find_all("td")] == [
        "Licht",
        "Inloop",
        "Zwaar",
        "Jeugdhulp",
    ]


def test_table_block_requires_a_caption_and_full_rows():
    block = TableBlock()

    with pytest.raises(ValidationError) as missing_caption:
        block.clean(block.to_python({**table_value([["a", "b"]]), "caption": ""}))
    with pytest.raises(ValidationError) as short_row:
        block.clean(block.to_python(table_value([["Licht"]])))

    assert "caption" in missing_caption.value.block_errors
    assert "2 cellen" in short_row.value.block_errors["rows"].messages[0]


def test_body_block_accepts_every_block_and_round_trips(image, document, home):
    raw = [
        {"type": "text", "value": "<p>Welkom.</p>"},
        {"type": "heading", "value": {"text": "Zo werkt het", "level": "h2"}},
        {"type": "image", "value": {"image": image.pk, "alt": "Een klas", "caption": ""}},
        {"type": "quote", "value": {"text": "Fijn!", "source": ""}},
        {
            "type": "questions",
            "value": {"title": "", "items": [{"question": "Wat?", "answer": "<p>Dit.</p>"}]},
        },
        {
            "type": "steps",
            "value": {"title": "", "steps": [{"title": "Eerst", "explanation": "<p>Zo.</p>"}]},
        },
        {
            "type": "call_to_action",
            "value": {"text": "", "page": home.pk, "url": "", "link_text": "Start"},
        },
        {"type": "document", "value": {"document": document.pk, "title": ""}},
        {"type": "contact_card", "value": {"name": "Jeugdteam"}},
        {"type": "table", "value": table_value([["Licht", "Inloop"]])},
    ]
    block = BodyBlock()

    value = block.clean(block.to_python(raw))
    stored = block.get_prep_value(value)
    again = block.to_python(stored)

    assert [child.block_type for child in again] == [name for name, _block in BODY_BLOCKS]
    assert [item["value"] for item in block.get_prep_value(again)] == [
        item["value"] for item in stored
    ]
    html = BeautifulSoup(block.render(again), "html.parser")
    assert html.find("img")["alt"] == "Een klas"
    assert html.find("details")
    assert not html.find("h1")


EMPTY_TEXT = "Dit tekstblok is leeg"


@pytest.mark.parametrize("html", ["", "<p></p>", "<p>   </p>", "<p>&nbsp;</p>", "<p><br/></p>",
                                  "<p></p><p> </p>", "<ul><li></li></ul>"])
def test_an_empty_text_block_is_refused_in_dutch(html):
    block = BodyTextBlock()

    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(html))

    assert EMPTY_TEXT in " ".join(error.value.messages)


def test_a_text_block_with_words_is_kept():
    block = BodyTextBlock()

    assert block.clean(block.to_python("<p> Hallo </p>")).source == "<p> Hallo </p>"


def test_an_empty_answer_or_step_explanation_is_refused():
    questions, steps = QuestionsBlock(), StepsBlock()
    empty_answer = {"items": [{"question": "Wat is een TLV?", "answer": "<p></p>"}]}
    empty_step = {"steps": [{"title": "Bel de school", "explanation": "<p> </p>"}]}

    for block, raw in ((questions, empty_answer), (steps, empty_step)):
        with pytest.raises(ValidationError):
            block.clean(block.to_python(raw))


@pytest.mark.django_db
def test_the_page_editor_refuses_an_empty_text_block_and_keeps_the_page_unsaved(client):
    from django.urls import reverse
    from wagtail.test.utils.form_data import (
        nested_form_data,
        querydict_from_html,
        rich_text,
        streamfield,
    )

    from accounts import roles
    from accounts.tests.factories import UserFactory
    from kennisbank.models import KnowledgeArticlePage, KnowledgeIndexPage

    client.force_login(UserFactory(roles=[roles.EDDIE]))
    url = reverse("wagtailadmin_pages:add", args=[
        "kennisbank", "knowledgearticlepage", KnowledgeIndexPage.objects.get().pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Lege alinea", "slug": "lege-alinea", "intro": "Over niets."})
    data.update(nested_form_data({"body": streamfield([
        ("text", rich_text("<p>Eerste alinea.</p>")), ("text", rich_text("<p> </p>"))])}))

    response = client.post(url, data)

    assert response.status_code == 200
    assert EMPTY_TEXT in response.content.decode()
    assert not KnowledgeArticlePage.objects.filter(slug="lege-alinea").exists()
