"""HTML to PDF with WeasyPrint, and the QR code each slip carries."""

from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path

import qrcode
from django.template.loader import render_to_string
from qrcode.constants import ERROR_CORRECT_M

STYLESHEET = Path(__file__).resolve().parent / "templates" / "slips" / "slips.css"


@cache
def _weasyprint():
    """Import WeasyPrint, load the fonts and parse the shared stylesheet, once.

    Importing costs ~1.4 s and fontconfig's font list ~0.1 s: processes that never
    print a slip (workers, commands, most tests) should not pay for it. The shared
    stylesheet is given at the "user" level, so a template's own <style> wins.
    """
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    stylesheet = CSS(filename=str(STYLESHEET), font_config=font_config)
    return HTML, font_config, stylesheet


def qr_data_uri(text: str) -> str:
    """Return a PNG QR code of `text` as a data URI to embed in a slip.

    PNG rather than SVG: WeasyPrint draws the SVG's path ~3x slower, and printed
    at 25 mm the PNG's modules are still sharp.
    """
    # A fixed mask skips scoring all eight (a third of the time); any mask scans.
    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M, box_size=8, border=2, mask_pattern=2
    )
    code.add_data(text)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def html_pdf(*, template: str, context: dict) -> bytes:
    """Render a template of `slips/` to an A4 PDF with real, selectable text."""
    html_class, font_config, stylesheet = _weasyprint()
    html = render_to_string(template, context)
    return html_class(string=html, base_url=None).write_pdf(
        stylesheets=[stylesheet], font_config=font_config
    )
