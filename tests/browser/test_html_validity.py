"""The Nu Html Checker (the W3C validator, run locally from node_modules) finds no error in
the HTML of the main pages. The pages are rendered with Django's test client and checked
in one run of the checker, because the JVM takes seconds to start."""

import json
import shutil
import subprocess

import pytest
from django.core.cache import cache

from tests.browser.conftest import VNU_JAR, require
from tests.browser.pages import MAIN_PAGES

pytestmark = pytest.mark.vnu


def rendered_pages(client, showcase):
    """(name, HTML) of every main page, plus pages in states worth checking too: a form
    with errors, the right-to-left interface."""
    pages = []
    for signed_in in (False, True):
        if signed_in:
            client.force_login(showcase.member)
        for main_page in MAIN_PAGES:
            if main_page.signed_in != signed_in:
                continue
            response = client.get(main_page.url(showcase))
            assert response.status_code == 200, f"{main_page.name}: {response.status_code}"
            pages.append((main_page.name, response.content))

    refused = client.post(
        f"/groups/{showcase.german.slug}/ask/", {"title": "Salary?", "body": "", "language": "en"}
    )
    assert refused.status_code == 200
    pages.append(("ask-with-errors", refused.content))

    client.logout()
    cache.clear()  # allauth's rate limits
    refused = client.post(
        "/accounts/signup/",
        {"email": "not-an-address", "username": "", "password1": "a", "password2": "b"},
    )
    assert refused.status_code == 200
    pages.append(("signup-with-errors", refused.content))

    client.cookies["django_language"] = "he"
    pages.append(("home-hebrew", client.get("/").content))
    return pages


# A page with one known error: if the checker stops reporting it, it has checked nothing.
CANARY = "<!DOCTYPE html><html lang=en><title>canary</title><p><div></p>"


def test_the_main_pages_are_valid_html(client, showcase, tmp_path):
    require(shutil.which("java"), "Java is not installed (apt-get install default-jre-headless)")
    require(VNU_JAR.exists(), "The Nu Html Checker is not installed (npm ci)")
    (tmp_path / "canary.html").write_text(CANARY)
    for name, content in rendered_pages(client, showcase):
        (tmp_path / f"{name}.html").write_bytes(content)
    files = sorted(tmp_path.glob("*.html"))

    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    # The checker writes its report to standard error; "url" is file:/…/<page>.html.
    report = json.loads(checked.stderr or checked.stdout)
    errors = [message for message in report["messages"] if message["type"] != "info"]
    page_of = {id(error): error.get("url", "").rsplit("/", 1)[-1] for error in errors}
    assert any(page_of[id(error)] == "canary.html" for error in errors), (
        f"the checker did not report the canary page's error: {checked.stderr[:2000]}"
    )
    errors = [error for error in errors if page_of[id(error)] != "canary.html"]
    assert not errors, "\n".join(
        f"{page_of[id(error)]}:{error.get('lastLine')}: {error['message']}\n"
        f"    {error.get('extract', '').strip()}"
        for error in errors
    )
