"""Keeping the index in step with the database.

A save or delete of a registered model (or of a model a trigger watches)
marks objects to index again; after the transaction commits, one
background job (django-tasks; run at once on the embedded default) reads
them fresh and updates every backend. An object whose `to_document` gives
None, or that is gone, leaves the index. Nothing is indexed from inside a
transaction that may still roll back.
"""

import logging
import threading

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django_tasks import task

from . import registry
from .backends import select

log = logging.getLogger(__name__)
_pending = threading.local()


def _queue():
    if not hasattr(_pending, "items"):
        _pending.items = {}
    return _pending.items


def _paused():
    return getattr(_pending, "paused", 0) > 0


class paused:
    """`with indexing.paused():` saves inside mark nothing (bulk loads that
    rebuild afterwards, such as the demo seed)."""

    def __enter__(self):
        _pending.paused = getattr(_pending, "paused", 0) + 1

    def __exit__(self, *exc):
        _pending.paused -= 1


def schedule(type_name, pks):
    """Index these objects of `type_name` again once the transaction commits."""
    pks = [pk for pk in pks if pk is not None]
    if not pks or _paused() or registry.searchable_type(type_name) is None:
        return
    _queue().setdefault(type_name, set()).update(str(pk) for pk in pks)
    transaction.on_commit(_flush)


def _flush():
    queue = _queue()
    items = dict(queue)
    queue.clear()
    for type_name, pks in items.items():
        index_objects.enqueue(type_name, sorted(pks))


def documents_for(searchable, pks):
    """{key: Document or None} for these primary keys."""
    found = {}
    for obj in searchable.queryset().filter(pk__in=list(pks)):
        found[str(obj.pk)] = searchable.to_document(obj)
    return {f"{searchable.name}:{pk}": found.get(str(pk)) for pk in pks}


@task()
def index_objects(type_name, pks):
    searchable = registry.searchable_type(type_name)
    if searchable is None:
        return
    database, *others = select.indexing()
    # Read the objects only once the index is ours: two runs for the same
    # object (an edit and a moderator hiding it) cannot then write in the
    # wrong order, and a rebuild in progress is waited for.
    with transaction.atomic():
        database.lock()
        documents = documents_for(searchable, pks)
        keep = [doc for doc in documents.values() if doc is not None]
        drop = [key for key, doc in documents.items() if doc is None]
        database.index(keep)
        database.delete(drop)
    for backend in others:
        try:
            backend.index(keep)
            backend.delete(drop)
        except Exception as error:  # noqa: BLE001 - the engine may be down
            select.engine_failed(error)
            select.engine_missed_writes()
            log.warning("Indexing %s in %s failed; searches use the database until the "
                        "search_repair job has caught the engine up.", type_name, backend.name)


def all_documents(searchable):
    """Every document of one type, for rebuild and check_search."""
    for obj in searchable.queryset().iterator(chunk_size=500):
        document = searchable.to_document(obj)
        if document is not None:
            yield document


def everything():
    for searchable in registry.searchable_types():
        yield from all_documents(searchable)


def index_now(*objects):
    """Index these objects at once (tests, commands)."""
    for obj in objects:
        for searchable in registry.types_for_model(type(obj)):
            index_objects.call(searchable.name, [str(obj.pk)])


# --- signals -----------------------------------------------------------------

def _pks(affected):
    if hasattr(affected, "values_list"):
        return list(affected.values_list("pk", flat=True))
    return list(affected or [])


def _own(sender, instance, **kwargs):
    for searchable in registry.types_for_model(sender):
        schedule(searchable.name, [instance.pk])


def _affected(sender, instance, **kwargs):
    for trigger in registry.triggers():
        if issubclass(sender, trigger.model):
            schedule(trigger.type_name, _pks(trigger.affected(instance)))


def _changed(sender, instance, **kwargs):
    _own(sender, instance)
    _affected(sender, instance)


def _m2m_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        _changed(type(instance), instance)


def watch(model):
    """Listen to saves and deletes of `model` and its subclasses, and to
    changes of their many-to-many relations. Only these senders: a receiver
    for every model would make Django load every row of every bulk delete
    (no fast delete while anyone listens)."""
    for found in apps.get_models():
        if not issubclass(found, model):
            continue
        label = found._meta.label_lower
        post_save.connect(_changed, sender=found, dispatch_uid=f"search-saved-{label}")
        # What a deleted row affects is looked up before the delete: Django
        # removes its links and empties foreign keys to it first, so after
        # the delete a trigger would find nothing. Indexing runs after commit.
        pre_delete.connect(_affected, sender=found, dispatch_uid=f"search-deleting-{label}")
        post_delete.connect(_own, sender=found, dispatch_uid=f"search-deleted-{label}")
        relations = [f.remote_field.through for f in found._meta.many_to_many]
        relations += [r.through for r in found._meta.related_objects
                      if r.many_to_many and getattr(r, "through", None)]
        for through in relations:
            m2m_changed.connect(_m2m_changed, sender=through,
                                dispatch_uid=f"search-m2m-{through._meta.label_lower}")
