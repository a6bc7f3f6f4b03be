"""URLs of the community's groups (Dutch paths)."""

urlpatterns = []
