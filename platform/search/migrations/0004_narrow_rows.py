"""PostgreSQL: keep the small columns a search reads for every match in the
row (MAIN storage), while toast_tuple_target (0003) moves the texts and the
full vector out. Without this, 0003 moved the facets and the ranking vector
out too, and every match cost a TOAST lookup."""

from django.db import migrations

INLINE = ("head_vector", "facets", "key", "type", "title", "url", "access_token", "fingerprint")


def _storage(kind):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            columns = ", ".join(f"ALTER COLUMN {c} SET STORAGE {kind}" for c in INLINE)
            schema_editor.execute(f"ALTER TABLE search_searchentry {columns}")
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_facets_on_the_entry")]

    operations = [migrations.RunPython(_storage("MAIN"), _storage("EXTENDED"))]
