from django.apps import AppConfig


class RealtimeConfig(AppConfig):
    """Event log, channel-layer fan-out and websocket streams."""

    name = "realtime"
    verbose_name = "Event log, channel-layer fan-out and websocket streams."

    def ready(self):
        from . import signals

        signals.connect()
