"""Profile photos: what we accept, and how we store it.

A photo is re-encoded before it is stored. That drops the EXIF data (a
phone photo can carry the GPS position of someone's home) and anything
hidden after the image data, and keeps files small.
"""

from io import BytesIO

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
STORED_MAX_SIDE = 800
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ACCEPT = "image/jpeg,image/png,image/webp"

NOT_A_PHOTO = _("Dit bestand is geen foto. Kies een foto in JPEG-, PNG- of WebP-formaat.")
TOO_LARGE = _("Deze foto is te groot. Kies een foto van hooguit 2 MB.")
TOO_MANY_PIXELS = _("Deze foto heeft te veel pixels. Kies een kleinere foto.")


class PhotoField(forms.ImageField):
    """An image upload that checks size before Pillow reads the file."""

    default_error_messages = {"invalid_image": NOT_A_PHOTO}
    # The format Pillow reads decides, not the file name; stored files get
    # a name of our own.
    default_validators = []

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.FileInput(attrs={"accept": ACCEPT}))
        super().__init__(**kwargs)

    def to_python(self, data):
        if data and data.size > MAX_PHOTO_BYTES:
            raise ValidationError(TOO_LARGE, code="too_large")
        uploaded = super().to_python(data)
        if uploaded is None:
            return None
        if uploaded.image.format not in ALLOWED_FORMATS:
            raise ValidationError(NOT_A_PHOTO, code="invalid_image")
        width, height = uploaded.image.size
        if width * height > MAX_PHOTO_PIXELS:
            raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels")
        return uploaded


def normalised_photo(uploaded, max_side=STORED_MAX_SIDE):
    """The photo upright, at most `max_side` pixels, without metadata."""
    uploaded.seek(0)
    with Image.open(uploaded) as original:
        image_format = original.format
        image = ImageOps.exif_transpose(original)
        image.thumbnail((max_side, max_side))
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        output = BytesIO()
        image.save(output, format=image_format)
    return ContentFile(output.getvalue(), name=f"foto.{ALLOWED_FORMATS[image_format]}")
