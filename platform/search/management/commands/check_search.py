"""Report drift between the database and each search index."""

from django.core.management.base import BaseCommand, CommandError

from search import drift
from search.backends import select

SHOWN = 10


class Command(BaseCommand):
    help = "Compare what should be indexed with what is; exit 1 on drift."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true",
                            help="Index the missing and outdated documents, remove the extra ones.")

    def handle(self, *args, fix=False, **options):
        drifted = False
        for backend in select.indexing():
            report = drift.compare(backend)
            self.stdout.write(f"{backend.name}: {report.summary()}")
            for label, keys in (("ontbreekt", report.missing), ("verouderd", report.stale),
                                ("te veel", report.extra)):
                for key in sorted(keys)[:SHOWN]:
                    self.stdout.write(f"  {label}: {key}")
            if fix and not report.clean:
                drift.repair(backend, report)
                self.stdout.write(self.style.SUCCESS(f"{backend.name}: hersteld."))
            if fix and backend is select.engine():
                select.engine_repaired()
            drifted |= not report.clean and not fix
        if drifted:
            raise CommandError("De zoekindex wijkt af van de database.")
