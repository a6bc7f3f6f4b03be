from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """CMS documents (presentations, PDFs) that carry a visibility."""

    name = "documents"
    verbose_name = "Documenten"
