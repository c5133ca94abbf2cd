"""Text helpers for Vietnamese: Unicode normalisation and diacritic-free folding."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return the text in NFC form with runs of whitespace collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Return lower-case text without diacritics (`Thú y` → `thu y`, `Đ` → `d`)."""
    text = unicodedata.normalize(
        "NFD", text.lower().replace("đ", "d").replace("Đ", "d")
    )
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", text).strip()


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def search_key(text: str) -> str:
    """Return folded words between single spaces, padded: ` thu y `.

    Searching for ` word ` in it matches whole words, ignoring diacritics and
    punctuation, on any database.
    """
    return " " + _NOT_WORD.sub(" ", fold(text)).strip() + " "


def format_vnd(amount: int | None) -> str:
    """Return an amount of money as Vietnamese writes it: `1.500.000 đ`."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".") + " đ"


def int_or_zero(text: str | None) -> int:
    """Return a form field's plain ASCII number (an id), or 0 for anything else.

    `"²".isdigit()` is true and `int("1.5")` fails: ids from forms go through here.
    """
    text = (text or "").strip()
    if text.isascii() and text.isdigit() and len(text) < 19:
        return int(text)
    return 0


def unstorable(value) -> str | None:
    """Return why a decoded JSON value holds text no database stores, or None.

    "nul" for a NUL character (PostgreSQL text refuses it), "surrogate" for half
    of a UTF-16 surrogate pair (`"\\ud800"` alone), which is no character at all.
    """
    if isinstance(value, str):
        if "\x00" in value:
            return "nul"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "surrogate"
        return None
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        items = value
    else:
        return None
    for item in items:
        problem = unstorable(item)
        if problem:
            return problem
    return None
