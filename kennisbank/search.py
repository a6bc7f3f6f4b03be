"""What the kennisbank makes findable through the one search service.

Registered from KennisbankConfig.ready():
- one type per page model: Kennis, Actueel, Goede praktijken, Regelingen en
  kennisbronnen, Voor ouders en jongeren, Sociale kaart. Only live pages
  that have not expired and sit under no view restriction of Wagtail's;
  a page's token is its visibility (public or professionals), pages
  without a visibility are public. Pages for parents and the sociale kaart
  are in the parents' search (`parents`), and only while public;
- the glossary's terms ("Begrippen"), linked to their place on /begrippen/;
  without a published glossary page they are not findable;
- the glossary's abbreviations as synonyms (TLV <-> toelaatbaarheidsverklaring),
  reloaded whenever a term changes;
- an answer card when someone searches exactly for an abbreviation or what
  it stands for, while the term is findable (a published glossary page).

The triggers keep documents in step with what they show from elsewhere:
a thema, wijk or doelgroep renamed or deleted, a view restriction added or removed,
a page moved or given a new slug (its address and those below it, through
Wagtail's `post_page_move` and `page_slug_changed`: a draft saved changes
no address), the glossary page renamed or (un)published.

A page's text is read from the stored blocks (`stream_text`), not from the
blocks' Python values, so images, documents and linked pages are never
loaded: a rebuild costs a few queries per type, not per page. A page's URL
comes from Wagtail's site root paths, which Wagtail keeps in the cache
(one query the first time after a change of sites).
"""

import datetime

from django.db.models import Subquery
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from wagtail.blocks import CharBlock, ListBlock, RichTextBlock, StreamBlock, StructBlock, TextBlock
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.signals import page_slug_changed, post_page_move

from access.tokens import index_tokens
from access.visibility import PUBLIC_TOKEN
from search import indexing
from search.analysis import fold
from search.documents import Document
from search.registry import (
    Answer,
    SearchableType,
    register_answer,
    register_synonyms,
    register_trigger,
    register_type,
)
from taxonomy.models import Thema, Wijk

from .blocks import DocumentBlock
from .models import (
    GlossaryPage,
    GoodPracticePage,
    KnowledgeArticlePage,
    NewsItemPage,
    ParentTopicPage,
    ResourcePage,
    SocialMapEntryPage,
    TargetGroup,
    Term,
)

KNOWLEDGE, NEWS, PRACTICE, RESOURCE = "kennis", "actueel", "praktijk", "bron"
PARENTS, SOCIAL_MAP, TERM = "ouders", "sociale-kaart", "begrip"
# The doelgroep facet of the pages for parents; the same words as the
# agenda's audience "Ouders en jongeren", so one facet value covers both.
PARENTS_AUDIENCE = gettext_lazy("Ouders en jongeren")
# A query longer than this is no abbreviation or full term: no answer card.
MAX_ANSWER_QUERY = 200


# --- Text of blocks and rich text ----------------------------------------------


def html_text(markup):
    """Rich text (or sanitised HTML) as plain text, words of two paragraphs apart."""
    return get_text_for_indexing(markup or "")


def _list_items(raw):
    """The values of a ListBlock's stored list: new-style items are
    {"type": "item", "value": ..., "id": ...}, old-style the values themselves."""
    for item in raw or []:
        if (isinstance(item, dict) and item.get("type") == "item" and "value" in item
                and set(item) <= {"type", "value", "id"}):
            yield item["value"]
        else:
            yield item


