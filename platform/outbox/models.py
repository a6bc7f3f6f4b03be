"""Outgoing mail. A mail is written here inside the transaction that
caused it, so a rolled-back write sends nothing and a committed one loses
nothing: the job that sends it may fail, or vanish with a Redis restart,
and the scheduler hands whatever is due to a new job (outbox.delivery)."""

from django.db import models
from django.utils import timezone


class OutgoingMail(models.Model):
    created_at = models.DateTimeField(default=timezone.now)
    # The message as outbox.messages.to_data() wrote it: it becomes the
    # same EmailMessage again in the worker.
    message = models.JSONField()
    # For the log and for erasing a person's unsent mail; never logged.
    recipients = models.TextField()
    subject = models.CharField(max_length=300)
    attempts = models.PositiveSmallIntegerField(default=0)
    # When a job may next try: now for a new mail, later after a failure,
    # a few minutes ahead while a job holds it (so the retry sweep leaves it).
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    gave_up_at = models.DateTimeField(null=True, blank=True)
    # The exception's class and code only: server text may quote addresses.
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        indexes = [models.Index(fields=["sent_at", "gave_up_at", "next_attempt_at"],
                                name="outbox_due")]

    def __str__(self):
        state = "sent" if self.sent_at else "gave up" if self.gave_up_at else "waiting"
        return f"{self.subject!r} ({state}, {self.attempts} attempts)"
