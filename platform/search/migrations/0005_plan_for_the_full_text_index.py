"""Let PostgreSQL find matches through the full-text index only.

The btree indexes on type, access token and the parents flag go: a search
always has words, and with an index on a common token the planner read
every row of that token and tested its vector (a TOAST read each), four
times slower than the full-text index for a common word.

The parents' search gets a partial full-text index of its own: parent
content is a small part of the index, and without it a common word read
every match of the whole index to keep the few meant for parents.
"""

from django.db import migrations, models

PARENTS_INDEX = ("CREATE INDEX search_entry_vector_parents ON search_searchentry "
                 "USING gin (search_vector) WHERE parents")


def _postgres(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0004_narrow_rows"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchentry",
            name="access_token",
            field=models.CharField(max_length=40),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="parents",
            field=models.BooleanField(default=False),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="type",
            field=models.CharField(max_length=40),
        ),
        migrations.RunPython(_postgres(PARENTS_INDEX),
                             _postgres("DROP INDEX IF EXISTS search_entry_vector_parents")),
    ]
