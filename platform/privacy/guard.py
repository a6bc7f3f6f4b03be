"""The privacy guard: look for data that identifies a child before text is saved.

The platform is not a case file. A BSN (citizen service number) is refused
outright; a birth date, or a first name, written together with words about a
child (leerling, kind, geboren, ...) asks the writer to anonymise the text or
to confirm that it identifies nobody. The writer's text is never changed or
lost: the form shows the findings next to it.

A BSN is 9 digits (8 with an implied leading zero are not checked: too many
ordinary numbers have 8 digits) passing the 11-test:
9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11. People write it with
dots, spaces or hyphens between groups ("1234.56.782", "123 456 782"), so
digit groups joined by a single separator are read as one number. A phone
number (10 digits), a postcode (4 digits), an IBAN (10 digits after the
bank code) or a date (8 digits) therefore never looks like a BSN.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

REFUSE = "refuse"
CONFIRM = "confirm"

# Digit groups joined by one space, dot or hyphen: "123 456 782", "1234.56.782".
NUMBER = re.compile(r"(?<![\w.-])\d+(?:[ .-]\d+)*(?![\w-]|\.\d)")

CHILD_WORDS = (
    "leerling", "leerlinge", "kind", "kindje", "kleuter", "peuter", "baby", "jongen", "meisje",
    "zoon", "dochter", "broertje", "zusje", "pupil", "cliënt", "client", "geboren",
    "geboortedatum", "jarig",
)
CHILD_WORD = re.compile(r"\b(" + "|".join(CHILD_WORDS) + r")(?:s|en|eren)?\b", re.IGNORECASE)

MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
          "november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
DATE = re.compile(
    r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\b"
    r"|\b\d{1,2} (?:" + MONTHS + r")\.? (?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# A capitalised word right after a child word ("leerling Sanne", "zoon Daan"), or
# followed by an age in brackets ("Sanne (9)", "Daan, 7 jaar").
NAME = r"([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)"
# The child word in any case ("Leerling"), the name with its capital.
NAME_AFTER_CHILD_WORD = re.compile(
    r"\b(?i:" + "|".join(CHILD_WORDS[:-3]) + r")s?(?: van \w+)? " + NAME
)
NAME_WITH_AGE = re.compile(r"\b([A-Z][a-zà-ÿ]+)(?: \(\d{1,2}\)|, \d{1,2} jaar\b| \(\d{1,2} jaar\))")
# Capitalised words that are not names: they start sentences or name things.
NOT_NAMES = frozenset({"De", "Het", "Een", "Deze", "Die", "Dat", "Wij", "Zij", "Hij", "Ik",
                       "Ze", "We", "Op", "In", "Bij", "Na", "Voor", "Met", "School", "Groep"})


def elfproef(digits):
    """True when nine digits pass the BSN 11-test."""
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


@dataclass(frozen=True)
class Finding:
    """Something in the text that may identify a child."""

    kind: str  # "bsn", "birth_date" or "name"
    severity: str  # REFUSE or CONFIRM
    text: str  # what was found, as written
    message: str


def find_bsns(text):
    """The BSNs in `text`, as written."""
    found = []
    for match in NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if elfproef(digits):
            found.append(match.group())
    return found


def check(text):
    """Everything in `text` that may identify a child, refusals first."""
    text = text or ""
    findings = [
        Finding("bsn", REFUSE, number, _(
            "Er staat een burgerservicenummer (BSN) in uw tekst: %(number)s. Dat mag hier "
            "nooit. Haal het nummer weg; de rest van uw tekst blijft staan.") % {"number": number})
        for number in find_bsns(text)
    ]
    findings += [
        Finding("birth_date", CONFIRM, date, _(
            "Er staat een datum in uw tekst (%(date)s) bij woorden over een kind. Is het een "
            "geboortedatum? Haal die dan weg of schrijf alleen de leeftijd of de groep.")
            % {"date": date})
        for date in possible_birth_dates(text)
    ]
    names = [m.group(1) for m in NAME_AFTER_CHILD_WORD.finditer(text)]
    names += [m.group(1) for m in NAME_WITH_AGE.finditer(text)]
    for name in dict.fromkeys(n for n in names if n.split()[0] not in NOT_NAMES):
        findings.append(Finding("name", CONFIRM, name, _(
            "Staat er een naam van een kind in uw tekst (%(name)s)? Schrijf dan liever "
            "\u201ceen leerling uit groep 5\u201d dan een naam.") % {"name": name}))
    return findings


def possible_birth_dates(text, today=None):
    """Dates that may be a child's birth date: right after "geboren" or
    "geboortedatum", or a date in a child's lifetime (the last 25 years, not
    this year: that is when meetings happen) close to a word about a child."""
    this_year = (today or datetime.date.today()).year
    found = []
    for match in DATE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()].lower()
        around = text[max(0, match.start() - 80):match.end() + 80]
        year = int(re.findall(r"\d+", match.group())[-1])
        year += 2000 if year < 100 else 0
        explicit = "geboren" in before or "geboortedatum" in before or "jarig" in before
        in_childhood = this_year - 25 <= year < this_year
        if explicit or (in_childhood and CHILD_WORD.search(around)):
            found.append(match.group())
    return found


def refusals(findings):
    return [f for f in findings if f.severity == REFUSE]


def needs_confirmation(findings):
    return [f for f in findings if f.severity == CONFIRM]


REMINDER = _("Praat over situaties, niet over kinderen met naam. Geen namen, geboortedata of "
             "BSN: anonimiseer wat u vertelt.")
