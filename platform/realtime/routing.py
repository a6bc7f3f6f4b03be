"""Websocket routes under /ws/ (config.asgi wraps them in the session's user)."""

from django.urls import path, re_path

from .consumers import NotFoundConsumer, PresenceConsumer, StreamConsumer

websocket_urlpatterns = [
    path("ws/status/", PresenceConsumer.as_asgi()),
    path("ws/streams/", StreamConsumer.as_asgi()),
    # Last: every other path is closed cleanly instead of raising "No route found".
    re_path(r"", NotFoundConsumer.as_asgi()),
]
