"""Test helpers of the community pillar. Profiles come with their accounts (signal)."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from accounts.tests.factories import ProfessionalFactory
from community.models import Attachment, Post


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


def add_group_post(group, title, visibility="group", **fields):
    """A post in `group` by a new professional, with one pdf named after it."""
    post = Post.objects.create(owner=ProfessionalFactory(), section="group", title=title,
                               body="<p>Verslag van de werkgroep.</p>", visibility=visibility,
                               access_group=group, **fields)
    Attachment.objects.create(post=post, file=ContentFile(b"%PDF-1.4", name="a.pdf"),
                              original_name=f"{title}.pdf", content_type="application/pdf",
                              size=8)
    return post
