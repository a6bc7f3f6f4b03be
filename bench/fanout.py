"""Fan-out: N sockets follow one group's feed, spread over two server
processes on one Redis; one post is published; how long until each socket
has it, and how many never get it.

    DATABASE_URL=postgres://wzn:wzn@127.0.0.1:5432/wzn_fanout REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/fanout.py --sockets 500 1000 2000

Two uvicorn processes serve config.asgi (as in production: web and
websockets, channels_redis pub/sub, a database connection kept open). The
sockets, signed in as members, subscribe to the group's stream through
/ws/streams/, half on each process, at most --connecting at a time (the
subscribe phase is not what is measured; it may take --subscribe-timeout).
The post is published by the service a group page calls
(community.services.posts.create_post) in this process; the clock starts
just before that call and stops as each socket reads the event. Every
socket stays open until all have it or --wait seconds have passed, as
pages do; a socket that has nothing by then counts as lost, and so does
one that could not subscribe. It runs in a throw-away test database
(bench_fanout_<name>).
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

from core.tests.processes import database_url, free_port  # noqa: E402  (needs the path above)


def start_servers(env, count=2):
    import requests

    ports = [free_port() for _ in range(count)]
    processes = [subprocess.Popen([sys.executable, __file__, "--serve", str(port)],
                                  cwd=ROOT, env=env) for port in ports]
    for port in ports:
        for _ in range(150):
            try:
                requests.get(f"http://127.0.0.1:{port}/health/", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
    return ports, processes


def serve(port):
    """One server process: uvicorn on config.asgi with the test settings,
    except that it keeps its database connection open as production does
    (CONN_MAX_AGE 60 in base.py). The test settings close it after every
    piece of database work so that test databases can be dropped; here that
    would open a new PostgreSQL connection (a SCRAM handshake and a new
    backend process) for each of a socket's four database calls, which was
    most of the servers' CPU while sockets subscribed."""
    from django.conf import settings

    settings.DATABASES["default"]["CONN_MAX_AGE"] = 60
    import uvicorn

    uvicorn.run("config.asgi:application", host="127.0.0.1", port=port,
                log_level="warning", ws_max_queue=64)


async def follow(port, cookie, stream, connecting, subscribed, published, arrived,
                 finished):
    """One socket: subscribe (at most `connecting` sockets at a time), then
    wait for the first event and stay open until the round is `finished`."""
    import websockets

    headers = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{port}"}
    async with connecting:
        # No client pings: browsers send none (the server pings them).
        ws = await websockets.connect(f"ws://127.0.0.1:{port}/ws/streams/",
                                      additional_headers=headers, open_timeout=None,
                                      ping_interval=None, max_queue=None)
        await ws.send(json.dumps({"type": "subscribe", "stream": stream}))
        answer = json.loads(await ws.recv())
        if answer["type"] != "subscribed":
            raise RuntimeError(f"not subscribed: {answer}")
    subscribed.append(ws)
    try:
        await published.wait()
        while True:
            message = json.loads(await ws.recv())
            if message["type"] == "event":
                arrived.append(time.perf_counter())
                break
        # Closing now would make the servers handle closing sockets while
        # they still deliver to the others.
        await finished.wait()
    finally:
        await ws.close()


async def one_round(ports, cookie, group, author, sockets, args):
    from asgiref.sync import sync_to_async

    from community.live import group_stream
    from community.services.posts import create_post

    stream = group_stream(group.pk)
    connecting = asyncio.Semaphore(args.connecting)
    subscribed, arrived, published, finished = [], [], asyncio.Event(), asyncio.Event()
    tasks = [asyncio.create_task(follow(ports[i % len(ports)], cookie, stream, connecting,
                                        subscribed, published, arrived, finished))
             for i in range(sockets)]
    began = time.perf_counter()
    deadline = began + args.subscribe_timeout
    while (len(subscribed) + sum(t.done() for t in tasks) < sockets
           and time.perf_counter() < deadline):
        await asyncio.sleep(0.1)
    failed = [t for t in tasks if t.done()]
    print(f"  {len(subscribed)} of {sockets} sockets subscribed in "
          f"{time.perf_counter() - began:.1f} s"
          + (f"; {len(failed)} failed: {failed[0].exception()!r}" if failed else ""))

    def publish():
        data = {"title": "Nieuw in de groep", "body": "Wie komt er donderdag?",
                "visibility": "group"}
        return time.perf_counter(), create_post(author, "group", data, group)

    started, _post = await sync_to_async(publish)()
    service_ms = (time.perf_counter() - started) * 1000
    published.set()
    while len(arrived) < len(subscribed) and time.perf_counter() < started + args.wait:
        await asyncio.sleep(0.01)
    finished.set()
    await asyncio.sleep(0)
    for task in tasks:
        task.cancel()  # sockets still connecting or waiting (lost)
    await asyncio.gather(*tasks, return_exceptions=True)
    return sorted((t - started) * 1000 for t in arrived), service_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sockets", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--wait", type=float, default=10.0,
                        help="seconds a socket waits for the post before it counts as lost")
    parser.add_argument("--connecting", type=int, default=50,
                        help="sockets connecting and subscribing at the same time")
    parser.add_argument("--subscribe-timeout", type=float, default=600.0,
                        help="seconds all sockets may take to subscribe")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)

    import django
    import uvloop

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
        # One post before the rounds, to nobody: the first round's clock then
        # does not include this process's imports and first connections,
        # which a web process that has served before has behind it.
        from community.services.posts import create_post

        create_post(author, "group", {"title": "Vooraf", "body": "Opwarmen.",
                                      "visibility": "group"}, group)
        for sockets in args.sockets:
            # uvloop, as uvicorn uses: the client shares the cores with the servers.
            with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                latencies, service_ms = runner.run(
                    one_round(ports, cookie, group, author, sockets, args))
            lost = sockets - len(latencies)
            if latencies:
                p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
                print(f"{sockets} sockets: p50 {statistics.median(latencies):.0f} ms, "
                      f"p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms; {lost} lost; "
                      f"the service call itself took {service_ms:.0f} ms")
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
