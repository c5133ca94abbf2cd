"""Spreadsheet import and export (.xlsx, .csv) of agencies, and the shared pieces.

The widgets and `CodeResource` here are shared by the catalog's resources: every
back-office sheet is keyed by a `code` column, speaks Vietnamese when a row is
wrong, and imports all rows or none.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import resources, widgets
from import_export.fields import Field as Column
from import_export.results import Result

from motcua.accounts.models import Agency
from motcua.core.text import search_key

TRUE_WORDS = frozenset({"1", "true", "yes", "x", "có", "co"})
FALSE_WORDS = frozenset({"0", "false", "no", "không", "khong"})


def cell_text(value: object) -> str:
    """Return a cell as NFC text: empty for a blank cell, `5` for the number 5.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value))


def cell_bool(value: object) -> bool:
    """Return a yes/no cell as a boolean, or raise ValueError in Vietnamese."""
    if isinstance(value, bool):
        return value
    word = cell_text(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS or not word:
        return False
    raise ValueError(
        _("Giá trị «%(value)s» không phải có/không; hãy ghi 1 hoặc 0.")
        % {"value": word}
    )


class TextWidget(widgets.Widget):
    """Read text in NFC form, keeping line breaks; `strip` trims codes."""

    def __init__(self, *, strip: bool = False) -> None:
        super().__init__()
        self.strip = strip

    def clean(self, value, row=None, **kwargs) -> str:
        text = cell_text(value)
        return text.strip() if self.strip else text

    def render(self, value, obj=None, **kwargs) -> str:
        return "" if value is None else str(value)


class ChoiceWidget(widgets.Widget):
    """Read a choice by its code (or its Vietnamese label); export the code."""

    def __init__(self, choices) -> None:
        super().__init__()
        self.choices = choices

    def clean(self, value, row=None, **kwargs) -> str:
        text = cell_text(value).strip()
        if not text:
            return ""
        for code, label in self.choices:
            if text.lower() in (str(code).lower(), str(label).lower()):
                return str(code)
        allowed = ", ".join(str(code) for code, _label in self.choices)
        raise ValueError(
            _("Giá trị «%(value)s» không hợp lệ; hãy chọn một trong: %(allowed)s.")
            % {"value": text, "allowed": allowed}
        )

    def render(self, value, obj=None, **kwargs) -> str:
        return "" if value is None else str(value)


class BoolWidget(widgets.Widget):
    """Read 1/0, có/không, true/false; refuse anything else (no silent False)."""

    def clean(self, value, row=None, **kwargs) -> bool:
        return cell_bool(value)

    def render(self, value, obj=None, **kwargs) -> str:
        return "1" if value else "0"


class PlainDecimalWidget(widgets.Widget):
    """Read `5`, `0,5` or `0.5`; export without thousand separators or zeros."""

    def clean(self, value, row=None, **kwargs) -> Decimal | None:
        text = cell_text(value).strip().replace(",", ".")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise ValueError(_("«%(value)s» không phải là số.") % {"value": text})
        return number

    def render(self, value, obj=None, **kwargs) -> str:
        if value is None:
            return ""
        return f"{Decimal(value).normalize():f}"


class DayWidget(widgets.Widget):
    """Read a date as 2025-07-01 or 01/07/2025 (or an Excel date); export ISO."""

    def clean(self, value, row=None, **kwargs) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = cell_text(value).strip()
        if not text:
            return None
        for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text, pattern).date()  # noqa: DTZ007 (a plain date)
            except ValueError:
                continue
        raise ValueError(
            _("Ngày «%(value)s» không đúng dạng yyyy-mm-dd hoặc dd/mm/yyyy.")
            % {"value": text}
        )

    def render(self, value, obj=None, **kwargs) -> str:
        return value.isoformat() if value else ""


class CodeWidget(widgets.ForeignKeyWidget):
    """Refer to a related row by its code; name the code when there is none."""

    def __init__(self, model: type[Model], *, missing: str) -> None:
        super().__init__(model, field="code")
        self.missing = missing

    def clean(self, value, row=None, **kwargs) -> Model | None:
        code = cell_text(value).strip()
        if not code:
            return None
        try:
            return self.get_queryset(code, row).get(code=code)
        except self.model.DoesNotExist:
            raise ValueError(self.missing % {"code": code}) from None


