"""recruitcommunity/settings/production.py: Django's deployment checklist passes, secrets are
required, static files get hashed compressed names, error pages render, logs are JSON."""

import json
import logging
import os
import runpy
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import path
from django_ratelimit.exceptions import Ratelimited

from recruitcommunity import urls as site_urls
from recruitcommunity.logs import JsonAccessLogger, RequestJsonFormatter

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = "recruitcommunity.settings.production"


def production_environment(**overrides):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECURE_", "DJANGO_", "SESSION_", "CSRF_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="recruitcommunity.example",
    )
    for key, value in overrides.items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return environment


def run_python(code, environment):
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deployment_checklist_reports_nothing():
    """`manage.py check --deploy`, in a process of its own with the production settings."""
    result = run_python(
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='DEBUG')",
        production_environment(),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("System check identified no issues"), result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "Set SECRET_KEY"),
        ({"SECRET_KEY": ""}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "dev-only-insecure-key-change-me-in-production"}, "Set SECRET_KEY"),
        ({"ALLOWED_HOSTS": None}, "Set ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": "*"}, "'*' is refused"),
    ],
    ids=["no-key", "empty-key", "development-key", "no-hosts", "any-host"],
)
def test_production_refuses_to_start_without_its_secrets(overrides, message):
    result = run_python(
        "from django.conf import settings; settings.SECRET_KEY",
        production_environment(**overrides),
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_the_production_defaults(production_settings):
    settings = production_settings
    assert settings.DEBUG is False
    assert settings.SECURE_SSL_REDIRECT is True
    assert settings.SECURE_HSTS_SECONDS >= 365 * 24 * 3600
    assert settings.SECURE_HSTS_INCLUDE_SUBDOMAINS and settings.SECURE_HSTS_PRELOAD
    assert settings.SESSION_COOKIE_SECURE and settings.SESSION_COOKIE_HTTPONLY
    assert settings.CSRF_COOKIE_SECURE and settings.CSRF_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == settings.CSRF_COOKIE_SAMESITE == "Lax"
    assert settings.SECURE_PROXY_SSL_HEADER is None


def test_the_proxy_header_comes_from_the_environment():
    result = run_python(
        "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)",
        production_environment(SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https"),
    )

    assert result.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')", result.stderr


def test_the_policy_allows_no_inline_script_or_style(production_settings, client, db):
    policy = client.get("/", secure=True)["Content-Security-Policy"]
    directives = {
        name: sources for name, *sources in (directive.split() for directive in policy.split(";"))
    }

    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"][0] == "'self'"
    assert "unsafe" not in policy


def test_static_files_get_hashed_compressed_names(production_settings, tmp_path, client, db):
    """What `make serve-prod` does: collectstatic with production's storage, then pages name
    the hashed copies, each with a gzip and a Brotli version beside it."""
    settings = production_settings
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **django_settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }

    # The admin's files, other apps' and the 1 MB world map are collected the same way;
    # leaving them out keeps the compressing (Brotli is slow) to a few seconds.
    call_command(
        "collectstatic",
        interactive=False,
        verbosity=0,
        ignore_patterns=["admin", "account", "maps"],
    )

    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed_css = manifest["css/site.css"]
    assert hashed_css != "css/site.css"
    for suffix in ("", ".gz", ".br"):
        assert (tmp_path / f"{hashed_css}{suffix}").exists()
    page = client.get("/", secure=True).content.decode()
    assert f'href="/static/{hashed_css}"' in page
    assert f"/static/{manifest['js/htmx.min.js']}" in page


def raise_permission_denied(request):
    raise PermissionDenied


def raise_ratelimited(request):
    raise Ratelimited


def raise_error(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("test-errors/403/", raise_permission_denied),
    path("test-errors/429/", raise_ratelimited),
    path("test-errors/500/", raise_error),
    *site_urls.urlpatterns,
]
handler500 = getattr(site_urls, "handler500", "django.views.defaults.server_error")


@pytest.mark.urls(__name__)
@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/no-such-page/", 404, "Page not found"),
        ("/test-errors/403/", 403, "Not allowed"),
        ("/test-errors/429/", 429, "Slow down a little"),
        ("/test-errors/500/", 500, "Something went wrong"),
    ],
)
def test_friendly_error_pages_render_under_production_settings(
    production_settings, db, path, status, text
):
    client = Client(raise_request_exception=False)

    response = client.get(path, secure=True)

    assert response.status_code == status
    assert text in response.content.decode()
    assert "Content-Security-Policy" in response
    assert "Strict-Transport-Security" in response


def test_application_logs_are_json_lines_naming_the_request():
    formatter = RequestJsonFormatter()
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", ("/missing/",), None
    )
    record.status_code = 404
    record.request = RequestFactory().get("/missing/", {"q": "x"})

    line = json.loads(formatter.format(record))

    assert line["level"] == "WARNING"
    assert line["name"] == "django.request"
    assert line["message"] == "Not Found: /missing/"
    assert line["method"] == "GET"
    assert line["path"] == "/missing/"
    assert line["status_code"] == 404
    assert "time" in line


@pytest.fixture
def gunicorn_logger():
    """gunicorn's logger as gunicorn.conf.py sets it up (access log on); the handlers it
    adds to the process-wide gunicorn loggers are taken off again afterwards."""
    from gunicorn.config import Config

    config = Config()
    config.set("accesslog", "-")
    yield JsonAccessLogger(config)
    for name in ("gunicorn.access", "gunicorn.error"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if getattr(handler, "_gunicorn", False):
                logger.removeHandler(handler)


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def test_gunicorn_writes_each_request_as_json_fields(gunicorn_logger):
    records = Records()
    records.setFormatter(RequestJsonFormatter())
    gunicorn_logger.access_log.addHandler(records)
    response = SimpleNamespace(status_code=201, sent=512)
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/questions/1/vote/",
        "QUERY_STRING": "",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_USER_AGENT": 'Browser "with quotes"',
    }
    try:
        gunicorn_logger.access(response, None, environ, timedelta(microseconds=12_345))
    finally:
        gunicorn_logger.access_log.removeHandler(records)

    (record,) = records.records
    (formatter,) = {handler.formatter for handler in gunicorn_logger.access_log.handlers}
    assert isinstance(formatter, RequestJsonFormatter)
    line = json.loads(formatter.format(record))
    assert line["message"] == "POST /questions/1/vote/ 201"
    assert line["status"] == 201
    assert line["duration_ms"] == 12.3
    assert line["bytes"] == 512
    assert line["user_agent"] == 'Browser "with quotes"'
    assert line["query"] is None


def test_the_gunicorn_configuration_file(monkeypatch):
    from gunicorn.config import Config

    monkeypatch.setenv("PORT", "8031")
    for name in ("GUNICORN_BIND", "WEB_CONCURRENCY", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    config = Config()
    for name, value in runpy.run_path(str(ROOT / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)

    assert config.bind == ["127.0.0.1:8031"]
    assert config.workers == 2
    assert config.graceful_timeout == 30
    assert config.logger_class is JsonAccessLogger
    assert config.accesslog == "-"
    assert config.wsgi_app == "recruitcommunity.wsgi:application"
