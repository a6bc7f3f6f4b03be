"""Account pages beyond allauth's: verification request, my data."""

urlpatterns = []
