from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, str]:
    """Give every template the province's name."""
    return {"province_name": settings.MOTCUA["PROVINCE_NAME"]}
