"""Factories for the kennisbank: glossary terms, suggestions and every page type.

Page factories put their page under the section page that migrate creates.
"""

import datetime

import factory
import wagtail_factories

from kennisbank.models import (
    GlossaryPage,
    GoodPracticePage,
    HomePage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    LearningEnvironmentPage,
    Level,
    NewsIndexPage,
    NewsItemPage,
    ParentsIndexPage,
    ParentTopicPage,
    ResourcePage,
    Sector,
    SocialMapEntryPage,
    SocialMapPage,
    Suggestion,
    Term,
)


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


def _relation(name):
    """A post-generation hook that sets a ParentalManyToManyField and saves it."""

    def hook(page, create, extracted, **kwargs):
        if extracted is not None:
            getattr(page, name).set(extracted)
            if create:
                page.save()

    return factory.PostGeneration(hook)


class _BodyPageFactory(wagtail_factories.PageFactory):
    """Published pages with a title, a summary and optional thema's."""

    class Meta:
        skip_postgeneration_save = True  # the relation hooks save

    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte samenvatting in gewone woorden."
    themas = _relation("themas")


class KnowledgeArticleFactory(_BodyPageFactory):
    class Meta:
        model = KnowledgeArticlePage

    parent = factory.LazyFunction(KnowledgeIndexPage.objects.get)


class NewsItemFactory(_BodyPageFactory):
    class Meta:
        model = NewsItemPage

    parent = factory.LazyFunction(NewsIndexPage.objects.get)
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))


class GoodPracticeFactory(_BodyPageFactory):
    class Meta:
        model = GoodPracticePage

    parent = factory.LazyFunction(LearningEnvironmentPage.objects.get)
    sector = Sector.PO
    provider = "Basisschool De Klimboom"
    results = "<p>Minder kinderen thuis.</p>"


class ResourceFactory(_BodyPageFactory):
    class Meta:
        model = ResourcePage

    parent = factory.LazyFunction(LearningEnvironmentPage.objects.get)
    kind = ResourcePage.Kind.REGELING
    source_url = "https://wetten.overheid.nl/"


class SocialMapEntryFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SocialMapEntryPage
        skip_postgeneration_save = True  # the relation hooks save

    parent = factory.LazyFunction(SocialMapPage.objects.get)
    title = factory.Sequence(lambda n: f"Voorziening {n}")
    organisation = "Gezinspunt Stadshart"
    level = Level.GENERAL
    summary = "Hier kunt u terecht met vragen over opvoeden."
    how_to_reach = "<p>Bel of loop binnen.</p>"
    phone = "079 123 45 67"
    wijken = _relation("wijken")
    themas = _relation("themas")
    target_groups = _relation("target_groups")


class ParentTopicFactory(_BodyPageFactory):
    class Meta:
        model = ParentTopicPage

    parent = factory.LazyFunction(ParentsIndexPage.objects.get)
    who_can_help = _relation("who_can_help")
