from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FloorConfig(AppConfig):
    name = "motcua.floor"
    label = "floor"
    verbose_name = _("Quầy, số thứ tự, màn hình, ki-ốt")
