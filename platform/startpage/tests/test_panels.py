"""The registry of "Voor mij": order, panels that leave themselves out, and
replacing a panel on a second `ready()`. Without any pillar."""

import pytest

from startpage import panels


@pytest.fixture
def registry(monkeypatch):
    """An empty registry for this test; the pillars' panels are left alone."""
    monkeypatch.setattr(panels, "_panels", {})
    return panels


def test_panels_come_in_order_then_by_name(registry):
    registry.register_panel("wijk", "t.html", lambda user: {}, order=60)
    registry.register_panel("acties", "t.html", lambda user: {}, order=30)
    registry.register_panel("meldingen", "t.html", lambda user: {}, order=10)
    registry.register_panel("aanmeldingen", "t.html", lambda user: {}, order=30)

    names = [panel.name for panel in registry.panels_for(object())]

    assert names == ["meldingen", "aanmeldingen", "acties", "wijk"]


def test_a_panel_that_returns_none_is_left_out(registry):
    registry.register_panel("niet-voor-u", "t.html", lambda user: None)
    registry.register_panel("leeg", "t.html", lambda user: {"items": []})

    filled = registry.panels_for(object())

    assert [(panel.name, panel.context) for panel in filled] == [("leeg", {"items": []})]


def test_registering_again_replaces_the_panel(registry):
    registry.register_panel("acties", "oud.html", lambda user: {})
    registry.register_panel("acties", "nieuw.html", lambda user: {}, order=5)

    (panel,) = registry.panels_for(object())

    assert panel.template == "nieuw.html"
    assert panel.heading_id == "voor-mij-acties"


def test_each_panel_is_asked_with_the_viewer(registry):
    seen = []
    registry.register_panel("kijker", "t.html", lambda user: seen.append(user) or {})
    viewer = object()

    registry.panels_for(viewer)

    assert seen == [viewer]
