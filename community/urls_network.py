"""URLs of the community's network (Dutch paths)."""

urlpatterns = []
