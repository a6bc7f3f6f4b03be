"""The action list of a group: who does what by when, and reports to whom.

Not minutes: each line is a commitment that can be followed up.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.models import AccessControlled, VisibleQuerySet
from access.visibility import Visibility

# What every list of actions shows next to the description.
LIST_RELATED = ("assignee__profile", "report_to__profile", "access_group")


class ActionQuerySet(VisibleQuerySet):
    """The action lists, each narrowed by the access model: only a group's
    members see its actions."""

    def for_group(self, group, user):
        """The group's actions `user` may see (none unless a member), open first."""
        return (
            self.visible_to(user).filter(access_group=group).select_related(*LIST_RELATED)
            .order_by("-status", "due_date", "pk")  # "open" sorts after "done"
        )

    def overdue(self, today=None):
        """The open actions whose due date has passed."""
        return self.filter(status=Action.Status.OPEN,
                           due_date__lt=today or timezone.localdate())

    def assigned_to(self, user):
        """Open actions assigned to `user` in all their groups; the overdue
        come first because the list is ordered by due date."""
        return (
            self.visible_to(user).filter(assignee=user, status=Action.Status.OPEN)
            .select_related(*LIST_RELATED).order_by("due_date", "pk")
        )

    def reported_to(self, user):
        """Open actions whose assignee reports back to `user` (not the ones
        `user` does: assigned_to lists those already)."""
        return (
            self.visible_to(user).filter(report_to=user, status=Action.Status.OPEN)
            .exclude(assignee=user).select_related(*LIST_RELATED).order_by("due_date", "pk")
        )


class Action(AccessControlled):
    """One action of a group. Always visible to the group's members only,
    also in an open group: it names people and their deadlines."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Klaar")

    description = models.TextField(_("wat"), max_length=1000)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie"), null=True,
                                 on_delete=models.SET_NULL, related_name="assigned_actions")
    due_date = models.DateField(_("wanneer klaar"))
    report_to = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("meldt terug aan"),
                                  null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=4, choices=Status.choices,
                              default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_on = models.DateField(null=True, blank=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("actie")
        verbose_name_plural = _("acties")

    def __str__(self):
        return self.description[:60]

    def apply_group_rules(self):
        self.visibility = Visibility.GROUP

    @property
    def group(self):
        return self.access_group

    @property
    def is_overdue(self):
        return self.status == self.Status.OPEN and self.due_date < timezone.localdate()

    def get_absolute_url(self):
        url = reverse("group_actions", kwargs={"slug": self.access_group.slug})
        return f"{url}#actie-{self.pk}"
