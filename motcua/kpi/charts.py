"""Small inline SVG charts drawn on the server (no JavaScript, no CDN)."""

# ruff: noqa: E501 (SVG elements read best one per line)

from __future__ import annotations

from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

COLOURS = ("#1a56a0", "#2e7d32", "#f9a825", "#c62828", "#6a1b9a")


def bar_chart(
    *, labels: list[str], series: list[tuple[str, list[int]]], title: str
) -> SafeString:
    """Return stacked monthly bars: one bar per label, one colour per series."""
    width, height, left, bottom = 340, 180, 36, 24
    totals = [sum(values[i] for _name, values in series) for i in range(len(labels))]
    top = max(totals or [0]) or 1
    step = (width - left - 4) / max(len(labels), 1)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height + 30}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<text x="0" y="12" font-size="10">{top}</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#999"/>',
    ]
    scale = (height - bottom - 16) / top
    for i, label in enumerate(labels):
        x = left + i * step + 2
        y = height - bottom
        for n, (_name, values) in enumerate(series):
            h = values[i] * scale
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 4, 1):.1f}" '
                f'height="{h:.1f}" fill="{COLOURS[n % len(COLOURS)]}">'
                f"<title>{escape(label)}: {values[i]}</title></rect>"
            )
        parts.append(
            f'<text x="{x + step / 2 - 2:.1f}" y="{height - 10}" font-size="9" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    for n, (name, _values) in enumerate(series):
        x = left + n * 100
        parts.append(
            f'<rect x="{x}" y="{height + 8}" width="10" height="10" fill="{COLOURS[n % len(COLOURS)]}"/>'
            f'<text x="{x + 14}" y="{height + 17}" font-size="10">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every text is escaped above)


def line_chart(
    *,
    labels: list[str],
    values: list[Decimal | None],
    title: str,
    target: Decimal | None = None,
) -> SafeString:
    """Return a 0–100 % line over months, with the target as a dashed line."""
    width, height, left, bottom = 340, 160, 30, 22
    step = (width - left - 8) / max(len(labels) - 1, 1)

    def y(value) -> float:
        return (height - bottom) - float(value) * (height - bottom - 8) / 100

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<line x1="{left}" y1="{y(0):.1f}" x2="{width}" y2="{y(0):.1f}" stroke="#999"/>',
        f'<text x="0" y="{y(100) + 4:.1f}" font-size="10">100%</text>',
        f'<text x="0" y="{y(50) + 4:.1f}" font-size="10">50%</text>',
    ]
    if target is not None:
        parts.append(
            f'<line x1="{left}" y1="{y(target):.1f}" x2="{width}" y2="{y(target):.1f}" '
            f'stroke="#c62828" stroke-dasharray="4 3"><title>{escape(str(target))}%</title></line>'
        )
    points = [
        f"{left + i * step:.1f},{y(v):.1f}"
        for i, v in enumerate(values)
        if v is not None
    ]
    if points:
        parts.append(
            f'<polyline fill="none" stroke="{COLOURS[0]}" stroke-width="2" points="{" ".join(points)}"/>'
        )
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + i * step
        if value is not None:
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y(value):.1f}" r="3" fill="{COLOURS[0]}">'
                f"<title>{escape(label)}: {value}%</title></circle>"
            )
        parts.append(
            f'<text x="{x:.1f}" y="{height - 6}" font-size="9" text-anchor="middle">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every text is escaped above)


def pie_chart(*, parts_: list[tuple[str, int]], title: str) -> SafeString:
    """Return the channel mix as a horizontal 100 % bar with a legend."""
    total = sum(n for _label, n in parts_) or 1
    width = 340
    out = [
        f'<svg class="chart" viewBox="0 0 {width} 60" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    ]
    x = 0.0
    for n, (label, value) in enumerate(parts_):
        w = width * value / total
        out.append(
            f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="24" fill="{COLOURS[n % len(COLOURS)]}">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        x += w
    for n, (label, value) in enumerate(parts_):
        lx = n * 115
        out.append(
            f'<rect x="{lx}" y="34" width="10" height="10" fill="{COLOURS[n % len(COLOURS)]}"/>'
            f'<text x="{lx + 14}" y="43" font-size="10">{escape(label)} {round(100 * value / total)}%</text>'
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 (every text is escaped above)
