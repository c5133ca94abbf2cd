from __future__ import annotations

app_name = "kpi"
urlpatterns: list = []
