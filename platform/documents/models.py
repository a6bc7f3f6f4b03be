"""The CMS's document model: Wagtail's document with the access model's visibility.

Documents are served only through Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD
"serve_view"), where the `before_serve_document` hook asks the access model;
media files are never served directly. A new document is for professionals
until an editor makes it public, so a forgotten choice hides rather than leaks.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import DocumentQuerySet as WagtailDocumentQuerySet

from access.models import AccessControlled, VisibleQuerySet


class DocumentQuerySet(VisibleQuerySet, WagtailDocumentQuerySet):
    """Wagtail's document queryset (search) plus visible_to(user)."""


class PlatformDocument(AccessControlled, AbstractDocument):
    """A file in the CMS (presentation, PDF, form) with who may download it."""

    admin_form_fields = ("title", "file", "collection", "tags", "visibility", "access_group")

    objects = DocumentQuerySet.as_manager()

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")

    def save(self, *args, **kwargs):
        # "Privé" means the uploader; the CMS's form has no owner field.
        if self.owner_id is None:
            self.owner_id = self.uploaded_by_user_id
        super().save(*args, **kwargs)
