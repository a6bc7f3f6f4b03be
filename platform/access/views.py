"""View helpers: what a user may not see does not exist for them (404)."""

from django.http import Http404

from .tokens import tokens_for


def get_visible_or_404(queryset, user, **lookup):
    """Fetch one object from `queryset.visible_to(user)` or answer 404.

    A 404 rather than a 403: a closed group's post or a secret group must not
    reveal that it exists.
    """
    try:
        return queryset.visible_to(user).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def require_visible(user, token):
    """Raise 404 unless the user holds the token (for objects already loaded,
    files and feeds)."""
    if token not in tokens_for(user):
        raise Http404
