"""The WSGI entry point serves the app and spares the collector its start-up objects."""

from __future__ import annotations

import gc
import importlib
import sys


def test_the_entry_point_loads_the_app_and_freezes_what_it_loaded():
    gc.unfreeze()
    sys.modules.pop("config.wsgi", None)
    try:
        wsgi = importlib.import_module("config.wsgi")
        assert callable(wsgi.application)
        assert gc.get_freeze_count() > 10_000  # Django and the apps' modules
    finally:
        gc.unfreeze()
