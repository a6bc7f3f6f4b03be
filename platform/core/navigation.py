"""The site's main sections and the account links in the header.

A section appears in the menu as soon as its URL name resolves, so an issue
that adds a section only adds its URL; nobody edits the templates. Resolving
is cached per URLconf for the life of the process: URLs do not change while
a process runs, and tests that swap the URLconf get their own entry.

The menu depends on the reader: a section whose page only a verified
professional gets past is left out for everyone else, so a parent's menu
holds no link that ends at a login.
"""

from dataclasses import dataclass
from enum import Enum
from functools import cache

from django.conf import settings
from django.urls import NoReverseMatch, get_urlconf, reverse
from django.utils.translation import gettext_lazy as _

from accounts import roles


class Audience(Enum):
    """Who a section is for; it decides how the menu offers the section to
    someone who is not a verified professional."""

    EVERYONE = "everyone"
    # Professionals write here; others may read what is public, so they
    # get the section under "Voor professionals".
    PROFESSIONALS = "professionals"
    # Only a verified professional gets past the start page: left out for others.
    VERIFIED_ONLY = "verified_only"


@dataclass(frozen=True)
class Section:
    """A main section of the site: its menu label, the URL name of its start
    page and who it is for."""

    label: str
    url_name: str
    audience: Audience = Audience.EVERYONE


SECTIONS = (
    Section(_("Doe mee"), "doe_mee", Audience.PROFESSIONALS),
    Section(_("Praat mee"), "praat_mee", Audience.PROFESSIONALS),
    Section(_("Lees mee"), "lees_mee", Audience.PROFESSIONALS),
    Section(_("Mijn groepen"), "my_groups", Audience.VERIFIED_ONLY),
    Section(_("Mijn netwerk"), "my_network", Audience.VERIFIED_ONLY),
    Section(_("Actueel"), "news"),
    Section(_("Kennis"), "knowledge"),
    Section(_("Agenda"), "agenda"),
    Section(_("Ouders en jeugd"), "parents_and_youth"),
    Section(_("Rijke leeromgeving"), "learning_environment"),
    Section(_("Sociale kaart"), "social_map"),
)


@dataclass(frozen=True)
class Link:
    """A resolved menu entry; `current` marks the page or section being shown."""

    label: str
    url: str
    url_name: str
    current: bool = False


def _current_urlconf():
    return get_urlconf() or settings.ROOT_URLCONF


@cache
def _resolve(url_name, urlconf):
    try:
        return reverse(url_name, urlconf=urlconf)
    except NoReverseMatch:
        return None


def optional_url(url_name):
    """The URL for `url_name`, or None while no app provides it yet."""
    return _resolve(url_name, _current_urlconf())


def available_sections():
    """(section, url) for every main section whose URL exists, in menu order."""
    urlconf = _current_urlconf()
    pairs = ((section, _resolve(section.url_name, urlconf)) for section in SECTIONS)
    return [(section, url) for section, url in pairs if url]


@dataclass(frozen=True)
class Menu:
    """The main menu for one reader: the sections offered to them, then the
    professionals' sections under the mark "Voor professionals" (empty for a
    verified professional, who gets every section in `links`)."""

    links: tuple
    for_professionals: tuple = ()

    def __bool__(self):
        return bool(self.links or self.for_professionals)


def main_navigation(path, user):
    """The menu for `user` on a page at `path`."""
    links = _section_links(path)
    if getattr(user, "is_professional", False):
        return Menu(tuple(link for _section, link in links))
    marked = [link for section, link in links if section.audience is Audience.PROFESSIONALS]
    if marked and not user.is_authenticated:
        marked += resolved_links([(_("Inloggen voor professionals"), "account_login")], path)
    return Menu(
        tuple(link for section, link in links if section.audience is Audience.EVERYONE),
        tuple(marked),
    )


def _section_links(path):
    """(section, link) for every available section; the one containing `path`
    is marked current. The longest matching URL wins, so a section nested under
    another's path does not mark both."""
    sections = available_sections()
    matches = [url for _section, url in sections if url != "/" and path.startswith(url)]
    current = max(matches, key=len, default=None)
    return [
        (section, Link(section.label, url, section.url_name, current=url == current))
        for section, url in sections
    ]


def account_links(user, path):
    """Header links for signing in or, once signed in, for one's own pages."""
    if user.is_authenticated:
        wanted = [
            (_("Mijn account"), "account_overview"),
            (_("Mijn profiel"), "profile_me"),
            (_("Mijn acties"), "my_actions"),
            (_("Mijn gegevens"), "my_data"),
            (_("Uitloggen"), "account_logout"),
        ]
        if user.is_professional:
            # Voor mij is where a professional lands after logging in; it
            # follows "Mijn account" so the account page keeps its place.
            wanted.insert(1, (_("Voor mij"), "start_page"))
        if user.has_role(roles.MODERATOR) or user.has_role(roles.BEHEERDER):
            wanted.insert(-1, (_("Moderatie"), "moderation_queue"))
    else:
        wanted = [(_("Inloggen"), "account_login"), (_("Account aanmaken"), "account_signup")]
    return resolved_links(wanted, path)


def resolved_links(wanted, path=None):
    """Links for (label, url name) pairs whose URL resolves, in the given order;
    the one for `path` is marked current."""
    links = []
    for label, url_name in wanted:
        url = optional_url(url_name)
        if url:
            links.append(Link(label, url, url_name, current=path == url))
    return links
