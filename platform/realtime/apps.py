from django.apps import AppConfig


class RealtimeConfig(AppConfig):
    """Event log, channel-layer fan-out and websocket streams."""

    name = "realtime"
    verbose_name = "Event log, channel-layer fan-out and websocket streams."

    def ready(self):
        from datetime import timedelta

        from scheduler.jobs import register_job

        from . import events, signals

        signals.connect()
        # Sockets that come back after the retention window are told to reload.
        register_job("event_log_retention", events.prune, every=timedelta(hours=1))
