"""Attachments to posts: which files we accept and how they are stored.

Images and PDF only. The content decides, not the file name: an image must
open in Pillow as JPEG, PNG or WebP and is re-encoded without metadata (see
images.py); a PDF must start with the PDF signature. Every image's header is
read before any image is decoded, so one post cannot make the server unpack
more than MAX_DECODED_PIXELS. Files are served only by the access-checked
view (community.views.posts.attachment), never from a public media URL.
"""

import re

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from ..models import Attachment
from .images import ALLOWED_FORMATS, ImageRefused, normalised_photo, planned_decode

MAX_FILES = 5
MAX_PDF_BYTES = 10 * 1024 * 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024
STORED_IMAGE_SIDE = 2000
# All images of one post together, counted as decoded: five phone photos
# (a JPEG decodes at half size or less) fit easily, five 12-megapixel PNGs not.
MAX_DECODED_PIXELS = 50_000_000
ACCEPT = "image/jpeg,image/png,image/webp,application/pdf"
PDF_SIGNATURE = b"%PDF-"
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
REFUSALS = {
    "invalid_image": _("%(name)s kunnen we niet toevoegen. Kies een pdf of een afbeelding "
                       "(JPEG, PNG of WebP)."),
    "too_many_pixels": _("%(name)s heeft te veel pixels. Een afbeelding mag hooguit 25 "
                         "megapixel zijn en hooguit 8000 pixels breed of hoog. Verklein de "
                         "afbeelding en probeer het opnieuw."),
}


class CheckedFile:
    """An accepted upload, ready to store: content, type and a safe name."""

    def __init__(self, content, content_type, original_name):
        self.content = content
        self.content_type = content_type
        self.original_name = original_name


class ExaminedUpload:
    """An upload whose kind is known from its content; an image's pixels are
    not decoded yet. `image_format` is None for a PDF."""

    def __init__(self, uploaded, name, image_format=None, decoded_pixels=0):
        self.uploaded = uploaded
        self.name = name
        self.image_format = image_format
        self.decoded_pixels = decoded_pixels

    def checked(self):
        """The file to store: a PDF as it came, an image decoded and re-encoded."""
        if self.image_format is None:
            return CheckedFile(ContentFile(self.uploaded.read(), name="bijlage.pdf"),
                               "application/pdf", _with_extension(self.name, "pdf"))
        try:
            content = normalised_photo(self.uploaded, max_side=STORED_IMAGE_SIDE)
        except ImageRefused as refusal:
            raise _refusal(REFUSALS[refusal.code], self.name) from None
        return CheckedFile(content, IMAGE_TYPES[self.image_format],
                           _with_extension(self.name, ALLOWED_FORMATS[self.image_format]))


def store_attachments(post, files, description):
    """Save the CheckedFiles `files` as attachments of `post`."""
    for checked in files:
        item = Attachment(post=post, original_name=checked.original_name,
                          content_type=checked.content_type, size=checked.content.size,
                          description=description)
        item.file.save(checked.content.name, checked.content, save=False)
        item.save()


def examined(uploaded):
    """Tell an image from a PDF by content, checking sizes and an image's
    header; raise a Dutch ValidationError naming the file."""
    name = safe_name(uploaded.name)
    head = uploaded.read(len(PDF_SIGNATURE))
    uploaded.seek(0)
    if head == PDF_SIGNATURE:
        if uploaded.size > MAX_PDF_BYTES:
            raise _refusal(_("%(name)s is te groot. Een pdf mag hooguit 10 MB zijn."), name)
        return ExaminedUpload(uploaded, name)
    if uploaded.size > MAX_IMAGE_BYTES:
        raise _refusal(_("%(name)s is te groot of geen afbeelding of pdf. Een afbeelding mag "
                         "hooguit 5 MB zijn, een pdf 10 MB."), name)
    try:
        image_format, pixels = planned_decode(uploaded, STORED_IMAGE_SIDE)
    except ImageRefused as refusal:
        raise _refusal(REFUSALS[refusal.code], name) from None
    return ExaminedUpload(uploaded, name, image_format, pixels)


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
