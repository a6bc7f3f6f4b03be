"""Every serving command the README documents starts and serves.

Each command is read from README.md and started as written (on a free port,
with two workers), from the project root; the test fetches /health/ and,
where the server speaks ASGI, opens /ws/status/ with a real websocket
client and sends a ping through the channel layer.

Settings: the production settings refuse to start without PostgreSQL, which
the suite on its embedded defaults does not have. The servers run the same
commands with DJANGO_SETTINGS_MODULE=config.settings.dev, DEBUG off, one
allowed host and a throwaway SQLite file. What these tests are about is the
same in both: the import path (asgi.py/wsgi.py), the ASGI router with the
origin check and the session, and the server itself. The production values
and refusals are tested in tests/test_production_settings.py.
"""

import contextlib
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
# A guard against a server that hangs, not a speed requirement.
STARTUP_SECONDS = 90


def documented(program):
    """The README's command (in backticks) that starts `program`."""
    pattern = rf"`((?:\.venv/bin/)?{program} [^`]+)`"
    match = re.search(pattern, README)
    assert match, f"README.md documents no {program} command"
    return match.group(1)


def on_port(command, port):
    """`command` as written, listening on `port` instead of the documented one
    and with two workers instead of four: still several processes, each
    importing the application, at half the start-up cost."""
    command = re.sub(r"--port \d+", f"--port {port}", command)
    command = re.sub(r"-b 127\.0\.0\.1:\d+", f"-b 127.0.0.1:{port}", command)
    return re.sub(r"(--workers|-w) \d+", r"\1 2", command)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in {"DATABASE_URL", "REDIS_URL", "SITE_URL", "HOST", "PORT",
                        "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update({
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "False",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    })
    return env


def commands():
    """Each documented server, as a shell command with a port of its own."""
    uvicorn, gunicorn, daphne = free_port(), free_port(), free_port()
    return {
        "uvicorn": (on_port(documented("uvicorn"), uvicorn), uvicorn),
        "gunicorn": (on_port(documented("gunicorn"), gunicorn), gunicorn),
        # `make run` is install, migrate, demo and then `make serve`, which
        # starts Daphne's runserver: that last step is the server.
        "daphne": (shlex.join(["make", "--silent", "serve", f"PORT={daphne}"]), daphne),
    }


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """All servers start at once (their start-up is the slow part) from the
    project root; each is stopped with every process it started."""
    tmp_path = tmp_path_factory.mktemp("servers")
    env = server_env(tmp_path)
    started = {}
    for name, (command, port) in commands().items():
        log = (tmp_path / f"{name}.log").open("w")
        process = subprocess.Popen(
            command, shell=True, cwd=ROOT, env=env, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
        started[name] = (process, port, log)
    yield {name: (process, port) for name, (process, port, _log) in started.items()}
    for process, _port, log in started.values():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def wait_for_health(process, port):
    """/health/ once the server answers; fails when the server exits first."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited; see its log in the tests' tmp_path"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=5) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as answer:
            return answer.code, json.loads(answer.read())
        except OSError:  # not listening yet
            time.sleep(0.2)
    pytest.fail(f"no answer on port {port} within {STARTUP_SECONDS} s")


def assert_status_socket_works(port):
    with connect(f"ws://127.0.0.1:{port}/ws/status/", origin=f"http://127.0.0.1:{port}",
                 open_timeout=10) as websocket:
        assert json.loads(websocket.recv(timeout=10)) == {"type": "status", "user": "anonymous"}
        websocket.send(json.dumps({"type": "ping"}))
        assert json.loads(websocket.recv(timeout=10)) == {"type": "pong"}


def test_uvicorn_serves_pages_and_websockets(servers):
    process, port = servers["uvicorn"]

    status, body = wait_for_health(process, port)

    assert (status, body) == (200, {"status": "ok"})
    assert_status_socket_works(port)


def test_gunicorn_serves_pages(servers):
    process, port = servers["gunicorn"]

    status, body = wait_for_health(process, port)

    assert (status, body) == (200, {"status": "ok"})


def test_make_run_serves_pages_and_websockets_with_daphne(servers):
    process, port = servers["daphne"]

    status, body = wait_for_health(process, port)

    assert (status, body) == (200, {"status": "ok"})
    assert_status_socket_works(port)
