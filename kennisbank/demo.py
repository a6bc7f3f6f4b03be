"""Demo content for the kennisbank: the home page as the default site's root, the glossary,
and the pages of every section. The texts are files in `kennisbank/content/`."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from .demo_pages import read, seed_pages
from .models import GlossaryPage, HomePage, Term, TermRelatedPage
from .sections import ensure_sections


def seed(log):
    """Make the Dutch home page the root of the default site. Safe to run again."""
    [start] = read("startpagina.yaml")
    [glossary] = read("begrippen.yaml")
    home = HomePage.objects.first() or _create_home_page(start["title"], log)
    _make_default_site(home, log)
    _delete_welcome_page(log)
    _publish_intro(home, start, log)
    _seed_terms(glossary["terms"], log)
    _seed_glossary_page(home, glossary, log)
    ensure_sections()
    seed_pages(log)
    _seed_related_pages(home, glossary["terms"], log)


def _welcome_pages():
    """Wagtail's "Welcome to your new Wagtail site!" page, as the installer leaves it."""
    plain_page = ContentType.objects.get_for_model(Page)
    return Page.objects.filter(depth=2, slug="home", content_type=plain_page, numchild=0)


def _create_home_page(title, log):
    # The welcome page holds the slug "home"; its site goes with it and is
    # recreated by _make_default_site.
    _delete_welcome_page(log)
    home = Page.get_first_root_node().add_child(instance=HomePage(title=title, slug="home"))
    log("kennisbank: startpagina aangemaakt")
    return home


def _delete_welcome_page(log):
    for page in _welcome_pages():
        page.delete()
        log("kennisbank: standaard welkomstpagina van Wagtail verwijderd")


def _site_address():
    """Host and port of SITE_URL, where the development server listens."""
    address = urlsplit(settings.SITE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


def _make_default_site(home, log):
    hostname, port = _site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.filter(hostname=hostname, port=port).first() or Site()
    wanted = {
        "hostname": hostname,
        "port": port,
        "root_page_id": home.pk,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "is_default_site": True,
    }
    if site.pk and all(getattr(site, name) == value for name, value in wanted.items()):
        return
    for name, value in wanted.items():
        setattr(site, name, value)
    site.save()
    log(f"kennisbank: standaardsite {hostname}:{port} wijst naar de startpagina")


def _publish_intro(home, start, log):
    published = home.live and not home.has_unpublished_changes
    if published and home.title == start["title"] and home.intro == start["intro"]:
        return
    home.title = home.draft_title = start["title"]
    home.intro = start["intro"]
    home.save_revision(log_action=True).publish()
    log("kennisbank: welkomsttekst van de startpagina gepubliceerd")


def _seed_terms(terms, log):
    """Create or correct every demo term; terms editors added stay as they are."""
    existing = {term.abbreviation: term for term in Term.objects.all()}
    for item in terms:
        abbreviation, explanation = item["abbreviation"], item["explanation"]
        full_term = item.get("full_term", "")
        term = existing.get(abbreviation) or Term(abbreviation=abbreviation)
        if term.pk and (term.full_term, term.explanation) == (full_term, explanation):
            continue
        action = "bijgewerkt" if term.pk else "toegevoegd"
        term.full_term, term.explanation = full_term, explanation
        term.save()
        log(f"kennisbank: begrip {abbreviation} {action}")


def _seed_glossary_page(home, glossary, log):
    """/begrippen/ under the home page, published."""
    page = GlossaryPage.objects.first()
    if page is None:
        page = home.add_child(instance=GlossaryPage(
            title=glossary["title"], slug=glossary["slug"], intro=glossary["intro"], live=False,
        ))
        log("kennisbank: begrippenlijst aangemaakt")
    if page.live and not page.has_unpublished_changes:
        return
    page.save_revision(log_action=True).publish()
    log("kennisbank: begrippenlijst gepubliceerd")


def _seed_related_pages(home, terms, log):
    """Link terms to the pages that tell more, for terms that have no links yet."""
    related = {item["abbreviation"]: item["related_pages"]
               for item in terms if item.get("related_pages")}
    linked = set(TermRelatedPage.objects.values_list("term_id", flat=True))
    for term in Term.objects.filter(abbreviation__in=related).exclude(pk__in=linked):
        paths = [f"{home.url_path}{path}/" for path in related[term.abbreviation]]
        pages = {page.url_path: page for page in Page.objects.filter(url_path__in=paths)}
        for order, path in enumerate(p for p in paths if p in pages):
            TermRelatedPage.objects.create(term=term, page=pages[path], sort_order=order)
        log(f"kennisbank: begrip {term.abbreviation} gekoppeld aan {len(pages)} pagina's")
