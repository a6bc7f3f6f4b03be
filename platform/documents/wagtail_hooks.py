"""Every document download goes through the access model."""

from wagtail import hooks

from access.views import require_visible


@hooks.register("before_serve_document")
def check_document_access(document, request):
    """404 for a document the visitor may not see, as for any hidden content."""
    require_visible(request.user, document.access_token)
