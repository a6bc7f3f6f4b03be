"""Account pages beyond allauth's: overview, verification request, my data."""

import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import mydata, services
from .forms import DeleteAccountForm, VerificationRequestForm
from .middleware import has_totp
from .models import VerificationRequest


@login_required
def overview(request):
    """'Mijn account': status, and links to every account page."""
    user = request.user
    return render(request, "accounts/overview.html", {
        "latest_request": user.verification_requests.first(),
        "mfa_enabled": has_totp(user),
        "mfa_required": user.requires_mfa,
    })


@login_required
def verification(request):
    """Ask to be verified as a professional, and see how the request stands."""
    user = request.user
    latest = user.verification_requests.select_related("organisation").first()
    can_request = not user.is_professional and (
        latest is None or latest.status != VerificationRequest.Status.PENDING
    )
    form = VerificationRequestForm(request.POST or None) if can_request else None
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            services.request_verification(user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _(
                "Uw aanvraag is verstuurd. U krijgt een e-mail zodra er een besluit is."
            ))
            return redirect("professional_verification")
    return render(request, "accounts/verification.html", {"form": form, "latest": latest})


@login_required
def my_data(request):
    """What the platform stores about me, the download and the delete form."""
    return render(request, "accounts/my_data.html", {
        "delete_form": DeleteAccountForm(user=request.user),
    })


@login_required
def my_data_download(request):
    """Everything stored about me, as a JSON file."""
    data = mydata.export_for(request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"mijn-gegevens-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def delete_account(request):
    """Delete my account after the password and an explicit confirmation."""
    # Guessing the password here is throttled like the login form.
    refused = ratelimit.consume_or_429(request, action="reauthenticate", user=request.user)
    if refused:
        return refused
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "accounts/my_data.html", {"delete_form": form})
    user = request.user
    logout(request)
    services.delete_account(user)
    messages.success(request, _("Uw account en uw gegevens zijn verwijderd."))
    return redirect("/")


def cms_login(request):
    """Where the CMS sends people who may not (yet) be there.

    Anonymous visitors go to allauth's login, the one throttled form with
    email verification and MFA. Signed-in people without CMS access get a
    clear refusal instead of a redirect loop between the two logins.
    """
    if not request.user.is_authenticated:
        query = request.META.get("QUERY_STRING", "")
        return redirect(reverse("account_login") + (f"?{query}" if query else ""))
    if request.user.has_perm("wagtailadmin.access_admin"):
        return redirect(safe_next_or_cms_home(request))
    return render(request, "accounts/no_cms_access.html", status=403)


def safe_next_or_cms_home(request):
    """The `next` parameter when it stays on this site, else the CMS home."""
    target = request.GET.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")
