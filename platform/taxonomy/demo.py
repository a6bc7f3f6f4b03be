"""Demo reference data: Zoetermeer, its wijken, invented organisations,
thema's and expertise, from the files in `content/`. Safe to run again:
everything is keyed by slug.

Place names are real; every organisation, website and email domain is
invented. The domains all end in `.wzn-demo.nl` so nobody mistakes them for
a real school's: an address at such a domain is auto-verified as
professional in the demo. The suffix and the gemeente stay here, not in a
content file: other demos look people up by that suffix and wijken up by
the gemeente's slug, so an editor changing them would break those.
"""

from pathlib import Path

from django.utils.text import slugify

from demo.content import load

from .models import Expertise, Gemeente, Organisation, OrganisationType, Thema, Wijk

CONTENT = Path(__file__).resolve().parent / "content"
DEMO_DOMAIN_SUFFIX = "wzn-demo.nl"
GEMEENTE = ("zoetermeer", "Zoetermeer")

# Names, in order: community's demo people work in a wijk and its neighbours.
WIJKEN = load(CONTENT / "wijken.yaml")


def demo_domain(slug):
    """The invented email domain of the demo organisation with this slug."""
    return f"{slug}.{DEMO_DOMAIN_SUFFIX}"


def seed(log):
    slug, name = GEMEENTE
    gemeente, _ = Gemeente.objects.update_or_create(slug=slug, defaults={"name": name})
    wijken = {
        name: Wijk.objects.update_or_create(
            gemeente=gemeente, slug=slugify(name), defaults={"name": name}
        )[0]
        for name in WIJKEN
    }
    themas = {
        item["name"]: Thema.objects.update_or_create(
            slug=slugify(item["name"]), defaults={"name": item["name"],
                                                  "description": item["description"],
                                                  **_synonyms(item)}
        )[0]
        for item in load(CONTENT / "themas.yaml", required=["name", "description"])
    }
    expertise = {
        item["slug"]: Expertise.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], **_synonyms(item)})[0]
        for item in load(CONTENT / "expertise.yaml", required=["slug", "name"])
    }
    organisations = load(CONTENT / "organisations.yaml",
                         required=["name", "slug", "type", "themas", "expertise"])
    for item in organisations:
        _organisation(item, wijken, themas, expertise)
    log(f"taxonomy: {len(wijken)} wijken, {len(organisations)} organisaties, "
        f"{len(themas)} thema's, {len(expertise)} expertises")


def _synonyms(item):
    """The `synonyms` of a term's item (a list, or one text with commas), as
    the model stores them; nothing when the file gives none."""
    if "synonyms" not in item:
        return {}
    value = item["synonyms"]
    return {"synonyms": ", ".join(value) if isinstance(value, list) else str(value or "")}


def _organisation(item, wijken, themas, expertise):
    slug = item["slug"]
    org, _ = Organisation.objects.update_or_create(slug=slug, defaults={
        "name": item["name"], "type": OrganisationType(item["type"]),
        "wijk": wijken.get(item.get("wijk")),
        "website": f"https://www.{demo_domain(slug)}/",
        "email_domains": demo_domain(slug),
    })
    org.themas.set([themas[name] for name in item["themas"]])
    org.expertise.set([expertise[term] for term in item["expertise"]])
