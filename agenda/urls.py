"""URLs of this pillar (Dutch paths)."""

urlpatterns = []
