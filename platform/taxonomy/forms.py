"""CMS forms for reference data."""

from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminModelForm


class SlugFromNameForm(WagtailAdminModelForm):
    """A CMS form whose slug may be left empty: it is made from the name.

    The slug is filled before the unique checks run, so a clash shows as a
    form error instead of failing on save. In the browser Wagtail's slug
    widget fills it while typing; this also works without JavaScript.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.fields and not cleaned_data.get("slug"):
            cleaned_data["slug"] = slugify(cleaned_data.get("name") or "")
        return cleaned_data
