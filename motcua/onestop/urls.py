"""The electronic one-stop office, mounted at /mot-cua/."""

from __future__ import annotations

from django.urls import path

from motcua.onestop import views

app_name = "onestop"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("qua-han/", views.overdue, name="overdue"),
    path("tiep-nhan-tai-quay/", views.counter, name="counter"),
    path("ho-so/<str:code>/", views.dossier_detail, name="dossier"),
    path(
        "ho-so/<str:code>/thao-tac/<str:action>/",
        views.dossier_action,
        name="action",
    ),
    path(
        "ho-so/<str:code>/tai-lieu/<int:pk>/",
        views.document_download,
        name="document",
    ),
]
