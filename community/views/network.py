"""Mijn netwerk: find colleagues, and write to one through the platform.

The search is Profile.objects.in_network() narrowed by the filter form
(ProfileQuerySet.matching); each result is shown as a ProfileCard.
"""

from typing import NamedTuple

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from access.views import get_visible_or_404
from core.listing import paginate

from ..forms.network import ContactForm, NetworkFilterForm
from ..models import Profile
from ..services.network import CONTACT_RATE_ACTION, send_contact_message

PER_PAGE = 20
CONTACT_TEMPLATE = "community/profile_contact.html"


class ProfileCard(NamedTuple):
    """One search result: the profile and the names of the fields the viewer sees."""

    profile: Profile
    visible: frozenset


def cards(profiles, viewer):
    """The loaded `profiles` with the fields `viewer` may see on each."""
    return [ProfileCard(profile, profile.visible_fields_for(viewer)) for profile in profiles]


@login_required
@require_GET
def my_network(request):
    """The colleagues a verified professional may find; others are told why
    they see no one."""
    if not request.user.is_professional:
        return render(request, "community/network_unverified.html", status=403)
    form = NetworkFilterForm(request.GET, viewer=request.user)
    page_obj = paginate(request, form.apply(Profile.objects.in_network(request.user)), PER_PAGE)
    return render(request, "community/network.html", {
        "filter_form": form, "page_obj": page_obj,
        "cards": cards(page_obj.object_list, request.user),
    })


@login_required
def profile_contact(request, pk):
    """"Neem contact op": a message mailed by the platform, no address disclosed.

    Whoever may not see the profile gets a 404. Past the hourly limit the
    form comes back as typed, with status 429.
    """
    recipient = get_visible_or_404(Profile.objects.contactable_by(request.user), request.user,
                                   pk=pk)
    form = ContactForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        return render(request, CONTACT_TEMPLATE, {"form": form, "recipient": recipient})
    # Counted only for messages that would be sent: a typo costs nothing.
    if not ratelimit.consume(request, action=CONTACT_RATE_ACTION, user=request.user):
        return render(request, CONTACT_TEMPLATE,
                      {"form": form, "recipient": recipient, "rate_limited": True}, status=429)
    send_contact_message(request.user, recipient, form.cleaned_data["subject"],
                         form.cleaned_data["message"])
    messages.success(request, _("Uw bericht is verstuurd naar %(name)s. Uw e-mailadres is "
                                "niet gedeeld.") % {"name": recipient.display_name})
    return redirect("profile_detail", pk=recipient.pk)
