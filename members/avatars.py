"""Member photos. An upload is never stored as sent: it is decoded with Pillow, checked,
cropped to a centred square of at most 400×400 px and written out again as a fresh JPEG, so
EXIF (camera, GPS position), comments, colour profiles and anything smuggled after the image
data are dropped."""

import uuid
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_SOURCE_SIDE = 4000
AVATAR_SIDE = 400
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
ACCEPTED_CONTENT_TYPES = "image/jpeg,image/png,image/webp"
JPEG_QUALITY = 85


class AvatarError(Exception):
    """The upload cannot be used as a photo; the message says why, for the member."""


def avatar_reencoded(upload):
    """A ContentFile holding the photo as a square JPEG of at most AVATAR_SIDE px, named at
    random (the original file name is not kept), or AvatarError."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise AvatarError(
            _("The file is larger than %(megabytes)s MB. Choose a smaller photo.")
            % {"megabytes": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    upload.seek(0)
    try:
        # Reads only the header; Pillow refuses sizes it deems a decompression bomb.
        source = Image.open(upload, formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AvatarError(_("The photo has too many pixels.")) from None
    except UnidentifiedImageError:
        raise AvatarError(_("Upload a JPEG, PNG or WebP image.")) from None
    except Exception:
        raise AvatarError(_("The image could not be read; it may be damaged.")) from None
    with source:
        # Checked before a single pixel is decoded.
        width, height = source.size
        if width > MAX_SOURCE_SIDE or height > MAX_SOURCE_SIDE:
            raise AvatarError(
                _(
                    "The photo is %(width)s×%(height)s pixels; it can be at most "
                    "%(limit)s×%(limit)s."
                )
                % {"width": width, "height": height, "limit": MAX_SOURCE_SIDE}
            )
        try:
            source.load()
            square = _square_rgb(source)
        except Exception:
            # Malformed files make Pillow's decoders raise all kinds of errors.
            raise AvatarError(_("The image could not be read; it may be damaged.")) from None

    output = BytesIO()
    square.save(output, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")


def _square_rgb(source):
    # Apply the camera's orientation before the EXIF block that carries it is dropped.
    upright = ImageOps.exif_transpose(source)
    side = min(AVATAR_SIDE, *upright.size)
    square = ImageOps.fit(upright, (side, side), method=Image.Resampling.LANCZOS)
    if square.mode not in ("RGB", "RGBA"):
        square = square.convert("RGBA")
    # A new image carries no metadata of the upload; transparency becomes white.
    clean = Image.new("RGB", square.size, "white")
    clean.paste(square, mask=square.getchannel("A") if square.mode == "RGBA" else None)
    return clean
