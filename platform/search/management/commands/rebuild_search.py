"""Rebuild the search index of every backend, with no empty window."""

import time

from django.core.management.base import BaseCommand

from search import drift, indexing
from search.backends import select


class Command(BaseCommand):
    help = "Rebuild the search index: a new index, swapped in when complete."

    def handle(self, *args, **options):
        for backend in select.indexing():
            started = time.monotonic()

            def progress(done, backend=backend):
                self.stdout.write(f"  {backend.name}: {done} documenten", ending="\r")
                self.stdout.flush()

            count = backend.rebuild(indexing.everything(), progress=progress)
            # What changed while the rebuild read the database may have gone
            # to the old index: compare once more and catch up.
            report = drift.compare(backend)
            drift.repair(backend, report)
            if backend is select.engine():
                select.engine_repaired()
            seconds = time.monotonic() - started
            self.stdout.write(self.style.SUCCESS(
                f"{backend.name}: {count} documenten opnieuw geïndexeerd in {seconds:.1f} s; "
                f"daarna bijgewerkt: {report.summary()}."))
