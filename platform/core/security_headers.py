"""Middleware for the security headers configured in config/settings/security.py."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; under /cms/ Wagtail's admin gets the inline
    script, eval and preview frame it needs, and nothing else does."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.CMS_PATH_PREFIX):
            # A view's own @csp_replace still wins.
            parts.replace = {**settings.CMS_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Denies the browser features no page uses (camera, microphone, location, ...)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