def _block_text(block, raw):
    """The readable text in one block's stored (JSON) value, as a list of strings.

    Text, headings, quotes, questions, steps, captions, table cells: yes.
    Web addresses, choices, chosen pages and images: no. A document block is
    left out altogether: its title shows only to who may download the file.
    """
    if raw in (None, "", [], {}):
        return []
    if isinstance(block, RichTextBlock):
        return [html_text(raw)]
    if isinstance(block, (CharBlock, TextBlock)):
        return [str(raw)]
    if isinstance(block, DocumentBlock):
        return []
    if isinstance(block, StructBlock) and isinstance(raw, dict):
        return [text for name, child in block.child_blocks.items()
                for text in _block_text(child, raw.get(name))]
    if isinstance(block, ListBlock):
        child = block.child_block
        return [text for value in _list_items(raw) for text in _block_text(child, value)]
    if isinstance(block, StreamBlock):
        items = [(block.child_blocks.get(item.get("type")), item.get("value"))
                 for item in raw if isinstance(item, dict)]
        return [text for child, value in items for text in _block_text(child, value)]
    return []


def stream_text(stream_value):
    """The plain text of a StreamField's value, read from its stored data."""
    if not stream_value:
        return ""
    block = stream_value.stream_block
    parts = _block_text(block, list(stream_value.raw_data))
    return "\n".join(part.strip() for part in parts if part and part.strip())


# --- Pages ---------------------------------------------------------------------


