"""Redacteuren, moderators and beheerders must enrol in MFA first."""

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

# Areas where one can change or hide other people's content. Only these
# need the second factor; the rest of the site stays open to set it up.
MFA_PROTECTED_PREFIXES = ("/cms/", "/moderatie/")


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireMFAForStaffRolesMiddleware:
    """Send staff roles without an authenticator app to the MFA setup page.

    Works in process_view, because the message store is set up by a
    middleware that comes later in MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(MFA_PROTECTED_PREFIXES):
            return None
        user = request.user
        if not user.is_authenticated or not user.requires_mfa or has_totp(user):
            return None
        messages.warning(request, _(
            "Voor uw rol is tweestapsverificatie verplicht. Stel eerst een "
            "authenticator-app in; daarna kunt u verder."
        ))
        return redirect("mfa_activate_totp")
