"""Portal orchestration: several files in one step, the supplement, rate limits."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.catalog.models import Component
from motcua.core.errors import ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services import (
    document_attach,
    document_check,
    dossier_supplement_provide,
)

MAX_FILES_PER_COMPONENT = 10
MAX_SUPPLEMENT_FILES = 20


@transaction.atomic
def draft_component_files_set(
    *,
    dossier: Dossier,
    component: Component,
    uploads: list[UploadedFile],
    actor: User,
) -> list[DossierDocument]:
    """Make these files the paper `component` of a draft (replacing earlier ones).

    Every file is checked before any is stored, so a bad file leaves the draft as
    it was.
    """
    if not uploads:
        return []
    if len(uploads) > MAX_FILES_PER_COMPONENT:
        raise ValidationFailed(
            {
                "file": [
                    _("Tối đa %(n)s tệp cho mỗi giấy tờ.")
                    % {"n": MAX_FILES_PER_COMPONENT}
                ]
            }
        )
    for upload in uploads:
        document_check(upload=upload, max_mb=dossier.procedure.max_upload_mb)
    return [
        document_attach(
            dossier=dossier,
            upload=upload,
            actor=actor,
            component=component,
            replace=index == 0,
        )
        for index, upload in enumerate(uploads)
    ]


@transaction.atomic
def dossier_supplement_send(
    *,
    dossier: Dossier,
    actor: User,
    uploads: list[UploadedFile],
    note: str = "",
) -> Dossier:
    """Attach the papers asked for and send the dossier back, in one transaction."""
    if not uploads:
        raise ValidationFailed(
            {"files": [_("Hãy chọn ít nhất một tệp giấy tờ cần bổ sung.")]}
        )
    if len(uploads) > MAX_SUPPLEMENT_FILES:
        raise ValidationFailed(
            {"files": [_("Tối đa %(n)s tệp mỗi lần.") % {"n": MAX_SUPPLEMENT_FILES}]}
        )
    if dossier.status != Dossier.Status.SUPPLEMENT_REQUESTED:
        raise ValidationFailed(
            {"files": [_("Hồ sơ không ở trạng thái chờ bổ sung.")]},
            _("Hồ sơ không ở trạng thái chờ bổ sung."),
        )
    for upload in uploads:
        try:
            document_check(upload=upload, max_mb=dossier.procedure.max_upload_mb)
        except ValidationFailed as error:
            raise ValidationFailed({"files": error.errors["file"]}) from None
    for upload in uploads:
        document_attach(
            dossier=dossier,
            upload=upload,
            actor=actor,
            kind=DossierDocument.Kind.SUPPLEMENT,
        )
    return dossier_supplement_provide(dossier=dossier, actor=actor, note=note.strip())


# ---------------------------------------------------------------- rate limits


@dataclass(frozen=True)
class Rate:
    """A number of requests allowed per window of seconds."""

    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> Rate:
        """Parse `20/m`, `100/h`, `5/10s` or `1000/d`."""
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*", text or "")
        if not match:
            raise ValueError(f"rate must look like 20/m, not {text!r}")
        count, number, unit = match.groups()
        unit_seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
        return cls(count=int(count), seconds=int(number or 1) * unit_seconds)


def client_ip(request: HttpRequest) -> str:
    """Return the client's address, from the proxy's header when one is set.

    `MOTCUA_CLIENT_IP_HEADER` (e.g. HTTP_X_REAL_IP) names a header that the
    deployment's own proxy sets; without it the socket's address counts.
    """
    header = getattr(settings, "MOTCUA_CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "").split(",")[0].strip()
        if value:
            return value[:64]
    return request.META.get("REMOTE_ADDR", "")[:64] or "unknown"


def rate_limit_hit(*, scope: str, key: str, rate: str) -> bool:
    """Count one request of `key` in `scope`; return True when over the limit.

    A fixed window in Django's cache: shared by every process when the cache is
    Redis (or the database), so several app servers enforce one limit.
    """
    limit = Rate.parse(rate)
    window = int(time.time()) // limit.seconds
    cache_key = f"rl:{scope}:{key}:{window}"
    # add() creates the counter only if missing; incr() is atomic on Redis.
    cache.add(cache_key, 0, timeout=limit.seconds + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=limit.seconds + 5)
        count = 1
    return count > limit.count
