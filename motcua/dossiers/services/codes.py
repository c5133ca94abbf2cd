"""Dossier codes (DOMAIN §8) and look-up PINs."""

from __future__ import annotations

import secrets
from datetime import date

from django.db import connection

from motcua.accounts.models import Agency
from motcua.dossiers.models import DossierCounter

_PIN_ALPHABET = "23456789"  # eight: three bits a digit
_PIN_LENGTH = 6


_TABLE = DossierCounter._meta.db_table
# One upsert takes the number: on PostgreSQL the row lock it holds until commit
# makes concurrent submissions wait for each other instead of sharing a number.
_TAKE = (
    f"INSERT INTO {_TABLE} (unit_code, day, last) VALUES (%s, %s, 1) "  # noqa: S608
    f"ON CONFLICT (unit_code, day) DO UPDATE SET last = {_TABLE}.last + 1 "
)


def code_prefix(*, unit: Agency, day: date) -> str:
    """Return what a code of this unit and day has before its number."""
    return f"{unit.code}-{day:%y%m%d}-"


def code_of(prefix: str, number: int) -> str:
    """Return the code of a number: at least 4 digits, more when needed."""
    return f"{prefix}{number:04d}"


def dossier_code_next(*, unit: Agency, day: date) -> str:
    """Return the next dossier code of a receiving unit for a day, never reused."""
    with connection.cursor() as cursor:
        cursor.execute(f"{_TAKE} RETURNING last", [unit.code, day])
        (number,) = cursor.fetchone()
    return code_of(code_prefix(unit=unit, day=day), number)


def code_statement(*, unit: Agency, day: date) -> tuple[str, list]:
    """Return the upsert that takes the next code, returned as `code` (PostgreSQL).

    For a statement that writes the dossier with it (`statements_run`): the code
    is written as `code_of` writes it, by the database.
    """
    sql = (
        f"{_TAKE} RETURNING %s || lpad(last::text, greatest(4, length(last::text)), "
        "'0') AS code"
    )
    return sql, [unit.code, day, code_prefix(unit=unit, day=day)]


def pin_new() -> str:
    """Return a random 6-digit look-up PIN without easily confused digits."""
    # Eight digits are three random bits each: one draw of 18 bits, not six.
    return _pin_of(secrets.randbits(3 * _PIN_LENGTH))


def _pin_of(bits: int) -> str:
    """Return the PIN these 18 bits name, three bits a digit (one PIN a draw)."""
    return "".join(_PIN_ALPHABET[(bits >> (3 * i)) & 7] for i in range(_PIN_LENGTH))
