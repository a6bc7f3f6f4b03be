"""Demo reference data: Zoetermeer, its wijken, invented organisations,
thema's and expertise. Safe to run again: everything is keyed by slug.

Place names are real; every organisation, website and email domain is
invented. The domains all end in `.wzn-demo.nl` so nobody mistakes them for
a real school's: an address at such a domain is auto-verified as
professional in the demo.
"""

from django.utils.text import slugify

from .models import Expertise, Gemeente, Organisation, OrganisationType, Thema, Wijk

DEMO_DOMAIN_SUFFIX = "wzn-demo.nl"

WIJKEN = [
    "Meerzicht", "Palenstein", "Buytenwegh", "Seghwaert", "Oosterheem", "Rokkeveen",
    "Noordhove", "Dorp", "Driemanspolder", "Stadscentrum",
]

THEMAS = {
    "Dyslexie": "Lezen en spellen als dat niet vanzelf gaat.",
    "Hoogbegaafdheid": "Kinderen die meer uitdaging nodig hebben.",
    "Thuiszitters": "Kinderen die vier weken of langer niet naar school gaan.",
    "Gedrag": "Omgaan met gedrag dat opvalt, in de klas en thuis.",
    "Taal en spraak": "Praten, begrijpen en taal leren.",
    "Nieuwkomers": "Kinderen en gezinnen die net in Nederland wonen.",
    "Meldcode": "Wat te doen bij zorgen over huiselijk geweld of kindermishandeling.",
    "VVE": "Voor- en vroegschoolse educatie voor jonge kinderen.",
    "Passend onderwijs": "Een passende plek op school voor elk kind.",
    "Ouderbetrokkenheid": "Samenwerken met ouders: met het gezin, niet over het gezin.",
    "Schoolverzuim": "Als een kind vaak of lang afwezig is.",
    "Armoede": "Opgroeien met weinig geld.",
    "Sociale veiligheid": "Een veilige school zonder pesten.",
    "Jonge kind": "Ontwikkeling van baby tot groep 2.",
    "Overgang PO-VO": "De stap van de basisschool naar de middelbare school.",
}

EXPERTISE = {
    "dyslexie": "Dyslexie",
    "dyscalculie": "Dyscalculie",
    "hoogbegaafdheid": "Hoogbegaafdheid",
    "ass": "ASS",
    "adhd": "ADHD",
    "cluster-1": "Cluster 1 visueel",
    "cluster-2": "Cluster 2 taal/spraak",
    "cluster-3": "Cluster 3 lichamelijk, verstandelijk, langdurig ziek",
    "cluster-4": "Cluster 4 gedrag en psychiatrie",
    "thuiszitters": "Thuiszitters",
    "nieuwkomers": "Nieuwkomers",
    "meldcode": "Meldcode kindermishandeling",
    "gedragsproblemen": "Gedragsproblemen",
    "rouw-en-verlies": "Rouw en verlies",
    "faalangst": "Faalangst",
    "schoolverzuim": "Schoolverzuim",
    "vve": "VVE",
    "echtscheiding": "Echtscheiding",
    "pesten": "Pesten en sociale veiligheid",
    "executieve-functies": "Executieve functies",
    "trauma": "Trauma",
    "ouderbetrokkenheid": "Ouderbetrokkenheid",
    "jonge-kind": "Jonge kind",
}

T = OrganisationType

