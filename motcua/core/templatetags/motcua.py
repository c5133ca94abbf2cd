"""Template filters for Vietnamese money and dates."""

from __future__ import annotations

from django import template

from motcua.core.text import format_vnd

register = template.Library()


@register.filter
def vnd(amount: int | None) -> str:
    """Format an amount in VND with dots between thousands: 1.500.000 đ."""
    if amount in (None, ""):
        return ""
    return format_vnd(int(amount))
