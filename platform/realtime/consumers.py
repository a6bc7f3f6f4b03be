"""Websocket consumers. A stream is joined only after the one access model
says its reader may (the token the stream needs, realtime.streams), and each
event is sent only to readers who hold its own token."""

import json
import time
import uuid

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, AsyncWebsocketConsumer
from django.contrib.auth import get_user_model

from access.tokens import ANONYMOUS_TOKENS, tokens_for

from . import events, streams

# Close code for a path no consumer serves (4000-4999 are the application's).
NOT_FOUND = 4404
# Seconds a socket trusts the tokens it read; access changes arrive sooner
# as "access.changed" messages.
TOKENS_FRESH_FOR = 60


class JsonConsumer(AsyncJsonWebsocketConsumer):
    """Malformed frames reach receive_json as None (the consumer answers with
    an error) instead of closing the socket."""

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        try:
            content = json.loads(text_data or "")
        except ValueError:
            content = None
        await self.receive_json(content)


class PresenceConsumer(JsonConsumer):
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


class StreamConsumer(JsonConsumer):
    """/ws/streams/: live events of the streams a page subscribes to.

    The client sends {"type": "subscribe", "stream": "group-12", "after": 41}
    (`after` is the last position it saw; leave it out for "from now on").
    Each subscription asks the access model first. The socket then gets
    what it missed from the log, in order, and after that the live events:
    {"type": "event", "stream", "position", "kind", "data"}, each position
    once, and only events whose token its reader holds. When the log no
    longer reaches back to `after` it gets {"type": "reload"}; when its
    reader loses access, {"type": "revoked"} and nothing more.

    Channels hands a consumer one message at a time, so a live event that
    arrives while a subscription reads the log waits, and is then dropped
    by its position if the log already gave it.
    """

    async def connect(self):
        self.positions = {}  # stream -> last position handled
        user = self.scope.get("user")
        self.user_id = user.pk if getattr(user, "is_authenticated", False) else None
        self.tokens = await self._fresh_tokens()
        if self.user_id:
            await self.channel_layer.group_add(events.user_group(self.user_id), self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        for stream in list(self.positions):
            await self.channel_layer.group_discard(events.channel_group(stream), self.channel_name)
        if self.user_id:
            await self.channel_layer.group_discard(events.user_group(self.user_id),
                                                   self.channel_name)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        stream = content.get("stream") if isinstance(content, dict) else None
        if kind not in ("subscribe", "unsubscribe") or not isinstance(stream, str):
            await self.send_json({"type": "error", "error": "unknown message"})
        elif kind == "unsubscribe":
            await self._leave(stream)
        else:
            after = content.get("after")
            if after is not None and (not isinstance(after, int) or after < 0):
                await self.send_json({"type": "error", "error": "after must be a position"})
            else:
                await self._subscribe(stream, after)

    async def _subscribe(self, stream, after):
        # A page subscribes right after connecting, which read the tokens;
        # read them again only for a subscription that comes much later.
        if time.monotonic() - self.tokens_read_at > TOKENS_FRESH_FOR:
            self.tokens = await self._fresh_tokens()
        if not await self._may_read(stream):
            await self.send_json({"type": "refused", "stream": stream})
            return
        # Join before reading the log: whatever commits in between comes
        # both ways, and the position check drops the second copy.
        await self.channel_layer.group_add(events.channel_group(stream), self.channel_name)
        if after is None:
            self.positions[stream] = await database_sync_to_async(events.last_position)(stream)
        else:
            self.positions[stream] = after
            await self._catch_up(stream)
        await self.send_json({"type": "subscribed", "stream": stream,
                              "position": self.positions[stream]})

    async def _catch_up(self, stream):
        """Send what the log holds after the position handled; reload when
        it no longer reaches back that far."""
        found = await database_sync_to_async(events.missed)(
            stream, self.positions[stream], self.tokens)
        if found is None:
            self.positions[stream] = await database_sync_to_async(events.last_position)(stream)
            await self.send_json({"type": "reload", "stream": stream})
            return
        readable, up_to = found
        for event in readable:
            await self.send_json({"type": "event", **event.as_message()})
        self.positions[stream] = up_to

    async def _leave(self, stream):
        self.positions.pop(stream, None)
        await self.channel_layer.group_discard(events.channel_group(stream), self.channel_name)

    async def dispatch(self, message):
        # Channels closes stale database connections before every handler,
        # a hop to the one database thread per socket per message: for one
        # event to a thousand sockets, a thousand hops in a row, most of the
        # delivery time. A live event needs no database, and its only
        # database work (catching up after a gap) goes through
        # database_sync_to_async, which closes stale connections itself.
        if message["type"] == "stream.event":
            await self.stream_event(message)
        else:
            await super().dispatch(message)

    async def stream_event(self, message):
        """A live event from the channel layer (events.deliver)."""
        stream, position = message["stream"], message["position"]
        handled = self.positions.get(stream)
        if handled is None or position <= handled:
            return
        if position > handled + 1:
            # One went missing on the way (a restart, a full buffer): the log has it.
            await self._catch_up(stream)
            return
        self.positions[stream] = position
        if message["token"] in self.tokens:
            await self.send_json({"type": "event", **{k: message[k] for k in
                                                      ("stream", "position", "kind", "data")}})

    async def access_changed(self, message):
        """Someone's access changed: check every subscription again."""
        self.tokens = await self._fresh_tokens()
        for stream in list(self.positions):
            if not await self._may_read(stream):
                await self._leave(stream)
                await self.send_json({"type": "revoked", "stream": stream})

    async def _may_read(self, stream):
        if not events.STREAM_NAME.match(stream):
            return False
        token = await database_sync_to_async(streams.required_token)(stream)
        return token is not None and token in self.tokens

    @database_sync_to_async
    def _fresh_tokens(self):
        """Read from the database, never from the socket's user object: a
        socket lives for hours, and its user may have been blocked or left
        a group since it connected."""
        self.tokens_read_at = time.monotonic()
        if self.user_id is None:
            return ANONYMOUS_TOKENS
        user = get_user_model().objects.filter(pk=self.user_id).first()
        return tokens_for(user)


class NotFoundConsumer(AsyncWebsocketConsumer):
    """Any path no other route serves: closed at once with NOT_FOUND."""

    async def connect(self):
        await self.close(code=NOT_FOUND)
