"""Production: refuses to start half-configured.

Each refusal names the setting and what it needs: a strong secret, named
hosts, PostgreSQL, an SMTP server, the site's https address and HSTS.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, EMAIL_DELIVERY_BACKEND, content_security_policy, env

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def weak_secret(key):
    """Too short, too few different characters, Django's insecure default, or
    a repeated pattern ("abcabcabc..."): what a person types, not a random key."""
    if len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-"):
        return True
    return any(key[period:] == key[:-period] for period in range(1, len(key) // 2 + 1))


DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="")
if weak_secret(SECRET_KEY):
    raise ImproperlyConfigured(
        "SECRET_KEY must be a random value of 50+ characters, e.g. the output of "
        "python -c 'import secrets; print(secrets.token_urlsafe(60))'."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the host(s) the site is served on.")
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must not contain '*': name the host(s) the site is served on, "
        "so forged Host headers cannot end up in links in mails."
    )
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL in production.")

if not env("EMAIL_URL", default=""):
    raise ImproperlyConfigured("EMAIL_URL must be set: sign-up depends on verification mail.")
if EMAIL_DELIVERY_BACKEND != SMTP_BACKEND:
    raise ImproperlyConfigured(
        "EMAIL_URL must name an SMTP server (smtp://, smtp+tls:// or smtps://): "
        "console, memory, file and dummy mail deliver nothing, and sign-up needs mail."
    )
SITE_URL = env("SITE_URL", default="")
if not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured(
        "SITE_URL must be the site's https address (e.g. https://wijkzorg.example.nl): "
        "links in mails and calendars, the CMS and the websocket policy use it."
    )
WAGTAILADMIN_BASE_URL = SITE_URL
CONTENT_SECURITY_POLICY = content_security_policy(SITE_URL)
# How many reverse proxies set X-Forwarded-For; per-IP rate limits and the
# sessions list need the client's address, not the proxy's.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
if SECURE_HSTS_SECONDS <= 0:
    raise ImproperlyConfigured(
        "SECURE_HSTS_SECONDS must be positive in production (31536000, a year, by default): "
        "without HSTS a browser may be sent to the http:// site."
    )
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
