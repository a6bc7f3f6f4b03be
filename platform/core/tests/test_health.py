"""/health/ says the process is alive; /health/ready/ checks each service the
site needs, for load balancers and monitoring.

Liveness is constant and touches no service. Readiness is cached for a few
seconds, so a load balancer polling every second costs little; the public
learns only ok or not ok, staff and holders of HEALTH_TOKEN see each check.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.db import OperationalError, connection

from core import health

pytestmark = pytest.mark.django_db

UNREACHABLE = "127.0.0.1:9"  # the discard port: nothing listens there
TOKEN = "monitoring-token-for-tests"


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """A fresh readiness cache for each test, on a clock the test controls."""
    clock = Clock()
    monkeypatch.setattr(health, "readiness", health.CachedReport(health.run_checks, clock=clock))
    return clock


@pytest.fixture(autouse=True)
def health_token(settings):
    settings.HEALTH_TOKEN = TOKEN


def get_health(client, path="/health/ready/", **headers):
    """The readiness report with every check, as monitoring asks for it."""
    response = client.get(path, headers={"X-Health-Token": TOKEN, **headers})
    return response, json.loads(response.content)


# Liveness


def test_liveness_is_a_constant_answer_without_any_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_liveness_does_not_depend_on_the_database(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get("/health/")

    assert response.status_code == 200


def test_liveness_does_not_depend_on_the_channel_layer(client, settings):
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [f"redis://{UNREACHABLE}/0"]},
        }
    }

    assert client.get("/health/").status_code == 200


# Readiness: what the public sees, what staff and monitoring see


def test_the_public_learns_only_ok(client):
    response = client.get("/health/ready/")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}


def test_the_public_learns_only_not_ok(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get("/health/ready/")

    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "error"}


def test_a_wrong_token_gets_no_details(client):
    response = client.get("/health/ready/", headers={"X-Health-Token": "geraden"})

    assert json.loads(response.content) == {"status": "ok"}


def test_no_token_configured_means_no_details_for_an_empty_header(client, settings):
    settings.HEALTH_TOKEN = ""

    response = client.get("/health/ready/", headers={"X-Health-Token": ""})

    assert json.loads(response.content) == {"status": "ok"}


def test_staff_see_every_check(client, django_user_model):
    client.force_login(django_user_model.objects.create(email="staf@example.nl", is_staff=True))

    body = json.loads(client.get("/health/ready/").content)

    assert set(body["checks"]) == {"database", "cache", "channel_layer", "search"}


def test_other_signed_in_people_learn_only_ok(client, professional):
    client.force_login(professional)

    assert json.loads(client.get("/health/ready/").content) == {"status": "ok"}


# Readiness: cached for a few seconds


def test_readiness_is_reused_for_a_few_seconds_then_checked_again(client, clock):
    assert client.get("/health/ready/").status_code == 200

    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        clock.now += health.READINESS_SECONDS - 1
        still_cached = client.get("/health/ready/")
        clock.now += 2
        checked_again = client.get("/health/ready/")

    assert still_cached.status_code == 200
    assert checked_again.status_code == 503


def test_all_checks_pass_on_a_working_site(client, settings):
    response, body = get_health(client)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "channel_layer", "search"}
    assert {check["status"] for check in body["checks"].values()} == {"ok"}
    assert body["checks"]["database"]["backend"] == connection.vendor
    assert body["checks"]["search"]["backend"] == settings.SEARCH_BACKEND


def test_response_is_never_cached(client):
    response, _body = get_health(client)

    assert "no-store" in response["Cache-Control"]


def test_database_down_gives_503(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response, body = get_health(client)

    assert response.status_code == 503
    assert body["status"] == "error"
    assert body["checks"]["database"] == {
        "status": "error",
        "backend": connection.vendor,
        "error": "OperationalError",
    }


def test_channel_layer_that_cannot_connect_gives_503(client, settings):
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [f"redis://{UNREACHABLE}/0"]},
        }
    }

    response, body = get_health(client)

    assert response.status_code == 503
    assert body["checks"]["channel_layer"]["status"] == "error"
    assert body["checks"]["channel_layer"]["backend"].endswith("RedisPubSubChannelLayer")


def test_elasticsearch_unreachable_is_a_degradation(client, settings):
    """Search still answers from the database index: the site stays ready."""
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = f"http://{UNREACHABLE}"

    response, body = get_health(client)

    assert response.status_code == 200
    assert body["checks"]["search"]["status"] == "degraded"
    assert UNREACHABLE not in response.content.decode()


def test_elasticsearch_reachable_with_credentials_from_the_url(client, settings):
    """A stand-in OpenSearch node: the engine backend asks who it is and how
    the cluster is, with the user and password the URL carries."""
    seen = []
    answers = {"/": b'{"version": {"distribution": "opensearch", "number": "2.19.6"}}',
               "/_cluster/health": b'{"status": "green"}'}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802  (http.server's naming)
            seen.append(self.headers.get("Authorization"))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(answers.get(self.path.split("?")[0], b"{}"))

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings.SEARCH_BACKEND = "elasticsearch"
        settings.SEARCH_ENGINE = "opensearch"
        settings.ELASTICSEARCH_URL = f"http://elastic:geheim@127.0.0.1:{server.server_port}"
        response, body = get_health(client)
    finally:
        server.shutdown()
        server.server_close()

    assert response.status_code == 200
    assert body["checks"]["search"] == {"status": "ok", "backend": "elasticsearch",
                                        "detail": "engine (OpenSearch 2.19.6, green)"}
    assert seen and set(seen) == {"Basic ZWxhc3RpYzpnZWhlaW0="}
    assert "geheim" not in response.content.decode()
