"""Only the API, so its tests do not depend on the web pages' URL map."""

from __future__ import annotations

from django.urls import include, path

urlpatterns = [path("api/v1/", include("motcua.api.urls"))]
