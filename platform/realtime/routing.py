"""Websocket routes under /ws/."""

websocket_urlpatterns = []
