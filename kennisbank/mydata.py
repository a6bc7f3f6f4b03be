"""What the kennisbank stores about a person, for 'my data'.

Editors' pages and revisions carry their account. The pages are the
organisation's publications: when an account goes, Wagtail keeps them and
sets their owner to nobody, so there is nothing to erase here.
"""

from wagtail.models import Page, Revision


def export_editorial_work(user):
    """The pages a person started and the versions they saved, by title and date."""
    pages = Page.objects.filter(owner=user).order_by("first_published_at", "pk")
    revisions = Revision.page_revisions.filter(user=user).order_by("created_at")
    return {
        "pages": [
            {"title": page.title, "path": page.url_path, "live": page.live}
            for page in pages.only("title", "url_path", "live")
        ],
        "revisions": [
            {"page": revision.object_str, "saved_at": revision.created_at.isoformat()}
            for revision in revisions.only("object_str", "created_at")
        ],
    }
