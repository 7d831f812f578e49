"""Settings shared by every environment. Everything secret or host-specific comes from
the environment; the defaults here are safe for a developer's machine."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# Production refuses to start with this key (recruitcommunity/settings/production.py).
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-change-me-in-production"
SECRET_KEY = env("SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# Where the site is reached; links in emails start with it.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django_countries",
    "django_filters",
    "django_htmx",
    "django_ratelimit",
    "recruitcommunity.apps.SiteConfig",
    "csp",
    "languages",
    "members",
    "groups",
    "questions",
    "notifications",
    "events",
    "norms",
    "moderation",
    "conversations",
    "scale",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files (an SVG opened on its own) carry the policy too.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A view's database error (connection refused, server restarting) becomes the 503 page;
    # errors in the middlewares below reach it through handler500 (recruitcommunity/views.py).
    "recruitcommunity.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "recruitcommunity.page_cache.AnonymousPageCacheMiddleware",
    "recruitcommunity.db_router.AnonymousReadsFromReplicaMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "members.middleware.MemberInterfaceLanguageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "recruitcommunity.urls"
WSGI_APPLICATION = "recruitcommunity.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # Unread notifications and messages for the header, in one query.
                "recruitcommunity.context_processors.header_counts",
            ],
            "builtins": ["recruitcommunity.templatetags.markdown"],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/recruitcommunity")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A streaming replica of the primary; anonymous pages read from it (recruitcommunity/db_router.py).
DATABASE_REPLICA_URL = env("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = env.db_url_config(DATABASE_REPLICA_URL)
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["recruitcommunity.db_router.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: email is the login; the address must be confirmed before posting
# (members may sign in and read while the confirmation email is on its way).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[RecruitCommunity] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
ACCOUNT_FORMS = {
    "signup": "members.account_forms.SignupForm",
    "add_email": "members.account_forms.ChangeEmailForm",
}
# No answer tells whether an address has an account: signing up with a taken address,
# signing in with an unknown one and resetting its password all look like the usual case
# (sign-up ends on the "check your inbox" page for everyone: members/stages.py).
ACCOUNT_PREVENT_ENUMERATION = True
# A field people never see; bots fill it in, and then no account is made.
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
# A member has one address; a new one replaces it only once confirmed.
ACCOUNT_CHANGE_EMAIL = True
# Members hear by email when their password, address or sign-in methods change.
ACCOUNT_EMAIL_NOTIFICATIONS = True

# Two-factor authentication: an authenticator app (TOTP) and single-use recovery codes.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "RecruitCommunity"

# Signing in with LinkedIn (OpenID Connect), offered only when both variables are set.
# Create the app at https://www.linkedin.com/developers/ with the product "Sign In with
# LinkedIn using OpenID Connect" and the redirect URL
# <SITE_URL>/accounts/oidc/linkedin/login/callback/.
SOCIALACCOUNT_ADAPTER = "members.adapters.SocialAccountAdapter"
LINKEDIN_OIDC_CLIENT_ID = env("LINKEDIN_OIDC_CLIENT_ID", default="")
LINKEDIN_OIDC_SECRET = env("LINKEDIN_OIDC_SECRET", default="")


def linkedin_openid_connect_apps(client_id, secret):
    """allauth's OpenID Connect app for LinkedIn, or none without credentials."""
    if not (client_id and secret):
        return []
    return [
        {
            "provider_id": "linkedin",
            "name": "LinkedIn",
            "client_id": client_id,
            "secret": secret,
            "settings": {
                "server_url": "https://www.linkedin.com/oauth",
                "token_auth_method": "client_secret_post",
                # LinkedIn vouches for the address it sends (email_verified); a sign-in
                # with an address a member has confirmed here too signs in to that
                # account and connects LinkedIn to it (members.adapters).
                "email_authentication": True,
            },
        }
    ]


SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "APPS": linkedin_openid_connect_apps(LINKEDIN_OIDC_CLIENT_ID, LINKEDIN_OIDC_SECRET)
    }
}
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="RecruitCommunity <noreply@recruitcommunity.local>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("pl", _("Polish")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("he", _("Hebrew")),
    ("et", _("Estonian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / ".data" / "media")
# Django serves uploaded photos itself only where no web server or CDN does (development).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)

MESSAGE_TAGS = {}

# One cache shared by every app server: Redis when REDIS_URL is set, else a database table
# (`manage.py createcachetable`). Rate limits, allauth's login limits and page caches use it.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "rc",
        }
    }
    # Sessions read from Redis and written through to PostgreSQL: every app server finds
    # them, and a signed-in request saves a query.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "recruitcommunity.cache.AtomicDatabaseCache",
            "LOCATION": "recruitcommunity_cache",
            "KEY_PREFIX": "rc",
        }
    }

# Whole pages for anonymous visitors and public fragments (recruitcommunity/page_cache.py),
# retired on every write to public content; 0 turns both off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)

# The visitor's address, for the limits counted per address (allauth's sign-in, sign-up and
# password-reset limits, and ours for anonymous visitors). Behind a reverse proxy every
# request seems to come from the proxy, and everyone would share one count: set
# TRUSTED_PROXY_COUNT to the number of proxies of ours that append to X-Forwarded-For (the
# address that many places from the right is the visitor's; what a client wrote further
# left is ignored), or CLIENT_IP_HEADER to a header that our one proxy sets to the
# visitor's address (X-Real-IP for nginx, CF-Connecting-IP behind Cloudflare).
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("CLIENT_IP_HEADER", default=None) or None

# django-ratelimit: see recruitcommunity/ratelimits.py. Counts per member, or per address
# for anonymous visitors, read the way allauth reads it (the two settings above).
RATELIMIT_USE_CACHE = "default"
RATELIMIT_VIEW = "recruitcommunity.views.rate_limited"
RATELIMIT_IP_META_KEY = "recruitcommunity.ratelimits.client_ip"
# Moderators' and organisers' decisions about others (approving, banning, reverting,
# revoking, cancelling, editing an attendee list) and deleting one's own posts are not
# limited: they are done by people the community chose, or only remove content.
RATE_LIMITS = {
    "question": env("RATE_LIMIT_QUESTION", default="10/h"),
    "answer": env("RATE_LIMIT_ANSWER", default="30/h"),
    "comment": env("RATE_LIMIT_COMMENT", default="60/h"),
    # Editing one's questions and answers.
    "edit": env("RATE_LIMIT_EDIT", default="30/h"),
    # Votes, accepting an answer (or withdrawing it), confirming a guide entry.
    "vote": env("RATE_LIMIT_VOTE", default="120/h"),
    "follow": env("RATE_LIMIT_FOLLOW", default="120/h"),
    "flag": env("RATE_LIMIT_FLAG", default="20/h"),
    # Asking to join a group, joining one, accepting an invitation.
    "join": env("RATE_LIMIT_JOIN", default="20/h"),
    "group": env("RATE_LIMIT_GROUP", default="5/d"),
    # Creating an invitation link, inviting by email or from a CSV file.
    "invitation": env("RATE_LIMIT_INVITATION", default="50/d"),
    "profile": env("RATE_LIMIT_PROFILE", default="30/h"),
    # Creating and editing events.
    "event": env("RATE_LIMIT_EVENT", default="10/h"),
    "rsvp": env("RATE_LIMIT_RSVP", default="60/h"),
    # Writing guide entries, proposing an accepted answer for one, deciding on a proposal.
    "norm": env("RATE_LIMIT_NORM", default="30/h"),
    "message": env("RATE_LIMIT_MESSAGE", default="60/h"),
    "conversation": env("RATE_LIMIT_CONVERSATION", default="20/d"),
}
# allauth's own limits (they need this shared cache; a per-process one would let every
# server count apart): its defaults, which stop a password being guessed (5 failed
# sign-ins per address in 5 minutes, 10 a minute per visitor), sign-ups (20 a minute per
# visitor) and confirmation emails (one per address in 3 minutes), except the password
# reset: its default of 5 emails a minute to any address someone types in would let a
# stranger fill a mailbox, so an address gets at most 5 an hour.
ACCOUNT_RATE_LIMITS = {"reset_password": "20/m/ip,5/h/key"}
SILENCED_SYSTEM_CHECKS = [
    # Django's own RedisCache and our AtomicDatabaseCache both increment atomically;
    # django-ratelimit only lists the third-party backends it was tested with.
    "django_ratelimit.W001",
]

