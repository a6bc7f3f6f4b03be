"""The taxonomy's part in search: the "andere woorden" editors give a thema
or an expertise are synonyms of its name ("autisme" finds what says ASS).

`register()` is called from TaxonomyConfig.ready(). A save or delete of a
term tells search to load its synonyms again (`search.synonyms.forget`),
so an editor's change works at the next search, without a rebuild.
"""

import re

from django.db.models.signals import post_delete, post_save

SEPARATORS = re.compile(r"[,;\n]+")


def split_synonyms(text):
    """The words or phrases in a synonyms field: "autisme, autismespectrumstoornis"
    gives ["autisme", "autismespectrumstoornis"]; commas, semicolons and line
    breaks separate, empty parts are left out."""
    return [part.strip() for part in SEPARATORS.split(text or "") if part.strip()]


def synonym_groups():
    """[name, *synonyms] for every thema and expertise that has synonyms."""
    from .models import Expertise, Thema

    for model in (Thema, Expertise):
        for name, synonyms in model.objects.exclude(synonyms="").values_list("name", "synonyms"):
            words = split_synonyms(synonyms)
            if words:
                yield [name, *words]


def _forget_synonyms(**kwargs):
    from search import synonyms

    synonyms.forget()


def register():
    from search import registry

    from .models import Expertise, Thema

    registry.register_synonyms("taxonomy", synonym_groups)
    for model in (Thema, Expertise):
        label = model._meta.model_name
        post_save.connect(_forget_synonyms, sender=model,
                          dispatch_uid=f"taxonomy-{label}-synonyms-saved")
        post_delete.connect(_forget_synonyms, sender=model,
                            dispatch_uid=f"taxonomy-{label}-synonyms-deleted")
