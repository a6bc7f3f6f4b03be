from django.apps import AppConfig


class OutboxConfig(AppConfig):
    """Every mail is a row first, then a background job that retries."""

    name = "outbox"
    verbose_name = "Outgoing mail: stored in the transaction, sent by jobs that retry."

    def ready(self):
        from datetime import timedelta

        from django.conf import settings

        from accounts.mydata import register_eraser
        from scheduler.jobs import register_job

        from . import delivery

        # Jobs lost with a Redis restart, or a mail server that was down:
        # whatever is due is handed to a job again.
        register_job("outbox_retry", delivery.retry_due,
                     every=timedelta(seconds=settings.OUTBOX_RETRY_SECONDS))
        register_job("outbox_retention", delivery.prune, every=delivery.PRUNE_EVERY)
        register_eraser("outbox", delivery.erase_person)
