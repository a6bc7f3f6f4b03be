"""The taxonomy demo: Zoetermeer, its wijken, organisations of every type."""

import pytest

from taxonomy import demo
from taxonomy.models import Expertise, Gemeente, Organisation, OrganisationType, Thema, Wijk

pytestmark = pytest.mark.django_db


def counts():
    models = [Gemeente, Wijk, Organisation, Thema, Expertise,
              Organisation.themas.through, Organisation.expertise.through]
    return [model.objects.count() for model in models]


def test_seeding_twice_changes_nothing():
    demo.seed(lambda message: None)
    first = counts()
    demo.seed(lambda message: None)
    assert counts() == first


def test_demo_covers_the_city_and_every_organisation_type():
    demo.seed(lambda message: None)
    zoetermeer = Gemeente.objects.get(slug="zoetermeer")
    assert zoetermeer.wijken.count() >= 10
    assert Organisation.objects.count() >= 24
    assert set(Organisation.objects.values_list("type", flat=True)) == set(OrganisationType.values)
    assert Expertise.objects.filter(name="Cluster 2 taal/spraak").exists()
    for org in Organisation.objects.all():
        assert org.domain_list == [demo.demo_domain(org.slug)]
        assert org.domain_list[0].endswith(".wzn-demo.nl")
        assert org.themas.exists() and org.expertise.exists()
        org.full_clean()


def test_the_seed_makes_the_rows_of_the_content_files():
    from demo.content import load

    demo.seed(lambda message: None)

    assert list(Wijk.objects.order_by("pk").values_list("name", flat=True)) == demo.WIJKEN
    themas = load(demo.CONTENT / "themas.yaml", required=["name", "description"])
    assert {(t.name, t.description) for t in Thema.objects.all()} == {
        (item["name"], item["description"]) for item in themas}
    expertise = load(demo.CONTENT / "expertise.yaml", required=["slug", "name"])
    assert set(Expertise.objects.values_list("slug", "name")) == {
        (item["slug"], item["name"]) for item in expertise}
    for item in load(demo.CONTENT / "organisations.yaml"):
        org = Organisation.objects.get(slug=item["slug"])
        assert (org.name, org.type, getattr(org.wijk, "name", None)) == (
            item["name"], item["type"], item.get("wijk"))
        assert sorted(org.themas.values_list("name", flat=True)) == sorted(item["themas"])
        assert sorted(org.expertise.values_list("slug", flat=True)) == sorted(item["expertise"])
