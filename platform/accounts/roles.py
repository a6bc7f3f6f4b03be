"""The platform's roles. Each is a Django group with permissions.

The groups are created by a data migration and kept in sync by
`sync_roles()`; beheerders assign them in the CMS (Instellingen > Gebruikers).
"""

from django.utils.translation import gettext_lazy as _

PROFESSIONAL = "professional"
EDDIE = "eddie"
REDACTEUR = "redacteur"
MODERATOR = "moderator"
BEHEERDER = "beheerder"

ROLE_LABELS = {
    PROFESSIONAL: _("Professional"),
    EDDIE: _("Eddie (contentredacteur in opleiding)"),
    REDACTEUR: _("Redacteur"),
    MODERATOR: _("Moderator"),
    BEHEERDER: _("Beheerder"),
}

# Roles whose power over other people's content requires a second factor.
MFA_REQUIRED_ROLES = frozenset({REDACTEUR, MODERATOR, BEHEERDER})

# The glossary and the suggestion inbox. Glossary terms are snippets
# without a review step, so eddies do not edit them (yet).
KENNISBANK_EDITING = [
    ("kennisbank", "add_term"),
    ("kennisbank", "change_term"),
    ("kennisbank", "delete_term"),
    ("kennisbank", "view_term"),
    ("kennisbank", "view_suggestion"),
    ("kennisbank", "change_suggestion"),
]

# The agenda's events (snippets with drafts): organising roles edit and publish.
AGENDA_EDITING = [
    ("agenda", "add_event"),
    ("agenda", "change_event"),
    ("agenda", "delete_event"),
    ("agenda", "publish_event"),
    ("agenda", "view_event"),
]

# (app_label, codename) per role. Wagtail page permissions per section are
# granted by the issues that create those sections.
ROLE_PERMISSIONS = {
    PROFESSIONAL: [],
    EDDIE: [("wagtailadmin", "access_admin")],
    REDACTEUR: [("wagtailadmin", "access_admin"), *KENNISBANK_EDITING, *AGENDA_EDITING],
    MODERATOR: [("wagtailadmin", "access_admin")],
    BEHEERDER: [
        ("wagtailadmin", "access_admin"),
        ("accounts", "view_user"),
        ("accounts", "change_user"),
        ("accounts", "view_verificationrequest"),
        ("accounts", "change_verificationrequest"),
        *KENNISBANK_EDITING,
        *AGENDA_EDITING,
        # Beheerders assign roles to people but do not redefine what a role
        # may do: the MFA rule is tied to the role names.
        ("auth", "view_group"),
        ("taxonomy", "add_gemeente"),
        ("taxonomy", "change_gemeente"),
        ("taxonomy", "view_gemeente"),
        ("taxonomy", "add_wijk"),
        ("taxonomy", "change_wijk"),
        ("taxonomy", "view_wijk"),
        ("taxonomy", "add_organisation"),
        ("taxonomy", "change_organisation"),
        ("taxonomy", "view_organisation"),
        ("taxonomy", "add_thema"),
        ("taxonomy", "change_thema"),
        ("taxonomy", "view_thema"),
        ("taxonomy", "add_expertise"),
        ("taxonomy", "change_expertise"),
        ("taxonomy", "view_expertise"),
    ],
}


# Roles that work in the CMS (they hold wagtailadmin.access_admin).
CMS_ROLES = frozenset(
    role for role, perms in ROLE_PERMISSIONS.items() if ("wagtailadmin", "access_admin") in perms
)


def sync_roles(group_model=None, permission_model=None):
    """Create the role groups and give them exactly their permissions."""
    from django.contrib.auth.models import Group, Permission

    group_model = group_model or Group
    permission_model = permission_model or Permission
    for role, perms in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        wanted = [
            p
            for app_label, codename in perms
            for p in permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        ]
        group.permissions.set(wanted)


def addresses_of(role, exclude=None):
    """E-mail addresses of the active accounts holding `role`, for the mails a
    role receives (new proposals, reports, verification requests). `exclude`
    leaves out one user, such as whoever caused the mail. One query."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(groups__name=role, is_active=True)
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
    return list(users.order_by("pk").values_list("email", flat=True))
