"""Turn the kennisbank's content files into published pages. Safe to run again.

The texts live in `kennisbank/content/` (see its README.md), one folder per
section, one file per page. A page that already exists (by slug under its
section) is left as editors left it; only missing pages are created.
"""

import datetime
import json
from pathlib import Path

from django.utils.text import slugify

from demo.content import join_lines, load
from taxonomy.models import Thema, Wijk

from .models import (
    GoodPracticePage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    LearningEnvironmentPage,
    NewsIndexPage,
    NewsItemPage,
    ParentsIndexPage,
    ParentTopicPage,
    ResourcePage,
    SocialMapEntryPage,
    SocialMapPage,
    TargetGroup,
)

CONTENT = Path(__file__).resolve().parent / "content"


def read(name):
    """The items of the content file or folder `name`, each text on one line again."""
    return [join_lines(item) for item in load(CONTENT / name)]


def stream(body):
    """StreamField raw data (JSON) from a body: a list of `{block type: value}` blocks."""
    blocks = []
    for block in body:
        if not (isinstance(block, dict) and len(block) == 1):
            raise ValueError(f"A body block is one 'type: value' pair, not {block!r}")
        [(block_type, value)] = block.items()
        blocks.append({"type": block_type, "value": value})
    return json.dumps(blocks)


class Seeder:
    """Creates missing pages under the section pages; looks reference data up by name."""

    def __init__(self, log):
        self.log = log
        self.themas = {thema.name: thema for thema in Thema.objects.all()}
        self.wijken = {wijk.name: wijk for wijk in Wijk.objects.all()}
        self.target_groups = {group.slug: group for group in TargetGroup.objects.all()}
        self.created = 0

    def add(self, parent, page, relations):
        """Publish `page` under `parent` unless a page with its slug is there already."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing:
            return existing.specific
        parent.add_child(instance=page)
        for name, values in relations.items():
            getattr(page, name).set(values)
        page.save_revision().publish()
        self.created += 1
        return page

    def themas_for(self, names):
        return [self.themas[name] for name in names if name in self.themas]

    def wijken_for(self, names):
        return [self.wijken[name] for name in names if name in self.wijken]


def seed_pages(log):
    seeder = Seeder(log)
    _seed_knowledge(seeder, read("kennisbank"))
    _seed_news(seeder, read("actueel"))
    _seed_learning(seeder, read("rijke-leeromgeving/goede-praktijken"),
                   read("rijke-leeromgeving/bronnen"))
    entries = _seed_social_map(seeder, read("sociale-kaart"))
    _seed_parents(seeder, read("ouders"), entries)
    _seed_review_examples(log, read("ter-beoordeling"))
    if seeder.created:
        log(f"kennisbank: {seeder.created} pagina's aangemaakt")


def _common(item):
    return {"title": item["title"], "slug": item.get("slug") or slugify(item["title"]),
            "intro": item["intro"], "body": stream(item.get("body", []))}


def _seed_knowledge(seeder, articles):
    index = KnowledgeIndexPage.objects.get()
    for item in articles:
        page = KnowledgeArticlePage(**_common(item), visibility=item["visibility"])
        seeder.add(index, page, {"themas": seeder.themas_for(item["themas"])})


def _seed_news(seeder, items):
    index = NewsIndexPage.objects.get()
    for item in items:
        page = NewsItemPage(**_common(item), visibility=item["visibility"],
                            date=datetime.date.fromisoformat(str(item["date"])))
        seeder.add(index, page, {"themas": seeder.themas_for(item["themas"])})


def _seed_learning(seeder, practices, resources):
    index = LearningEnvironmentPage.objects.get()
    for item in practices:
        page = GoodPracticePage(
            **_common(item), visibility=item.get("visibility", "public"), sector=item["sector"],
            wijk=seeder.wijken.get(item.get("wijk") or ""), provider=item["provider"],
            results=item["results"], contact_name=item.get("contact_name", ""),
            contact_email=item.get("contact_email", ""),
            contact_phone=item.get("contact_phone", ""),
        )
        seeder.add(index, page, {"themas": seeder.themas_for(item["themas"])})
    for item in resources:
        page = ResourcePage(**_common(item), kind=item["kind"], source_url=item.get("url", ""),
                            visibility=item.get("visibility", "public"))
        seeder.add(index, page, {"themas": seeder.themas_for(item["themas"])})


def _seed_social_map(seeder, entries):
    index = SocialMapPage.objects.get()
    pages = {}
    for item in entries:
        page = SocialMapEntryPage(
            title=item["title"], slug=item["slug"], organisation=item["organisation"],
            level=item["level"], summary=item["summary"], how_to_reach=item["how_to_reach"],
            referral_needed=item.get("referral_needed", False), phone=item.get("phone", ""),
            email=item.get("email", ""), website=item.get("website", ""),
            address=item.get("address", ""), opening_hours=item.get("opening_hours", ""),
            body=stream(item.get("body", [])),
        )
        pages[item["slug"]] = seeder.add(index, page, {
            "wijken": seeder.wijken_for(item.get("wijken", [])),
            "themas": seeder.themas_for(item["themas"]),
            "target_groups": [seeder.target_groups[s] for s in item["doelgroepen"]
                              if s in seeder.target_groups],
        })
    return pages


def _seed_parents(seeder, topics, entries):
    index = ParentsIndexPage.objects.get()
    for item in topics:
        page = ParentTopicPage(**_common(item))
        seeder.add(index, page, {
            "themas": seeder.themas_for(item["themas"]),
            "who_can_help": [entries[slug] for slug in item["who_can_help"] if slug in entries],
        })


def _seed_review_examples(log, items):
    """Articles the demo eddie submitted, waiting in the redacteur's dashboard."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Workflow

    from .editorial.workflow import WORKFLOW_NAME

    eddie = get_user_model().objects.filter(email="eddie@demo.wijkzorgnetwerk.nl").first()
    if eddie is None:
        return
    index = KnowledgeIndexPage.objects.get()
    for item in items:
        if index.get_children().filter(slug=item["slug"]).exists():
            continue
        page = index.add_child(instance=KnowledgeArticlePage(
            **_common(item), owner=eddie, live=False))
        page.save_revision(user=eddie)
        Workflow.objects.get(name=WORKFLOW_NAME).start(page, eddie)
        log("kennisbank: een artikel van de eddie wacht op beoordeling")
