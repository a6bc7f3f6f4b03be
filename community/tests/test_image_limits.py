"""Images are checked before they are decoded: too many pixels are refused
from the header, a post's images share one pixel budget, broken image data is
refused in Dutch, and what we store carries no metadata (EXIF, comments, XMP,
ICC profiles, PNG text). Post attachments and the profile photo alike."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageCms, ImageFile
from PIL.PngImagePlugin import PngInfo

from accounts.tests.factories import ProfessionalFactory
from community.models import Post, Profile

pytestmark = pytest.mark.django_db

SECRET = "Geheim-kenmerk-123"
METADATA_KEYS = {"comment", "exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "Comment"}


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width, height, rows=None):
    """An RGB PNG of `width` x `height`, written row by row so the test itself
    never holds the pixels; `rows` cuts the image data short (a header that
    claims more than the file holds)."""
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x40\x80\xa0" * width
    pixels = b"".join(compressor.compress(row) for _ in range(height if rows is None else rows))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
            + png_chunk(b"IDAT", pixels + compressor.flush()) + png_chunk(b"IEND", b""))


def encoded(image_format, size=(60, 40), **options):
    buffer = BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format=image_format, **options)
    return buffer.getvalue()


def upload(name, data):
    content_type = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}
    return SimpleUploadedFile(name, data, content_type[name.rsplit(".", 1)[1]])


@pytest.fixture
def decoded_sizes(monkeypatch):
    """The sizes of the images Pillow decodes (a spy, only to prove that a
    refused image was never decoded)."""
    sizes = []
    original = ImageFile.ImageFile.load

    def load(image):
        sizes.append(image.size)
        return original(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return sizes


@pytest.fixture
def writer(client):
    user = ProfessionalFactory()
    client.force_login(user)
    return user


def post_with(client, *files):
    return client.post(reverse("praat_mee_new"), {
        "title": "Foto's van de speelplaats", "body": "Mijn tekst blijft staan",
        "visibility": "professionals", "attachments": list(files),
        "attachment_description": "De speelplaats"})


def profile_with(client, photo):
    return client.post(reverse("profile_edit"), {
        "display_name": "Anouk de Graaf", "function": "intern begeleider", "bio": "",
        "photo": photo, **{f"{name}_visibility": "professionals" for name in (
            "function", "organisation", "wijken", "expertise", "bio", "photo")}})


# --- Too many pixels: refused from the header -------------------------------------

def test_a_6300_pixel_square_png_attachment_is_refused_without_being_decoded(
        client, writer, decoded_sizes):
    data = png_bytes(6300, 6300)

    response = post_with(client, upload("plattegrond.png", data))

    text = response.content.decode()
    assert response.status_code == 200 and not Post.objects.exists()
    assert "plattegrond.png heeft te veel pixels" in text
    assert "Mijn tekst blijft staan" in text
    assert (6300, 6300) not in decoded_sizes


def test_a_6300_pixel_square_profile_photo_is_refused_without_being_decoded(
        client, writer, decoded_sizes):
    response = profile_with(client, upload("foto.png", png_bytes(6300, 6300)))

    assert response.status_code == 200
    assert "Deze foto heeft te veel pixels." in response.content.decode()
    assert not Profile.objects.get(pk=writer.pk).photo
    assert (6300, 6300) not in decoded_sizes


@pytest.mark.parametrize("size", [(8001, 10), (20000, 20000)], ids=["long", "bomb"])
def test_a_header_claiming_too_many_pixels_is_refused_in_dutch(client, writer,
                                                                decoded_sizes, size):
    """A side over 8000 pixels, or a header beyond Pillow's own bomb limit."""
    data = png_bytes(*size, rows=1)

    attachment = post_with(client, upload("kaart.png", data)).content.decode()
    photo = profile_with(client, upload("foto.png", data)).content.decode()

    assert "kaart.png heeft te veel pixels" in attachment
    assert "Deze foto heeft te veel pixels." in photo
    assert size not in decoded_sizes


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_png_whose_text_unpacks_to_megabytes_is_refused_in_dutch(client, writer, where):
    """Pillow stops unpacking a text chunk at 1 MB and raises; that is a refusal."""
    data = encoded("PNG")
    bomb = png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"a" * 20_000_000))
    at = 33 if where == "before" else data.index(b"IEND") - 4  # after IHDR, or after IDAT
    data = data[:at] + bomb + data[at:]

    attachment = post_with(client, upload("tekst.png", data)).content.decode()
    photo = profile_with(client, upload("tekst.png", data)).content.decode()

    assert "tekst.png kunnen we niet toevoegen" in attachment
    assert "Dit bestand is geen foto." in photo


