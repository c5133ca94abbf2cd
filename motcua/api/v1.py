"""NinjaAPI of version 1; each app contributes its router from its own api.py."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI, Swagger

from motcua.api import bench
from motcua.api.auth import router as auth_router
from motcua.api.errors import install_error_handlers
from motcua.kpi.api import router as kpi_router
from motcua.onestop.api import router as onestop_router
from motcua.portal.api import router as portal_router
from motcua.slips.api import router as slips_router

api = NinjaAPI(
    title="motcua API",
    version="1",
    description=str(
        _("API của hệ thống thông tin giải quyết thủ tục hành chính (motcua).")
    ),
    urls_namespace="api-v1",
    # Swagger UI from ninja's own static files (ninja is an installed app); no
    # validator badge, which would call validator.swagger.io from the browser.
    docs=Swagger(settings={"validatorUrl": None}),
)

install_error_handlers(api)
api.add_router("/", auth_router)
api.add_router("/", portal_router)
api.add_router("/", bench.router)
api.add_router("/", onestop_router)
api.add_router("/", slips_router)
api.add_router("/", kpi_router)
