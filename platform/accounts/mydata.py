"""'My data': every app declares what it stores about a person.

An app registers an exporter (user -> JSON-serialisable data) and, where it
holds personal data, an eraser (user -> None) that deletes or anonymises it
when the account is deleted. The accounts package calls them all; it does
not need to know the other apps.
"""

_exporters = {}
_erasers = {}


def register_exporter(section, func):
    """Add `section` to the export; `func(user)` returns its data."""
    _exporters[section] = func


def register_eraser(section, func):
    """`func(user)` erases or anonymises `section` before the account goes."""
    _erasers[section] = func


def export_for(user):
    return {section: func(user) for section, func in sorted(_exporters.items())}


def erase_for(user):
    for _section, func in sorted(_erasers.items()):
        func(user)
