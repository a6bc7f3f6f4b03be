"""Doe mee, Praat mee, Lees mee and group posts: the lists, a post, writing one,
and what a reader does with a post (take part, react, follow, open a file)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from access.views import get_visible_or_404, require_visible
from core.listing import paginate
from groups.api import groups_visible_to, is_member

from .. import live
from ..forms.posts import CommentForm, PostFilterForm, PostForm
from ..models import Attachment, Post, ReactionKind, Section
from ..services import posts as services

PER_PAGE = 20
INTROS = {
    Section.DOE_MEE: gettext_lazy("Oproepen om mee te doen: een pilot, een project, "
                                  "een werkgroep."),
    Section.PRAAT_MEE: gettext_lazy("Vragen en discussies. Vraag het aan collega's uit de "
                                    "hele stad."),
    Section.LEES_MEE: gettext_lazy("Artikelen, onderzoek en leestips die collega's de moeite "
                                   "waard vinden."),
}


def post_list(request, section):
    """The posts of one section the visitor may see, newest first."""
    posts = (
        Post.objects.visible_to(request.user).filter(section=section)
        .select_related("owner__profile", "access_group").prefetch_related("themas", "wijken")
        .annotate(comment_count=Count("comments", filter=Q(comments__hidden_at__isnull=True)))
        .order_by("-created_at", "-pk")
    )
    form = PostFilterForm(request.GET, user=request.user)
    page_obj = paginate(request, form.apply(posts), PER_PAGE)
    return render(request, "community/post_list.html", {
        "section": Section(section), "intro": INTROS[section], "filter_form": form,
        "page_obj": page_obj, "posts": page_obj.object_list,
        "live_stream": live.section_stream(section),
    })


def post_detail(request, section, pk):
    """A post in one of the three sections."""
    post = get_visible_or_404(_posts(), request.user, pk=pk, section=section)
    return _post_page(request, post)


def group_post_detail(request, slug, pk):
    """A post in a group; a secret group's post is a 404 like the group itself."""
    group = _group_or_404(request.user, slug)
    post = get_visible_or_404(_posts(), request.user, pk=pk, section=Section.GROUP,
                              access_group=group)
    return _post_page(request, post)


def _posts():
    return Post.objects.select_related("owner__profile", "access_group")


def _group_or_404(user, slug):
    return get_object_or_404(groups_visible_to(user), slug=slug)


def _post_page(request, post):
    """A post with its reactions; verified professionals react on the same page."""
    user = request.user
    may_comment = user.is_authenticated and user.is_professional
    form = CommentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not may_comment:
            raise PermissionDenied(_("Alleen geverifieerde professionals kunnen reageren."))
        if form.is_valid():
            services.add_comment(user, post, form.cleaned_data["body"],
                                 form.cleaned_data.get("parent"))
            messages.success(request, _("Uw reactie staat eronder."))
            return redirect(f"{post.get_absolute_url()}#reacties")
    comments = post.comments.shown().filter(parent=None).select_related("author__profile")\
        .prefetch_related(_shown_replies())
    participants = list(post.participations.select_related("user__profile"))
    return render(request, "community/post_detail.html", {
        "post": post, "section": Section(post.section), "comments": comments,
        "comment_form": form if may_comment else None, "may_comment": may_comment,
        "participants": participants,
        "taking_part": any(p.user_id == user.pk for p in participants),
        "is_asker": user.is_authenticated and post.owner_id == user.pk,
        "reactions": services.reaction_summary(post, user),
        "following": user.is_authenticated and post.follows.filter(user=user).exists(),
        "attachments": list(post.attachments.all()),
        "live_stream": live.post_stream(post.pk),
    })


def _shown_replies():
    from django.db.models import Prefetch

    from ..models import Comment

    return Prefetch("replies", Comment.objects.shown().select_related("author__profile"))


@login_required
def post_create(request, section):
    """The composer; the privacy guard speaks before anything is saved."""
    _require_professional(request.user, _("Alleen geverifieerde professionals kunnen berichten "
                                          "plaatsen."))
    return _composer(request, PostForm(request.POST or None, request.FILES or None,
                                       section=section))


@login_required
def group_post_create(request, slug):
    """The composer in a group: only its members write there."""
    group = _group_or_404(request.user, slug)
    _require_professional(request.user, _("Alleen geverifieerde professionals kunnen berichten "
                                          "plaatsen."))
    if not is_member(request.user, group):
        raise PermissionDenied(_("Alleen leden van de groep kunnen hier berichten plaatsen."))
    form = PostForm(request.POST or None, request.FILES or None, section=Section.GROUP,
                    group=group)
    return _composer(request, form, group=group)


def _composer(request, form, group=None):
    if request.method == "POST" and form.is_valid():
        post = services.create_post(request.user, form.section, form.cleaned_data, group)
        messages.success(request, _("Uw bericht staat online."))
        return redirect(post.get_absolute_url())
    return render(request, "community/post_form.html", {
        "form": form, "section": Section(form.section), "group": group})


def _require_professional(user, message):
    if not user.is_professional:
        raise PermissionDenied(message)


def _visible_post(request, pk):
    """A post acted on by a signed-in professional who may see it."""
    post = get_visible_or_404(_posts(), request.user, pk=pk)
    _require_professional(request.user, _("Alleen geverifieerde professionals kunnen dit doen."))
    return post


@login_required
@require_POST
def participate(request, pk):
    """Ik doe mee (or not any more) on a Doe mee call."""
    post = _visible_post(request, pk)
    if post.section != Section.DOE_MEE:
        raise Http404
    joined = services.toggle_participation(request.user, post)
    messages.success(request, _("Fijn dat u meedoet! Professionals zien uw naam in de lijst.")
                     if joined else _("U doet niet meer mee."))
    return redirect(post.get_absolute_url())


@login_required
@require_POST
def helpful(request, pk, comment_pk):
    """The asker marks an answer as helpful."""
    post = _visible_post(request, pk)
    comment = get_object_or_404(post.comments.shown(), pk=comment_pk)
    try:
        services.mark_helpful(request.user, comment)
    except ValidationError:
        raise Http404 from None
    return redirect(f"{post.get_absolute_url()}#reacties")


@login_required
@require_POST
def react(request, pk):
    """Eens, Bedankt or Goed idee on a post (press again to take it back)."""
    post = _visible_post(request, pk)
    kind = request.POST.get("soort")
    if kind not in ReactionKind.values:
        messages.error(request, _("Kies een van de reacties onder het bericht."))
    else:
        services.toggle_reaction(request.user, post, kind)
    return redirect(f"{post.get_absolute_url()}#waardering")


@login_required
@require_POST
def follow(request, pk):
    """Follow a post (new reactions by mail), or stop following it."""
    post = _visible_post(request, pk)
    following = services.toggle_follow(request.user, post)
    messages.success(request, _("U volgt dit bericht. Nieuwe reacties krijgt u per e-mail.")
                     if following else _("U volgt dit bericht niet meer."))
    return redirect(post.get_absolute_url())


def attachment(request, pk, name):
    """An attachment, only for who may see its post (404 otherwise, like the post)."""
    item = get_object_or_404(Attachment.objects.select_related("post__access_group"), pk=pk)
    require_visible(request.user, item.access_token)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type,
                            as_attachment=not item.is_image, filename=item.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
