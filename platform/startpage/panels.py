"""The sections of "Voor mij", a professional's start page.

What is new for someone lives in the pillars (group posts and actions in the
community, registrations and events in the agenda), and the platform imports
no pillar. So each pillar registers a panel from its `AppConfig.ready()`: a
template and a function that gives the template its context for one viewer.
The function reads through the access model like any other read, and
returns None when the panel does not apply to this viewer at all (it is then
left out; an empty list is not None: the panel then shows its empty state).

`order` places a panel: lower comes first, equal orders by name. The panels
registered today use 20 to 60, so a panel with an order below 20 (unread
notifications, say) comes first. A panel's template extends
"startpage/panel.html", which gives it a section named by its heading.
"""

from collections.abc import Callable
from dataclasses import dataclass

_panels = {}


@dataclass(frozen=True)
class Panel:
    """One section of the start page; `context(user)` -> dict or None."""

    name: str
    template: str
    context: Callable
    order: int


@dataclass(frozen=True)
class FilledPanel:
    """A panel with its context for one viewer, ready to include."""

    name: str
    template: str
    context: dict

    @property
    def heading_id(self):
        """The id of the panel's heading, which names its section."""
        return f"voor-mij-{self.name}"


def register_panel(name, template, context, order=100):
    """Add (or replace, on a second `ready()`) the panel called `name`."""
    _panels[name] = Panel(name, template, context, order)


def unregister_panel(name):
    """Remove a panel; for tests that register their own."""
    _panels.pop(name, None)


def panels_for(user):
    """Every registered panel that applies to `user`, filled, in order."""
    filled = []
    for panel in sorted(_panels.values(), key=lambda panel: (panel.order, panel.name)):
        context = panel.context(user)
        if context is not None:
            filled.append(FilledPanel(panel.name, panel.template, context))
    return filled
