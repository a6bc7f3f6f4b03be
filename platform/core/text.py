"""Control characters: invisible, never meant, and fatal to XML and iCal.

Text pasted from a word processor can carry them (Word writes a manual line
break as a vertical tab). XML 1.0 forbids most of them, so one such character
in a title would break every feed it appears in. Incoming text is cleaned at
the edge (`core.middleware.ControlCharacterMiddleware`); what is already
stored is cleaned again on the way out (`core.feeds`).
"""

import re

# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Vertical tab and form feed mean "new line" to whoever typed them.
LINE_BREAKS = re.compile(r"[\x0b\x0c]")


def strip_control_characters(text):
    """`text` without control characters; vertical tabs and form feeds become new lines."""
    return CONTROL_CHARACTERS.sub("", LINE_BREAKS.sub("\n", text))


def has_control_characters(text):
    return bool(CONTROL_CHARACTERS.search(text) or LINE_BREAKS.search(text))
