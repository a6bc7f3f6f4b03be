"""The privacy guard on a generated corpus: every valid BSN is refused, in any
common notation; ordinary Dutch text with phone numbers, postcodes, IBANs,
dates and amounts passes. A birth date or a child's name asks to confirm."""

import datetime
import random

import pytest

from privacy.guard import (
    CONFIRM,
    REFUSE,
    check,
    elfproef,
    find_bsns,
    needs_confirmation,
    refusals,
)

CORPUS_SIZE = 2000
rng = random.Random(20261124)  # the same corpus every run


def valid_bsn():
    while True:
        digits = "".join(str(rng.randrange(10)) for _ in range(8))
        for last in range(10):
            if elfproef(digits + str(last)):
                return digits + str(last)


def written(bsn):
    """A BSN as people write it."""
    return rng.choice([
        bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
        f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}", f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
    ])


BSN_SENTENCES = [
    "Het BSN van de leerling is {}.", "{}", "bsn: {}, graag doorsturen",
    "Zie dossier {} voor de aanvraag.", "Nummer {} staat op het formulier.",
]


def test_the_11_test():
    assert elfproef("111222333")
    assert elfproef("123456782")
    assert not elfproef("123456789")
    assert not elfproef("000000000")
    assert not elfproef("12345678")


def test_every_valid_bsn_is_refused_however_it_is_written():
    missed = []
    for _ in range(CORPUS_SIZE):
        text = rng.choice(BSN_SENTENCES).format(written(valid_bsn()))
        if not refusals(check(text)):
            missed.append(text)

    assert missed == []


def phone():
    return rng.choice([
        f"06-{rng.randrange(10**7, 10**8)}",
        f"06 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
        f"079 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        f"0{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}", "0800 1234",
        f"+31 6 {rng.randrange(10**7, 10**8)}",
    ])


def postcode():
    letters = rng.choice("ABCDEFGHJKLMNPRSTVWXZ") + rng.choice("ABEGHJ")
    return f"{rng.randrange(1000, 9999)} {letters}"


def iban():
    number = f"{rng.randrange(10**9, 10**10)}"
    bank = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"])
    return rng.choice([f"NL{rng.randrange(10, 99)}{bank}{number}",
                       f"NL{rng.randrange(10, 99)} {bank} {number[:4]} {number[4:8]} {number[8:]}"])


def meeting_date():
    """Meetings are this year or next, whenever the test runs."""
    year = datetime.date.today().year
    return rng.choice([f"{rng.randrange(1, 29)}-{rng.randrange(1, 13)}-{year}",
                       f"{rng.randrange(1, 29)} maart {year + 1}",
                       f"{rng.randrange(1, 29)}/11/{year}"])


ORDINARY = [
    "Bel mij gerust op {phone}, ook over de leerlingen van groep 5.",
    "Het adres is Dorpsstraat 12, {postcode} Zoetermeer.",
    "De bijdrage van 45 euro graag overmaken op {iban} t.n.v. de ouderraad.",
    "Op {date} bespreken we in het OT hoe het gaat met de kinderen in de wijk.",
    "We zagen 1.250 kinderen in 2025, 312 meer dan vorig jaar.",
    "Het wijkteam is bereikbaar op {phone} en zit in {postcode}.",
    "In groep 3 en 4 lezen de leerlingen elke dag 20 minuten.",
    "Het project kost € 12.500 en loopt tot {date}.",
    "De school telt 412 leerlingen; KvK {kvk}.",
    "Meld je aan voor de scholing van {date} via {phone}.",
]


def ordinary_text():
    return rng.choice(ORDINARY).format(phone=phone(), postcode=postcode(), iban=iban(),
                                       date=meeting_date(), kvk=rng.randrange(10**7, 10**8))


def test_ordinary_text_passes_and_the_false_positive_rate_is_reported():
    flagged = [text for text in (ordinary_text() for _ in range(CORPUS_SIZE)) if check(text)]

    rate = len(flagged) / CORPUS_SIZE
    print(f"privacy guard: {len(flagged)} of {CORPUS_SIZE} ordinary texts flagged "
          f"({rate:.2%}); examples: {flagged[:3]}")
    assert not any(refusals(check(text)) for text in flagged)
    assert flagged == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Onze leerling Sanne (9) heeft veel gemist.", "name"),
    ("Het gaat om Daan, 7 jaar, uit groep 4.", "name"),
    ("Het kind is geboren op 12-03-2016 en woont bij oma.", "birth_date"),
    ("Geboortedatum: 3 april 2014.", "birth_date"),
    ("De zoon van mevrouw Yilmaz zit thuis.", "name"),
])
def test_a_name_or_birth_date_with_a_child_asks_to_confirm(text, kind):
    findings = check(text)

    assert [f.kind for f in findings] == [kind]
    assert findings[0].severity == CONFIRM
    assert needs_confirmation(findings)


def test_a_bsn_refusal_says_what_to_do_and_names_the_number():
    (finding,) = check("BSN 1234.56.782 van de leerling")

    assert finding.severity == REFUSE
    assert "1234.56.782" in finding.message
    assert "de rest van uw tekst blijft staan" in finding.message


def test_numbers_next_to_each_other_are_not_glued_into_a_bsn():
    assert find_bsns("In 2025 waren er 123 aanmeldingen en 45 thuiszitters.") == []
    assert find_bsns("Bel 079 123 45 67") == []
