"""Development settings follow the address the development server runs on.

Links in mails, .ics files and personal feeds are built from SITE_URL; with
`make run PORT=8001` they must point at port 8001, not at the default 8000.
"""

import contextlib
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRINT_SITE_URL = (
    "import sys; sys.path.insert(0, 'platform'); "
    "import config.settings.dev as s; print(s.SITE_URL, s.WAGTAILADMIN_BASE_URL)"
)


def clean_env(**values):
    dropped = {"SITE_URL", "HOST", "PORT", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(values)
    return env


def dev_site_url(**values):
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SITE_URL], cwd=ROOT, env=clean_env(**values),
        capture_output=True, text=True, timeout=60, check=True,
    )
    return result.stdout.split()


def test_site_url_follows_the_port_of_the_server():
    assert dev_site_url(PORT="8001") == ["http://127.0.0.1:8001", "http://127.0.0.1:8001"]


def test_site_url_follows_the_host_of_the_server():
    assert dev_site_url(HOST="localhost", PORT="8002")[0] == "http://localhost:8002"


def test_site_url_defaults_to_the_default_server_address():
    assert dev_site_url()[0] == "http://127.0.0.1:8000"


def test_an_explicit_site_url_wins():
    assert dev_site_url(PORT="8001", SITE_URL="https://wzn.test")[0] == "https://wzn.test"


def test_make_serve_passes_its_port_to_the_settings(tmp_path):
    """`make serve PORT=8001` runs `$(PY) manage.py runserver`: with PY
    replaced by a script that prints SITE_URL, the settings it loads show
    what the server and the scheduler next to it would see."""
    python = f"{sys.executable} -c \"{PRINT_SITE_URL}\""
    output = tmp_path / "make.out"
    with output.open("w") as out:
        # A session of its own: the scheduler the recipe starts in the
        # background is stopped with the whole process group.
        make = subprocess.Popen(
            ["make", "--silent", "serve", "PORT=8001", f"PY={python}"],
            cwd=ROOT, env=clean_env(), stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            returncode = make.wait(timeout=60)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(make.pid, signal.SIGTERM)

    assert returncode == 0, output.read_text()
    # The server prints SITE_URL and the CMS's base address. The scheduler
    # started next to it prints them too, unless the recipe's trap stops it
    # first when the server is done; their lines may interleave.
    printed = re.findall(r"https?://[\w.-]+:\d+", output.read_text())
    assert len(printed) in (2, 4) and set(printed) == {"http://127.0.0.1:8001"}
