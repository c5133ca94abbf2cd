"""Issue the official slips of a dossier as PDF, and the register of a reception unit.

A slip's document number `<n>/<type>-<unit>` is taken once, when the slip is first
printed, from a counter per issuing unit, slip type and year; every re-print shows
the same number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Field
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import dossier_list_for
from motcua.portal.selectors import lookup_url
from motcua.slips.content import (
    FORMS,
    SlipContent,
    date_text,
    place_date_text,
    slip_content,
)
from motcua.slips.models import SlipCounter, SlipNumber, SlipType
from motcua.slips.pdf import html_pdf, qr_data_uri

# A register longer than this is asked for in parts (a shorter period, one field).
BOOK_MAX_ROWS = 1000
BOOK_MAX_DAYS = 366


def _counter_next(*, unit_code: str, slip_type: str, year: int) -> int:
    """Take the next number of a unit's slips of one type in a year.

    One upsert, as for dossier codes: on PostgreSQL its row lock, held until
    commit, makes concurrent issues wait instead of sharing a number.
    """
    table = SlipCounter._meta.db_table
    sql = (
        f"INSERT INTO {table} (unit_code, slip_type, year, last) "  # noqa: S608
        "VALUES (%s, %s, %s, 1) "
        "ON CONFLICT (unit_code, slip_type, year) "
        f"DO UPDATE SET last = {table}.last + 1 "
        "RETURNING last"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [unit_code, slip_type, year])
        (number,) = cursor.fetchone()
    return number


def slip_number_issue(
    *,
    dossier: Dossier,
    slip_type: str,
    event_seq: int,
    unit: Agency,
    year: int,
    actor: User | None,
) -> SlipNumber:
    """Return the slip's document number, taking a new one on the first print."""
    found = SlipNumber.objects.filter(
        dossier=dossier, slip_type=slip_type, event_seq=event_seq
    ).first()
    if found is not None:
        return found
    with transaction.atomic():
        # Lock the dossier so two first prints of one slip take one number, not two.
        list(
            Dossier.objects.select_for_update()
            .filter(pk=dossier.pk)
            .values_list("pk", flat=True)
        )
        found = SlipNumber.objects.filter(
            dossier=dossier, slip_type=slip_type, event_seq=event_seq
        ).first()
        if found is not None:
            return found
        number = _counter_next(unit_code=unit.code, slip_type=slip_type, year=year)
        abbreviation = FORMS[slip_type].abbreviation
        return SlipNumber.objects.create(
            dossier=dossier,
            slip_type=slip_type,
            event_seq=event_seq,
            unit=unit,
            year=year,
            number=number,
            document_number=f"{number}/{abbreviation}-{unit.code}",
            issued_by=actor if actor is not None and actor.is_authenticated else None,
        )


def _header(unit: Agency) -> dict:
    parent = unit.parent
    return {
        "parent_name": parent.name.upper() if parent is not None else "",
        "unit_name": unit.name.upper(),
    }


def _public_url(path: str) -> str:
    return settings.MOTCUA_PUBLIC_URL.rstrip("/") + path


@dataclass(frozen=True)
class IssuedSlip:
    """A printed slip: the PDF, its document number and its download name."""

    pdf: bytes
    document_number: str
    filename: str


def slip_issue(*, dossier: Dossier, slip_type: str, actor: User | None) -> IssuedSlip:
    """Print a slip of a dossier (DOMAIN §9), numbering it on the first print.

    Raise DomainError if the dossier's history has no such slip yet, e.g. a
    refusal slip for a dossier that was never refused.
    """
    # An official form of Circular 03/2025: always in Vietnamese.
    with translation.override("vi"):
        content = slip_content(dossier=dossier, slip_type=slip_type)
        number = slip_number_issue(
            dossier=dossier,
            slip_type=slip_type,
            event_seq=content.event.seq,
            unit=content.unit,
            year=timezone.localtime(content.event.at).year,
            actor=actor,
        )
        pdf = html_pdf(
            template=content.form.template,
            context=_slip_context(dossier, content, number),
        )
        filename = f"{content.form.title} - {dossier.code}.pdf"
    return IssuedSlip(
        pdf=pdf, document_number=number.document_number, filename=filename
    )


