"""Demo posts for Doe mee, Praat mee and Lees mee, with comments, from
`content/posts/<section>.yaml`.

Every text is invented and anonymised: no names, birth dates or BSNs of
children, only situations ("een leerling uit groep 6"). Authors are the demo
professionals of community.demo, picked by a fixed rule from a post's place
in the files, so every machine gets the same demo. Safe to run again: a post
is keyed by its title and section.
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from access.models import Visibility
from demo.content import join_lines, load
from notifications.models import Notification
from privacy.sanitise import clean_html, text_to_html
from taxonomy.demo import DEMO_DOMAIN_SUFFIX
from taxonomy.models import Thema, Wijk

from .models import Comment, Follow, Post, Reaction, ReactionKind, Section
from .services.posts import notify_owner

CONTENT = Path(__file__).resolve().parent / "content" / "posts"
# In this order: a post's place over all three decides its author and date.
SECTIONS = [Section.DOE_MEE, Section.PRAAT_MEE, Section.LEES_MEE]


def posts():
    """Every demo post, its section set and its wrapped texts joined."""
    return [
        {"section": section, **join_lines(item)}
        for section in SECTIONS
        for item in load(CONTENT / f"{section.value}.yaml", required=["title", "body", "themas"])
    ]


def seed_posts(log):
    """Create the demo posts that do not exist yet, with their comments."""
    authors = list(
        get_user_model().objects.filter(
            email__endswith=f".{DEMO_DOMAIN_SUFFIX}", verified_professional_at__isnull=False
        ).order_by("email")
    )
    themas = {thema.name: thema for thema in Thema.objects.all()}
    wijken = {wijk.name: wijk for wijk in Wijk.objects.filter(gemeente__slug="zoetermeer")}
    now = timezone.now()
    created = 0
    for index, data in enumerate(posts()):
        if Post.objects.filter(section=data["section"], title=data["title"]).exists():
            continue
        _create(index, data, authors, themas, wijken, now)
        created += 1
    if created:
        log(f"community: {created} demo-berichten in Doe mee, Praat mee en Lees mee")


def _create(index, data, authors, themas, wijken, now):
    """One post with its comments, dated somewhere in the last 60 days."""
    author = _pick(authors, index * 7)
    deadline = None
    if data.get("deadline_in") is not None:
        deadline = timezone.localdate() + timedelta(days=data["deadline_in"])
    post = Post.objects.create(
        section=data["section"], title=data["title"], body=clean_html(data["body"]),
        link=data.get("link", ""), deadline=deadline, owner=author,
        visibility=Visibility(data.get("visibility", Visibility.PROFESSIONALS)),
    )
    post.themas.set([themas[name] for name in data["themas"] if name in themas])
    post.wijken.set([wijken[name] for name in data.get("wijken", []) if name in wijken])
    posted_at = now - timedelta(days=1 + (index * 23) % 59, hours=(index * 5) % 9)
    Post.objects.filter(pk=post.pk).update(created_at=posted_at, updated_at=posted_at)
    # Comments follow the post within its first days, never in the future.
    step = min((now - posted_at) / 6, timedelta(hours=20))
    for number, comment in enumerate(data.get("comments", [])):
        commenter = _pick(authors, index * 7 + 11 * (number + 1), avoid=author)
        parent = _comment(post, None, commenter, comment["text"], posted_at + step * (number + 1))
        if comment.get("reply"):
            _comment(post, parent, author, comment["reply"], posted_at + step * (number + 1.5))
    _react(post, index, authors, author, posted_at)


def _react(post, index, authors, author, posted_at):
    """A few one-click reactions, and the author follows their own post."""
    if author is not None:
        Follow.objects.get_or_create(post=post, user=author)
        # Since posting, as a real author does: the comments above then count
        # as new reactions on the author's "Voor mij" (Gevolgde gesprekken).
        Follow.objects.filter(post=post, user=author).update(created_at=posted_at)
    kinds = ReactionKind.values
    for number in range(index % 5):
        reader = _pick(authors, index * 3 + number * 5, avoid=author)
        if reader is not None:
            Reaction.objects.get_or_create(post=post, user=reader,
                                           kind=kinds[(index + number) % len(kinds)])


def _comment(post, parent, author, text, when):
    comment = Comment.objects.create(post=post, parent=parent, author=author,
                                     body=text_to_html(text))
    Comment.objects.filter(pk=comment.pk).update(created_at=when)
    if parent is None and author != post.owner:
        _tell_owner(post, comment, when)
    return comment


def _tell_owner(post, comment, when):
    """The author's notification centre has the reaction, as the service
    puts it there (site only: demo content mails nobody). Older
    than a week counts as read, so the badge shows a few, not dozens."""
    made = notify_owner(post, comment, site_only=True)
    read_at = when if timezone.now() - when > timedelta(days=7) else None
    Notification.objects.filter(pk__in=[n.pk for n in made]).update(created_at=when,
                                                                     read_at=read_at)


def _pick(authors, number, avoid=None):
    """The author at `number`, wrapping around; None when there are none."""
    if not authors:
        return None
    author = authors[number % len(authors)]
    if author == avoid and len(authors) > 1:
        author = authors[(number + 1) % len(authors)]
    return author
