"""Two ASGI server processes sharing Redis, as in production: a socket on
the first receives the event of a comment posted through the second."""

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client

from accounts.tests.factories import ProfessionalFactory
from community.models import Post
from core.tests.processes import database_url, free_port
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not settings.REDIS_URL,
                       reason="needs REDIS_URL: without Redis each process has a channel "
                              "layer of its own, and the proof is that they share one"),
]


@pytest.fixture
def two_servers():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": database_url(connection), "REDIS_URL": settings.REDIS_URL}
    ports, processes = [free_port(), free_port()], []
    for port in ports:
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "config.asgi:application", "--app-dir",
             str(ROOT / "platform"), "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "warning"],
            cwd=ROOT, env=env))
    try:
        for port in ports:
            _wait_for(f"http://127.0.0.1:{port}/health/")
        yield [f"127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)


def _wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def _session_cookie(user):
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _comment_through(server, post, session, text):
    """Post the comment form on `server` as a signed-in person does."""
    http = requests.Session()
    http.cookies.set(settings.SESSION_COOKIE_NAME, session)
    url = f"http://{server}{post.get_absolute_url()}"
    page = http.get(url, timeout=10)
    assert page.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    answer = http.post(url, data={"csrfmiddlewaretoken": token, "body": text},
                       headers={"Referer": url}, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text[:500]


def test_a_socket_on_one_server_hears_a_comment_posted_on_the_other(two_servers):
    import websockets

    first, second = two_servers
    group = CommunityGroupFactory(visibility="closed")
    writer = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
    reader = MembershipFactory(group=group, user=ProfessionalFactory()).user
    post = Post.objects.create(owner=writer, section="group", access_group=group,
                               title="Overleg", body="<p>Wie komt er?</p>")
    writer_session, reader_session = _session_cookie(writer), _session_cookie(reader)

    async def listen_and_comment():
        headers = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={reader_session}",
                   "Origin": f"http://{first}"}
        async with websockets.connect(f"ws://{first}/ws/streams/",
                                      additional_headers=headers) as ws:
            await ws.send(json.dumps({"type": "subscribe", "stream": f"post-{post.pk}",
                                      "after": 0}))
            assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "subscribed"
            await asyncio.to_thread(_comment_through, second, post, writer_session,
                                    "Ik kom ook, tot donderdag.")
            return json.loads(await asyncio.wait_for(ws.recv(), 10))

    event = asyncio.run(listen_and_comment())

    assert (event["type"], event["kind"], event["data"]["post"]) == (
        "event", "comment.created", post.pk)
    assert event["data"]["comment"] == post.comments.get().pk
