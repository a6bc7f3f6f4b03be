"""Factories for the kennisbank: glossary terms, the glossary page, suggestions."""

import factory
import wagtail_factories

from kennisbank.models import GlossaryPage, HomePage, Suggestion, Term


def _letters(n):
    """A distinct upper-case abbreviation per number: AA, AB, ... (no digits)."""
    first, second = divmod(n, 26)
    return "X" + chr(ord("A") + first % 26) + chr(ord("A") + second)


class TermFactory(factory.django.DjangoModelFactory):
    """An abbreviation with its full form and a short explanation."""

    class Meta:
        model = Term

    abbreviation = factory.Sequence(_letters)
    full_term = factory.LazyAttribute(lambda term: f"voluit {term.abbreviation.lower()}")
    explanation = "Uitleg in gewone woorden."


class GlossaryPageFactory(wagtail_factories.PageFactory):
    """/begrippen/ under the site's home page, published."""

    class Meta:
        model = GlossaryPage

    title = "Begrippen"
    slug = "begrippen"
    parent = factory.LazyFunction(HomePage.objects.get)


class SuggestionFactory(factory.django.DjangoModelFactory):
    """A suggestion as a visitor sends it."""

    class Meta:
        model = Suggestion

    offer = factory.Sequence(lambda n: f"Voorleesproject {n}")
    provider = "Bibliotheek Zoetermeer"
