"""The JSON API, version 1: OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs."""

from __future__ import annotations

from django.urls import include, path

from motcua.api.v1 import api

# Ninja reverses its own views under the API's namespace (`api-v1:openapi-json`);
# this module itself must define no `app_name`, or that namespace would nest.
_patterns, _app, _namespace = api.urls
urlpatterns = [path("", include((_patterns, _app), namespace=_namespace))]
