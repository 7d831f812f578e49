from django.conf import settings


def absolute_url(path):
    """A full URL for emails, which have no request to take the host from."""
    return f"{settings.SITE_URL.rstrip('/')}{path}"
