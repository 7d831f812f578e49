"""Where a form sends the member next (`next=`): only ever a page of this site."""

from urllib.parse import urlsplit

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, candidate, default):
    """`candidate` when it is a page of this site (a path, or a full URL on this host),
    else `default`.

    A bare word is refused too: it is no address a page puts in `next`, and Django's
    redirect() would look it up as the name of a view and fail (redirect("0") is a 500)."""
    candidate = candidate or ""
    is_address = candidate.startswith("/") or urlsplit(candidate).scheme in ("http", "https")
    if is_address and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default
