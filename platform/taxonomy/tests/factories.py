"""Factories for reference data."""

import factory
from django.utils.text import slugify

from taxonomy.models import Expertise, Gemeente, Organisation, OrganisationType, Thema, Wijk


class GemeenteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gemeente
        django_get_or_create = ("slug",)

    name = "Zoetermeer"
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class WijkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Wijk

    gemeente = factory.SubFactory(GemeenteFactory)
    name = factory.Sequence(lambda n: f"Wijk {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Basisschool De Vlieger {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    type = OrganisationType.SCHOOL_PO
    wijk = factory.SubFactory(WijkFactory)
    email_domains = factory.Sequence(lambda n: f"vlieger{n}.nl")


class ThemaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thema
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class ExpertiseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expertise
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Expertise {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
