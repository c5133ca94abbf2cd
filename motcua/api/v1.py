"""NinjaAPI of version 1; each app contributes its router from its own api.py."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from motcua.api.errors import install_error_handlers

api = NinjaAPI(
    title="motcua API",
    version="1",
    description=str(
        _("API của hệ thống thông tin giải quyết thủ tục hành chính (motcua).")
    ),
    urls_namespace="api-v1",
)

install_error_handlers(api)