class CodeResource(resources.ModelResource):
    """Import rows keyed by `code`: unchanged rows are skipped, any bad row stops all.

    `clean_exclude` names fields the model fills in `save()` (folded names, tree
    paths), which full_clean would otherwise report as blank on new rows.
    """

    clean_exclude: tuple[str, ...] = ()

    class Meta:
        import_id_fields = ["code"]
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
        clean_model_instances = True

    def import_data(
        self,
        dataset,
        dry_run=False,
        raise_errors=False,
        use_transactions=None,
        collect_failed_rows=False,
        rollback_on_validation_errors=True,
        **kwargs,
    ) -> Result:
        """Import, rolling everything back when any row is invalid (not half done)."""
        return super().import_data(
            dataset,
            dry_run=dry_run,
            raise_errors=raise_errors,
            use_transactions=use_transactions,
            collect_failed_rows=collect_failed_rows,
            rollback_on_validation_errors=rollback_on_validation_errors,
            **kwargs,
        )

    def before_import(self, dataset, **kwargs) -> None:
        # Spreadsheets often keep blank rows below the data; they are not rows.
        for index in reversed(range(len(dataset))):
            if all(cell_text(value).strip() == "" for value in dataset[index]):
                del dataset[index]
        if "code" not in (dataset.headers or []):
            raise ValueError(_("Tệp thiếu cột code (mã) ở dòng tiêu đề."))
        codes = Counter(cell_text(value).strip() for value in dataset["code"])
        repeated = sorted(code for code, count in codes.items() if code and count > 1)
        if repeated:
            raise ValueError(
                _("Mã bị lặp lại trong tệp: %(codes)s.")
                % {"codes": ", ".join(repeated)}
            )

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ) -> None:
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(
                exclude=[*errors, *self.clean_exclude], validate_unique=validate_unique
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


def import_problems(result: Result) -> list[str]:
    """Return one Vietnamese line per problem: `Dòng 2, cột field: …`.

    Rows are numbered as the import screen numbers them: the first row under the
    header is row 1. Problems of the whole file come first.
    """
    found: list[tuple[int, str]] = [
        (0, _("Tệp: %(reason)s") % {"reason": error.error})
        for error in result.base_errors
    ]
    for number, errors in result.row_errors():
        found.extend(
            (
                number,
                _("Dòng %(row)s: %(reason)s") % {"row": number, "reason": error.error},
            )
            for error in errors
        )
    for row in result.invalid_rows:
        for column, messages in row.error_dict.items():
            for message in messages:
                values = {"row": row.number, "column": column, "reason": message}
                if column == NON_FIELD_ERRORS:
                    line = _("Dòng %(row)s: %(reason)s") % values
                else:
                    line = _("Dòng %(row)s, cột %(column)s: %(reason)s") % values
                found.append((row.number, line))
    return [line for _number, line in sorted(found, key=lambda item: item[0])]


class AgencyResource(CodeResource):
    """Agencies by electronic identifier; parent and successor by their codes."""

    code = Column("code", "code", widget=TextWidget(strip=True))
    name = Column("name", "name", widget=TextWidget(strip=True))
    short_name = Column("short_name", "short_name", widget=TextWidget(strip=True))
    level = Column("level", "level", widget=ChoiceWidget(Agency.Level.choices))
    parent = Column(
        "parent",
        "parent",
        widget=CodeWidget(
            Agency, missing=gettext_lazy("Không có đơn vị cấp trên mã «%(code)s».")
        ),
    )
    active_from = Column("active_from", "active_from", widget=DayWidget())
    active_to = Column("active_to", "active_to", widget=DayWidget())
    successor = Column(
        "successor",
        "successor",
        widget=CodeWidget(
            Agency,
            missing=gettext_lazy(
                "Không có đơn vị kế thừa mã «%(code)s»; hãy nhập đơn vị kế thừa trước."
            ),
        ),
    )
    address = Column("address", "address", widget=TextWidget(strip=True))
    phone = Column("phone", "phone", widget=TextWidget(strip=True))

    clean_exclude = ("name_folded", "path")

    class Meta:
        model = Agency
        fields = (
            "code",
            "name",
            "short_name",
            "level",
            "parent",
            "active_from",
            "active_to",
            "successor",
            "address",
            "phone",
        )
        export_order = fields

    def get_queryset(self):
        return Agency.objects.select_related("parent", "successor").order_by("path")

    def import_instance(self, instance, row, **kwargs) -> None:
        errors: dict[str, list[str]] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        instance.name_folded = search_key(instance.name or "")
        parent = instance.parent if "parent" not in errors else None
        if (
            parent is not None
            and instance.pk
            and (parent.pk == instance.pk or parent.path.startswith(instance.path))
        ):
            errors["parent"] = [
                _("Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới của nó.")
            ]
        if (
            "active_from" not in errors
            and "active_to" not in errors
            and instance.active_from
            and instance.active_to
            and instance.active_to < instance.active_from
        ):
            errors["active_to"] = [_("Ngày hoạt động đến phải sau ngày hoạt động từ.")]
        if errors:
            raise ValidationError(errors)
