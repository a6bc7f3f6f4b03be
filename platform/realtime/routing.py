"""Websocket routes under /ws/ (config.asgi wraps them in the session's user)."""

from django.urls import path

from .consumers import PresenceConsumer

websocket_urlpatterns = [
    path("ws/status/", PresenceConsumer.as_asgi()),
]
