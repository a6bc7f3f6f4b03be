"""StreamField blocks for the kennisbank's page bodies.

Every block renders accessible HTML through its own template in
`kennisbank/templates/kennisbank/blocks/`. Blocks use h2 and h3 at most:
the page owns the h1.
"""

import re
from html import unescape

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.html import strip_tags
from wagtail.blocks import (
    CharBlock,
    ChoiceBlock,
    EmailBlock,
    ListBlock,
    PageChooserBlock,
    RichTextBlock,
    StreamBlock,
    StructBlock,
    StructBlockValidationError,
    TextBlock,
    URLBlock,
)
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Headings come from HeadingBlock, so editors cannot skip levels inside text.
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
EMPTY_TEXT = "Dit tekstblok is leeg. Schrijf er tekst in, of verwijder het blok."


class ProseBlock(RichTextBlock):
    """Rich text that must hold words: the editor posts an empty paragraph
    ("<p></p>", a space) as text, which would show as a blank gap.

    Also in a draft: an empty block is never work in progress worth keeping.
    """

    def clean(self, value):
        if self.required and not unescape(strip_tags(value.source)).strip():
            raise ValidationError(EMPTY_TEXT)
        return super().clean(value)

    class Meta:
        required_on_save = True


class BodyTextBlock(ProseBlock):
    """Running text: paragraphs, emphasis, links and lists, without headings."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "kennisbank/blocks/text.html"
        icon = "pilcrow"
        label = "Tekst"


class HeadingBlock(StructBlock):
    """A section heading; level 2 or 3, since the page title is the only h1."""

    text = CharBlock(label="Tekst", max_length=120)
    level = ChoiceBlock(
        label="Niveau",
        choices=[("h2", "Kop (niveau 2)"), ("h3", "Tussenkop (niveau 3)")],
        default="h2",
    )

    class Meta:
        template = "kennisbank/blocks/heading.html"
        icon = "title"
        label = "Kop"


class ImageBlock(StructBlock):
    """An image whose alternative text is required, with an optional caption."""

    image = ImageChooserBlock(label="Afbeelding")
    alt = CharBlock(
        label="Alternatieve tekst",
        max_length=250,
        help_text="Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.",
    )
    caption = CharBlock(label="Onderschrift", required=False, max_length=250)

    class Meta:
        template = "kennisbank/blocks/image.html"
        icon = "image"
        label = "Afbeelding"


class QuoteBlock(StructBlock):
    """A quotation with an optional source."""

    text = TextBlock(label="Citaat")
    source = CharBlock(label="Bron", required=False, max_length=200)

    class Meta:
        template = "kennisbank/blocks/quote.html"
        icon = "openquote"
        label = "Citaat"


class QuestionAnswerBlock(StructBlock):
    """One question with its answer."""

    question = CharBlock(label="Vraag", max_length=250)
    answer = ProseBlock(label="Antwoord", features=TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = "Vraag en antwoord"


class QuestionsBlock(StructBlock):
    """Questions and answers as disclosures (`<details>`), so they work without JavaScript."""

    title = CharBlock(label="Titel", required=False, max_length=120)
    items = ListBlock(QuestionAnswerBlock(), label="Vragen", min_num=1)

    class Meta:
        template = "kennisbank/blocks/questions.html"
        icon = "help"
        label = "Vragen en antwoorden"


class StepBlock(StructBlock):
    """One step of a route."""

    title = CharBlock(label="Stap", max_length=120)
    explanation = ProseBlock(label="Uitleg", features=TEXT_FEATURES)

    class Meta:
        icon = "arrow-right"
        label = "Stap"


class StepsBlock(StructBlock):
    """Numbered steps, such as the route to extra support."""

    title = CharBlock(label="Titel", required=False, max_length=120)
    steps = ListBlock(StepBlock(), label="Stappen", min_num=1)

    class Meta:
        template = "kennisbank/blocks/steps.html"
        icon = "list-ol"
        label = "Stappen"


class CallToActionBlock(StructBlock):
    """A prominent link to a page on this site or to another website."""

    text = CharBlock(label="Tekst", required=False, max_length=250)
    page = PageChooserBlock(label="Pagina", required=False)
    url = URLBlock(label="Webadres", required=False)
    link_text = CharBlock(label="Linktekst", max_length=80)

    def clean(self, value):
        """Require exactly one link target: a page or a web address."""
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            message = "Kies een pagina of vul een webadres in."
        elif value.get("page") and value.get("url"):
            message = "Kies een pagina of vul een webadres in, niet allebei."
        else:
            return value
        raise StructBlockValidationError(
            block_errors={"page": ValidationError(message), "url": ValidationError(message)}
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        context["href"] = page.url if page else value.get("url")
        return context

    class Meta:
        template = "kennisbank/blocks/call_to_action.html"
        icon = "link"
        label = "Oproep tot actie"


def human_file_size(num_bytes):
    """Dutch, decimal file size as people read it: "240 kB", "1,5 MB"."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if num_bytes >= factor:
            amount = num_bytes / factor
            decimals = 0 if amount >= 10 else 1
            return f"{number_format(amount, decimals)} {unit}"
    return f"{num_bytes} bytes"


