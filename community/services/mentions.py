"""@mentions: "@Fatima Bakker" in a post or reaction names a colleague.

A mention is an @ followed by the display name of an active professional,
matched case-insensitively on up to four words, longest name first (so
"@Jan de Vries" is Jan de Vries, not a Jan). The mentioned person is linked
in the text and mailed, but only when they may see the post: a mention
never tells anyone about a closed group's post they cannot read.
"""

import re
from html import escape as html_escape

from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.html import escape

from access.tokens import holders_of
from accounts import roles

MAX_WORDS = 4
MENTION = re.compile(r"(?<![\w@])@([^\W\d_][\w'-]*(?:[ ][\w'-]+){0,"
                     + str(MAX_WORDS - 1) + "})")


def _candidates(text):
    """For each @ in `text`: the 1..4-word names it might start with, longest first."""
    for match in MENTION.finditer(text or ""):
        words = match.group(1).split(" ")
        yield [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def _ascii_lower(text):
    return "".join(c.lower() if c.isascii() else c for c in text)


def mentioned_profiles(text):
    """The profiles named with @ in `text`, as {lowercased name: profile}; one query."""
    from ..models import Profile

    typed = {name for options in _candidates(text) for name in options}
    # SQLite's LOWER() folds ASCII letters only ("Özlem" stays "Özlem");
    # PostgreSQL's folds all. Ask for both spellings, match in Python.
    names = {n.lower() for n in typed} | {_ascii_lower(n) for n in typed}
    if not names:
        return {}
    profiles = (
        Profile.objects.annotate(name_lower=Lower("display_name"))
        .filter(name_lower__in=names, user__is_active=True, hidden_at__isnull=True,
                user__groups__name=roles.PROFESSIONAL)
        .select_related("user")
    )
    found, ambiguous = {}, set()
    for profile in profiles:
        key = profile.display_name.lower()
        if key in found:
            ambiguous.add(key)
        found[key] = profile
    # Two colleagues with the same name: we cannot tell whom the writer meant.
    return {name: profile for name, profile in found.items() if name not in ambiguous}


def resolve(text):
    """The mentioned profiles in order of appearance, each once."""
    found = mentioned_profiles(text)
    seen = {}
    for options in _candidates(text):
        name = next((n.lower() for n in options if n.lower() in found), None)
        if name:
            seen.setdefault(found[name].pk, found[name])
    return list(seen.values())


def link_mentions(html, profiles):
    """Turn "@Name" in sanitised `html` into a link to that person's profile.

    Only text between tags is touched, and never the text of an existing
    link, so a mention inside a URL or an attribute stays as it is.
    """
    if not profiles:
        return html
    # nh3 leaves quotes in text as they are, so only <, > and & are escaped.
    by_name = {html_escape(p.display_name, quote=False).lower(): p for p in profiles}
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w@])@(" + "|".join(map(re.escape, names)) + r")(?![\w-])",
                         re.IGNORECASE)

    def link(match):
        profile = by_name.get(match.group(1).lower())
        if profile is None:  # matched only through Unicode case folding
            return match.group(0)
        return (f'<a href="{reverse("profile_detail", args=[profile.pk])}" class="mention">'
                f"@{escape(profile.display_name)}</a>")

    parts, in_link = [], False
    for part in re.split(r"(<[^>]*>)", html):
        if part.startswith("<"):
            opens_link = re.match(r"<a[\s>]", part) is not None
            in_link = opens_link or (in_link and not part.startswith("</a"))
            parts.append(part)
        else:
            parts.append(part if in_link else pattern.sub(link, part))
    return "".join(parts)


def who_may_read(post, profiles, writer):
    """The mentioned people other than the writer who may see `post` (and so
    may be told about it); one query."""
    users = get_user_model().objects.filter(pk__in=[p.user_id for p in profiles])
    readers = set(holders_of(post.access_token, users).values_list("pk", flat=True))
    return [p for p in profiles if p.user_id in readers and p.user_id != writer.pk]

