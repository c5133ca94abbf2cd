from __future__ import annotations

app_name = "floor"
urlpatterns: list = []
