"""Profile pages: for professionals only; the owner sees every field."""

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from access.views import get_visible_or_404
from accounts.onboarding import WELCOME_PARAMETER

from ..forms.profiles import ProfileForm
from ..models import Profile
from ..services.images import ImageRefused
from ..services.profiles import ensure_profile, update_profile


@login_required
def profile_me(request):
    """One's own profile page; an account without a profile (it predates
    profiles) makes one on the edit page."""
    if not Profile.objects.filter(user=request.user).exists():
        return redirect("profile_edit")
    return redirect("profile_detail", pk=request.user.pk)


@login_required
def profile_edit(request):
    if request.method == "POST":
        profile = ensure_profile(request.user)
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid() and _saved(profile, form):
            messages.success(request, _("Uw profiel is opgeslagen."))
            return redirect("profile_detail", pk=profile.pk)
    else:
        profile = Profile.objects.for_user(request.user)
        form = ProfileForm(instance=profile)
    return render(request, "community/profile_form.html", {
        "form": form, "profile": profile,
        # A new professional arrives here first (accounts.onboarding).
        "welcome": WELCOME_PARAMETER in request.GET,
    })


def _saved(profile, form):
    """Save the profile; a photo that turns out broken only when it is decoded
    becomes an error on the form, with everything typed kept."""
    try:
        update_profile(profile, form.cleaned_data)
    except ImageRefused as refusal:
        form.add_error("photo", refusal)
        return False
    return True


@require_GET
def profile_detail(request, pk):
    profile = get_visible_or_404(
        Profile.objects.select_related("organisation").prefetch_related("wijken", "expertise"),
        request.user, pk=pk,
    )
    is_owner = profile.is_owned_by(request.user)
    return render(request, "community/profile.html", {
        "profile": profile,
        "is_owner": is_owner,
        "visible": profile.visible_fields_for(request.user),
        "only_me": profile.hidden_field_names() if is_owner else frozenset(),
    })


@require_GET
def profile_photo(request, pk):
    """The photo, checked like the page; never a public media URL."""
    profile = get_visible_or_404(Profile.objects, request.user, pk=pk)
    if not profile.photo or "photo" not in profile.visible_fields_for(request.user):
        raise Http404
    content_type = mimetypes.guess_type(profile.photo.name)[0] or "application/octet-stream"
    response = FileResponse(profile.photo.open("rb"), content_type=content_type)
    response["Cache-Control"] = "private, max-age=300"
    response["X-Content-Type-Options"] = "nosniff"
    return response
