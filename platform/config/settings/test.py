"""Test settings: fast hashing, mail in memory, tasks run at once.

DATABASE_URL and REDIS_URL still switch to PostgreSQL and Redis, so the
same suite runs on the embedded defaults and on the real services.
"""

import os

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Our own mails go through the outbox and its job; they arrive in mail.outbox
# (unless EMAIL_URL names a server: the job tests start workers that use one).
if not env("EMAIL_URL", default=""):
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ALLOWED_HOSTS = ["*"]
# Jobs run at once, in the test; the job tests start RQ workers with TASKS_BACKEND.
TASKS = {"default": {"BACKEND": env(
    "TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
if env("REDIS_URL", default=""):
    # Keep test runs apart from a development server using the same Redis.
    CACHES["default"]["KEY_PREFIX"] = "wzn-test"  # noqa: F405
DEMO_ALLOWED = True
# Each test run its own engine indices (when ELASTICSEARCH_URL is set).
SEARCH_INDEX_PREFIX = f"wzn-test-{os.getpid()}"
SEARCH_REFRESH_INTERVAL = "100ms"
# A concrete model for the abstract access.models.AccessControlled.
INSTALLED_APPS = [*INSTALLED_APPS, "access.tests.testapp"]  # noqa: F405
# ASGI tests run requests in threads with connections of their own; closing
# them after each request lets the test database be dropped at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's shared in-memory database: concurrent writers then
    # queue on SQLite's write lock as in production (WAL, IMMEDIATE), which
    # the agenda's concurrency tests rely on.
    (BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405
    # One file per test run, so two runs in one checkout do not share it.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / "var" / f"test-db-{os.getpid()}.sqlite3"),  # noqa: F405
    }
