"""Notification mail: one direct mail, or a digest of several; every one
with a signed one-click unsubscribe link (in the text and in the
List-Unsubscribe headers, RFC 8058), so leaving takes one click without
signing in."""

from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse

from core.mail import absolute_path, message, render_mail
from outbox.delivery import queue

SALT = "notifications.unsubscribe"


def unsubscribe_token(user_id, group_id=None):
    return signing.dumps({"u": user_id, "g": group_id}, salt=SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, group id or None); signing.BadSignature when forged."""
    data = signing.loads(token, salt=SALT)
    return int(data["u"]), (int(data["g"]) if data.get("g") else None)


def unsubscribe_url(user_id, group_id=None):
    return absolute_path(reverse("notification_unsubscribe",
                                 args=[unsubscribe_token(user_id, group_id)]))


def _message(subject, body, address, unsubscribe):
    body = body.rstrip() + "\n\n" + render_to_string(
        "notifications/email/footer.txt", {"unsubscribe_url": unsubscribe,
                                           "preferences_url": absolute_path(
                                               reverse("notification_preferences"))})
    return message(subject, body, address, headers={
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    })


def direct_message(notification, template=None, context=None):
    """The mail for one notification (notify stores them in the outbox)."""
    user = notification.recipient
    context = {"notification": notification, "url": absolute_path(notification.url),
               "recipient": user, **(context or {})}
    subject, body = render_mail(template or "notifications/email/notification", context)
    return _message(subject, body, user.email, unsubscribe_url(user.pk, notification.group_id))


def send_digest(user, notifications, rhythm):
    """One mail listing `notifications` (a day's or a week's)."""
    items = [{"text": n.text, "url": absolute_path(n.url)} for n in notifications]
    subject, body = render_mail("notifications/email/digest", {
        "recipient": user, "items": items, "weekly": rhythm == "weekly",
        "centre_url": absolute_path(reverse("notifications"))})
    queue([_message(subject, body, user.email, unsubscribe_url(user.pk))])