def _as_datetime(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _page_token(page):
    """Pages with a visibility carry its token; the others are for everyone."""
    return index_tokens(page)[0] if hasattr(page, "access_token") else PUBLIC_TOKEN


def _is_findable(page):
    if not page.live or page.expired:
        return False
    return not (page.expire_at and page.expire_at <= timezone.now())


def page_document(type_name, page, *, summary="", body=(), date=None, wijken=(),
                  doelgroepen=(), parents=False):
    """The Document of a live page, or None when it is not to be found."""
    if not _is_findable(page):
        return None
    url = page.get_url()
    if not url:
        return None  # not under any site: there is nothing to link to
    token = _page_token(page)
    themas = sorted(thema.name for thema in page.themas.all())
    return Document(
        type=type_name, object_id=page.pk, title=page.title, url=url, access_token=token,
        summary=summary or "",
        # The thema's are in the text too: a page tagged "Dyslexie" is found by
        # "dyslexie" (and, through the thema's synonyms, by "leesproblemen").
        body="\n".join(part for part in (*body, *themas) if part),
        date=date or page.last_published_at or page.first_published_at,
        themas=themas, wijken=sorted(wijken), doelgroepen=sorted(str(d) for d in doelgroepen),
        # The parents' search shows public pages only.
        parents=parents and token == PUBLIC_TOKEN,
    )


def _pages(model, select=(), prefetch=()):
    """Live pages of `model` under no view restriction, with what their
    document reads (one query per relation, however many pages)."""

    def queryset():
        return (model.objects.live().public().filter(expired=False)
                .select_related(*select).prefetch_related("themas", *prefetch))

    return queryset


def knowledge_document(page):
    return page_document(KNOWLEDGE, page, summary=page.intro, body=[stream_text(page.body)])


def news_document(page):
    return page_document(NEWS, page, summary=page.intro, body=[stream_text(page.body)],
                         date=_as_datetime(page.date) if page.date else None)


def practice_document(page):
    return page_document(
        PRACTICE, page, summary=page.intro,
        body=[page.provider, stream_text(page.body), html_text(page.results)],
        wijken=[page.wijk.name] if page.wijk else [],
        doelgroepen=[page.get_sector_display()],
    )


def resource_document(page):
    return page_document(RESOURCE, page, summary=page.intro,
                         body=[page.get_kind_display(), stream_text(page.body)])


def parent_topic_document(page):
    return page_document(PARENTS, page, summary=page.intro, body=[stream_text(page.body)],
                         doelgroepen=[PARENTS_AUDIENCE], parents=True)


def social_map_document(page):
    return page_document(
        SOCIAL_MAP, page, summary=page.summary,
        body=[page.organisation, page.get_level_display(), html_text(page.how_to_reach),
              stream_text(page.body), page.address, page.opening_hours],
        wijken=[wijk.name for wijk in page.wijken.all()],
        doelgroepen=[group.name for group in page.target_groups.all()],
        parents=True,
    )


# --- The glossary ----------------------------------------------------------------

# {url_path of the glossary page: its URL}; keyed by the path, so a moved or
# renamed page gets its new URL at once.
_glossary_urls = {}


def _glossary_url(url_path):
    if url_path is None:
        return None
    if url_path not in _glossary_urls:
        page = Page.objects.filter(url_path=url_path).first()
        if len(_glossary_urls) > 8:
            _glossary_urls.clear()
        _glossary_urls[url_path] = page.get_url() if page else None
    return _glossary_urls[url_path]


def _glossary_pages():
    """The published glossary pages anyone may open, the first one first."""
    return GlossaryPage.objects.live().public().filter(expired=False).order_by("path")


def _glossary_page_path():
    """A subquery: the url_path of the published glossary page anyone may open."""
    return Subquery(_glossary_pages().values("url_path")[:1])


def _terms():
    return Term.objects.annotate(glossary_path=_glossary_page_path())


def term_url(term, glossary_url):
    return f"{glossary_url}#{term.anchor}"


def term_document(term):
    """A term, linked to its place on the glossary page; None without that page."""
    if hasattr(term, "glossary_path"):
        path = term.glossary_path
    else:  # a term loaded without the queryset's annotation
        path = _terms().filter(pk=term.pk).values_list("glossary_path", flat=True).first()
    glossary_url = _glossary_url(path)
    if not glossary_url:
        return None
    return Document(
        type=TERM, object_id=term.pk, title=str(term), url=term_url(term, glossary_url),
        access_token=PUBLIC_TOKEN, summary=term.explanation, date=term.updated_at,
        parents=True,
    )


def glossary_synonyms():
    """[abbreviation, full term] for every abbreviation: TLV <-> toelaatbaarheidsverklaring."""
    for abbreviation, full_term in Term.objects.exclude(full_term="").values_list(
            "abbreviation", "full_term"):
        yield [abbreviation, full_term]


def glossary_answer(text):
    """The glossary card when `text` is exactly an abbreviation or its full
    term (case and accents aside). It links to the term on the glossary
    page, found as the term's document finds it: without a published
    glossary page anyone may open, there is no card, as the term itself is
    not findable then. One query when no term matches; when one does, two
    more for the glossary page (and its URL the first time after its
    address changed, `_glossary_url`)."""
    wanted = " ".join(fold(text or "").split())
    if not wanted or len(wanted) > MAX_ANSWER_QUERY:
        return None
    for term in Term.objects.only("abbreviation", "full_term", "explanation"):
        forms = {" ".join(fold(form).split()) for form in (term.abbreviation, term.full_term)}
        if wanted in forms - {""}:
            path = _glossary_pages().values_list("url_path", flat=True).first()
            glossary_url = _glossary_url(path)
            if not glossary_url:
                return None
            return Answer(title=str(term), text=term.explanation,
                          url=term_url(term, glossary_url), label=gettext("Begrip"))
    return None


def _forget_synonyms(**kwargs):
    from search import synonyms

    synonyms.forget()


# --- Registration ----------------------------------------------------------------

TYPES = [
    (KNOWLEDGE, gettext_lazy("Kennis"), KnowledgeArticlePage, _pages(KnowledgeArticlePage),
     knowledge_document, 10),
    (NEWS, gettext_lazy("Actueel"), NewsItemPage, _pages(NewsItemPage), news_document, 12),
    (PRACTICE, gettext_lazy("Goede praktijken"), GoodPracticePage,
     _pages(GoodPracticePage, select=("wijk",)), practice_document, 14),
    (RESOURCE, gettext_lazy("Regelingen en kennisbronnen"), ResourcePage, _pages(ResourcePage),
     resource_document, 16),
    (PARENTS, gettext_lazy("Voor ouders en jongeren"), ParentTopicPage, _pages(ParentTopicPage),
     parent_topic_document, 18),
    (SOCIAL_MAP, gettext_lazy("Sociale kaart"), SocialMapEntryPage,
     _pages(SocialMapEntryPage, prefetch=("wijken", "target_groups")), social_map_document, 20),
    (TERM, gettext_lazy("Begrippen"), Term, _terms, term_document, 50),
]
PAGE_TYPES = [(name, model) for name, _label, model, *_rest in TYPES if model is not Term]


def _restricted_pages(model):
    """The pages of `model` a view restriction covers (added, changed or removed)."""
    def affected(restriction):
        page = Page.objects.filter(pk=restriction.page_id).first()
        return model.objects.descendant_of(page, inclusive=True) if page else []
    return affected


def _new_addresses(page):
    """Index again what has a new address now that `page` has one: the page
    itself and the pages below it (Wagtail rewrites their paths without
    saving them; a move saves the page itself as a plain Page), and the
    glossary's terms when the glossary page is among them."""
    for name, model in PAGE_TYPES:
        pks = model.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
        indexing.schedule(name, list(pks))
    if GlossaryPage.objects.descendant_of(page, inclusive=True).exists():
        indexing.schedule(TERM, list(Term.objects.values_list("pk", flat=True)))


def _slug_changed(sender, instance, **kwargs):
    """A page got a new slug (sent after commit, only when the slug changed)."""
    _new_addresses(instance)


def _page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """A page moved; a reorder under the same parent changes no address."""
    if url_path_before != url_path_after:
        _new_addresses(instance)


def _triggers():
    triggers = []
    for name, model in PAGE_TYPES:
        triggers += [
            # A thema renamed: its name is a facet value and in the text.
            (f"kennisbank.thema-{name}", Thema, name,
             lambda thema, model=model: model.objects.filter(themas__pk=thema.pk)),
            (f"kennisbank.restriction-{name}", PageViewRestriction, name,
             _restricted_pages(model)),
        ]
    triggers += [
        ("kennisbank.wijk-praktijk", Wijk, PRACTICE,
         lambda wijk: GoodPracticePage.objects.filter(wijk_id=wijk.pk)),
        ("kennisbank.wijk-sociale-kaart", Wijk, SOCIAL_MAP,
         lambda wijk: SocialMapEntryPage.objects.filter(wijken__pk=wijk.pk)),
        ("kennisbank.doelgroep-sociale-kaart", TargetGroup, SOCIAL_MAP,
         lambda group: SocialMapEntryPage.objects.filter(target_groups__pk=group.pk)),
        # The terms link to the glossary page: its address is theirs.
        ("kennisbank.glossary-terms", GlossaryPage, TERM, lambda page: Term.objects.all()),
        ("kennisbank.restriction-begrip", PageViewRestriction, TERM,
         lambda restriction: Term.objects.all()),
    ]
    return triggers


def register():
    """Called from KennisbankConfig.ready()."""
    for name, label, model, queryset, to_document, order in TYPES:
        register_type(SearchableType(name, label, model, queryset, to_document, order))
    for name, model, type_name, affected in _triggers():
        register_trigger(name, model, type_name, affected)
    register_synonyms("glossary", glossary_synonyms)
    register_answer("glossary", glossary_answer)
    post_save.connect(_forget_synonyms, sender=Term, dispatch_uid="kennisbank-term-synonyms-saved")
    post_delete.connect(_forget_synonyms, sender=Term,
                        dispatch_uid="kennisbank-term-synonyms-deleted")
    # Only a new slug or a move changes the address of the pages below a
    # page; a page's own saves (drafts too) index that page alone.
    page_slug_changed.connect(_slug_changed, dispatch_uid="kennisbank-search-slug-changed")
    post_page_move.connect(_page_moved, dispatch_uid="kennisbank-search-page-moved")
