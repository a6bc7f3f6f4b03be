"""Demo professionals: 40 invented people at the taxonomy demo's invented
organisations, each with a verified account and a filled-in profile.
Also fills in the profiles of the demo role accounts (made by accounts).
Safe to run again: people are keyed by email address.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from accounts import roles
from accounts.demo import DEMO_PASSWORD  # one password for every demo account
from taxonomy.demo import WIJKEN, demo_domain
from taxonomy.models import Expertise, Organisation, Wijk

from .demo_groups import seed_groups
from .demo_posts import seed_posts
from .models import Profile
from .models.profiles import default_display_name

ROLE_DEMO_DOMAIN = "demo.wijkzorgnetwerk.nl"

# (first name, last name, organisation slug, function, expertise slugs)
PEOPLE = [
    ("Anouk", "de Graaf", "klimboom", "intern begeleider", ["dyslexie", "faalangst"]),
    ("Mehmet", "Yilmaz", "meerwijkcollege", "zorgcoördinator",
     ["schoolverzuim", "adhd", "faalangst"]),
    ("Sanne", "Visser", "jgzdichtbij", "jeugdverpleegkundige", ["jonge-kind", "meldcode"]),
    ("Fatima", "El Amrani", "schoolnabij", "schoolmaatschappelijk werker",
     ["meldcode", "echtscheiding", "rouw-en-verlies"]),
    ("Jeroen", "Bakker", "leerplicht", "leerplichtambtenaar", ["schoolverzuim", "thuiszitters"]),
    ("Lotte", "van Dijk", "samenpassend-po", "orthopedagoog",
     ["dyslexie", "hoogbegaafdheid", "ass"]),
    ("Bram", "Jansen", "vodichtbij", "ambulant begeleider", ["cluster-4", "adhd"]),
    ("Priya", "Ramdin", "jgt-noord", "jeugd- en gezinswerker",
     ["meldcode", "trauma", "echtscheiding"]),
    ("Thijs", "de Boer", "zeepbel", "intern begeleider", ["nieuwkomers", "cluster-2"]),
    ("Noor", "Hendriks", "kleinereus", "pedagogisch medewerker", ["vve", "jonge-kind"]),
    ("Ahmed", "Benali", "jgt-zuid", "jeugd- en gezinswerker",
     ["gedragsproblemen", "echtscheiding"]),
    ("Eva", "Smit", "sterrenpad", "intern begeleider", ["hoogbegaafdheid", "vve"]),
    ("Kees", "Mulder", "vuurtoren", "orthopedagoog", ["ass", "adhd", "cluster-4"]),
    ("Marloes", "Kok", "wegwijzer", "ambulant begeleider", ["cluster-2", "cluster-3"]),
    ("Yusuf", "Demir", "leerhuis", "loopbaanbegeleider", ["schoolverzuim", "thuiszitters"]),
    ("Iris", "Peters", "gezinspunt", "opvoedadviseur", ["ouderbetrokkenheid", "echtscheiding"]),
    ("Daan", "Vermeulen", "groeikracht", "orthopedagoog",
     ["dyslexie", "adhd", "executieve-functies"]),
    ("Sophie", "Willems", "kompasblad", "intern begeleider", ["gedragsproblemen", "pesten"]),
    ("Ricardo", "Martina", "opkoers", "jeugdhulpverlener", ["trauma", "thuiszitters"]),
    ("Hanna", "de Wit", "waterlelie", "intern begeleider",
     ["hoogbegaafdheid", "executieve-functies"]),
    ("Mirjam", "Dekker", "lichtboog", "zorgcoördinator", ["ass", "hoogbegaafdheid", "faalangst"]),
    ("Samir", "Ouali", "stadskantoor-jeugd", "beleidsadviseur onderwijs en jeugd",
     ["vve", "nieuwkomers"]),
    ("Ellen", "Brouwer", "praatpaal", "logopedist", ["cluster-2", "jonge-kind"]),
    ("Wendy", "Koster", "taalmaatjes", "coördinator taalmaatjes",
     ["nieuwkomers", "ouderbetrokkenheid"]),
    ("Niels", "van Leeuwen", "boomhutje", "pedagogisch coach", ["jonge-kind", "vve"]),
    ("Aylin", "Kaya", "jgzdichtbij", "jeugdarts", ["jonge-kind", "schoolverzuim"]),
    ("Pieter", "Schouten", "samenpassend-po", "ambulant begeleider", ["cluster-1", "cluster-2"]),
    ("Femke", "Hoekstra", "vodichtbij", "orthopedagoog", ["cluster-3", "faalangst"]),
    ("Romano", "Tjon", "leerplicht", "leerplichtambtenaar",
     ["schoolverzuim", "thuiszitters", "nieuwkomers"]),
    ("Esther", "van der Meer", "schoolnabij", "schoolmaatschappelijk werker",
     ["echtscheiding", "pesten"]),
    ("Joost", "Vos", "meerwijkcollege", "mentor en faalangsttrainer", ["faalangst", "pesten"]),
    ("Linda", "Bos", "jgt-noord", "gedragswetenschapper", ["ass", "trauma"]),
    ("Rachid", "Bouzid", "jgt-zuid", "jeugd- en gezinswerker",
     ["rouw-en-verlies", "gedragsproblemen"]),
    ("Karin", "Huisman", "klimboom", "remedial teacher", ["dyslexie", "dyscalculie"]),
    ("Tom", "Verbeek", "wegwijzer", "intern begeleider", ["cluster-3", "ass"]),
    ("Mila", "Jacobs", "gezinspunt", "jeugdverpleegkundige", ["jonge-kind", "ouderbetrokkenheid"]),
    ("Gerard", "Pool", "stadskantoor-jeugd", "contactpersoon thuiszitters",
     ["thuiszitters", "schoolverzuim"]),
    ("Inge", "Scholten", "sterrenpad", "VVE-coördinator", ["vve", "jonge-kind"]),
    ("Joyce", "Wijaya", "leerhuis", "studentbegeleider", ["faalangst", "adhd"]),
    ("Bas", "Kuipers", "opkoers", "ambulant hulpverlener",
     ["echtscheiding", "trauma", "rouw-en-verlies"]),
]

WORK = {
    "intern begeleider": "Ik bereid het ondersteuningsteam voor en houd de actielijst bij.",
    "zorgcoördinator": "Ik zit het flex-ZAT voor en zorg dat afspraken ook gebeuren.",
    "jeugdverpleegkundige": "Ik zie kinderen en ouders op het consultatiebureau en op school.",
    "schoolmaatschappelijk werker": "Ouders en leerlingen kunnen laagdrempelig bij mij "
                                    "terecht.",
    "leerplichtambtenaar": "Ik denk mee als een leerling veel verzuimt, liefst zo vroeg "
                           "mogelijk.",
    "orthopedagoog": "Ik onderzoek wat een kind nodig heeft en adviseer school en ouders.",
    "ambulant begeleider": "Ik ondersteun leerkrachten in de klas bij leerlingen die extra "
                           "nodig hebben.",
    "jeugd- en gezinswerker": "Ik werk met gezinnen in de wijk: één gezin, één plan.",
}
DEFAULT_WORK = "Ik werk graag samen met school, ouders en partners in de wijk."

ROLE_FUNCTIONS = [
    (roles.BEHEERDER, "beheerder van het platform"),
    (roles.MODERATOR, "moderator"),
    (roles.REDACTEUR, "redacteur kennisbank"),
    (roles.EDDIE, "eddie (contentredacteur in opleiding)"),
    (roles.PROFESSIONAL, "intern begeleider"),
]


def seed(log):
    organisations = {org.slug: org for org in Organisation.objects.all()}
    wijken = {wijk.name: wijk for wijk in Wijk.objects.filter(gemeente__slug="zoetermeer")}
    expertise = {term.slug: term for term in Expertise.objects.all()}
    professional_role = Group.objects.get(name=roles.PROFESSIONAL)
    for index, (first, last, org_slug, function, terms) in enumerate(PEOPLE):
        org = organisations[org_slug]
        user = _demo_user(first, last, org, professional_role)
        profile = Profile.objects.for_user(user)
        profile.display_name = f"{first} {last}"
        profile.function = function
        profile.organisation = org
        profile.bio = _bio(function, org, [expertise[t] for t in terms])
        profile.save()
        profile.wijken.set(_wijken_for(index, org, wijken))
        profile.expertise.set([expertise[t] for t in terms])
    log(f"community: {len(PEOPLE)} profielen van professionals (wachtwoord {DEMO_PASSWORD})")
    log(f"community: {_fill_role_profiles()} profielen van demo-rollen bijgewerkt")
    seed_posts(log)
    seed_groups(log)


def demo_email(first, last, org_slug):
    return f"{slugify(first)[0]}.{slugify(last).replace('-', '')}@{demo_domain(org_slug)}"


def _demo_user(first, last, org, professional_role):
    """A verified professional account; the password is set only once."""
    user, created = get_user_model().objects.get_or_create(
        email=demo_email(first, last, org.slug),
        defaults={"first_name": first, "last_name": last, "organisation": org,
                  "verified_professional_at": timezone.now()},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    user.groups.add(professional_role)
    return user


def _wijken_for(index, org, wijken):
    """The organisation's own wijk plus up to two neighbours, 1-3 in all."""
    start = WIJKEN.index(org.wijk.name) if org.wijk else index % len(WIJKEN)
    count = 1 + index % 3
    names = [WIJKEN[(start + step) % len(WIJKEN)] for step in range(count)]
    return [wijken[name] for name in names]


def _bio(function, org, terms):
    term_names = " en ".join(term.name.lower() for term in terms[:2])
    return (
        f"Ik ben {function} bij {org.name}. {WORK.get(function, DEFAULT_WORK)} "
        f"Vraag me gerust iets over {term_names}."
    )


def _fill_role_profiles():
    """Profiles for the demo role accounts, if accounts made them."""
    users = get_user_model().objects.filter(email__endswith=f"@{ROLE_DEMO_DOMAIN}")
    for user in users.prefetch_related("groups"):
        role_names = {group.name for group in user.groups.all()}
        function = next((f for role, f in ROLE_FUNCTIONS if role in role_names), "")
        profile = Profile.objects.for_user(user)
        # accounts names the user after creating it, so the name the profile
        # got at creation may be the bare address.
        profile.display_name = default_display_name(user)
        profile.function = function
        profile.bio = (
            "Dit is een demo-account om het platform te verkennen. "
            "Meld echte vragen niet hier, maar bij de beheerder van uw organisatie."
        )
        profile.save()
    return users.count()
