"""Settings shared by every environment.

Every value that differs between machines comes from an environment variable
with an embedded default that needs no server: SQLite, the in-memory channel
layer, the database cache, console mail, database search and tasks that run
immediately. Setting DATABASE_URL, REDIS_URL, ELASTICSEARCH_URL or EMAIL_URL
switches to the real service.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from .security import (  # noqa: F401  settings, read through django.conf.settings
    CMS_CONTENT_SECURITY_POLICY,
    CMS_PATH_PREFIX,
    PERMISSIONS_POLICY_DENIED,
    content_security_policy,
)

BASE_DIR = Path(__file__).resolve().parents[3]
PLATFORM_DIR = BASE_DIR / "platform"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
# Monitoring sends it as X-Health-Token to see each check of /health/ready/.
HEALTH_TOKEN = env("HEALTH_TOKEN", default="")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = env("SITE_NAME", default="Wijkzorgnetwerk Zoetermeer")

INSTALLED_APPS = [
    # daphne first: its runserver serves websockets next to the pages.
    "daphne",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # platform/
    "core",
    "access",
    "groups",
    "accounts",
    "documents",
    "taxonomy",
    "search",
    "realtime",
    "scheduler",
    "outbox",
    "notifications",
    "demo",
    "startpage",
    # pillars
    "community",
    "kennisbank",
    "agenda",
    # third party
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "channels",
    "django_tasks",
    "django_rq",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.cms_users.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.ControlCharacterMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "accounts.middleware.RequireMFAForStaffRolesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security_headers.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.not_found.OverflowIsNotFoundMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site_shell",
                "notifications.context_processors.badge",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and IMMEDIATE transactions let concurrent writers queue instead of
    # failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # A database that does not answer fails the request instead of holding the worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and channel layer ---------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
# Redis answers in a millisecond; one that does not must fail the call, not hang it.
REDIS_TIMEOUTS = {"socket_connect_timeout": 2, "socket_timeout": 2}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="wzn"),
            "OPTIONS": REDIS_TIMEOUTS,
        }
    }
    # Pub/sub, not the list-based RedisChannelLayer: a message goes to the
    # processes listening now and is never queued in Redis, so there is no
    # capacity to fill and no expiry to tune, and one group_send reaches a
    # thousand sockets of a process at once. What a socket misses (a restart,
    # a full send buffer) it reads from the event log (realtime.events).
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [{"address": REDIS_URL, **REDIS_TIMEOUTS}],
                "prefix": env("CACHE_KEY_PREFIX", default="wzn"),
            },
        }
    }
else:
    # The database cache is shared by every process, so rate limits hold
    # across workers even without Redis.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_table",
        }
    }
    # One process: the in-memory layer. A channel holds at most 1,000
    # messages for 60 s (a socket that lags further is caught up from the
    # event log), instead of the defaults 100 and 60 that a busy group page
    # with many events in a burst could fill.
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer",
                                  "CONFIG": {"capacity": 1000, "expiry": 60}}}

# --- Tasks ------------------------------------------------------------------
# Background jobs (mail, search indexing): RQ workers on Redis
# (`manage.py rqworker default --with-scheduler`) when REDIS_URL is set;
# otherwise each job runs at once, in the process that enqueued it after
# its commit, so the embedded default needs no worker.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", default=(
            "django_tasks_rq.RQBackend" if REDIS_URL
            else "django_tasks.backends.immediate.ImmediateBackend")),
    }
}
# A job that runs longer than DEFAULT_TIMEOUT seconds is stopped (its mails
# are tried again by the outbox's retry sweep).
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 300}}
# How often the scheduler hands due and lost mails to jobs again.
OUTBOX_RETRY_SECONDS = env.int("OUTBOX_RETRY_SECONDS", default=60)

# --- Search -----------------------------------------------------------------
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
# What speaks at ELASTICSEARCH_URL: "elasticsearch" (8/9) or "opensearch" (2.x;
# search-engine/ is one), which the client reaches through a plain-JSON node.
SEARCH_ENGINE = env("SEARCH_ENGINE", default="elasticsearch")
# The engine's alias is "<prefix>-documents"; one prefix per site on a shared cluster.
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="wzn")
# How soon the engine makes a write searchable; saves wait for it.
SEARCH_REFRESH_INTERVAL = env("SEARCH_REFRESH_INTERVAL", default="1s")
SEARCH_BACKEND = "elasticsearch" if ELASTICSEARCH_URL else "database"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Mail -------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Every mail is stored in the outbox in the request's transaction and sent by a
# job through the backend EMAIL_URL chose, retried while it fails (outbox.delivery).
EMAIL_DELIVERY_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_BACKEND = "outbox.delivery.OutboxEmailBackend"
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Wijkzorgnetwerk <noreply@wijkzorgnetwerk.nl>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where suggestions for the Rijke leeromgeving are mailed; the sender if empty.
REDACTIE_EMAIL = env("REDACTIE_EMAIL", default="")

# --- Accounts ---------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "accounts.password_validation.DutchMinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# --- Internationalisation ---------------------------------------------------
LANGUAGE_CODE = "nl"
# Only Dutch until an English translation exists: with "en" listed, a browser
# set to English got English dates and month names in Dutch sentences.
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# --- Static and media -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents carry a visibility; the serve view asks the access model (documents/).
WAGTAILDOCS_DOCUMENT_MODEL = "documents.PlatformDocument"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The CMS's own login page only redirects (accounts.views.cms_login).
WAGTAILADMIN_LOGIN_URL = "/cms/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/account/login/"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
TAGGIT_CASE_INSENSITIVE = True
# No avatars from gravatar.com: it would learn who works in the CMS, and the
# Content-Security-Policy allows images from this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

SITE_ID = 1

# --- Security headers (config/settings/security.py) -------------------------
CONTENT_SECURITY_POLICY = content_security_policy(SITE_URL)
# Wagtail marks its page preview SAMEORIGIN itself; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

from .accounts import *  # noqa: E402,F403  allauth settings live in their own module

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # One line per background task drowns the useful output; failures still show.
    # One INFO line per request to the search engine would drown the log.
    "loggers": {"django_tasks": {"level": "WARNING"}, "elastic_transport": {"level": "WARNING"}},
}
