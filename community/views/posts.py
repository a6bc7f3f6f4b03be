"""Doe mee, Praat mee and Lees mee: the lists, a post, writing one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from access.views import get_visible_or_404
from core.listing import paginate

from .. import services
from ..filters import PostFilterForm
from ..forms_posts import CommentForm, PostForm
from ..models import Post, Section

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
        .select_related("owner", "access_group").prefetch_related("themas", "wijken")
        .annotate(comment_count=Count("comments")).order_by("-created_at", "-pk")
    )
    form = PostFilterForm(request.GET, user=request.user)
    page_obj = paginate(request, form.apply(posts), PER_PAGE)
    return render(request, "community/post_list.html", {
        "section": Section(section), "intro": INTROS[section], "filter_form": form,
        "page_obj": page_obj, "posts": page_obj.object_list,
    })


def post_detail(request, section, pk):
    """A post with its reactions; verified professionals react on the same page."""
    post = get_visible_or_404(Post.objects.select_related("owner"), request.user,
                              pk=pk, section=section)
    may_comment = request.user.is_authenticated and request.user.is_professional
    form = CommentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not may_comment:
            raise PermissionDenied(_("Alleen geverifieerde professionals kunnen reageren."))
        if form.is_valid():
            services.add_comment(request.user, post, form)
            messages.success(request, _("Uw reactie staat eronder."))
            return redirect(f"{post.get_absolute_url()}#reacties")
    comments = post.comments.filter(parent=None).select_related("author").prefetch_related(
        "replies__author")
    participants = list(post.participations.select_related("user"))
    return render(request, "community/post_detail.html", {
        "post": post, "section": Section(section), "comments": comments,
        "comment_form": form if may_comment else None, "may_comment": may_comment,
        "participants": participants,
        "taking_part": any(p.user_id == request.user.pk for p in participants),
        "is_asker": request.user.is_authenticated and post.owner_id == request.user.pk,
    })


@login_required
def post_create(request, section):
    """The composer; the privacy guard speaks before anything is saved."""
    if not request.user.is_professional:
        raise PermissionDenied(_("Alleen geverifieerde professionals kunnen berichten plaatsen."))
    form = PostForm(request.POST or None, section=section)
    if request.method == "POST" and form.is_valid():
        post = services.create_post(request.user, form)
        messages.success(request, _("Uw bericht staat online."))
        return redirect(post.get_absolute_url())
    return render(request, "community/post_form.html", {"form": form, "section": Section(section)})


@login_required
@require_POST
def participate(request, section, pk):
    """Ik doe mee (or not any more) on a Doe mee call."""
    post = get_visible_or_404(Post.objects.all(), request.user, pk=pk, section=Section.DOE_MEE)
    if not request.user.is_professional:
        raise PermissionDenied
    joined = services.toggle_participation(request.user, post)
    messages.success(request, _("Fijn dat u meedoet! De schrijver ziet uw naam in de lijst.")
                     if joined else _("U doet niet meer mee."))
    return redirect(post.get_absolute_url())


@login_required
@require_POST
def helpful(request, section, pk, comment_pk):
    """The asker marks an answer as helpful."""
    post = get_visible_or_404(Post.objects.all(), request.user, pk=pk, section=section)
    comment = get_object_or_404(post.comments, pk=comment_pk)
    try:
        services.mark_helpful(request.user, comment)
    except ValidationError:
        raise Http404 from None
    return redirect(f"{post.get_absolute_url()}#reacties")
