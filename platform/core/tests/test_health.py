"""/health/ reports each service the site needs, for monitoring and load balancers."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db

UNREACHABLE = "127.0.0.1:9"  # the discard port: nothing listens there


def get_health(client):
    response = client.get("/health/")
    return response, json.loads(response.content)


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


def test_elasticsearch_unreachable_is_reported(client, settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = f"http://{UNREACHABLE}"

    response, body = get_health(client)

    assert response.status_code == 503
    assert body["checks"]["search"]["status"] == "error"
    assert UNREACHABLE not in response.content.decode()


def test_elasticsearch_reachable_with_credentials_from_the_url(client, settings):
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802  (http.server's naming)
            seen.append(self.headers.get("Authorization"))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"tagline": "You Know, for Search"}')

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings.SEARCH_BACKEND = "elasticsearch"
        settings.ELASTICSEARCH_URL = f"http://elastic:geheim@127.0.0.1:{server.server_port}"
        response, body = get_health(client)
    finally:
        server.shutdown()
        server.server_close()

    assert response.status_code == 200
    assert body["checks"]["search"] == {"status": "ok", "backend": "elasticsearch"}
    assert seen == ["Basic ZWxhc3RpYzpnZWhlaW0="]
