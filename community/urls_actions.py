"""URLs of the community's actions (Dutch paths)."""

urlpatterns = []
