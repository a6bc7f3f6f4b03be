"""URLs of the community's moderation (Dutch paths)."""

urlpatterns = []
