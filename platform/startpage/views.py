"""Voor mij: what is new and what waits for a professional, in one page."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .panels import panels_for


@login_required
def start_page(request):
    """The registered panels for a verified professional. Everyone else who
    is signed in is on their way to verification, so they go there."""
    if not request.user.is_professional:
        return redirect("professional_verification")
    return render(request, "startpage/start_page.html", {"panels": panels_for(request.user)})
