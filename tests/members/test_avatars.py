import os
import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve
from django.views.static import serve
from PIL import Image

from members.avatars import AVATAR_SIDE, MAX_UPLOAD_BYTES, AvatarError, avatar_reencoded
from members.models import User
from tests.html import field_errors, input_value, page
from tests.members.test_profile_depth import profile_post_data

pytestmark = pytest.mark.django_db

CAMERA_MODEL_TAG = 0x0110
GPS_INFO_TAG = 0x8825


def image_upload(size=(1200, 800), image_format="JPEG", name=None, mode="RGB", **save_options):
    buffer = BytesIO()
    Image.new(mode, size, "teal").save(buffer, image_format, **save_options)
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}[image_format]
    return SimpleUploadedFile(name or f"photo.{extension}", buffer.getvalue())


def photo_with_exif():
    exif = Image.Exif()
    exif[CAMERA_MODEL_TAG] = "Secret Camera 3000"
    exif[GPS_INFO_TAG] = {1: "N", 2: (52.0, 13.0, 48.0)}
    return image_upload(exif=exif.tobytes(), comment=b"taken at home")


def png_header_only(width, height):
    """A PNG that declares a huge size; a decoder would need gigabytes to open it."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return SimpleUploadedFile(
        "bomb.png",
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b""),
    )


def stored_avatar_names():
    try:
        return set(default_storage.listdir("avatars")[1])
    except FileNotFoundError:
        return set()


def open_stored(name):
    with default_storage.open(name) as stored:
        image = Image.open(BytesIO(stored.read()))
        image.load()
    return image


# -- the re-encoding itself ---------------------------------------------------------------


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_each_accepted_format_becomes_a_square_jpeg_of_at_most_400_pixels(image_format):
    result = avatar_reencoded(image_upload(size=(1200, 800), image_format=image_format))

    image = Image.open(BytesIO(result.read()))
    assert image.format == "JPEG"
    assert image.size == (AVATAR_SIDE, AVATAR_SIDE)
    assert result.name.endswith(".jpg")


def test_a_small_photo_is_not_enlarged():
    image = Image.open(BytesIO(avatar_reencoded(image_upload(size=(120, 90))).read()))

    assert image.size == (90, 90)


def test_exif_gps_and_comments_are_stripped():
    image = Image.open(BytesIO(avatar_reencoded(photo_with_exif()).read()))

    assert dict(image.getexif()) == {}
    assert "exif" not in image.info
    assert "comment" not in image.info
    assert "icc_profile" not in image.info


def test_a_transparent_png_is_flattened_onto_white():
    image = Image.open(
        BytesIO(avatar_reencoded(image_upload(mode="RGBA", image_format="PNG")).read())
    )

    assert image.mode == "RGB"


def test_the_original_file_name_is_not_kept():
    result = avatar_reencoded(image_upload(name="ania-kowalska-passport.jpg"))

    assert "ania" not in result.name


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("notes.png", b"just some text, not a picture"), "Upload a JPEG"),
        (image_upload(image_format="GIF"), "Upload a JPEG"),
        (image_upload(size=(4001, 10), image_format="PNG"), "at most 4000×4000"),
        pytest.param(
            png_header_only(10_000, 10_000),
            "at most 4000×4000",
            # Pillow warns above 89 million pixels and refuses twice that; the size check
            # refuses it either way.
            marks=pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
        ),
        (png_header_only(100_000, 100_000), "too many pixels"),
    ],
    ids=["text-named-png", "gif", "too-wide", "large-header", "decompression-bomb"],
)
def test_unusable_uploads_are_refused_with_a_reason(upload, message):
    with pytest.raises(AvatarError, match=message):
        avatar_reencoded(upload)


def test_a_file_over_two_megabytes_is_refused_before_it_is_decoded():
    upload = SimpleUploadedFile("big.jpg", b"\xff\xd8\xff" + os.urandom(MAX_UPLOAD_BYTES))

    with pytest.raises(AvatarError, match="larger than 2 MB"):
        avatar_reencoded(upload)


def test_a_truncated_image_is_refused():
    whole = image_upload(image_format="PNG").read()
    upload = SimpleUploadedFile("cut.png", whole[: len(whole) // 2])

    with pytest.raises(AvatarError, match="could not be read"):
        avatar_reencoded(upload)


# -- through the profile form -------------------------------------------------------------


def test_a_member_uploads_a_photo_and_it_is_stored_re_encoded(member_client, member):
    response = member_client.post("/accounts/profile/", profile_post_data(avatar=photo_with_exif()))

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.avatar.name.startswith("avatars/")
    assert member.avatar.name.endswith(".jpg")
    stored = open_stored(member.avatar.name)
    assert stored.format == "JPEG"
    assert max(stored.size) <= AVATAR_SIDE
    assert dict(stored.getexif()) == {}
    assert "comment" not in stored.info


def test_the_photo_is_shown_on_the_profile_instead_of_the_initials(client, member):
    client.force_login(member)
    client.post("/accounts/profile/", profile_post_data(avatar=image_upload()))
    member.refresh_from_db()

    content = page(client.get("/members/ania/"))

    assert f'<img class="avatar" src="{member.avatar.url}" alt=""' in content
    assert f'<span class="avatar" aria-hidden="true">{member.initials}</span>' not in content


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (
            SimpleUploadedFile("big.jpg", b"\xff\xd8\xff" + os.urandom(MAX_UPLOAD_BYTES)),
            "The file is larger than 2 MB. Choose a smaller photo.",
        ),
        (
            SimpleUploadedFile("notes.png", b"just some text, not a picture"),
            "Upload a JPEG, PNG or WebP image.",
        ),
        (
            image_upload(size=(4500, 100), image_format="PNG"),
            "The photo is 4500×100 pixels; it can be at most 4000×4000.",
        ),
    ],
    ids=["oversized-file", "text-named-png", "too-many-pixels"],
)
def test_a_bad_photo_is_refused_the_typed_values_kept_and_nothing_saved(
    member_client, member, upload, error
):
    before = stored_avatar_names()

    response = member_client.post(
        "/accounts/profile/",
        profile_post_data(display_name="Typed Name", city="Gdańsk", avatar=upload),
    )

    assert response.status_code == 200
    assert field_errors(response, "avatar") == [error]
    assert input_value(response, "display_name") == "Typed Name"
    assert input_value(response, "city") == "Gdańsk"
    member.refresh_from_db()
    assert member.display_name != "Typed Name"
    assert member.city == "Warszawa"
    assert not member.avatar
    assert stored_avatar_names() == before


def test_a_good_photo_with_another_error_asks_to_choose_the_file_again(member_client, member):
    response = member_client.post(
        "/accounts/profile/",
        profile_post_data(linkedin_url="https://example.com/ania", avatar=image_upload()),
    )

    assert response.status_code == 200
    assert "choose the file again" in page(response)
    member.refresh_from_db()
    assert not member.avatar


def test_a_new_photo_replaces_the_old_file(member_client, member):
    member_client.post("/accounts/profile/", profile_post_data(avatar=image_upload()))
    member.refresh_from_db()
    first = member.avatar.name

    member_client.post("/accounts/profile/", profile_post_data(avatar=image_upload()))
    member.refresh_from_db()

    assert member.avatar.name != first
    assert default_storage.exists(member.avatar.name)
    # Deleting the replaced file waits for the commit, which the test transaction never
    # reaches; the service's own test below runs it.


def test_removing_the_photo_goes_back_to_the_initials(
    member_client, member, django_capture_on_commit_callbacks
):
    member_client.post("/accounts/profile/", profile_post_data(avatar=image_upload()))
    member.refresh_from_db()
    old_name = member.avatar.name
    edit_page = page(member_client.get("/accounts/profile/"))
    assert 'name="remove_avatar"' in edit_page

    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post("/accounts/profile/", profile_post_data(remove_avatar="on"))

    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.avatar
    assert not default_storage.exists(old_name)
    content = page(member_client.get("/members/ania/"))
    assert f'<span class="avatar" aria-hidden="true">{member.initials}</span>' in content


def test_choosing_a_photo_and_removing_it_at_once_is_refused(member_client, member):
    member_client.post("/accounts/profile/", profile_post_data(avatar=image_upload()))
    member.refresh_from_db()
    old_name = member.avatar.name

    response = member_client.post(
        "/accounts/profile/", profile_post_data(avatar=image_upload(), remove_avatar="on")
    )

    assert response.status_code == 200
    assert field_errors(response, "remove_avatar") == [
        "Either choose a new photo or remove the current one, not both."
    ]
    assert User.objects.get(pk=member.pk).avatar.name == old_name


def test_the_form_sends_files(member_client):
    content = page(member_client.get("/accounts/profile/"))

    assert 'enctype="multipart/form-data"' in content
    assert 'accept="image/jpeg,image/png,image/webp"' in content


def test_uploaded_photos_are_served_in_development(settings):
    assert settings.SERVE_MEDIA
    match = resolve("/media/avatars/0123abcd.jpg")

    assert match.func is serve
    assert match.kwargs == {"path": "avatars/0123abcd.jpg", "document_root": settings.MEDIA_ROOT}
