"""Moderation: members report what is wrong, moderators act on the reports.

Anyone signed in reports a post, comment or profile they can see. The
moderators (role "moderator" or "beheerder") then hide or restore it, warn
or block its author, or dismiss the report. Every action writes one row in
the append-only ModerationLog, closes all open reports about the same item
with an outcome, and mails each reporter that outcome, never naming the
moderator. Each service checks the role itself, validates, writes in one
transaction and mails on commit.

The reads (the queue, the reports about an item, kind_of, author_of) live
on Report.objects in models/moderation.py; the lists the moderators' pages
show are put together in views/moderation.py. A moderator sees a reported
item whatever its visibility (also a post in a closed group): that is
what moderation is for. They see it only through a report, in these
services and the moderation pages; the access model does not widen what
they see while browsing.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts import roles
from core.mail import absolute_url, mail_on_commit

from ..models import ModerationLog, Report
from ..models.moderation import KIND_WORDS, REPORT_RELATED, author_of, kind_of

Action = ModerationLog.Action
STAFF_ROLES = (roles.MODERATOR, roles.BEHEERDER)

# Per kind of target: the words used in sentences (the word in the log,
# KIND_WORDS, sits with the model).
THE_KIND = {"post": gettext_lazy("het bericht"), "comment": gettext_lazy("de reactie"),
            "profile": gettext_lazy("het profiel")}
AUTHOR_WORDS = {"post": gettext_lazy("de schrijver"), "comment": gettext_lazy("de schrijver"),
                "profile": gettext_lazy("de eigenaar")}

# What a reporter reads; `item` is THE_KIND, `author` AUTHOR_WORDS. No names.
OUTCOMES = {
    Action.HIDE: gettext_lazy("Een moderator heeft %(item)s verborgen. Niemand ziet het nog "
                              "op de site."),
    Action.RESTORE: gettext_lazy("Een moderator heeft %(item)s bekeken. Het is weer te zien "
                                 "op de site."),
    Action.WARN: gettext_lazy("Een moderator heeft %(item)s bekeken en %(author)s een "
                              "waarschuwing gestuurd."),
    Action.BLOCK: gettext_lazy("Een moderator heeft %(item)s bekeken en het account van "
                               "%(author)s geblokkeerd."),
    Action.DISMISS: gettext_lazy("Een moderator heeft %(item)s bekeken en vond geen reden om "
                                 "in te grijpen. Het blijft staan."),
}


def is_moderator(user):
    """Who may work the queue and act on reports; every action checks it."""
    return getattr(user, "is_authenticated", False) and any(
        user.has_role(role) for role in STAFF_ROLES)


def label_of(target):
    """How the log names an item: 'bericht 12'."""
    return f"{KIND_WORDS[kind_of(target)]} {target.pk}"


def report(reporter, target, reason, explanation=""):
    """Report `target` (found through the access model by the caller).

    One open report per person per item; the moderators are mailed.
    """
    if reason not in Report.Reason.values:
        raise ValidationError({"reason": _("Kies een van de redenen.")})
    explanation = explanation.strip()
    if len(explanation) > 1000:
        raise ValidationError({"explanation": _("Houd de toelichting onder de 1000 tekens.")})
    with transaction.atomic():
        if Report.objects.about(target).open_from(reporter).exists():
            raise ValidationError(_("U hebt dit al gemeld. Een moderator kijkt ernaar."))
        item = Report.objects.create(reporter=reporter, reason=reason, explanation=explanation,
                                     **{kind_of(target): target})
        # Moderators handle reports; beheerders can work the queue but are
        # not mailed about every report.
        mail_on_commit("community/email/report_new",
                       roles.addresses_of(roles.MODERATOR, exclude=reporter),
                       {"report": item, "item": THE_KIND[kind_of(target)],
                        "url": absolute_url("moderation_report", item.pk)})
    return item


def allowed_actions(moderator, report):
    """What `moderator` may do about `report` now, in the order of Action:
    the rule every action checks, and the choices the report page offers."""
    target = report.target
    author = author_of(target)
    if author is not None and author.pk == moderator.pk:
        return []  # nobody judges a report about their own post, comment or profile
    allowed = {Action.RESTORE if target.hidden_at else Action.HIDE}
    if author is not None and author.is_active:
        allowed.add(Action.WARN)
        if _may_block(moderator, author):
            allowed.add(Action.BLOCK)
    if report.status == Report.Status.OPEN:
        allowed.add(Action.DISMISS)
    return [action for action in Action if action in allowed]


def _may_block(moderator, author):
    """Beheerders keep the platform running and a moderator cannot lock
    themselves out: neither can be blocked here."""
    return author.pk != moderator.pk and not (
        author.is_superuser or roles.BEHEERDER in author.role_names)


def hide(moderator, report, note=""):
    """Hide the reported item from every list and page; it can be restored."""
    return _act(moderator, report, Action.HIDE, note, lambda target: _set_hidden(target, True))


def restore(moderator, report, note=""):
    """Show a hidden item again."""
    return _act(moderator, report, Action.RESTORE, note,
                lambda target: _set_hidden(target, False))


def warn(moderator, report, note):
    """Mail the author a warning with the moderator's note (required)."""
    _require_note(note, _("Schrijf de waarschuwing: die leest de schrijver in de e-mail."))
    return _act(moderator, report, Action.WARN, note, lambda target: _mail_author(
        "community/email/moderation_warning", target, note))


