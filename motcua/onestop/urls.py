from __future__ import annotations

app_name = "onestop"
urlpatterns: list = []
