"""Load the demo content: `manage.py seed_demo`. Safe to run again.

Each installed app may have a `demo.py` with `seed(log)`; they run in the
order of INSTALLED_APPS, so reference data (taxonomy) comes before the
people and content that use it. Every seed() is idempotent.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from search import indexing
from search.backends import select


def demo_modules():
    """The `demo` modules of installed apps, in INSTALLED_APPS order."""
    for config in apps.get_app_configs():
        name = f"{config.name}.demo"
        if config.name != "demo" and find_spec(name) is not None:
            yield config.label, import_module(name)


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (gemeente, wijken, organisaties, accounts, profielen)."

    def handle(self, *args, **options):
        if not settings.DEBUG and not getattr(settings, "DEMO_ALLOWED", False):
            raise CommandError("Demo content is for development only (DEBUG is off).")
        # Seeding goes through the real services, which mail the demo people
        # (registrations, workflow); nobody reads those, and in the terminal
        # they would bury the lines that matter.
        # The search index is built once at the end rather than per saved object.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"), \
                indexing.paused():
            for label, module in demo_modules():
                with transaction.atomic():
                    module.seed(self.log)
                self.stdout.write(self.style.SUCCESS(f"demo: {label} ok"))
        for backend in select.indexing():
            count = backend.rebuild(indexing.everything())
            self.stdout.write(self.style.SUCCESS(f"demo: zoekindex ({backend.name}) {count} ok"))

    def log(self, message):
        self.stdout.write(message)
