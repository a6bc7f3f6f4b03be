"""Groups: the list, starting one, a group's page, joining and leaving,
invitations, and what managers do (requests, inviting, members, settings).

Groups are for verified professionals. Someone signed out logs in first; a
signed-in visitor hears how to get verified, before any group is looked up,
so a secret group's address reveals nothing. A group someone may not see
(secret, not a member) is a 404; what only managers do is a 403.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from access.tokens import tokens_for
from access.views import require_visible
from access.visibility import Visibility
from core.listing import paginate
from groups.api import MANAGING_ROLES, groups_visible_to, manages
from groups.models import CommunityGroup, Membership
from groups.panels import panels_for

from .. import live
from ..forms.groups import GroupFilterForm, GroupForm, InvitationForm, JoinRequestForm
from ..models import Action, Attachment, Invitation, JoinRequest, Post, Section
from ..services import groups

PER_PAGE = 20
MEMBERS_ON_GROUP_PAGE = 12
FILES_ON_GROUP_PAGE = 10
PENDING = JoinRequest.Status.PENDING
DECISIONS = {"goedkeuren": True, "afwijzen": False}
# Owner first, then managers, then members.
ROLE_ORDER = Case(When(role=Membership.Role.OWNER, then=Value(0)),
                  When(role=Membership.Role.MANAGER, then=Value(1)),
                  default=Value(2), output_field=IntegerField())


def professional_required(view):
    """Log in first; then only verified professionals get past (403 page)."""
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_professional:
            return render(request, "community/group_verification_needed.html", status=403)
        return view(request, *args, **kwargs)
    return wrapped


def _visible_group(request, slug):
    return get_object_or_404(groups_visible_to(request.user).prefetch_related(
        "themas", "wijken"), slug=slug)


def _managed_group(request, slug):
    group = _visible_group(request, slug)
    if not manages(request.user, group):
        raise PermissionDenied(_("Alleen de beheerders van de groep kunnen dit doen."))
    return group


def _attempt(form, service, *args):
    """Run a service; its refusal becomes an error on the form (text kept).
    Returns the service's result, or None when it refused."""
    try:
        return service(*args)
    except ValidationError as refusal:
        form.add_error(None, refusal)
        return None


@professional_required
def my_groups(request):
    """My groups with my role, then the other groups I may see and join."""
    user = request.user
    mine = (Membership.objects.filter(user=user).select_related("group")
            .prefetch_related("group__themas", "group__wijken")
            .annotate(member_count=Count("group__memberships")).order_by("group__name"))
    requested = JoinRequest.objects.filter(group=OuterRef("pk"), user=user, status=PENDING)
    others = (groups_visible_to(user).exclude(memberships__user=user)
              .annotate(member_count=Count("memberships", distinct=True),
                        requested=Exists(requested))
              .prefetch_related("themas", "wijken").order_by("name", "pk"))
    form = GroupFilterForm(request.GET)
    page_obj = paginate(request, form.apply(others), PER_PAGE)
    return render(request, "community/group_list.html", {
        "memberships": mine, "filter_form": form, "page_obj": page_obj,
        "groups": page_obj.object_list})


@professional_required
def group_create(request):
    """Start a group; the one who starts it becomes its owner."""
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        group = _attempt(form, groups.create_group, request.user, form.cleaned_data)
        if group:
            messages.success(request, _("Uw groep is gestart. Nodig collega's uit of deel de "
                                        "link naar deze pagina."))
            return redirect("group_detail", slug=group.slug)
    return render(request, "community/group_form.html", {"form": form})


@professional_required
def group_detail(request, slug):
    """A group's page: posts, members, files, actions, events, joining."""
    return _group_page(request, _visible_group(request, slug), JoinRequestForm())


