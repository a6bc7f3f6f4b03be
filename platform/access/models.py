"""The abstract model and queryset every access-controlled content uses."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from groups.models import CommunityGroup

from .tokens import tokens_for
from .visibility import (
    GROUP_PREFIX,
    PROFESSIONALS_TOKEN,
    PUBLIC_TOKEN,
    USER_PREFIX,
    WIDER_THAN_GROUP,
    Visibility,
    group_token,
    ids_in,
    token_for,
    user_token,
)

MEMBERS_ONLY_GROUPS = (CommunityGroup.Visibility.CLOSED, CommunityGroup.Visibility.SECRET)
_WIDE_TOKENS = ((Visibility.PUBLIC, PUBLIC_TOKEN), (Visibility.PROFESSIONALS, PROFESSIONALS_TOKEN))


def visibility_filter(tokens):
    """A Q that holds exactly for the rows whose access_token is in `tokens`.

    It mirrors AccessControlled.access_token, including the rule that a
    closed or secret group narrows wider content to its members: a group
    that turns closed later hides its old public posts at once. One LEFT
    JOIN on the group, no extra query.
    """
    wide = [visibility for visibility, token in _WIDE_TOKENS if token in tokens]
    outside_members_only = Q(access_group__isnull=True) | Q(
        access_group__visibility=CommunityGroup.Visibility.OPEN
    )
    allowed = Q(visibility__in=wide) & outside_members_only
    group_ids = ids_in(tokens, GROUP_PREFIX)
    if group_ids:
        in_members_only = Q(access_group__visibility__in=MEMBERS_ONLY_GROUPS)
        allowed |= Q(access_group_id__in=group_ids) & (
            Q(visibility=Visibility.GROUP) | (Q(visibility__in=WIDER_THAN_GROUP) & in_members_only)
        )
    owner_ids = ids_in(tokens, USER_PREFIX)
    if owner_ids:
        allowed |= Q(visibility=Visibility.PRIVATE, owner_id__in=owner_ids)
    return allowed


class VisibleQuerySet(models.QuerySet):
    """A queryset that can narrow itself to what a user may see."""

    def visible_to(self, user):
        """The rows `user` may see: one query, plus the user's roles and
        memberships the first time tokens_for() meets that user object."""
        return self.filter(visibility_filter(tokens_for(user)))


class AccessControlled(models.Model):
    """Abstract base for content: who owns it, and who may see it.

    Closed and secret groups narrow public and professionals content to
    `group`; private content stays private, because it is narrower still.
    """

    visibility = models.CharField(
        _("zichtbaarheid"), max_length=16, choices=Visibility.choices,
        default=Visibility.PROFESSIONALS,
    )
    access_group = models.ForeignKey(
        "groups.CommunityGroup", verbose_name=_("groep"), null=True, blank=True,
        on_delete=models.CASCADE, related_name="+",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("eigenaar"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    objects = VisibleQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def access_token(self):
        """The one token a user must hold to see this (loads the group when
        wider content sits in one; select_related("access_group") in lists)."""
        if self._narrowed_by_group():
            return group_token(self.access_group_id)
        return token_for(self.visibility, self.access_group_id, self.owner_id)

    def is_visible_to(self, user):
        return self.access_token in tokens_for(user)

    def _narrowed_by_group(self):
        return (
            self.visibility in WIDER_THAN_GROUP
            and self.access_group_id is not None
            and self.access_group.content_is_members_only
        )

    def apply_group_rules(self):
        """Content in a closed or secret group can only be seen by members."""
        if self._narrowed_by_group():
            self.visibility = Visibility.GROUP

    def clean(self):
        super().clean()
        self.apply_group_rules()
        if self.visibility == Visibility.GROUP and not self.access_group_id:
            raise ValidationError({"access_group": _("Kies de groep die dit mag zien.")})

    def save(self, *args, **kwargs):
        self.apply_group_rules()
        super().save(*args, **kwargs)


__all__ = [
    "AccessControlled",
    "VisibleQuerySet",
    "Visibility",
    "visibility_filter",
    "PUBLIC_TOKEN",
    "PROFESSIONALS_TOKEN",
    "group_token",
    "user_token",
]
