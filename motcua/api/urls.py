"""The JSON API, version 1: OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs."""

from __future__ import annotations

from motcua.api.v1 import api

urlpatterns = api.urls[0]
