"""Reporting a post, comment or profile, and the moderators' pages: the
queue, one report with its actions, the hidden items and the audit log.

The moderators' pages live under /moderatie/, where the MFA middleware
(accounts.middleware) asks staff roles for their second factor. The lists
these pages show (ReportedItem, HiddenItem) are put together here, from the
reads on Report.objects; acting on a report goes through services/moderation.py.
"""

from dataclasses import dataclass, field
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.listing import paginate

from ..forms.moderation import ModerationForm, ReportForm
from ..models import Comment, ModerationLog, Post, Profile, Report
from ..models.moderation import REPORT_RELATED, author_of, kind_of
from ..services import moderation

PER_PAGE = 20
LOG_PER_PAGE = 50
Action = ModerationLog.Action

# What a signed-in person may report: what they can see, and is not hidden.
REPORTABLE = {
    "post": lambda user: Post.objects.visible_to(user),
    "comment": lambda user: Comment.objects.shown().filter(
        post__in=Post.objects.visible_to(user)),
    "profile": lambda user: Profile.objects.visible_to(user),
}
HEADINGS = {"post": gettext_lazy("Bericht melden"), "comment": gettext_lazy("Reactie melden"),
            "profile": gettext_lazy("Profiel melden")}


@dataclass
class ReportedItem:
    """One reported item with its reports, as the queue shows it."""

    target: object
    reports: list = field(default_factory=list)

    @property
    def kind(self):
        return kind_of(self.target)

    @property
    def author(self):
        return author_of(self.target)

    @property
    def first(self):
        return self.reports[0]


def reports_by_target(reports):
    """Reports grouped per item, in the order of each item's first report."""
    items = {}
    for item in reports:
        key = (item.kind, item.target.pk)
        items.setdefault(key, ReportedItem(item.target)).reports.append(item)
    return list(items.values())


@dataclass
class HiddenItem:
    """A hidden item and its last report (only moderation hides, always
    through a report, so every hidden item has one)."""

    target: object
    kind: str
    report_pk: int


def hidden_items():
    """Everything hidden, the most recently hidden first."""
    def last_report(kind):
        return Subquery(Report.objects.filter(**{kind: OuterRef("pk")})
                        .order_by("-created_at", "-pk").values("pk")[:1])

    querysets = (
        Post.objects.select_related("owner__profile").annotate(report_pk=last_report("post")),
        Comment.objects.select_related("author__profile", "post").annotate(
            report_pk=last_report("comment")),
        Profile.objects.select_related("user").annotate(report_pk=last_report("profile")),
    )
    items = [HiddenItem(target, kind_of(target), target.report_pk)
             for queryset in querysets for target in queryset.filter(hidden_at__isnull=False)]
    return sorted(items, key=lambda item: item.target.hidden_at, reverse=True)


def item_url(target):
    """The page where an item is shown on the site."""
    kind = kind_of(target)
    if kind == "post":
        return target.get_absolute_url()
    if kind == "comment":
        return f"{target.post.get_absolute_url()}#reactie-{target.pk}"
    return reverse("profile_detail", args=[target.pk])


@login_required
def report_post(request, pk):
    post = get_object_or_404(REPORTABLE["post"](request.user).select_related("access_group"),
                             pk=pk)
    return _report_page(request, post)


@login_required
def report_comment(request, pk):
    comment = get_object_or_404(
        REPORTABLE["comment"](request.user).select_related("post__access_group"), pk=pk)
    return _report_page(request, comment)


@login_required
def report_profile(request, pk):
    """Someone else's profile (one's own is edited, not reported)."""
    profile = get_object_or_404(REPORTABLE["profile"](request.user).exclude(user=request.user),
                                pk=pk)
    return _report_page(request, profile)


def _report_page(request, target):
    """The report form; who reported this already hears so instead."""
    already = Report.objects.about(target).open_from(request.user).exists()
    form = None if already else ReportForm(request.POST or None)
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            moderation.report(request.user, target, form.cleaned_data["reason"],
                              form.cleaned_data["explanation"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Bedankt voor uw melding. Een moderator kijkt ernaar. "
                                        "U krijgt een e-mail als de melding is afgehandeld."))
            return redirect(item_url(target))
    kind = kind_of(target)
    return render(request, "community/report_form.html", {
        "form": form, "target": target, "kind": kind, "heading": HEADINGS[kind],
        "back_url": item_url(target)})


def moderators_only(view):
    """Moderators and beheerders; anyone else signed in gets a 404."""
    @wraps(view)
    @login_required
    def checked(request, *args, **kwargs):
        if not moderation.is_moderator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return checked


@moderators_only
def moderation_queue(request):
    """Open reports, one entry per item, the one waiting longest first."""
    items = reports_by_target(Report.objects.queue())
    page_obj = paginate(request, items, PER_PAGE)
    return render(request, "community/moderation_queue.html", {
        "page_obj": page_obj, "items": page_obj.object_list})


@moderators_only
def moderation_report(request, pk):
    """A reported item in full with every report about it, what was done so
    far, and the action form. The moderator sees the item here even where
    the access model hides it from them on the site (a closed group): only
    through the report, never by browsing."""
    report = get_object_or_404(Report.objects.select_related(*REPORT_RELATED), pk=pk)
    form = ModerationForm(request.POST or None,
                          actions=moderation.allowed_actions(request.user, report))
    if request.method == "POST" and form.is_valid():
        action = form.cleaned_data["action"]
        try:
            log = moderation.ACTIONS[action](request.user, report, form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Gedaan. %(action)s: %(target)s.") % {
                "action": log.get_action_display(), "target": log.target})
            return redirect("moderation_hidden" if action == Action.RESTORE
                            else "moderation_queue")
    return render(request, "community/moderation_report.html", _report_context(
        request.user, report, form))


def _report_context(user, report, form):
    target = report.target
    kind = kind_of(target)
    reports = list(Report.objects.about(target).select_related("reporter"))
    on_site = REPORTABLE[kind](user).filter(pk=target.pk).exists()
    return {
        "report": report, "target": target, "kind": kind, "form": form,
        "author": author_of(target), "reports": reports,
        "history": ModerationLog.objects.filter(report__in=reports).select_related(
            "moderator__profile"),
        "site_url": item_url(target) if on_site else None,
    }


@moderators_only
def moderation_hidden(request):
    """What moderators hid, with a way to restore each item."""
    page_obj = paginate(request, hidden_items(), PER_PAGE)
    entries = [
        (item, ModerationForm(auto_id=f"terug-{item.kind}-{item.target.pk}-%s",
                              actions=[Action.RESTORE]))
        for item in page_obj.object_list
    ]
    return render(request, "community/moderation_hidden.html", {
        "page_obj": page_obj, "entries": entries})


@moderators_only
def moderation_log(request):
    """The audit log, newest first."""
    page_obj = paginate(request, ModerationLog.objects.select_related("moderator__profile"),
                        LOG_PER_PAGE)
    return render(request, "community/moderation_log.html", {
        "page_obj": page_obj, "entries": page_obj.object_list})
