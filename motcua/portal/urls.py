from __future__ import annotations

from django.urls import path

from motcua.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("thu-tuc/<str:code>/", views.procedure_detail, name="procedure"),
    path(
        "thu-tuc/<str:code>/mau/<int:pk>/",
        views.component_template,
        name="component_template",
    ),
    path("nop-ho-so/<str:code>/", views.submit_start, name="submit_start"),
    path("nop-ho-so/ban-nhap/<int:pk>/to-khai/", views.submit_form, name="submit_form"),
    path(
        "nop-ho-so/ban-nhap/<int:pk>/giay-to/",
        views.submit_documents,
        name="submit_documents",
    ),
    path(
        "nop-ho-so/ban-nhap/<int:pk>/nhan-ket-qua/",
        views.submit_delivery,
        name="submit_delivery",
    ),
    path(
        "nop-ho-so/ban-nhap/<int:pk>/kiem-tra/",
        views.submit_review,
        name="submit_review",
    ),
    path("nop-ho-so/da-nop/<str:code>/", views.submit_done, name="submit_done"),
    path("ho-so-cua-toi/", views.my_dossiers, name="my_dossiers"),
    path("ho-so/<str:code>/", views.dossier_detail, name="dossier"),
    path("ho-so/<str:code>/bo-sung/", views.dossier_supplement, name="supplement"),
    path("ho-so/<str:code>/rut/", views.dossier_withdraw_view, name="withdraw"),
    path("tai-lieu/<int:pk>/", views.document_download, name="document"),
    path("tra-cuu/", views.lookup, name="lookup"),
]
