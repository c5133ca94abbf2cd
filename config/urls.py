"""URL map: portal at the root, admin at /quan-tri/, accounts, i18n switch.

Dossier files are never served from MEDIA_URL: downloads go through views that
check who may see the dossier.
"""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("motcua – Quản trị hệ thống")
admin.site.site_title = _("motcua")
admin.site.index_title = _("Quản trị danh mục và tài khoản")

urlpatterns = [
    path("", include("motcua.portal.urls")),
    path("api/v1/", include("motcua.api.urls")),
    path("mot-cua/", include("motcua.onestop.urls")),
    path("chi-so/", include("motcua.kpi.urls")),
    path("quay/", include("motcua.floor.urls")),
    path("phan-anh/", include("motcua.feedback.urls")),
    path("tai-khoan/", include("motcua.accounts.urls")),
    path("quan-tri/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Errors raised outside any view: Vietnamese pages, and the API's JSON under /api/.
handler400 = "motcua.core.views.bad_request"
handler403 = "motcua.core.views.permission_denied"
handler404 = "motcua.core.views.page_not_found"
handler500 = "motcua.core.views.server_error"