PAGE_SIZE = 20

# Direct messages (conversations/services.py): accounts younger than NEW_ACCOUNT_DAYS start at
# most NEW_ACCOUNT_DAILY_LIMIT conversations a day; the same first message may go to
# REPEATED_FIRST_MESSAGE_LIMIT people within REPEATED_FIRST_MESSAGE_HOURS, no more.
CONVERSATIONS_NEW_ACCOUNT_DAYS = env.int("CONVERSATIONS_NEW_ACCOUNT_DAYS", default=7)
CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT = env.int("CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT", default=3)
CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT = env.int(
    "CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT", default=3
)
CONVERSATIONS_REPEATED_FIRST_MESSAGE_HOURS = env.int(
    "CONVERSATIONS_REPEATED_FIRST_MESSAGE_HOURS", default=24
)
# Lists page through at most this many pages (recruitcommunity/pagination.py), so neither
# counting nor the deepest OFFSET grows with the data; filters narrow anything longer.
PAGINATION_MAX_PAGES = env.int("PAGINATION_MAX_PAGES", default=50)

# Moderation: an account younger than this many days is new (its first posts in a group
# that holds first posts wait for approval); the same text may not be posted to several
# groups within this many days.
MODERATION_NEW_ACCOUNT_DAYS = env.int("MODERATION_NEW_ACCOUNT_DAYS", default=7)
MODERATION_DUPLICATE_TEXT_DAYS = env.int("MODERATION_DUPLICATE_TEXT_DAYS", default=7)

# Celery sends notification emails. Without a broker, tasks run inline where they are queued
# (the embedded default: `make run` and the tests need nothing else). With one, e.g.
# redis://127.0.0.1:6379/0, run `celery -A recruitcommunity worker`, and
# `celery -A recruitcommunity beat` for the daily digest below; `make run` starts neither.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
if not CELERY_BROKER_URL:
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "notifications-daily-digests": {
        "task": "notifications.tasks.send_daily_digests",
        "schedule": crontab(hour=7, minute=0),
    },
    # A day before each event; claims make overlapping runs harmless.
    "forget-old-submission-keys": {
        "task": "recruitcommunity.tasks.forget_old_submission_keys",
        "schedule": crontab(minute=30),
    },
    "events-reminders": {
        "task": "events.tasks.send_event_reminders",
        "schedule": crontab(minute="*/15"),
    },
    # Messages that arrived within the hour after an email go out in the next one.
    "conversations-message-emails": {
        "task": "conversations.tasks.send_due_message_emails",
        "schedule": crontab(minute="*/15"),
    },
}

# Security headers, the same in every environment so that the tests and the browser checks
# see what production sends. HTTPS-only settings (HSTS, Secure cookies, the redirect to
# https) are in production.py.
SECURE_CONTENT_TYPE_NOSNIFF = True
# No Referer leaves the site: links to members' LinkedIn pages do not reveal which page they
# were on. (Stricter than strict-origin-when-cross-origin.)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# No script reads the CSRF cookie: forms post their hidden csrfmiddlewaretoken, and htmx
# posts only from such forms (it sends the form's fields).
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): only our own scripts, styles and images; no inline
# script or style anywhere (templates use classes from static/css/site.css, htmx is told not
# to inject its indicator <style> in base.html). Enforced in development and in the tests
# too, so the browser tests fail on a violation (tests/browser/test_csp.py).
# (Not named CSP_*: django-csp 4 reports such names as settings of its old versions.)
form_action_sources = [SELF]
# Signing in with LinkedIn posts a form whose answer redirects to LinkedIn; browsers check
# that redirect against form-action. Allowed only where a LinkedIn app is configured.
if any(
    "linkedin.com" in app.get("settings", {}).get("server_url", "")
    for provider in globals().get("SOCIALACCOUNT_PROVIDERS", {}).values()
    for app in provider.get("APPS", [])
):
    form_action_sources.append("https://www.linkedin.com")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": form_action_sources,
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"pgserver": {"level": "WARNING"}, "celery": {"level": "WARNING"}},
}
