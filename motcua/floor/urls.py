"""The floor at /quay/: counters, kiosks, screens, tablets, guidance, post, guides."""

from __future__ import annotations

from django.urls import path

from motcua.floor.views import (
    counters,
    guidance,
    guides,
    kiosk,
    postal,
    screens,
    tablet,
)

app_name = "floor"
urlpatterns = [
    path("", counters.home, name="home"),
    path("quay/<int:pk>/", counters.counter_detail, name="counter"),
    path("quay/<int:pk>/<slug:action>/", counters.counter_act, name="counter_act"),
    path("so/<str:token>/", kiosk.ticket_status, name="ticket"),
    path("ki-ot/<str:key>/", kiosk.kiosk_home, name="kiosk"),
    path("ki-ot/<str:key>/lay-so/", kiosk.kiosk_ticket_take, name="kiosk_take"),
    path("ki-ot/<str:key>/so/<str:token>/", kiosk.kiosk_receipt, name="kiosk_receipt"),
    path(
        "ki-ot/<str:key>/thu-tuc/<str:code>/",
        kiosk.kiosk_procedure,
        name="kiosk_procedure",
    ),
    path("ki-ot/<str:key>/tra-cuu/", kiosk.kiosk_lookup, name="kiosk_lookup"),
    path("man-hinh/sanh/<int:pk>/", screens.hall_screen, name="hall_screen"),
    path("man-hinh/sanh/<int:pk>/su-kien/", screens.hall_events, name="hall_events"),
    path("man-hinh/quay/<int:pk>/", screens.counter_screen, name="counter_screen"),
    path(
        "man-hinh/quay/<int:pk>/su-kien/",
        screens.counter_events,
        name="counter_events",
    ),
    path("danh-gia/<str:key>/", tablet.tablet, name="tablet"),
    path("huong-dan-vien/", guidance.guidance_home, name="guidance"),
    path("huong-dan-vien/luot/<int:pk>/", guidance.session_detail, name="session"),
    path(
        "huong-dan-vien/luot/<int:pk>/tai-khoan/",
        guidance.session_account,
        name="session_account",
    ),
    path(
        "huong-dan-vien/luot/<int:pk>/nop-thay/",
        guidance.session_dossier,
        name="session_dossier",
    ),
    path(
        "huong-dan-vien/bao-cao/", guidance.guidance_report_view, name="guidance_report"
    ),
    path("buu-chinh/", postal.postal_home, name="postal"),
    path("buu-chinh/gui/<int:pk>/", postal.postal_send, name="postal_send"),
    path("buu-chinh/<str:tracking>/", postal.shipment_detail, name="shipment"),
    path("huong-dan/", guides.guide_list, name="guides"),
    path("huong-dan/soan/", guides.guide_edit, name="guide_new"),
    path("huong-dan/<int:pk>/", guides.guide_detail, name="guide"),
    path("huong-dan/anh/<int:pk>/", guides.guide_image, name="guide_image"),
    path("huong-dan/<int:pk>/sua/", guides.guide_edit, name="guide_edit"),
    path(
        "huong-dan/<int:pk>/cong-bo/", guides.guide_publish_view, name="guide_publish"
    ),
]
