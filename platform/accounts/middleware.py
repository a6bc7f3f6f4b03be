"""Redacteuren, moderators and beheerders must enrol in MFA first."""


class RequireMFAForStaffRolesMiddleware:
    """Placeholder replaced in the accounts work."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)
