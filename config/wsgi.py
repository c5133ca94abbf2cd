"""WSGI entry point for gunicorn or granian."""

from __future__ import annotations

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# Everything loaded so far (Django, the apps, their modules) lives as long as the
# process: the collector no longer walks it at every full collection.
gc.freeze()
