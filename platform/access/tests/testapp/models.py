"""The smallest content type: a note with a title and a body."""

from django.db import models

from access.models import AccessControlled


class Note(AccessControlled):
    """Stands in for posts, events and files in the access tests."""

    title = models.CharField(max_length=100)
    body = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.title
