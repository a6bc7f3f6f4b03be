"""The header's notification badge: the unread count, read only when a
template shows it (one query), and the reader's own stream, which tells
the page's script when to fetch the count again."""

from django.utils.functional import SimpleLazyObject

from core.navigation import optional_url

from .models import Notification
from .services import user_stream


def badge(request):
    user = getattr(request, "user", None)
    centre = optional_url("notifications")  # a site without the centre has no badge
    if user is None or not user.is_authenticated or not centre:
        return {}
    return {"notification_badge": SimpleLazyObject(lambda: {
        "unread": Notification.objects.for_reader(user).unread().count(),
        "stream": user_stream(user.pk),
        "url": centre,
        "count_url": optional_url("notifications_unread_count"),
    })}
