"""The fixed list of doelgroepen the sociale kaart filters on."""

from django.db import migrations

TARGET_GROUPS = [
    ("ouders", "Ouders"),
    ("jonge-kinderen", "Jonge kinderen (0 tot 4 jaar)"),
    ("kinderen", "Kinderen (4 tot 12 jaar)"),
    ("jongeren", "Jongeren (12 tot 18 jaar)"),
    ("jongvolwassenen", "Jongvolwassenen (18 tot 23 jaar)"),
    ("professionals", "Professionals"),
]


def create_target_groups(apps, schema_editor):
    TargetGroup = apps.get_model("kennisbank", "TargetGroup")
    for position, (slug, name) in enumerate(TARGET_GROUPS):
        TargetGroup.objects.update_or_create(
            slug=slug, defaults={"name": name, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0004_sections")]

    operations = [migrations.RunPython(create_target_groups, migrations.RunPython.noop)]
