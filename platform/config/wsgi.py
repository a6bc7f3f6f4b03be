"""WSGI entry point for gunicorn (pages only; websockets need ASGI)."""

import os
import sys
from pathlib import Path

# The project root (community, kennisbank, agenda) and platform/ (a source
# root, not a package): servers may start from any working directory.
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
