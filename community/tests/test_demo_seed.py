"""The community demo: 40 professionals with profiles, posts and groups, all
from the content files; safe to run again."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate

from accounts import demo as accounts_demo
from accounts.models import User
from community import demo, demo_groups, demo_posts
from community.models import Profile
from demo.content import load
from taxonomy import demo as taxonomy_demo
from taxonomy.models import Expertise, Organisation, Thema, Wijk

pytestmark = pytest.mark.django_db


def seed_all():
    """The seeds in seed_demo's order."""
    for module in (accounts_demo, taxonomy_demo, demo):
        module.seed(lambda message: None)


def counts():
    models = [User, Profile, EmailAddress, Organisation, Wijk, Thema, Expertise,
              Profile.wijken.through, Profile.expertise.through]
    return {model.__name__: model.objects.count() for model in models}


def taxonomy_content(name, key):
    return {item[key] for item in load(taxonomy_demo.CONTENT / f"{name}.yaml")}


def test_every_content_file_loads_with_its_required_fields():
    posts, groups = demo_posts.posts(), demo_groups.groups()
    assert {post["section"] for post in posts} == set(demo_posts.SECTIONS)
    assert len(groups) >= 3  # the demo professional owns, manages and joins one each
    themas, wijken = taxonomy_content("themas", "name"), set(taxonomy_demo.WIJKEN)
    for item in [*posts, *groups, *[p for g in groups for p in g["posts"]]]:
        # A name the taxonomy does not know would be dropped without a word.
        assert set(item.get("themas", [])) <= themas, item
        assert set(item.get("wijken", [])) <= wijken, item
        assert all(comment["text"] for comment in item.get("comments", []))
    assert all("\n" not in post["body"] + post["title"] for post in posts)
    organisations = taxonomy_content("organisations", "slug")
    expertise = taxonomy_content("expertise", "slug")
    for person in demo.PEOPLE:
        assert person["organisation"] in organisations
        assert 2 <= len(person["expertise"]) <= 4 and set(person["expertise"]) <= expertise


def test_the_seed_makes_the_posts_and_groups_of_the_content():
    from community.models import Action, Comment, Post
    from groups.models import CommunityGroup
    from privacy.sanitise import clean_html

    seed_all()

    for item in demo_posts.posts():
        post = Post.objects.get(section=item["section"], title=item["title"])
        assert post.body == clean_html(item["body"])
        comments = item.get("comments", [])
        assert post.comments.count() == len(comments) + sum("reply" in c for c in comments)
    groups = demo_groups.groups()
    assert list(CommunityGroup.objects.order_by("pk").values_list("slug", flat=True)) == [
        group["slug"] for group in groups]
    assert Action.objects.count() == sum(len(group.get("actions", [])) for group in groups)
    group_posts = [post for group in groups for post in group["posts"]]
    assert Post.objects.filter(section="group").count() == len(group_posts)
    assert Comment.objects.filter(post__section="group").count() == sum(
        len(post.get("comments", [])) for post in group_posts)
    opening = Post.objects.get(title="Startbijeenkomst: wat willen we leren?")
    assert opening.body.count("<p>") == 2  # an empty line in the file starts a paragraph


def test_seeding_twice_changes_nothing():
    seed_all()
    first = counts()
    seed_all()
    assert counts() == first
    assert first["Profile"] == len(demo.PEOPLE) + len(accounts_demo.DEMO_ACCOUNTS)


def test_demo_people_are_verified_professionals_at_their_organisation():
    seed_all()
    people = User.objects.filter(email__endswith=f".{taxonomy_demo.DEMO_DOMAIN_SUFFIX}")
    assert people.count() == 40
    for user in people.select_related("profile", "organisation"):
        assert user.is_professional
        assert Organisation.for_email(user.email) == user.organisation
        assert user.profile.organisation == user.organisation
        assert 1 <= user.profile.wijken.count() <= 3
        assert 2 <= user.profile.expertise.count() <= 4
        assert len(user.profile.bio) <= 600
    assert EmailAddress.objects.filter(user__in=people, verified=True).count() == 40
    email = people.first().email
    assert authenticate(email=email, password=demo.DEMO_PASSWORD) is not None


def test_demo_role_accounts_get_a_profile():
    seed_all()
    beheerder = Profile.objects.get(user__email=f"beheerder@{demo.ROLE_DEMO_DOMAIN}")
    assert beheerder.display_name == "Bas Beheer"
    assert beheerder.function == "beheerder van het platform"
    role_profiles = Profile.objects.filter(user__email__endswith=f"@{demo.ROLE_DEMO_DOMAIN}")
    assert role_profiles.count() == len(accounts_demo.DEMO_ACCOUNTS)


def test_demo_posts_fill_the_three_sections_and_pass_the_privacy_guard():
    from community import demo as community_demo
    from community.models import Comment, Post
    from privacy.guard import check
    from taxonomy import demo as taxonomy_demo

    taxonomy_demo.seed(lambda message: None)
    community_demo.seed(lambda message: None)

    sections = ("doe_mee", "praat_mee", "lees_mee")
    counts = {s: Post.objects.filter(section=s).count() for s in sections}
    assert sum(counts.values()) >= 60 and all(counts.values())
    assert Comment.objects.filter(parent__isnull=False).exists()
    texts = [t for p in Post.objects.all() for t in (p.title, p.body)]
    texts += list(Comment.objects.values_list("body", flat=True))
    assert [t for t in texts if check(t)] == []


def test_demo_groups_have_mixed_visibility_members_posts_and_due_actions():
    from community.models import Action, JoinRequest, Post, Reaction
    from groups.models import CommunityGroup, Membership
    from privacy.guard import check

    seed_all()
    seed_all()

    groups = CommunityGroup.objects.all()
    assert groups.count() >= 8
    assert set(groups.values_list("visibility", flat=True)) == {"open", "closed", "secret"}
    for group in groups:
        assert group.memberships.filter(role="owner").count() == 1
    demo_user = User.objects.get(email="professional@demo.wijkzorgnetwerk.nl")
    assert set(Membership.objects.filter(user=demo_user).values_list("role", flat=True)) == {
        "owner", "manager", "member"}
    assert Post.objects.filter(section="group").count() >= 8
    assert Reaction.objects.exists()
    open_actions = Action.objects.filter(status="open")
    assert any(a.is_overdue for a in open_actions) and not all(a.is_overdue for a in open_actions)
    assert Action.objects.filter(status="done").exists()
    assert JoinRequest.objects.filter(status="pending").count() == 1
    texts = list(Action.objects.values_list("description", flat=True))
    texts += [t for p in Post.objects.filter(section="group") for t in (p.title, p.body)]
    assert [t for t in texts if check(t)] == []