def _group_page(request, group, join_form):
    """The group's page; `join_form` brings back a refused request's text."""
    user = request.user
    membership = Membership.objects.filter(group=group, user=user).first()
    posts = Post.objects.visible_to(user).filter(section=Section.GROUP,
                                                        access_group=group)
    shown_comments = Count("comments", filter=Q(comments__hidden_at__isnull=True))
    posts = (posts.select_related("owner__profile", "access_group")
             .annotate(comment_count=shown_comments).order_by("-created_at", "-pk"))
    page_obj = paginate(request, posts, PER_PAGE)
    context = {
        "group": group, "membership": membership, "page_obj": page_obj,
        "posts": page_obj.object_list, "panels": panels_for(group, user),
        "files": Attachment.objects.filter(post__in=posts).select_related("post")
        .order_by("-created_at", "-pk")[:FILES_ON_GROUP_PAGE],
    }
    if group.member_list_token in tokens_for(user):
        context["members"] = group.memberships.select_related("user__profile").order_by(
            ROLE_ORDER, "joined_at")[:MEMBERS_ON_GROUP_PAGE]
        context["member_count"] = group.memberships.count()
    if group.member_list_token in tokens_for(user):
        context["live_stream"] = live.group_stream(group.pk)
    if membership:
        context.update(_member_context(user, group, membership))
    else:
        context.update(join_form=join_form, **_outsider_context(user, group))
    return render(request, "community/group_detail.html", context)


def _outsider_context(user, group):
    """For someone outside the group, in one query: whether they asked to join,
    and whether members read posts they cannot (so the page says that joining
    shows more, never how much or what; a closed group says so anyway)."""
    members_only = Post.objects.shown().filter(section=Section.GROUP, access_group=group,
                                               visibility=Visibility.GROUP)
    asked = JoinRequest.objects.filter(group=group, user=user, status=PENDING)
    return CommunityGroup.objects.filter(pk=group.pk).annotate(
        requested=Exists(asked), members_read_more=Exists(members_only),
    ).values("requested", "members_read_more").get()


def _member_context(user, group, membership):
    context = {
        "is_manager": membership.role in MANAGING_ROLES,
        "open_actions": Action.objects.visible_to(user).filter(
            access_group=group, status=Action.Status.OPEN).count(),
    }
    if context["is_manager"]:
        context["pending_count"] = group.join_requests.filter(status=PENDING).count()
    return context


@professional_required
@require_POST
def group_join(request, slug):
    """Join directly, or send a request with a message (by the group's policy)."""
    group = _visible_group(request, slug)
    if group.join_policy == group.JoinPolicy.REQUEST:
        form = JoinRequestForm(request.POST)
        if not (form.is_valid() and _attempt(form, groups.request_to_join, request.user, group,
                                             form.cleaned_data["message"])):
            return _group_page(request, group, form)
        messages.success(request, _("Uw aanvraag is verstuurd. U krijgt een e-mail zodra de "
                                    "beheerders erover hebben beslist."))
    else:
        try:
            groups.join_group(request.user, group)
        except ValidationError as refusal:
            messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(request, _("Welkom in de groep!"))
    return redirect("group_detail", slug=group.slug)


@professional_required
@require_POST
def group_leave(request, slug):
    group = _visible_group(request, slug)
    try:
        groups.leave_group(request.user, group)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
        return redirect("group_detail", slug=group.slug)
    messages.success(request, _("U bent geen lid meer van %(group)s.") % {"group": group.name})
    return redirect("my_groups")


@professional_required
def group_requests(request, slug):
    """The requests to join that wait for a decision (managers only)."""
    group = _managed_group(request, slug)
    pending = group.join_requests.filter(status=PENDING).select_related("user__profile")
    return render(request, "community/group_requests.html", {
        "group": group, "join_requests": pending})


@professional_required
@require_POST
def group_request_decide(request, slug, pk):
    """Approve or decline one request (managers only)."""
    group = _managed_group(request, slug)
    join_request = get_object_or_404(group.join_requests.select_related("user", "group"), pk=pk)
    decision = request.POST.get("besluit")
    if decision not in DECISIONS:
        messages.error(request, _("Kies goedkeuren of afwijzen."))
        return redirect("group_requests", slug=group.slug)
    approve = DECISIONS[decision]
    try:
        groups.decide_join_request(request.user, join_request, approve)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        outcome = (_("%(name)s is nu lid van de groep.") if approve
                   else _("De aanvraag van %(name)s is afgewezen."))
        messages.success(request, outcome % {"name": join_request.user.get_full_name()})
    return redirect("group_requests", slug=group.slug)


