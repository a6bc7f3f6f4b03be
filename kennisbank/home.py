"""The home page's ways in: one block per audience, linking to what exists.

Links come from URL names that may not exist yet (a section arrives with
its own issue); a link whose URL does not resolve is left out, so the home
page never points at a missing page.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core.navigation import resolved_links

CMS_PERMISSION = "wagtailadmin.access_admin"


@dataclass(frozen=True)
class Audience:
    """One audience block: a heading, a short text and the links that exist for it."""

    slug: str
    title: str
    text: str
    links: list = field(default_factory=list)


def _account_links(user):
    if user.is_authenticated:
        return [(_("Mijn profiel"), "profile_me")]
    return [(_("Inloggen"), "account_login"), (_("Account aanmaken"), "account_signup")]


def _cms_link(user):
    if user.is_authenticated and user.has_perm(CMS_PERMISSION):
        return resolved_links([(_("Naar het beheer"), "wagtailadmin_home")])
    return []


def audiences(user):
    """The four audience blocks of the home page for `user`."""
    return [
        Audience(
            "professionals",
            _("Voor professionals"),
            _(
                "Werkt u op een school, in de jeugdhulp, in het sociaal werk of bij de "
                "gemeente? Deel wat werkt, stel vragen, werk samen in groepen en vind "
                "collega's met de kennis die u zoekt."
            ),
            resolved_links(
                [
                    (_("Doe mee"), "doe_mee"),
                    (_("Praat mee"), "praat_mee"),
                    (_("Lees mee"), "lees_mee"),
                    (_("Mijn groepen"), "my_groups"),
                    (_("Mijn netwerk"), "my_network"),
                    *_account_links(user),
                ]
            ),
        ),
        Audience(
            "ouders-en-jeugd",
            _("Voor ouders en jongeren"),
            _(
                "Zoekt u hulp of uitleg over school en ondersteuning voor uw kind, of "
                "voor uzelf? Hier leest u het in gewone woorden. U hoeft daarvoor niet "
                "in te loggen."
            ),
            resolved_links(
                [
                    (_("Ouders en jeugd"), "parents_and_youth"),
                    (_("Sociale kaart"), "social_map"),
                    (_("Zo gaan wij om met uw gegevens"), "privacy"),
                ]
            ),
        ),
        Audience(
            "eddies",
            _("Voor eddies"),
            _(
                "Als eddie houdt u de kennisbank en de rijke leeromgeving bij voor "
                "onderwijsteams. Een redacteur kijkt uw werk na voordat het online komt."
            ),
            resolved_links(
                [
                    (_("Kennis"), "knowledge"),
                    (_("Rijke leeromgeving"), "learning_environment"),
                    *([] if user.is_authenticated else [(_("Inloggen"), "account_login")]),
                ]
            )
            + _cms_link(user),
        ),
        Audience(
            "organisatoren",
            _("Voor organisatoren en redacteuren"),
            _(
                "Organiseert u een scholing of een wijkbijeenkomst? Zet hem in de agenda. "
                "Redacteuren en moderatoren zorgen dat alles klopt en dat het hier "
                "veilig blijft."
            ),
            resolved_links(
                [
                    (_("Agenda"), "agenda"),
                    (_("Actueel"), "news"),
                    *([] if user.is_authenticated else [(_("Inloggen"), "account_login")]),
                ]
            )
            + _cms_link(user),
        ),
    ]
