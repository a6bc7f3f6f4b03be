"""Factories for groups and memberships."""

import factory

from groups.models import CommunityGroup, Membership


class CommunityGroupFactory(factory.django.DjangoModelFactory):
    """An open group that anyone may join directly."""

    class Meta:
        model = CommunityGroup

    name = factory.Sequence(lambda n: f"Werkgroep {n}")
    slug = factory.Sequence(lambda n: f"werkgroep-{n}")
    visibility = CommunityGroup.Visibility.OPEN
    join_policy = CommunityGroup.JoinPolicy.DIRECT


class MembershipFactory(factory.django.DjangoModelFactory):
    """A plain member; pass role=Membership.Role.MANAGER or OWNER for more."""

    class Meta:
        model = Membership

    group = factory.SubFactory(CommunityGroupFactory)
    user = factory.SubFactory("accounts.tests.factories.UserFactory")
    role = Membership.Role.MEMBER
