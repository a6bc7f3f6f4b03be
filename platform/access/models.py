"""The abstract model and queryset every access-controlled content uses."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .tokens import tokens_for
from .visibility import (
    PROFESSIONALS_TOKEN,
    PUBLIC_TOKEN,
    Visibility,
    group_token,
    token_for,
    user_token,
)


class VisibleQuerySet(models.QuerySet):
    """A queryset that can narrow itself to what a user may see."""

    def visible_to(self, user):
        tokens = tokens_for(user)
        allowed = Q(visibility=Visibility.PUBLIC)
        if PROFESSIONALS_TOKEN in tokens:
            allowed |= Q(visibility=Visibility.PROFESSIONALS)
        group_ids = [int(t.split(":", 1)[1]) for t in tokens if t.startswith("group:")]
        if group_ids:
            allowed |= Q(visibility=Visibility.GROUP, access_group_id__in=group_ids)
        if user is not None and getattr(user, "is_authenticated", False):
            allowed |= Q(visibility=Visibility.PRIVATE, owner_id=user.pk)
        return self.filter(allowed)


class AccessControlled(models.Model):
    """Abstract base for content: who owns it, and who may see it.

    Closed and secret groups force their content to `group` visibility.
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
        return token_for(self.visibility, self.access_group_id, self.owner_id)

    def is_visible_to(self, user):
        return self.access_token in tokens_for(user)

    def apply_group_rules(self):
        """Content in a closed or secret group can only be seen by members."""
        if self.access_group_id and self.access_group.content_is_members_only:
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
    "PUBLIC_TOKEN",
    "PROFESSIONALS_TOKEN",
    "group_token",
    "user_token",
]
