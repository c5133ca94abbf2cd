"""What an applicant is told about each event of their dossier, in Vietnamese."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.text import format_vnd
from motcua.dossiers.models import Dossier, DossierEvent

# The events an applicant is told of; every other event (steps, claims) is internal.
NOTIFIED_VERBS = frozenset(
    {
        "received",
        "refused",
        "supplement_requested",
        "payment_requested",
        "finished",
        "returned",
        "withdrawn",
        "stopped",
        "apologised",
    }
)


@dataclass(frozen=True)
class Message:
    """One message: a subject for e-mail, the full text, and a short SMS text."""

    subject: str
    text: str
    sms: str


def _date(moment: datetime | None) -> str:
    if moment is None:
        return _("chưa xác định")
    return timezone.localtime(moment).strftime("%d/%m/%Y")


def lookup_link(dossier: Dossier) -> str:
    """Return the absolute public look-up link of a dossier."""
    base = getattr(settings, "MOTCUA_PUBLIC_URL", "") or "http://127.0.0.1:8000"
    try:
        from motcua.portal.selectors import lookup_url

        path = lookup_url(dossier)
    except NoReverseMatch:
        path = "/"
    return urljoin(base.rstrip("/") + "/", path.lstrip("/"))


def _sms_text(text: str) -> str:
    """Return the text without diacritics: it fits a plain 160-character SMS."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def message_for(event: DossierEvent) -> Message | None:
    """Return what to tell the applicant about this event, or None."""
    if event.verb not in NOTIFIED_VERBS:
        return None
    dossier = event.dossier
    values = {
        "code": dossier.code or "",
        "procedure": dossier.procedure.name,
        "due": _date(dossier.effective_due_at),
        "reason": event.reason.replace("\n", "; "),
        "amount": format_vnd(dossier.fee_total),
        "link": lookup_link(dossier),
    }
    lines = {
        "received": _(
            "Hồ sơ %(code)s (%(procedure)s) đã được tiếp nhận. "
            "Ngày hẹn trả kết quả: %(due)s."
        ),
        "refused": _(
            "Hồ sơ %(code)s (%(procedure)s) không được tiếp nhận. Lý do: %(reason)s."
        ),
        "supplement_requested": _(
            "Hồ sơ %(code)s (%(procedure)s) cần bổ sung, hoàn thiện: %(reason)s. "
            "Hãy bổ sung trên Cổng dịch vụ công."
        ),
        "payment_requested": _(
            "Hồ sơ %(code)s (%(procedure)s) cần nộp phí, lệ phí %(amount)s "
            "để tiếp tục giải quyết."
        ),
        "finished": _(
            "Hồ sơ %(code)s (%(procedure)s) đã có kết quả giải quyết. "
            "Mời ông/bà nhận kết quả theo hình thức đã chọn."
        ),
        "returned": _("Hồ sơ %(code)s (%(procedure)s) đã được trả kết quả."),
        "withdrawn": _(
            "Hồ sơ %(code)s (%(procedure)s) đã được rút theo yêu cầu của ông/bà."
        ),
        "stopped": _(
            "Hồ sơ %(code)s (%(procedure)s) đã dừng giải quyết. Lý do: %(reason)s."
        ),
        "apologised": _(
            "Cơ quan giải quyết xin lỗi vì hồ sơ %(code)s (%(procedure)s) chậm trả "
            "kết quả. Lý do: %(reason)s. Ngày hẹn mới: %(due)s."
        ),
    }
    subjects = {
        "received": _("Hồ sơ %(code)s đã được tiếp nhận"),
        "refused": _("Hồ sơ %(code)s không được tiếp nhận"),
        "supplement_requested": _("Hồ sơ %(code)s cần bổ sung giấy tờ"),
        "payment_requested": _("Hồ sơ %(code)s cần nộp phí, lệ phí"),
        "finished": _("Hồ sơ %(code)s đã có kết quả"),
        "returned": _("Hồ sơ %(code)s đã được trả kết quả"),
        "withdrawn": _("Hồ sơ %(code)s đã được rút"),
        "stopped": _("Hồ sơ %(code)s đã dừng giải quyết"),
        "apologised": _("Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ %(code)s"),
    }
    line = lines[event.verb] % values
    follow = _("Tra cứu: %(link)s") % values
    text = "\n\n".join(
        [
            _("Kính gửi ông/bà %(name)s,") % {"name": dossier.applicant_name},
            line,
            follow,
            _("Cổng dịch vụ công tỉnh %(province)s")
            % {"province": settings.MOTCUA["PROVINCE_NAME"]},
        ]
    )
    return Message(
        subject=subjects[event.verb] % values,
        text=text,
        sms=_sms_text(f"{line} {follow}"),
    )


def verification_message(code: str, minutes: int) -> Message:
    """Return the message carrying a verification code."""
    line = _(
        "Mã xác minh tài khoản Cổng dịch vụ công của ông/bà là %(code)s, "
        "có hiệu lực %(minutes)s phút. Không cung cấp mã này cho người khác."
    ) % {"code": code, "minutes": minutes}
    return Message(
        subject=_("Mã xác minh tài khoản: %(code)s") % {"code": code},
        text=line,
        sms=_sms_text(line),
    )