def slip_pdf(*, dossier: Dossier, slip_type: str, actor: User | None) -> bytes:
    """Return a slip of a dossier as an A4 PDF; see slip_issue."""
    return slip_issue(dossier=dossier, slip_type=slip_type, actor=actor).pdf


def _slip_context(dossier: Dossier, content: SlipContent, number: SlipNumber) -> dict:
    path = lookup_url(dossier)
    url = _public_url(path)
    return {
        **_header(content.unit),
        **content.data,
        "form": content.form,
        "title": content.form.title.upper(),
        "dossier": dossier,
        "unit": content.unit,
        "document_number": number.document_number,
        "place_date": place_date_text(content.day),
        "signatures": content.signatures,
        "lookup_url": url,
        "lookup_page": _public_url(path.split("?", 1)[0]),
        "qr": qr_data_uri(url),
    }


# ---------------------------------------------------------------- the register (07)


def book_pdf(
    *,
    reception: Agency,
    date_from: date,
    date_to: date,
    actor: User,
    field: Field | None = None,
) -> bytes:
    """Return the register of dossiers a reception unit received in a period (07).

    Rows start from the dossiers the official may see; one field, or all of them
    grouped by field.
    """
    if date_to < date_from:
        raise ValidationFailed({"to": [_("Ngày cuối phải sau hoặc bằng ngày đầu.")]})
    if (date_to - date_from).days >= BOOK_MAX_DAYS:
        raise ValidationFailed(
            {"to": [_("Mỗi lần in sổ tối đa %(days)s ngày.") % {"days": BOOK_MAX_DAYS}]}
        )
    start = timezone.make_aware(datetime.combine(date_from, time.min))
    end = timezone.make_aware(datetime.combine(date_to + timedelta(days=1), time.min))
    dossiers = (
        dossier_list_for(user=actor)
        .filter(reception=reception, received_at__gte=start, received_at__lt=end)
        .select_related("procedure__field")
        .order_by("procedure__field__name", "received_at", "pk")
    )
    if field is not None:
        dossiers = dossiers.filter(procedure__field=field)
    rows = list(dossiers[: BOOK_MAX_ROWS + 1])
    if len(rows) > BOOK_MAX_ROWS:
        raise DomainError(
            _(
                "Sổ có hơn %(rows)s hồ sơ: hãy chọn khoảng thời gian ngắn hơn hoặc "
                "một lĩnh vực."
            )
            % {"rows": BOOK_MAX_ROWS}
        )
    with translation.override("vi"):
        groups: list[dict] = []
        for index, dossier in enumerate(rows, start=1):
            if not groups or groups[-1]["field"] != dossier.procedure.field:
                groups.append({"field": dossier.procedure.field, "rows": []})
            groups[-1]["rows"].append(_book_row(index, dossier))
        context = {
            **_header(reception),
            "form": FORMS[SlipType.BOOK],
            "title": FORMS[SlipType.BOOK].title.upper(),
            "unit": reception,
            "field": field,
            "date_from": date_text(date_from),
            "date_to": date_text(date_to),
            "place_date": place_date_text(timezone.localdate()),
            "groups": groups,
            "total": len(rows),
        }
        return html_pdf(template=FORMS[SlipType.BOOK].template, context=context)


def _book_row(index: int, dossier: Dossier) -> dict:
    contact = ", ".join(
        part for part in (dossier.applicant_address, dossier.applicant_phone) if part
    )
    return {
        "index": index,
        "code": dossier.code,
        "procedure": dossier.procedure.name,
        "applicant": dossier.applicant_name,
        "contact": contact,
        "agency": dossier.agency.name,
        "received": date_text(dossier.received_at),
        "due": date_text(dossier.appointment_at or dossier.due_at),
        "returned": date_text(dossier.returned_at),
        "delivery": dossier.get_delivery_display(),
        "status": dossier.get_status_display(),
    }


def book_filename(*, reception: Agency, date_from: date, date_to: date) -> str:
    """Return the register's download name."""
    with translation.override("vi"):
        title = str(SlipType.BOOK.label)
    return (
        f"{title} - {reception.code} - {date_from:%d-%m-%Y} đến {date_to:%d-%m-%Y}.pdf"
    )
