"""Demo professionals: the invented people of `content/people.yaml` at the
taxonomy demo's invented organisations, each with a verified account and a
filled-in profile (texts from `content/profiles.yaml`, saved through
`services.profiles.update_profile`). Also fills in the profiles of the demo
role accounts (made by accounts), then seeds the posts and groups. Safe to
run again: people are keyed by email address.

Posts, groups and actions are written as models, not through the services:
the demo needs what a form never makes (HTML bodies, backdated posts, chosen
group slugs, overdue actions).
"""

from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from accounts import roles
from accounts.demo import DEMO_PASSWORD  # one password for every demo account
from demo.content import join_lines, load
from taxonomy.demo import WIJKEN, demo_domain
from taxonomy.models import Expertise, Organisation, Wijk

from .demo_groups import seed_groups
from .demo_posts import seed_posts
from .models.profiles import default_display_name
from .services.profiles import ensure_profile, update_profile

CONTENT = Path(__file__).resolve().parent / "content"
ROLE_DEMO_DOMAIN = "demo.wijkzorgnetwerk.nl"
PEOPLE = load(CONTENT / "people.yaml",
              required=["first_name", "last_name", "organisation", "function", "expertise"])


def seed(log):
    texts = join_lines(load(CONTENT / "profiles.yaml",
                            required=["bio", "work", "default_work", "role_accounts"])[0])
    organisations = {org.slug: org for org in Organisation.objects.all()}
    wijken = {wijk.name: wijk for wijk in Wijk.objects.filter(gemeente__slug="zoetermeer")}
    expertise = {term.slug: term for term in Expertise.objects.all()}
    professional_role = Group.objects.get(name=roles.PROFESSIONAL)
    for index, person in enumerate(PEOPLE):
        org = organisations[person["organisation"]]
        terms = [expertise[slug] for slug in person["expertise"]]
        user = _demo_user(person["first_name"], person["last_name"], org, professional_role)
        update_profile(ensure_profile(user), {
            "display_name": f"{person['first_name']} {person['last_name']}",
            "function": person["function"], "organisation": org,
            "bio": _bio(texts, person["function"], org, terms),
            "wijken": _wijken_for(index, org, wijken), "expertise": terms,
        })
    log(f"community: {len(PEOPLE)} profielen van professionals (wachtwoord {DEMO_PASSWORD})")
    log(f"community: {_fill_role_profiles(texts['role_accounts'])} profielen van demo-rollen "
        "bijgewerkt")
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


def _bio(texts, function, org, terms):
    return texts["bio"].format(
        function=function, organisation=org.name,
        work=texts["work"].get(function, texts["default_work"]),
        expertise=" en ".join(term.name.lower() for term in terms[:2]),
    )


def _fill_role_profiles(texts):
    """Profiles for the demo role accounts, if accounts made them."""
    users = get_user_model().objects.filter(email__endswith=f"@{ROLE_DEMO_DOMAIN}")
    for user in users.prefetch_related("groups"):
        role_names = {group.name for group in user.groups.all()}
        # The function of the account's first role in the file's order.
        function = next(
            (function for role, function in texts["functions"].items() if role in role_names), "")
        # accounts names the user after creating it, so the name the profile
        # got at creation may be the bare address.
        update_profile(ensure_profile(user), {
            "display_name": default_display_name(user), "function": function,
            "bio": texts["bio"]})
    return users.count()
