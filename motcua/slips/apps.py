from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SlipsConfig(AppConfig):
    name = "motcua.slips"
    label = "slips"
    verbose_name = _("Phiếu, giấy tờ của bộ phận một cửa")