@professional_required
def group_invite(request, slug):
    """Invite someone by email (managers only); the open invitations below."""
    group = _managed_group(request, slug)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if _attempt(form, groups.invite, request.user, group, email):
            messages.success(request, _("De uitnodiging is verstuurd naar %(email)s.")
                             % {"email": email})
            return redirect("group_invite", slug=group.slug)
    invitations = group.invitations.filter(accepted_at=None).select_related("invited_by__profile")
    return render(request, "community/group_invite.html", {
        "group": group, "form": form, "invitations": invitations})


@professional_required
@require_POST
def group_invitation_withdraw(request, slug, pk):
    """A manager takes back an unused invitation."""
    group = _managed_group(request, slug)
    invitation = get_object_or_404(group.invitations, pk=pk)
    try:
        groups.withdraw_invitation(request.user, invitation)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("De uitnodiging voor %(email)s is ingetrokken.")
                         % {"email": invitation.email})
    return redirect("group_invite", slug=group.slug)


def group_invitation(request, key):
    """The page an invitation's link opens; a verified professional accepts it.

    Open to anyone who has the link: someone without an account reads how to
    sign up and comes back here after logging in.
    """
    invitation = get_object_or_404(Invitation.objects.select_related("group"), key=key)
    user = request.user
    if request.method == "POST" and user.is_authenticated and user.is_professional:
        try:
            groups.accept_invitation(user, invitation)
        except ValidationError as refusal:
            messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(request, _("Welkom in de groep!"))
            return redirect("group_detail", slug=invitation.group.slug)
    is_member = user.is_authenticated and invitation.group.memberships.filter(
        user=user).exists()
    return render(request, "community/group_invitation.html", {
        "invitation": invitation, "group": invitation.group, "is_member": is_member})


@professional_required
def group_members(request, slug):
    """Everyone in the group; managers change roles and remove people here."""
    group = _visible_group(request, slug)
    require_visible(request.user, group.member_list_token)
    membership = Membership.objects.filter(group=group, user=request.user).first()
    members = group.memberships.select_related("user__profile").order_by(ROLE_ORDER, "joined_at")
    page_obj = paginate(request, members, PER_PAGE)
    return render(request, "community/group_members.html", {
        "group": group, "membership": membership, "page_obj": page_obj,
        "members": page_obj.object_list,
        "is_manager": bool(membership) and membership.role in MANAGING_ROLES})


@professional_required
@require_POST
def group_member_remove(request, slug, pk):
    """A manager takes someone out of the group (never the owner)."""
    return _on_member(request, slug, pk, groups.remove_member,
                      _("%(name)s is uit de groep gehaald."))


@professional_required
@require_POST
def group_member_role(request, slug, pk):
    """A manager makes a member manager, or a manager member again."""
    role = request.POST.get("rol", "")
    return _on_member(request, slug, pk,
                      lambda manager, membership: groups.set_role(manager, membership, role),
                      _("De rol van %(name)s is aangepast."))


@professional_required
@require_POST
def group_transfer(request, slug, pk):
    """The owner hands the group to another member and becomes a manager."""
    return _on_member(request, slug, pk, groups.transfer_ownership,
                      _("%(name)s is nu de eigenaar. U bent beheerder van de groep."))


def _on_member(request, slug, pk, service, success):
    """Call `service(user, membership)` on one member of a visible group; the
    service decides who may. Back to the member list with the outcome."""
    group = _visible_group(request, slug)
    membership = get_object_or_404(group.memberships.select_related("user", "group"), pk=pk)
    try:
        service(request.user, membership)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, success % {"name": membership.user.get_full_name()})
    return redirect("group_members", slug=group.slug)


@professional_required
def group_settings(request, slug):
    """Name, description, thema's, wijken, visibility and join policy (managers)."""
    group = _managed_group(request, slug)
    # The form edits its own copy: a refused change must not show up as the
    # group's name on the page.
    form = GroupForm(request.POST or None, instance=CommunityGroup.objects.get(pk=group.pk))
    if request.method == "POST" and form.is_valid() and _attempt(
            form, groups.update_group, request.user, form.instance, form.cleaned_data):
        messages.success(request, _("De instellingen van de groep zijn opgeslagen."))
        return redirect("group_detail", slug=form.instance.slug)
    return render(request, "community/group_form.html", {"form": form, "group": group})
