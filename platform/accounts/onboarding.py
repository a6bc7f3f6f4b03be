"""Where a person lands after logging in or confirming an address.

An eddie's work is in the CMS, so an eddie lands there. A visitor's next
step is verification, so a visitor lands on the page that explains it. A
professional who arrives for the first time, or has just been verified by
a work address, is asked to complete the profile: colleagues find one
another by expertise and wijk. Any other professional lands on "Voor mij"
(the start page with what is new and what waits for them). An explicit
`next` still wins: allauth only asks for the landing page without one.
"""

from django.urls import reverse

from access.tokens import forget_tokens

from . import roles

# Set on the request that logs someone in for the first time or verifies
# them; allauth asks for the landing page later in that same request.
_FIRST_VISIT = "accounts_first_visit"
# The profile form greets with a word of welcome when this is in its query.
WELCOME_PARAMETER = "welkom"


def mark_first_visit(request):
    setattr(request, _FIRST_VISIT, True)


def landing_url(request, user):
    """The page `user` starts on, decided by role and first visit."""
    # Roles read earlier in this request predate a verification it made.
    forget_tokens(user)
    if user.has_role(roles.EDDIE):
        return reverse("wagtailadmin_home")
    if not user.is_professional:
        return reverse("professional_verification")
    if getattr(request, _FIRST_VISIT, False):
        return welcome_path()
    return reverse("start_page")


def welcome_path():
    """The profile form with a word of welcome for a new professional."""
    return f"{reverse('profile_edit')}?{WELCOME_PARAMETER}=1"
