from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KpiConfig(AppConfig):
    name = "motcua.kpi"
    label = "kpi"
    verbose_name = _("Chỉ số, chỉ tiêu và công khai")
