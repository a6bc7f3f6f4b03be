"""CMS screens of the accounts package: deciding verification requests."""

from wagtail import hooks

from .admin_views import VerificationRequestViewSet


@hooks.register("register_admin_viewset")
def register_verification_requests():
    return VerificationRequestViewSet()
