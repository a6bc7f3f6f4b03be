"""The event log: every event pushed to sockets is written here first."""

from django.db import models


class Stream(models.Model):
    """The last position written in one stream. Taking the next position
    updates this row, which holds it locked until the transaction commits:
    positions in a stream are gapless and come in the order of the commits,
    so a client that says "I have up to 41" misses nothing committed later
    with a lower number."""

    name = models.CharField(max_length=80, primary_key=True)
    last = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.name} @ {self.last}"


class Event(models.Model):
    """Something that happened, in one stream, at one position.

    `token` is the access token a reader must hold to receive it (the one
    access model's); `subject` names the object it is about ("post-34"),
    so that when the object's access changes its past events follow.
    `data` carries ids and kinds for the page to act on, never text a
    reader could not fetch through a view.
    """

    stream = models.CharField(max_length=80)
    position = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=60)
    subject = models.CharField(max_length=80, blank=True, db_index=True)
    token = models.CharField(max_length=40)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["stream", "position"],
                                               name="realtime_event_position")]
        ordering = ["stream", "position"]

    def __str__(self):
        return f"{self.stream}#{self.position} {self.kind}"

    def as_message(self):
        return {"stream": self.stream, "position": self.position, "kind": self.kind,
                "data": self.data}
