"""Replace Wagtail's "Welcome to your new Wagtail site!" page with the Dutch home page.

A freshly migrated database (the test database too) then serves the home
page at / without loading demo content. Written against historical models,
so it fills the tree fields that treebeard would otherwise maintain.
"""

from django.conf import settings
from django.db import migrations

TITLE = "Welkom bij het wijkzorgnetwerk"
INTRO = (
    "<p>Hier werken scholen, jeugdhulp, sociaal werk en gemeente samen rond kinderen "
    "en jongeren, dicht bij huis. Ouders en jongeren vinden hier uitleg in gewone "
    "woorden over school, ondersteuning en hulp.</p>"
)
PATH_STEP = 4
PATH_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _encode(number):
    digits = ""
    while number:
        number, remainder = divmod(number, len(PATH_ALPHABET))
        digits = PATH_ALPHABET[remainder] + digits
    return digits.rjust(PATH_STEP, "0")


def _next_child_path(Page, root):
    last = Page.objects.filter(depth=root.depth + 1).order_by("-path").first()
    position = int(last.path[-PATH_STEP:], len(PATH_ALPHABET)) + 1 if last else 1
    return root.path + _encode(position)


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("kennisbank", "HomePage")

    if HomePage.objects.exists():
        return
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return

    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    home_type, _created = ContentType.objects.get_or_create(
        app_label="kennisbank", model="homepage"
    )
    # Wagtail's own welcome page: deleting it also deletes the site that
    # points at it, which is recreated below.
    Page.objects.filter(depth=2, slug="home", content_type=page_type, numchild=0).delete()

    home = HomePage.objects.create(
        title=TITLE,
        draft_title=TITLE,
        slug="home",
        content_type=home_type,
        locale_id=root.locale_id,
        path=_next_child_path(Page, root),
        depth=2,
        numchild=0,
        url_path="/home/",
        live=True,
        intro=INTRO,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page_id = home.pk
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()


def remove_home_page(apps, schema_editor):
    HomePage = apps.get_model("kennisbank", "HomePage")
    Page = apps.get_model("wagtailcore", "Page")
    for home in HomePage.objects.all():
        root = Page.objects.filter(depth=1).first()
        home.delete()
        if root is not None:
            root.numchild = Page.objects.filter(depth=2).count()
            root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_home_page, remove_home_page),
    ]