# (name, slug, type, wijk or None, thema's, expertise slugs)
ORGANISATIONS = [
    ("Basisschool De Klimboom", "klimboom", T.SCHOOL_PO, "Meerzicht",
     ["Dyslexie", "Ouderbetrokkenheid"], ["dyslexie", "faalangst"]),
    ("Basisschool De Zeepbel", "zeepbel", T.SCHOOL_PO, "Palenstein",
     ["Nieuwkomers", "Taal en spraak"], ["nieuwkomers", "cluster-2"]),
    ("Kindcentrum Sterrenpad", "sterrenpad", T.SCHOOL_PO, "Oosterheem",
     ["VVE", "Jonge kind", "Hoogbegaafdheid"], ["vve", "hoogbegaafdheid"]),
    ("Basisschool Het Kompasblad", "kompasblad", T.SCHOOL_PO, "Buytenwegh",
     ["Gedrag", "Sociale veiligheid"], ["gedragsproblemen", "pesten"]),
    ("Basisschool De Waterlelie", "waterlelie", T.SCHOOL_PO, "Seghwaert",
     ["Hoogbegaafdheid", "Overgang PO-VO"], ["hoogbegaafdheid", "executieve-functies"]),
    ("Meerwijk College", "meerwijkcollege", T.SCHOOL_VO, "Rokkeveen",
     ["Schoolverzuim", "Passend onderwijs"], ["schoolverzuim", "faalangst", "adhd"]),
    ("Lyceum De Lichtboog", "lichtboog", T.SCHOOL_VO, "Stadscentrum",
     ["Overgang PO-VO", "Hoogbegaafdheid"], ["hoogbegaafdheid", "ass"]),
    ("Vakcollege Leerhuis Driemanspolder", "leerhuis", T.SCHOOL_MBO, "Driemanspolder",
     ["Schoolverzuim", "Armoede"], ["schoolverzuim", "thuiszitters"]),
    ("SBO De Vuurtoren", "vuurtoren", T.SCHOOL_SBO, "Noordhove",
     ["Passend onderwijs", "Gedrag"], ["ass", "adhd", "cluster-4"]),
    ("SO/VSO De Wegwijzer", "wegwijzer", T.SCHOOL_SO, "Dorp",
     ["Passend onderwijs", "Taal en spraak"], ["cluster-2", "cluster-3", "cluster-4"]),
    ("Kinderopvang Kleine Reus", "kleinereus", T.KINDEROPVANG, "Oosterheem",
     ["VVE", "Jonge kind"], ["vve", "jonge-kind"]),
    ("Kinderdagverblijf Het Boomhutje", "boomhutje", T.KINDEROPVANG, "Rokkeveen",
     ["Jonge kind", "Taal en spraak"], ["jonge-kind", "cluster-2"]),
    ("Gezinspunt Stadshart (CJG)", "gezinspunt", T.CJG, "Stadscentrum",
     ["Ouderbetrokkenheid", "Armoede"], ["echtscheiding", "ouderbetrokkenheid"]),
    ("Jeugdgezondheid Dichtbij", "jgzdichtbij", T.JGZ, "Palenstein",
     ["Jonge kind", "Schoolverzuim"], ["jonge-kind", "schoolverzuim", "meldcode"]),
    ("Schoolmaatschappelijk Werk Schoolnabij", "schoolnabij", T.SMW, "Buytenwegh",
     ["Ouderbetrokkenheid", "Meldcode"], ["meldcode", "echtscheiding", "rouw-en-verlies"]),
    ("Jeugd- en gezinsteam Noord", "jgt-noord", T.WIJKTEAM, "Noordhove",
     ["Meldcode", "Thuiszitters"], ["meldcode", "thuiszitters", "trauma"]),
    ("Jeugd- en gezinsteam Zuid", "jgt-zuid", T.WIJKTEAM, "Rokkeveen",
     ["Armoede", "Gedrag"], ["gedragsproblemen", "echtscheiding"]),
    ("Praktijk Groeikracht", "groeikracht", T.JEUGDHULP, "Seghwaert",
     ["Gedrag", "Dyslexie"], ["dyslexie", "ass", "adhd"]),
    ("Jeugdhulp Op Koers", "opkoers", T.JEUGDHULP, "Meerzicht",
     ["Thuiszitters", "Gedrag"], ["trauma", "thuiszitters", "rouw-en-verlies"]),
    ("Stadskantoor, team Jeugd en Onderwijs", "stadskantoor-jeugd", T.GEMEENTE, "Stadscentrum",
     ["Passend onderwijs", "VVE"], ["vve", "nieuwkomers"]),
    ("Bureau Leerplicht Stadskantoor", "leerplicht", T.GEMEENTE, "Stadscentrum",
     ["Schoolverzuim", "Thuiszitters"], ["schoolverzuim", "thuiszitters"]),
    ("Samenwerkingsverband Samen Passend PO", "samenpassend-po", T.SWV, None,
     ["Passend onderwijs", "Thuiszitters"], ["cluster-1", "cluster-2", "thuiszitters"]),
    ("Samenwerkingsverband VO Dichtbij", "vodichtbij", T.SWV, None,
     ["Passend onderwijs", "Overgang PO-VO"], ["cluster-3", "cluster-4", "faalangst"]),
    ("Logopediepraktijk Praatpaal", "praatpaal", T.OTHER, "Dorp",
     ["Taal en spraak"], ["cluster-2", "jonge-kind"]),
    ("Stichting Taalmaatjes Stad", "taalmaatjes", T.OTHER, "Palenstein",
     ["Nieuwkomers", "Taal en spraak"], ["nieuwkomers", "ouderbetrokkenheid"]),
]


def demo_domain(slug):
    """The invented email domain of the demo organisation with this slug."""
    return f"{slug}.{DEMO_DOMAIN_SUFFIX}"


def seed(log):
    gemeente, _ = Gemeente.objects.update_or_create(
        slug="zoetermeer", defaults={"name": "Zoetermeer"}
    )
    wijken = {
        name: Wijk.objects.update_or_create(
            gemeente=gemeente, slug=slugify(name), defaults={"name": name}
        )[0]
        for name in WIJKEN
    }
    themas = {
        name: Thema.objects.update_or_create(
            slug=slugify(name), defaults={"name": name, "description": text}
        )[0]
        for name, text in THEMAS.items()
    }
    expertise = {
        slug: Expertise.objects.update_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in EXPERTISE.items()
    }
    for name, slug, org_type, wijk, thema_names, expertise_slugs in ORGANISATIONS:
        org, _ = Organisation.objects.update_or_create(slug=slug, defaults={
            "name": name, "type": org_type, "wijk": wijken.get(wijk),
            "website": f"https://www.{demo_domain(slug)}/",
            "email_domains": demo_domain(slug),
        })
        org.themas.set([themas[t] for t in thema_names])
        org.expertise.set([expertise[e] for e in expertise_slugs])
    log(f"taxonomy: {len(wijken)} wijken, {len(ORGANISATIONS)} organisaties, "
        f"{len(themas)} thema's, {len(expertise)} expertises")
