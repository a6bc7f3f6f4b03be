#!/usr/bin/env python
"""Django's command-line utility for the wijkzorgnetwerk platform."""

import os
import sys
from pathlib import Path

# platform/ is a source root, not a package (see docs/ARCHITECTURE.md).
sys.path.insert(0, str(Path(__file__).resolve().parent / "platform"))


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
