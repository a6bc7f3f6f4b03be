"""Unique web addresses (slugs) for rows that people create.

Picking a free slug and saving the row are two steps. Two people who start
a group called "Leesgroep" at the same moment can both find "leesgroep"
free; the database's unique constraint then refuses the second save. So the
slug is saved inside a savepoint, and a refusal over the slug moves on to
the next candidate instead of becoming an error page.
"""

from django.db import IntegrityError, transaction
from django.utils.text import slugify

ATTEMPTS = 20


def slug_base(text, *, max_length, fallback):
    """The readable part of a slug: `text` slugified, cut to `max_length`."""
    return slugify(text)[:max_length].strip("-") or fallback


def _candidates(model, base, reserved):
    """`base`, `base-2`, `base-3`, ... skipping what is reserved or stored now.
    A numbered slug cuts the base so it still fits the field."""
    max_length = model._meta.get_field("slug").max_length
    base = base[:max_length]
    taken = set(reserved) | set(
        model._default_manager.filter(slug__startswith=base[:max_length - 4])
        .values_list("slug", flat=True))
    slug, number = base, 2
    while True:
        if slug not in taken:
            yield slug
        suffix = f"-{number}"
        slug, number = f"{base[:max_length - len(suffix)].rstrip('-')}{suffix}", number + 1


def save_with_unique_slug(instance, base, *, reserved=frozenset(), save=None):
    """Give `instance` the first free slug starting with `base` and save it.

    `save` does the writing (default: `instance.save()`), for callers that
    save in their own way. A refusal that is not about the slug is raised
    as it is. Returns the slug.
    """
    model = type(instance)
    save = save or instance.save
    for attempt, slug in enumerate(_candidates(model, base, reserved)):
        instance.slug = slug
        try:
            with transaction.atomic():
                save()
            return slug
        except IntegrityError:
            # Someone else saved this slug since we looked; anything else is
            # not ours to hide.
            if attempt + 1 >= ATTEMPTS or not _slug_taken(model, instance):
                raise
            _reset_pk(instance)


def _slug_taken(model, instance):
    return model._default_manager.filter(slug=instance.slug).exclude(pk=instance.pk).exists()


def _reset_pk(instance):
    """A failed INSERT may have left a primary key on a new instance."""
    if instance._state.adding:
        instance.pk = None
