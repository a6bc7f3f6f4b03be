"""Public views of the kennisbank that are not Wagtail pages."""

from allauth.core import ratelimit
from django.shortcuts import redirect, render
from django.views.generic import TemplateView

from . import services
from .forms import HONEYPOT_FIELD, SuggestionForm

TEMPLATE = "kennisbank/suggestion_form.html"


def suggest_offer(request):
    """"Mist u een aanbod of aanbieder?": a visitor suggests an offer for the collection.

    A filled honeypot gets the thank-you page but nothing is stored, so a
    bot learns nothing. Past the hourly limit the form comes back, as typed,
    with status 429.
    """
    if request.method != "POST":
        return render(request, TEMPLATE, {"form": SuggestionForm()})
    if request.POST.get(HONEYPOT_FIELD):
        return redirect("suggest_offer_thanks")
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        return render(request, TEMPLATE, {"form": form})
    # The same shared-cache limiter as login and sign-up (ACCOUNT_RATE_LIMITS).
    if not ratelimit.consume(request, action="suggest_offer"):
        return render(request, TEMPLATE, {"form": form, "rate_limited": True}, status=429)
    services.submit_suggestion(**form.suggestion_data())
    return redirect("suggest_offer_thanks")


class SuggestionThanksView(TemplateView):
    """The thank-you page after a suggestion."""

    template_name = "kennisbank/suggestion_thanks.html"
