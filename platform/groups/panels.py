"""Sections that other pillars add to a group's page.

The community owns the group page, but a group's events belong to the
agenda, and pillars do not import each other. So a pillar registers a panel
from its `AppConfig.ready()`: a template and a function that gives the
template its context for one group and one viewer. The function decides
what the viewer may see, through the access model, like any other read.
"""

from collections.abc import Callable
from dataclasses import dataclass

_panels = {}


@dataclass(frozen=True)
class Panel:
    """One section of a group's page; `context(group, user)` -> dict."""

    name: str
    template: str
    context: Callable


@dataclass(frozen=True)
class FilledPanel:
    """A panel with its context for one viewer, ready to include."""

    template: str
    context: dict


def register_panel(name, template, context):
    """Add (or replace, on a second `ready()`) the panel called `name`."""
    _panels[name] = Panel(name, template, context)


def panels_for(group, user):
    """Every registered panel filled for `user`, in registration order."""
    return [FilledPanel(panel.template, panel.context(group, user))
            for panel in _panels.values()]
