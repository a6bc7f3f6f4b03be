"""Groups and memberships.

They live in platform/ because the access model, the agenda and search read
membership; the community pillar builds the pages, invitations and join
requests on top of these two models.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.visibility import PROFESSIONALS_TOKEN, group_token


class CommunityGroup(models.Model):
    """A group of professionals working on a project or pilot."""

    class Visibility(models.TextChoices):
        OPEN = "open", _("Open: alle professionals zien de groep en wat erin staat")
        CLOSED = "closed", _("Besloten: de groep is zichtbaar, de inhoud alleen voor leden")
        SECRET = "secret", _("Geheim: alleen leden weten dat de groep bestaat")

    class JoinPolicy(models.TextChoices):
        DIRECT = "direct", _("Direct lid worden")
        REQUEST = "request", _("Lidmaatschap aanvragen")
        INVITATION = "invitation", _("Alleen op uitnodiging")

    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(unique=True)
    description = models.TextField(_("omschrijving"), blank=True)
    visibility = models.CharField(
        _("zichtbaarheid"), max_length=10, choices=Visibility.choices, default=Visibility.OPEN
    )
    join_policy = models.CharField(
        _("lid worden"), max_length=12, choices=JoinPolicy.choices, default=JoinPolicy.DIRECT
    )
    themas = models.ManyToManyField("taxonomy.Thema", blank=True, related_name="+",
                                    verbose_name=_("thema's"))
    wijken = models.ManyToManyField("taxonomy.Wijk", blank=True, related_name="+",
                                    verbose_name=_("wijken"))
    created_at = models.DateTimeField(default=timezone.now)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="community_groups"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")

    def __str__(self):
        return self.name

    @property
    def content_is_members_only(self):
        """Closed and secret groups force their content to group visibility."""
        return self.visibility != self.Visibility.OPEN

    @property
    def member_list_token(self):
        """Who sees who is in the group: every professional in an open group,
        only the members in a closed or secret one."""
        if self.content_is_members_only:
            return group_token(self.pk)
        return PROFESSIONALS_TOKEN


class Membership(models.Model):
    """A user's place in a group."""

    class Role(models.TextChoices):
        OWNER = "owner", _("Eigenaar")
        MANAGER = "manager", _("Beheerder van de groep")
        MEMBER = "member", _("Lid")

    group = models.ForeignKey(CommunityGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("rol"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group")
        ]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self):
        return f"{self.user} in {self.group} ({self.role})"
