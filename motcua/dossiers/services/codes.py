"""Dossier codes (DOMAIN §8) and look-up PINs."""

from __future__ import annotations

import secrets
from datetime import date

from django.db import connection

from motcua.accounts.models import Agency
from motcua.dossiers.models import DossierCounter

_PIN_ALPHABET = "23456789"


def dossier_code_next(*, unit: Agency, day: date) -> str:
    """Return the next dossier code of a receiving unit for a day, never reused.

    One upsert takes the number: on PostgreSQL the row lock it holds until commit
    makes concurrent submissions wait for each other instead of sharing a number.
    """
    table = DossierCounter._meta.db_table
    sql = (
        f"INSERT INTO {table} (unit_code, day, last) VALUES (%s, %s, 1) "  # noqa: S608
        f"ON CONFLICT (unit_code, day) DO UPDATE SET last = {table}.last + 1 "
        "RETURNING last"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [unit.code, day])
        (number,) = cursor.fetchone()
    return f"{unit.code}-{day:%y%m%d}-{number:04d}"


def pin_new() -> str:
    """Return a random 6-digit look-up PIN without easily confused digits."""
    return "".join(secrets.choice(_PIN_ALPHABET) for _ in range(6))
