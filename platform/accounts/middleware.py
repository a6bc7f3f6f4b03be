"""Redacteuren, moderators and beheerders must use MFA for the CMS and
moderation: enrolled, and this session must have passed the second factor."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

# Areas where one can change or hide other people's content. Only these
# need the second factor; the rest of the site stays open to set it up.
# Compared with path_info, so a deployment under a path prefix is covered.
MFA_PROTECTED_PREFIXES = ("/cms/", "/moderatie/")


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_mfa(request, user):
    """True when this session's login (or a re-authentication) used MFA."""
    return any(r.get("method") == "mfa" for r in get_authentication_records(request, user))


class RequireMFAForStaffRolesMiddleware:
    """Send staff roles without a second factor to set it up or to use it.

    Works in process_view, because the message store is set up by a
    middleware that comes later in MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(MFA_PROTECTED_PREFIXES):
            return None
        user = request.user
        if not user.is_authenticated or not user.requires_mfa:
            return None
        if not has_totp(user):
            messages.warning(request, _(
                "Voor uw rol is tweestapsverificatie verplicht. Stel eerst een "
                "authenticator-app in; daarna kunt u verder."
            ))
            return redirect("mfa_activate_totp")
        if session_passed_mfa(request, user):
            return None
        messages.warning(request, _(
            "Vul de code uit uw authenticator-app in. Voor dit deel van de site is "
            "tweestapsverificatie verplicht."
        ))
        target = reverse("mfa_reauthenticate")
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
