"""Test helpers for profiles. Profiles come with their accounts (signal)."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from accounts.tests.factories import ProfessionalFactory


def image_upload(name="foto.png", image_format="PNG", size=(40, 30), color="teal"):
    """A small real image as an upload."""
    buffer = BytesIO()
    Image.new("RGB", size, color).save(buffer, format=image_format)
    content_type = Image.MIME[image_format]
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def professional_with_profile(**fields):
    """A verified professional whose profile has the given field values."""
    user = ProfessionalFactory()
    profile = user.profile
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    return user, profile
