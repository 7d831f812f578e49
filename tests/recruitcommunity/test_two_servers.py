"""Past one machine: two app servers (gunicorn, separate processes, separate ports) sharing
one PostgreSQL and one Redis. A member who signs in on one is recognised on the other, and
the cache — pages, and the content version that retires them — is one cache for both."""

import contextlib
import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import GroupFactory

REPO = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
REDIS_URL = "redis://127.0.0.1:6379/14"

pytestmark = pytest.mark.django_db(transaction=True)


def _redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _flush_redis_database():
    with socket.create_connection(("127.0.0.1", 6379), timeout=2) as sock:
        sock.sendall(b"SELECT 14\r\nFLUSHDB\r\n")
        time.sleep(0.1)
        sock.recv(64)


def _database_url():
    settings = connection.settings_dict
    user = urllib.parse.quote(settings["USER"] or "postgres")
    password = f":{urllib.parse.quote(settings['PASSWORD'])}" if settings["PASSWORD"] else ""
    host = settings["HOST"] or ""
    if host.startswith("/"):
        return f"postgres://{user}{password}@/{settings['NAME']}?host={urllib.parse.quote(host)}"
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    return f"postgres://{user}{password}@{host}{port}/{settings['NAME']}"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def _app_server():
    port = _free_port()
    env = dict(
        os.environ,
        # The test settings: the same password hasher as the factories, email kept in memory.
        DJANGO_SETTINGS_MODULE="recruitcommunity.settings.test",
        DATABASE_URL=_database_url(),
        REDIS_URL=REDIS_URL,
        TEST_PAGE_CACHE_SECONDS="60",
        CONN_MAX_AGE="0",
        SECRET_KEY="shared-by-both-servers-in-this-test",
        CELERY_BROKER_URL="",
        LOG_LEVEL="WARNING",
    )
    process = subprocess.Popen(
        [str(GUNICORN), "recruitcommunity.wsgi", "-w", "1", "-b", f"127.0.0.1:{port}"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/floor", timeout=2).close()
                break
            except (urllib.error.URLError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(process.stderr.read().decode()[-2000:]) from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


class Browser:
    """A visitor with a cookie jar, who can be sent to either server."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, url):
        with self.opener.open(url, timeout=30) as answer:
            return answer.status, answer.headers, answer.read().decode()

    def post_form(self, url, form_page_url, fields):
        _status, _headers, page = self.get(form_page_url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
        request = urllib.request.Request(url, data=body, headers={"Referer": form_page_url})
        with self.opener.open(request, timeout=30) as answer:
            return answer.status, answer.read().decode()


@pytest.fixture
def two_servers():
    if not _redis_answers():
        if os.environ.get("CI"):
            pytest.fail("Redis is not running on 127.0.0.1:6379")
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    _flush_redis_database()
    with _app_server() as first, _app_server() as second:
        yield first, second


def test_signed_in_on_one_server_recognised_on_the_other(two_servers, member):
    first, second = two_servers
    browser = Browser()
    login = f"{first}{reverse('account_login')}"
    status, page = browser.post_form(
        login, login, {"login": member.email, "password": "correct-horse-battery"}
    )
    assert status == 200
    assert "Sign out" in page

    status, _headers, page = browser.get(f"{second}{reverse('notifications:for_you')}")
    assert status == 200
    assert "Sign out" in page


def test_one_cache_for_both_servers(two_servers, member):
    first, second = two_servers
    group = GroupFactory(name="Rekruterzy Kraków", country="PL")
    visitor = Browser()
    visitor.get(f"{first}{reverse('groups:list')}")
    _status, headers, page = Browser().get(f"{second}{reverse('groups:list')}")
    assert headers.get("X-Page-Cache") == "hit"
    assert "Rekruterzy Kraków" in page

    # A write through the second server retires the page the first one cached.
    browser = Browser()
    login = f"{second}{reverse('account_login')}"
    browser.post_form(login, login, {"login": member.email, "password": "correct-horse-battery"})
    group_page = f"{second}{group.get_absolute_url()}"
    browser.post_form(
        f"{second}{reverse('groups:join', kwargs={'slug': group.slug})}", group_page, {}
    )
    _status, headers, page = Browser().get(f"{first}{reverse('groups:list')}")
    assert headers.get("X-Page-Cache") is None
