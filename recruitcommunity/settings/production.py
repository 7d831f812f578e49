"""Production: served by gunicorn (gunicorn.conf.py) over HTTPS, usually behind a proxy.

Required in the environment: SECRET_KEY (long and random) and ALLOWED_HOSTS. Behind a proxy
that ends TLS, set SECURE_PROXY_SSL_HEADER (e.g. HTTP_X_FORWARDED_PROTO,https). Static files
need `manage.py collectstatic`; WhiteNoise serves them with hashed names.
`manage.py check --deploy` reports nothing with these settings (tests/recruitcommunity/
test_production_settings.py)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEVELOPMENT_SECRET_KEY, env

DEBUG = False

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY or SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "Set SECRET_KEY in the environment to a long random value, e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'. "
        "Production never starts with the development key."
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set ALLOWED_HOSTS in the environment to the site's host names, comma-separated "
        "(e.g. recruitcommunity.example,www.recruitcommunity.example); '*' is refused."
    )

# HTTPS everywhere. Health probes (/healthz, /readyz) usually come over plain HTTP from
# inside the network and are answered as they are.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Behind a proxy that ends TLS: the header it sets and its value, "HTTP_X_FORWARDED_PROTO,https".
SECURE_PROXY_SSL_HEADER = env.tuple("SECURE_PROXY_SSL_HEADER", default=None)
SECURE_HSTS_SECONDS = 31_536_000  # one year
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Secure cookies: browsers also keep them on http://127.0.0.1 and http://localhost, which
# they count as secure, so `make serve-prod` works without TLS.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Links in emails.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="https")

# Hashed, compressed copies made by collectstatic; a template naming a missing file fails
# loudly at collectstatic rather than quietly in a visitor's browser.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# DATABASES and CACHES as in base: connections kept CONN_MAX_AGE seconds (env, 60) and
# health-checked before reuse; Redis when REDIS_URL is set, else the database cache table.

# One JSON object per line on stderr. gunicorn writes each request (method, path, status,
# duration) on stdout in the same form (gunicorn.conf.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "recruitcommunity.logs.RequestJsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "pgserver": {"level": "WARNING"},
        "celery": {"level": "WARNING"},
    },
}
