"""Bare endpoints that give the benchmark its floor (`MOTCUA_BENCH_ENDPOINTS=1`).

They answer 404 unless the setting is on, and stay out of the OpenAPI schema.
One does a single INSERT, one a single SELECT by a unique index, both through
the same server, Ninja and ORM as the real endpoints. The third receives a file
as multipart/form-data, as an upload does, and does the same single INSERT: the
most a request carrying the file could do, with no check, hash or storage.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import File, Query, Router
from ninja.files import UploadedFile

from motcua.dossiers.models import Dossier, DossierCounter

router = Router(tags=["Đo hiệu năng"])


def _enabled() -> None:
    if not getattr(settings, "MOTCUA_BENCH_ENDPOINTS", False):
        raise Http404


@router.post("/bench/insert", include_in_schema=False)
def bench_insert(request: HttpRequest):
    """Insert one row (a dossier counter of a made-up unit)."""
    _enabled()
    row = DossierCounter.objects.create(
        unit_code=secrets.token_hex(12), day=timezone.localdate(), last=1
    )
    return {"id": row.pk}


@router.post("/bench/upload", include_in_schema=False)
def bench_upload(request: HttpRequest, file: File[UploadedFile]):
    """Receive one file (parsed, not stored) and insert one row."""
    _enabled()
    row = DossierCounter.objects.create(
        unit_code=secrets.token_hex(12), day=timezone.localdate(), last=file.size
    )
    return {"id": row.pk}


@router.get("/bench/select", include_in_schema=False)
def bench_select(request: HttpRequest, code: str = Query(..., max_length=60)):
    """Read one dossier by its unique code."""
    _enabled()
    row = (
        Dossier.objects.filter(code=code)
        .order_by()
        .values("code", "status", "due_at")
        .first()
    )
    if row is None:
        raise Http404
    return row
