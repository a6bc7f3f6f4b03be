"""Fan-out: N sockets follow one group's feed, spread over two server
processes on one Redis; one post is published; how long until each socket
has it, and how many never get it.

    DATABASE_URL=postgres://wzn:wzn@127.0.0.1:5432/wzn REDIS_URL=redis://127.0.0.1:6379/1 \\
        .venv/bin/python bench/fanout.py --sockets 500 1000 2000

Two uvicorn processes serve config.asgi (as in production: web and
websockets, channels_redis pub/sub). The sockets, signed in as members,
subscribe to the group's stream through /ws/streams/, half on each
process. The post is published by the service a group page calls
(community.services.posts.create_post) in this process; the clock starts
just before its transaction commits and stops as each socket reads the
event. A socket that has nothing after --wait seconds counts as lost.
It runs in a throw-away test database (bench_fanout_<name>).
"""

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(connection):
    db = connection.settings_dict
    return (f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}")


def start_servers(env, count=2):
    import requests

    ports = [free_port() for _ in range(count)]
    processes = [subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "config.asgi:application", "--app-dir",
         str(ROOT / "platform"), "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning", "--ws-max-queue", "64"],
        cwd=ROOT, env=env) for port in ports]
    for port in ports:
        for _ in range(150):
            try:
                requests.get(f"http://127.0.0.1:{port}/health/", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
    return ports, processes


async def follow(port, cookie, stream, ready, published, arrived, wait):
    """One socket: subscribe, then wait for the first event; the `wait`
    starts when the post is published, not when this socket subscribed."""
    import websockets

    headers = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{port}"}
    async with websockets.connect(f"ws://127.0.0.1:{port}/ws/streams/",
                                  additional_headers=headers, open_timeout=60,
                                  max_queue=None) as ws:
        await ws.send(json.dumps({"type": "subscribe", "stream": stream}))
        answer = json.loads(await asyncio.wait_for(ws.recv(), 60))
        if answer["type"] != "subscribed":
            raise RuntimeError(f"not subscribed: {answer}")
        ready.release()
        await published.wait()
        try:
            while True:
                message = json.loads(await asyncio.wait_for(ws.recv(), wait))
                if message["type"] == "event":
                    arrived.append(time.perf_counter())
                    return
        except TimeoutError:
            return


async def one_round(ports, cookie, group, author, sockets, wait):
    from asgiref.sync import sync_to_async

    from community.live import group_stream
    from community.services.posts import create_post

    stream = group_stream(group.pk)
    ready, published, arrived = asyncio.Semaphore(0), asyncio.Event(), []
    tasks = []
    for i in range(sockets):
        tasks.append(asyncio.create_task(
            follow(ports[i % len(ports)], cookie, stream, ready, published, arrived, wait)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)  # connect in waves, as pages open
    for _ in range(sockets):
        await asyncio.wait_for(ready.acquire(), 120)

    def publish():
        data = {"title": "Nieuw in de groep", "body": "Wie komt er donderdag?",
                "visibility": "group"}
        return time.perf_counter(), create_post(author, "group", data, group)

    started, _post = await sync_to_async(publish)()
    published.set()
    await asyncio.gather(*tasks)
    return sorted((t - started) * 1000 for t in arrived)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sockets", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--wait", type=float, default=10.0,
                        help="seconds a socket waits for the post before it counts as lost")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    if connection.vendor != "postgresql" or not settings.REDIS_URL:
        sys.exit("Set DATABASE_URL (PostgreSQL) and REDIS_URL: the servers share both.")
    setup_test_environment()
    connection.settings_dict["TEST"]["NAME"] = f"bench_fanout_{connection.settings_dict['NAME']}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    processes = []
    try:
        from accounts.tests.factories import ProfessionalFactory
        from groups.tests.factories import CommunityGroupFactory, MembershipFactory

        group = CommunityGroupFactory(visibility="closed")
        author = MembershipFactory(group=group, user=ProfessionalFactory(), role="owner").user
        reader = MembershipFactory(group=group, user=ProfessionalFactory()).user
        client = Client()
        client.force_login(reader)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        cookie = f"{settings.SESSION_COOKIE_NAME}={session}"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
               "DATABASE_URL": database_url(connection), "REDIS_URL": settings.REDIS_URL}
        ports, processes = start_servers(env)
        print(f"2 server processes (uvicorn), channels_redis pub/sub, {os.cpu_count()} cores")
        for sockets in args.sockets:
            latencies = asyncio.run(one_round(ports, cookie, group, author, sockets, args.wait))
            lost = sockets - len(latencies)
            if latencies:
                p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
                print(f"{sockets} sockets: p50 {statistics.median(latencies):.0f} ms, "
                      f"p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms; {lost} lost")
            else:
                print(f"{sockets} sockets: none received the post; {lost} lost")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)
        # The servers are gone; PostgreSQL ends their sessions a moment later.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
