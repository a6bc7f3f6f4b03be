"""The wijken a person works in, for panels that show what happens there.

Where someone works is said on their profile, and the profile belongs to the
community; the agenda, which shows the events in those wijken, may not
import the community. So the pillar that knows a person's wijken registers a
provider here, and the agenda asks `wijken_of(user)`.
"""

from django.db.models import Q

from taxonomy.models import Wijk

_providers = {}


def register_wijken(name, provider):
    """`provider(user)` returns a queryset of the wijken `user` works in.

    Registered by name, so a second `ready()` replaces rather than adds."""
    _providers[name] = provider


def wijken_of(user):
    """The wijken `user` works in by every provider, as one lazy queryset
    (by name), so reading it costs one query however many providers there are."""
    if not getattr(user, "is_authenticated", False) or not _providers:
        return Wijk.objects.none()
    condition = Q()
    for provider in _providers.values():
        condition |= Q(pk__in=provider(user).values("pk"))
    return Wijk.objects.filter(condition).order_by("name", "pk")
