"""Form fields every pillar uses."""

from django import forms


class HttpsURLField(forms.URLField):
    """A web address typed without "https://" gets it (Django 6's default)."""

    def __init__(self, **kwargs):
        super().__init__(assume_scheme="https", **kwargs)
