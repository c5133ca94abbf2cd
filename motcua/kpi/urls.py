from __future__ import annotations

from django.urls import path

from motcua.kpi import views

app_name = "kpi"
urlpatterns = [
    path("", views.public, name="public"),
    path("du-lieu-mo.<str:fmt>", views.open_data, name="open_data"),
    path("bang-dieu-khien/", views.dashboard, name="dashboard"),
    path("bang-dieu-khien/ho-so/", views.dossiers, name="dossiers"),
    path("chi-tieu/", views.targets, name="targets"),
    path("kiem-tra/<str:code>/", views.inspection, name="inspection"),
]