def block(moderator, report, note):
    """Block the author's account: they can no longer sign in. Their content
    stays until it is hidden on its own."""
    _require_note(note, _("Schrijf waarom u blokkeert: de schrijver leest dit in de e-mail."))
    return _act(moderator, report, Action.BLOCK, note, lambda target: _block_author(target, note))


def dismiss(moderator, report, note=""):
    """Close the reports about an item that needs nothing done."""
    return _act(moderator, report, Action.DISMISS, note, lambda target: None)


# The service for each action, for views that let the moderator choose.
ACTIONS = {Action.HIDE: hide, Action.RESTORE: restore, Action.WARN: warn, Action.BLOCK: block,
           Action.DISMISS: dismiss}


def _require_note(note, message):
    if not note.strip():
        raise ValidationError({"note": message})


def _act(moderator, report, action, note, effect):
    """Check, apply `effect` to the (locked) item, log, close and mail."""
    if not is_moderator(moderator):
        raise PermissionDenied
    with transaction.atomic():
        report = Report.objects.select_related(*REPORT_RELATED).get(pk=report.pk)
        target = type(report.target).objects.select_for_update().get(pk=report.target.pk)
        setattr(report, kind_of(target), target)
        if action not in allowed_actions(moderator, report):
            raise ValidationError(_("Dat kan niet (meer) bij deze melding. Kijk hieronder wat "
                                    "er intussen gebeurd is."))
        effect(target)
        log = ModerationLog.objects.create(moderator=moderator, action=action, report=report,
                                           target=_log_label(target, action), note=note.strip())
        _close_reports(target, action)
    return log


def _log_label(target, action):
    """A block is about the person, every other action about the item."""
    if action == Action.BLOCK:
        return f"{_('gebruiker')} {author_of(target).pk} ({label_of(target)})"
    return label_of(target)


def _set_hidden(target, hidden):
    target.hidden_at = timezone.now() if hidden else None
    target.save(update_fields=["hidden_at"])


def _block_author(target, note):
    author = get_user_model().objects.select_for_update().get(pk=author_of(target).pk)
    author.is_active = False
    author.save(update_fields=["is_active"])
    _mail_author("community/email/moderation_blocked", target, note)


def _mail_author(template, target, note):
    author = author_of(target)
    mail_on_commit(template, [author.email], {
        "name": author.get_full_name() or author.email, "target": target,
        "kind": kind_of(target), "note": note.strip()})


def _close_reports(target, action):
    """Close every open report about `target` and tell each reporter the outcome."""
    kind = kind_of(target)
    outcome = OUTCOMES[action] % {"item": THE_KIND[kind], "author": AUTHOR_WORDS[kind]}
    closing = Report.objects.about(target).open()
    addresses = set(closing.filter(reporter__is_active=True)
                    .values_list("reporter__email", flat=True))
    closing.update(status=Report.Status.DONE, outcome=outcome, resolved_at=timezone.now())
    mail_on_commit("community/email/report_outcome", sorted(addresses), {
        "outcome": outcome, "item": THE_KIND[kind]})
