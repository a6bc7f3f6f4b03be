"""Site-wide pages: health, accessibility statement, privacy."""

urlpatterns = []
