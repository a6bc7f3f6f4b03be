"""CMS images are served in their rendition sizes; nothing else from the media folder."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

pytestmark = pytest.mark.django_db


def test_a_rendition_is_served(client, disk_storage):
    image = Image.objects.create(title="Voorleeshoek", file=get_test_image_file())
    rendition = image.get_rendition("width-100")

    response = client.get(rendition.url)

    assert rendition.url.startswith("/media/images/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


def test_other_media_files_are_not_served(client, disk_storage):
    (disk_storage / "documents").mkdir()
    (disk_storage / "documents" / "verslag.pdf").write_bytes(b"%PDF")

    assert client.get("/media/documents/verslag.pdf").status_code == 404
    # A path out of the images folder is refused as a bad request.
    assert client.get("/media/images/../documents/verslag.pdf").status_code == 400
