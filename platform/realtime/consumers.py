"""Websocket consumers. Each checks access with the one access model
(realtime.access.may_subscribe) before it joins a stream."""

import json
import uuid

from channels.generic.websocket import AsyncJsonWebsocketConsumer, AsyncWebsocketConsumer

# Close code for a path no consumer serves (4000-4999 are the application's).
NOT_FOUND = 4404


class PresenceConsumer(AsyncJsonWebsocketConsumer):
    """/ws/status/: says whether the socket is signed in and answers pings.

    It proves that pages and websockets share one session, and that the
    channel layer carries messages: a ping goes out to a group of one
    (this socket) and comes back as a pong. It reveals nothing else, not
    even the user's access tokens.
    """

    async def connect(self):
        # Channel names may hold characters group names may not: use a uuid.
        self.group_name = f"status-{uuid.uuid4().hex}"
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()
        await self.send_json({"type": "status", "user": self._user_state()})

    async def disconnect(self, code):
        await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        """Malformed frames get an error reply instead of closing the socket."""
        try:
            content = json.loads(text_data or "")
        except ValueError:
            content = None
        await self.receive_json(content)

    async def receive_json(self, content, **kwargs):
        if isinstance(content, dict) and content.get("type") == "ping":
            await self.channel_layer.group_send(self.group_name, {"type": "status.pong"})
        else:
            await self.send_json({"type": "error", "error": "unknown message"})

    async def status_pong(self, event):
        """Handles "status.pong" from the channel layer."""
        await self.send_json({"type": "pong"})

    def _user_state(self):
        user = self.scope.get("user")
        return "signed_in" if getattr(user, "is_authenticated", False) else "anonymous"


class NotFoundConsumer(AsyncWebsocketConsumer):
    """Any path no other route serves: closed at once with NOT_FOUND."""

    async def connect(self):
        await self.close(code=NOT_FOUND)
