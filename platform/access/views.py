"""View helpers: what a user may not see does not exist for them (404)."""

from django.http import Http404

from .tokens import tokens_for


def get_visible_or_404(queryset, user, **lookup):
    """Fetch one object from `queryset.visible_to(user)` or answer 404.

    `queryset` may also be a model or its manager. A 404 rather than a 403:
    a closed group's post or a private draft must not reveal that it exists.
    """
    queryset = getattr(queryset, "_default_manager", queryset).all()
    try:
        return queryset.visible_to(user).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def only_visible(objects, user):
    """The objects (loaded already, each with an `access_token`) `user` may see.

    For small related lists that come with a prefetch, such as an event's
    materials; querysets use visible_to(user) instead.
    """
    tokens = tokens_for(user)
    return [obj for obj in objects if obj.access_token in tokens]


def require_visible(user, token):
    """Raise 404 unless the user holds `token`.

    For what is not fetched through visible_to(): a file, a feed, an object
    loaded some other way (pass its `access_token`).
    """
    if token not in tokens_for(user):
        raise Http404
