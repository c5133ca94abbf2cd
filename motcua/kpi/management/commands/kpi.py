"""`motcua kpi`: print the indicators, or refresh / rebuild the rollups (periodic)."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError

from motcua.accounts.models import Agency
from motcua.catalog.models import Field, Procedure
from motcua.kpi.selectors import Scope, indicators
from motcua.kpi.services import facts_rebuild, facts_refresh_changed


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


_MARK = "\u0000dec:"


def _marked(value):
    if isinstance(value, Decimal):
        return f"{_MARK}{value:.2f}"
    if isinstance(value, dict):
        return {k: _marked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_marked(v) for v in value]
    return value


def json_text(data: dict) -> str:
    """Return JSON in which every rate keeps two decimals (`100.00`, not `100.0`)."""
    text = json.dumps(_marked(data), ensure_ascii=False, indent=2)
    return re.sub(r'"\\u0000dec:(-?[0-9.]+)"', r"\1", text)


def _table_lines(data: dict, prefix: str = "") -> list[str]:
    lines = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines.extend(_table_lines(value, f"{prefix}{key}."))
        else:
            shown = "–" if value is None else value
            lines.append(f"{prefix + key:<48} {shown}")
    return lines


class Command(BaseCommand):
    help = (
        "In các chỉ số (DOMAIN §10) cho một kỳ và phạm vi; --refresh cập nhật số "
        "liệu tổng hợp theo các thay đổi mới (chạy định kỳ); --rebuild tính lại "
        "toàn bộ."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--from", dest="start")
        parser.add_argument("--to", dest="end")
        parser.add_argument("--agency", help="Mã định danh cơ quan.")
        parser.add_argument(
            "--subtree", action="store_true", help="Gồm đơn vị trực thuộc."
        )
        parser.add_argument(
            "--reception", help="Mã bộ phận tiếp nhận, ví dụ Trung tâm."
        )
        parser.add_argument("--field", help="Mã lĩnh vực.")
        parser.add_argument("--procedure", help="Mã thủ tục.")
        parser.add_argument("--format", choices=["json", "table"], default="table")
        parser.add_argument("--refresh", action="store_true")
        parser.add_argument("--rebuild", action="store_true")

    def handle(self, *args, **options) -> None:
        if options["rebuild"]:
            count = facts_rebuild()
            self.stdout.write(f"Đã tính lại số liệu tổng hợp từ {count} hồ sơ.")
            return
        if options["refresh"]:
            changed = facts_refresh_changed()
            self.stdout.write(f"Đã cập nhật {changed} hồ sơ thay đổi.")
            if not (options["start"] or options["end"]):
                return
        try:
            start = date.fromisoformat(options["start"] or "")
            end = date.fromisoformat(options["end"] or "")
        except ValueError as error:
            raise CommandError(
                "Hãy ghi --from và --to dạng YYYY-MM-DD, ví dụ --from 2024-01-01."
            ) from error
        if end < start:
            raise CommandError("--to phải sau hoặc bằng --from.")
        scope = Scope(
            agency=self._get(Agency, options["agency"], "cơ quan"),
            subtree=options["subtree"],
            reception=self._get(Agency, options["reception"], "bộ phận tiếp nhận"),
            field_id=getattr(
                self._get(Field, options["field"], "lĩnh vực"), "pk", None
            ),
            procedure_id=getattr(
                self._get(Procedure, options["procedure"], "thủ tục"), "pk", None
            ),
        )
        data = indicators(scope=scope, start=start, end=end)
        if options["format"] == "json":
            self.stdout.write(json_text(data))
        else:
            self.stdout.write("\n".join(_table_lines(_plain(data))))

    def _get(self, model, code, what):
        if not code:
            return None
        found = model.objects.filter(code=code).first()
        if found is None:
            raise CommandError(f"Không tìm thấy {what} có mã {code}.")
        return found
