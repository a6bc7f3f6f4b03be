"""Local development: debug on, a throwaway secret, mail to the console."""

from .base import *  # noqa: F403
from .base import content_security_policy, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-wijkzorgnetwerk")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
# Links in mails, .ics files and feeds must reach the server that made them:
# `make run PORT=8001` passes HOST and PORT on to the settings.
SITE_URL = env(
    "SITE_URL", default=f"http://{env('HOST', default='127.0.0.1')}:{env('PORT', default='8000')}"
)
WAGTAILADMIN_BASE_URL = SITE_URL
CONTENT_SECURITY_POLICY = content_security_policy(SITE_URL)