class DocumentBlock(StructBlock):
    """A download link that tells the file type and size before anyone clicks.

    The link is left out for visitors who may not download the document.
    """

    document = DocumentChooserBlock(label="Document")
    title = CharBlock(
        label="Titel",
        required=False,
        max_length=200,
        help_text="Laat leeg om de titel van het document te gebruiken.",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        document = value.get("document")
        request = (parent_context or {}).get("request")
        # Only who may download the file sees the link (the serve view checks too).
        context["may_download"] = bool(document) and document.is_visible_to(
            getattr(request, "user", None)
        )
        if document:
            context["file_type"] = document.file_extension.upper()
            context["file_size"] = human_file_size(document.get_file_size() or 0)
        return context

    class Meta:
        template = "kennisbank/blocks/document.html"
        icon = "doc-full"
        label = "Document"


class ContactCardBlock(StructBlock):
    """How to reach a person or organisation; only the name is required."""

    name = CharBlock(label="Naam", max_length=120)
    role = CharBlock(label="Functie", required=False, max_length=120)
    organisation = CharBlock(label="Organisatie", required=False, max_length=120)
    phone = CharBlock(label="Telefoon", required=False, max_length=30)
    email = EmailBlock(label="E-mail", required=False)
    website = URLBlock(label="Website", required=False)
    opening_hours = TextBlock(label="Openingstijden", required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # A tel: link must not contain spaces or dashes to dial on every phone.
        context["tel"] = re.sub(r"[^\d+]", "", value.get("phone") or "")
        return context

    class Meta:
        template = "kennisbank/blocks/contact_card.html"
        icon = "user"
        label = "Contactkaart"


class TableBlock(StructBlock):
    """A simple data table with a caption and column headers."""

    caption = CharBlock(
        label="Bijschrift",
        max_length=200,
        help_text="Waar gaat de tabel over? Schermlezers lezen dit voor.",
    )
    header = ListBlock(CharBlock(label="Kolomkop"), label="Kolomkoppen", min_num=1)
    rows = ListBlock(
        ListBlock(CharBlock(label="Cel", required=False), label="Rij"),
        label="Rijen",
        min_num=1,
    )

    def clean(self, value):
        """Every row has as many cells as there are column headers."""
        value = super().clean(value)
        columns = len(value["header"])
        if any(len(row) != columns for row in value["rows"]):
            raise StructBlockValidationError(
                block_errors={
                    "rows": ValidationError(
                        f"Elke rij moet {columns} cellen hebben, net zoveel als de kolomkoppen."
                    )
                }
            )
        return value

    class Meta:
        template = "kennisbank/blocks/table.html"
        icon = "table"
        label = "Tabel"


BODY_BLOCKS = [
    ("text", BodyTextBlock()),
    ("heading", HeadingBlock()),
    ("image", ImageBlock()),
    ("quote", QuoteBlock()),
    ("questions", QuestionsBlock()),
    ("steps", StepsBlock()),
    ("call_to_action", CallToActionBlock()),
    ("document", DocumentBlock()),
    ("contact_card", ContactCardBlock()),
    ("table", TableBlock()),
]


class BodyBlock(StreamBlock):
    """The body of a kennisbank page: all blocks above, plus any `local_blocks` given."""

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(local_blocks=[*BODY_BLOCKS, *(local_blocks or [])], **kwargs)
