"""Visibility levels and the tokens that unlock them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

PUBLIC_TOKEN = "public"
PROFESSIONALS_TOKEN = "professionals"
# Required by broken records (group visibility without a group, private
# content whose owner is gone). tokens_for() never hands it out.
NOBODY_TOKEN = "nobody"
GROUP_PREFIX = "group:"
USER_PREFIX = "user:"


class Visibility(models.TextChoices):
    """Who may see a piece of content, from widest to narrowest."""

    PUBLIC = "public", _("Openbaar: iedereen, ook ouders en jongeren")
    PROFESSIONALS = "professionals", _("Professionals: alleen geverifieerde professionals")
    GROUP = "group", _("Groep: alleen leden van één groep")
    PRIVATE = "private", _("Privé: alleen ik")


# Visibilities wider than one group: a closed or secret group narrows them.
WIDER_THAN_GROUP = (Visibility.PUBLIC, Visibility.PROFESSIONALS)


def group_token(group_id):
    return f"{GROUP_PREFIX}{group_id}"


def user_token(user_id):
    return f"{USER_PREFIX}{user_id}"


def ids_in(tokens, prefix):
    """The integer ids of the tokens that start with `prefix`."""
    return sorted(int(token[len(prefix):]) for token in tokens if token.startswith(prefix))


def token_for(visibility, group_id=None, owner_id=None):
    """The one token a piece of content requires.

    Content whose group or owner is missing requires a token nobody holds,
    so a broken record is hidden rather than shown to everyone.
    """
    if visibility == Visibility.PUBLIC:
        return PUBLIC_TOKEN
    if visibility == Visibility.PROFESSIONALS:
        return PROFESSIONALS_TOKEN
    if visibility == Visibility.GROUP and group_id is not None:
        return group_token(group_id)
    if visibility == Visibility.PRIVATE and owner_id is not None:
        return user_token(owner_id)
    return NOBODY_TOKEN