# --- One budget for a post's images ---------------------------------------------------

def test_five_medium_images_together_are_over_the_budget_and_none_is_decoded(
        client, writer, decoded_sizes):
    data = png_bytes(3500, 3500)  # 12 megapixel each, 61 together

    response = post_with(client, *(upload(f"foto-{n}.png", data) for n in range(5)))

    text = response.content.decode()
    assert not Post.objects.exists()
    assert "Samen hebben de afbeeldingen te veel pixels" in text
    assert "Mijn tekst blijft staan" in text
    assert decoded_sizes == []


def test_one_medium_image_is_accepted_and_scaled_down(client, writer):
    post_with(client, upload("foto.png", png_bytes(3500, 3500)))

    stored = Post.objects.get().attachments.get()
    with stored.file.open("rb") as file, Image.open(file) as image:
        assert image.size == (2000, 2000)


def test_five_phone_photos_fit_because_jpeg_decodes_at_a_smaller_scale(client, writer):
    data = encoded("JPEG", size=(4032, 3024))

    post_with(client, *(upload(f"foto-{n}.jpg", data) for n in range(5)))

    for stored in Post.objects.get().attachments.all():
        with stored.file.open("rb") as file, Image.open(file) as image:
            assert max(image.size) == 2000


# --- Broken image data ------------------------------------------------------------------

def test_a_truncated_image_is_refused_in_dutch(client, writer):
    """Its header is fine; its image data stops halfway."""
    buffer = BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, format="JPEG")
    data = buffer.getvalue()[:len(buffer.getvalue()) // 2]

    attachment = post_with(client, upload("kapot.jpg", data)).content.decode()
    photo = profile_with(client, upload("kapot.jpg", data))

    assert "kapot.jpg kunnen we niet toevoegen" in attachment
    assert not Post.objects.exists()
    assert photo.status_code == 200
    assert "Dit bestand is geen foto." in photo.content.decode()
    assert not Profile.objects.get(pk=writer.pk).photo


# --- No metadata in what we store -------------------------------------------------------

def exif_with_secret():
    exif = Image.Exif()
    exif[0x010F] = SECRET  # Make; stands in for a phone's GPS position
    return exif


def icc_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def png_info():
    info = PngInfo()
    info.add_text("Comment", SECRET)
    info.add_itxt("Description", SECRET, zip=True)
    return info


WITH_METADATA = {
    "jpg": lambda: encoded("JPEG", comment=SECRET.encode(), exif=exif_with_secret(),
                           icc_profile=icc_profile(), xmp=SECRET.encode()),
    "png": lambda: encoded("PNG", pnginfo=png_info(), exif=exif_with_secret(),
                           icc_profile=icc_profile()),
    "webp": lambda: encoded("WEBP", exif=exif_with_secret(), icc_profile=icc_profile(),
                            xmp=SECRET.encode()),
}


def assert_without_metadata(data):
    assert SECRET.encode() not in data
    with Image.open(BytesIO(data)) as image:
        assert not METADATA_KEYS & set(image.info)
        assert not image.getexif()
        assert not getattr(image, "text", {})


@pytest.mark.parametrize("extension", WITH_METADATA)
def test_a_post_image_is_stored_without_any_metadata(client, writer, extension):
    original = WITH_METADATA[extension]()
    assert SECRET.encode() in original  # the test image does carry it

    post_with(client, upload(f"foto.{extension}", original))

    with Post.objects.get().attachments.get().file.open("rb") as file:
        assert_without_metadata(file.read())


@pytest.mark.parametrize("extension", WITH_METADATA)
def test_a_profile_photo_is_stored_without_any_metadata(client, writer, extension):
    profile_with(client, upload(f"foto.{extension}", WITH_METADATA[extension]()))

    with Profile.objects.get(pk=writer.pk).photo.open("rb") as file:
        assert_without_metadata(file.read())


def test_a_transparent_png_stays_transparent(client, writer):
    buffer = BytesIO()
    Image.new("RGBA", (60, 40), (0, 128, 128, 0)).save(buffer, format="PNG")

    post_with(client, upload("logo.png", buffer.getvalue()))

    with Post.objects.get().attachments.get().file.open("rb") as file, \
            Image.open(file) as image:
        assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0
