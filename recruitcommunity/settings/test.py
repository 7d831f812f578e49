from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Connections are opened per test; keeping them would leak across the live server's threads.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
CELERY_TASK_ALWAYS_EAGER = True  # tests never need a broker; one test starts a real worker
# Pages are rendered afresh in tests; the page cache has tests of its own that turn it on.
PAGE_CACHE_SECONDS = env.int("TEST_PAGE_CACHE_SECONDS", default=0)  # noqa: F405
# A replica alias that mirrors the test database, so the read-replica routing can be tested;
# routing stays off unless a test sets DATABASE_REPLICA_URL.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
