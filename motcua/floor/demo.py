"""The demo province's floor: halls, counters, kiosks, a guidance team, a guide.

Idempotent, like the rest of the demo: what exists is left alone. Demo kiosks and
tablets get readable keys so their links can be typed; real ones get random keys.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from motcua.accounts.models import Agency, User
from motcua.catalog.models import CounterGroup
from motcua.floor.models import Counter, GuidanceTeam, Guide, GuideStep, Hall, Kiosk

CENTER = "000.00.70.H37"
QUANG_LAC_ONESTOP = "000.91.01.H37"
QUANG_LAC = "000.00.91.H37"

PORTAL_GUIDE = (
    "Tạo tài khoản và nộp hồ sơ trực tuyến",
    "Các bước tổ hướng dẫn thường làm cùng người dân lần đầu dùng cổng dịch vụ công.",
    [
        "Mở cổng dịch vụ công của tỉnh trên điện thoại hoặc máy tính, chọn «Đăng ký».",
        "Nhập họ tên, số căn cước (CCCD) và số điện thoại; tự đặt mật khẩu và ghi nhớ.",
        "Tìm thủ tục cần làm ở ô tìm kiếm (gõ không dấu cũng được), chọn «Nộp hồ sơ "
        "trực tuyến».",
        "Điền tờ khai, chụp hoặc tải lên từng giấy tờ theo danh sách, chọn cách nhận "
        "kết quả (trực tuyến, tại quầy hoặc qua bưu điện).",
        "Kiểm tra lại rồi bấm «Nộp hồ sơ». Ghi lại mã hồ sơ và mã tra cứu để theo dõi.",
    ],
)


def _counter(hall: Hall, number: int, groups: list[CounterGroup], key: str) -> int:
    counter, created = Counter.objects.get_or_create(
        hall=hall, number=number, defaults={"tablet_key": key}
    )
    if created:
        counter.groups.set(groups)
    return int(created)


@transaction.atomic
def floor_demo_load() -> dict[str, int]:
    """Create the demo floor if missing; return how many rows were made, by kind."""
    made = {"halls": 0, "counters": 0, "kiosks": 0, "teams": 0, "guides": 0}
    units = {
        a.code: a
        for a in Agency.objects.filter(code__in=[CENTER, QUANG_LAC_ONESTOP, QUANG_LAC])
    }
    if CENTER not in units:
        return made
    center = units[CENTER]
    groups = {g.code: g for g in CounterGroup.objects.filter(reception=center)}
    hall, created = Hall.objects.get_or_create(reception=center, name="Sảnh tầng 1")
    made["halls"] += int(created)
    for number, code in enumerate("ABCDEFGH", start=1):
        if code in groups:
            made["counters"] += _counter(
                hall, number, [groups[code]], f"trung-tam-quay-{number}"
            )
    made["counters"] += _counter(
        hall, 9, [g for c, g in groups.items() if c in "ABC"], "trung-tam-quay-9"
    )
    for key, name, kind in (
        ("trung-tam-lay-so", "Ki-ốt lấy số sảnh tầng 1", Kiosk.Kind.TICKET),
        ("trung-tam-tra-cuu", "Máy tra cứu sảnh tầng 1", Kiosk.Kind.LOOKUP),
    ):
        _, created = Kiosk.objects.get_or_create(
            key=key, defaults={"name": name, "kind": kind, "reception": center}
        )
        made["kiosks"] += int(created)
    if QUANG_LAC_ONESTOP in units:
        onestop = units[QUANG_LAC_ONESTOP]
        local = list(CounterGroup.objects.filter(reception=onestop))
        hall, created = Hall.objects.get_or_create(
            reception=onestop, name="Phòng một cửa"
        )
        made["halls"] += int(created)
        for number in (1, 2):
            made["counters"] += _counter(
                hall, number, local, f"quang-lac-quay-{number}"
            )
        _, created = Kiosk.objects.get_or_create(
            key="quang-lac-lay-so",
            defaults={
                "name": "Ki-ốt lấy số xã Quảng Lạc",
                "kind": Kiosk.Kind.TICKET,
                "reception": onestop,
            },
        )
        made["kiosks"] += int(created)
    member = User.objects.filter(username="huongdan").first()
    for name, code in (
        ("Tổ hướng dẫn xã Quảng Lạc", QUANG_LAC),
        ("Tổ hướng dẫn Trung tâm Phục vụ hành chính công", CENTER),
    ):
        if code not in units:
            continue
        team, created = GuidanceTeam.objects.get_or_create(
            name=name, defaults={"agency": units[code]}
        )
        made["teams"] += int(created)
        if created and member is not None and code == QUANG_LAC:
            team.members.add(member)
    title, summary, steps = PORTAL_GUIDE
    if not Guide.objects.filter(title=title).exists():
        guide = Guide.objects.create(
            title=title,
            summary=summary,
            kind=Guide.Kind.PORTAL,
            agency=center,
            published_at=timezone.now(),
        )
        GuideStep.objects.bulk_create(
            GuideStep(guide=guide, order=n, text=text)
            for n, text in enumerate(steps, start=1)
        )
        made["guides"] += 1
    return made
