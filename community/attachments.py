"""Attachments to posts: which files we accept and how they are stored.

Images and PDF only. The content decides, not the file name: an image must
open in Pillow as JPEG, PNG or WebP and is re-encoded (that drops EXIF data
such as the GPS position of a phone photo); a PDF must start with the PDF
signature. Files are served only by the access-checked view
(community.views.posts.attachment), never from a public media URL.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from .photos import ALLOWED_FORMATS, MAX_PHOTO_PIXELS, normalised_photo

MAX_FILES = 5
MAX_PDF_BYTES = 10 * 1024 * 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024
STORED_IMAGE_SIDE = 2000
ACCEPT = "image/jpeg,image/png,image/webp,application/pdf"
PDF_SIGNATURE = b"%PDF-"
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to MAX_FILES images or PDFs; cleans to a list of CheckedFile."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if len(files) > MAX_FILES:
            raise ValidationError(_("U kunt hooguit %(max)s bestanden toevoegen."),
                                  params={"max": MAX_FILES})
        return [checked_file(super(AttachmentsField, self).clean(f, initial)) for f in files]


class CheckedFile:
    """An accepted upload, ready to store: content, type and a safe name."""

    def __init__(self, content, content_type, original_name):
        self.content = content
        self.content_type = content_type
        self.original_name = original_name


def checked_file(uploaded):
    """Accept an image or a PDF, or raise a Dutch ValidationError naming the file."""
    name = safe_name(uploaded.name)
    head = uploaded.read(len(PDF_SIGNATURE))
    uploaded.seek(0)
    if head == PDF_SIGNATURE:
        if uploaded.size > MAX_PDF_BYTES:
            raise _refusal(_("%(name)s is te groot. Een pdf mag hooguit 10 MB zijn."), name)
        return CheckedFile(ContentFile(uploaded.read(), name="bijlage.pdf"),
                           "application/pdf", _with_extension(name, "pdf"))
    if uploaded.size > MAX_IMAGE_BYTES:
        raise _refusal(_("%(name)s is te groot of geen afbeelding of pdf. Een afbeelding mag "
                         "hooguit 5 MB zijn, een pdf 10 MB."), name)
    image_format, too_many_pixels = _image_format(uploaded)
    if too_many_pixels:
        raise _refusal(_("%(name)s heeft te veel pixels. Verklein de afbeelding en probeer "
                         "het opnieuw."), name)
    if image_format is None:
        raise _refusal(_("%(name)s kunnen we niet toevoegen. Kies een pdf of een afbeelding "
                         "(JPEG, PNG of WebP)."), name)
    content = normalised_photo(uploaded, max_side=STORED_IMAGE_SIDE)
    return CheckedFile(content, IMAGE_TYPES[image_format],
                       _with_extension(name, ALLOWED_FORMATS[image_format]))


def _image_format(uploaded):
    """(format, too many pixels) of an accepted image; (None, False) otherwise."""
    try:
        with Image.open(uploaded) as image:
            image.verify()
            if image.format not in ALLOWED_FORMATS:
                return None, False
            if image.size[0] * image.size[1] > MAX_PHOTO_PIXELS:
                return image.format, True
            return image.format, False
    except Image.DecompressionBombError:
        return None, True
    except (UnidentifiedImageError, OSError):
        return None, False
    finally:
        uploaded.seek(0)


def _refusal(message, name):
    return ValidationError(message, params={"name": name})


def safe_name(name):
    """The file name a reader sees: letters, digits, dots, dashes; no path."""
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = re.sub(r"[^\w.-]+", "-", base).strip(".-")[:120]
    return cleaned or "bijlage"


def _with_extension(name, extension):
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}.{extension}"
