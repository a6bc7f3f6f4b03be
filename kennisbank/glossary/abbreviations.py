"""Explain abbreviations in body text, and find the ones the glossary lacks.

`terms` is any iterable of objects with `abbreviation`, `full_term` and
`anchor` (kennisbank.models.Term). HTML is parsed, never matched with
regular expressions: only text nodes change, so tags and attributes keep
their meaning, and HTML without anything to explain comes back verbatim.
"""

import re

from bs4 import BeautifulSoup, NavigableString
from bs4.dammit import EntitySubstitution
from bs4.formatter import HTMLFormatter

# Text inside these is left alone: a link in a link is invalid, an <abbr>
# is already explained, code is literal and headings stay short and clean.
SKIPPED_PARENTS = frozenset(
    {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "textarea", "title",
     "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "option", "svg", "math", "summary"}
)

# 2 to 6 letters, upper case at both ends, at most one lower-case letter
# inside: TLV, VSO, BaO. Not "Het", not "OTTOMANEN".
ABBREVIATION_PATTERN = re.compile(r"(?<!\w)(?=[^\W\d_]{2,6}(?!\w))[A-Z]+(?:[a-z][A-Z]+)?(?!\w)")


class _KeepAsWritten(HTMLFormatter):
    """Serialise as the editor's HTML was: attributes in their order, <br> not <br/>."""

    def __init__(self):
        super().__init__(
            entity_substitution=EntitySubstitution.substitute_xml, void_element_close_prefix=None
        )

    def attributes(self, tag):
        return list(tag.attrs.items())


def mark_abbreviations(html, terms, glossary_url=None, done=None):
    """`html` with the first use of each known abbreviation explained.

    The first use outside links, headings and code becomes
    <a href="{glossary_url}#tlv"><abbr title="toelaatbaarheidsverklaring">TLV</abbr></a>
    (only the <abbr> when there is no glossary URL). An abbreviation already
    inside an <abbr> counts as explained, so marking twice changes nothing.
    `done` is a set of abbreviations explained earlier on the same page: they
    are left alone, and the ones explained now are added to it.
    """
    explained = {term.abbreviation: term for term in terms if term.full_term}
    done = set() if done is None else done
    if not explained or not html:
        return str(html)
    soup = BeautifulSoup(str(html), "html.parser")
    done.update(tag.get_text() for tag in soup.find_all("abbr"))
    pattern = _word_pattern(explained)
    changed = False
    for text in list(soup.find_all(string=True)):
        if type(text) is not NavigableString or _is_skipped(text):
            continue
        pieces = _split(text, pattern, explained, done, soup, glossary_url)
        if pieces:
            text.replace_with(*pieces)
            changed = True
    return soup.decode(formatter=_KeepAsWritten()) if changed else str(html)


def write_out(label, terms):
    """A short plain label (a filter option) with its glossary abbreviations written out.

    "VVE" becomes "Voor- en vroegschoolse educatie (VVE)"; in a longer label
    the full terms follow in brackets: "Overgang PO-VO (primair onderwijs,
    voortgezet onderwijs)", so compounds such as "MBO-school" stay readable.
    An abbreviation already in brackets or next to its full term is left alone.
    """
    explained = {term.abbreviation: term.full_term for term in terms if term.full_term}
    if not explained:
        return label
    label = str(label)
    new = [
        match.group(1) for match in _word_pattern(explained).finditer(label)
        if not _is_explained(label, match, explained[match.group(1)])
    ]
    if not new:
        return label
    if new == [label]:
        full_term = explained[label]
        return f"{full_term[:1].upper()}{full_term[1:]} ({label})"
    return f"{label} ({', '.join(explained[word] for word in dict.fromkeys(new))})"


def _is_explained(label, match, full_term):
    before = label[:match.start()]
    return before.count("(") > before.count(")") or full_term.lower() in label.lower()


def undefined_abbreviations(text, terms):
    """Abbreviation-like words in `text` (HTML or plain) that the glossary lacks.

    In order of first appearance, each once; for editors to add or explain.
    """
    known = {term.abbreviation for term in terms}
    plain = BeautifulSoup(str(text), "html.parser").get_text(" ")
    found = dict.fromkeys(ABBREVIATION_PATTERN.findall(plain))
    return [word for word in found if word not in known]


def _word_pattern(explained):
    # Longest first, so "VSO" wins over "SO" where both could match.
    words = sorted(explained, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _is_skipped(text):
    return any(parent.name in SKIPPED_PARENTS for parent in text.parents)


def _split(text, pattern, explained, done, soup, glossary_url):
    """The pieces replacing `text`, or None when nothing in it is new."""
    pieces, position = [], 0
    for match in pattern.finditer(text):
        word = match.group(1)
        if word in done:
            continue
        done.add(word)
        pieces.append(NavigableString(text[position:match.start()]))
        pieces.append(_explained(soup, explained[word], glossary_url))
        position = match.end()
    if not pieces:
        return None
    pieces.append(NavigableString(text[position:]))
    return [piece for piece in pieces if not (isinstance(piece, NavigableString) and not piece)]


def _explained(soup, term, glossary_url):
    abbr = soup.new_tag("abbr", title=term.full_term)
    abbr.string = term.abbreviation
    if not glossary_url:
        return abbr
    link = soup.new_tag("a", href=f"{glossary_url}#{term.anchor}")
    link.append(abbr)
    return link
