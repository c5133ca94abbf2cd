"""The `motcua` console command: Django's management commands with our settings."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Run a management command (`motcua migrate`, `motcua demo`, ...)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
