"""Images people upload (profile photos, post attachments): what we accept,
and how we store it.

Decoding is where an image costs memory: a 150 KB PNG can unpack to a
hundred megabytes. So the header is read first (Pillow's `Image.open`
decodes nothing) and an image with too many pixels is refused before a
single pixel is decoded; our limits are far below Pillow's own bomb guard,
which we also turn into a refusal. A JPEG is decoded straight at 1/2, 1/4 or
1/8 of its size when that still covers what we keep.

What we store is re-encoded from the pixels alone: no EXIF (a phone photo
can carry the GPS position of someone's home), no comments, XMP, ICC
profile or PNG text, and nothing hidden after the image data.
"""

import warnings
from contextlib import contextmanager
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_PHOTO_BYTES = 2 * 1024 * 1024
# Per image, read from the header: a phone photo has 12 to 24 megapixels.
MAX_PIXELS = 25_000_000
MAX_SIDE = 8000
STORED_MAX_SIDE = 800
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ACCEPT = "image/jpeg,image/png,image/webp"
# Kept when re-encoding: it is part of the picture (a PNG's transparent
# colour), not information about it.
KEPT_INFO = ("transparency",)

NOT_A_PHOTO = _("Dit bestand is geen foto. Kies een foto in JPEG-, PNG- of WebP-formaat.")
TOO_LARGE = _("Deze foto is te groot. Kies een foto van hooguit 2 MB.")
TOO_MANY_PIXELS = _("Deze foto heeft te veel pixels. Kies een foto van hooguit 25 megapixel "
                    "en hooguit 8000 pixels breed of hoog.")


class ImageRefused(ValidationError):
    """An image we do not decode or store; `code` says why (invalid_image or
    too_many_pixels), so a caller can word it for its own page."""


def planned_decode(file, max_side):
    """(format, how many pixels storing `file` at `max_side` will decode),
    read from its header alone; raises ImageRefused."""
    with _header(file) as image:
        _decode_no_more_than(image, max_side)
        return image.format, image.size[0] * image.size[1]


def normalised_photo(file, max_side=STORED_MAX_SIDE):
    """The image upright, at most `max_side` pixels, without metadata, in its
    own format; raises ImageRefused (checked again here: the service may be
    handed a file no form has seen)."""
    with _header(file) as image:
        image_format = image.format
        _decode_no_more_than(image, max_side)
        try:
            image.load()
        except (OSError, SyntaxError, ValueError):
            raise ImageRefused(NOT_A_PHOTO, code="invalid_image") from None
        image.thumbnail((max_side, max_side))
        ImageOps.exif_transpose(image, in_place=True)
        return ContentFile(_encoded(image, image_format),
                           name=f"foto.{ALLOWED_FORMATS[image_format]}")


@contextmanager
def _header(file):
    """The image with only its header read, refused when it is not a JPEG,
    PNG or WebP or has too many pixels."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file, formats=list(ALLOWED_FORMATS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(TOO_MANY_PIXELS, code="too_many_pixels") from None
    except (OSError, ValueError):  # ValueError: a PNG text chunk that unpacks too far
        raise ImageRefused(NOT_A_PHOTO, code="invalid_image") from None
    with image:
        if image.format not in ALLOWED_FORMATS:  # MPO: a JPEG holding several pictures
            raise ImageRefused(NOT_A_PHOTO, code="invalid_image")
        width, height = image.size
        if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
            raise ImageRefused(TOO_MANY_PIXELS, code="too_many_pixels")
        yield image


def _decode_no_more_than(image, max_side):
    """Let a JPEG decode at a fraction of its size (without loss for what we
    keep); other formats decode whole."""
    if image.format != "JPEG":
        return
    width, height = image.size
    scale = min(1, max_side / max(width, height))
    image.draft(None, (max(1, int(width * scale)), max(1, int(height * scale))))


def _encoded(image, image_format):
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    image.info = {key: image.info[key] for key in KEPT_INFO if key in image.info}
    output = BytesIO()
    image.save(output, format=image_format)
    return output.getvalue()
