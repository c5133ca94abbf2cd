"""Spreadsheet import and export (.xlsx, .csv) of fields and procedures.

A procedure is one row. Its fees, components and workflow steps travel as text in
three cells, readable by a clerk and parsed back on import:

- fees: `Lệ phí cấp giấy: 100000; Phí thẩm định: 200000 (ghi chú)`, one fee per
  line when a name itself holds a `;`;
- components: one line each,
  `name|originals|copies|photocopies|template|reusable|required`;
- steps: one line each, `order|name|actor|role|share|agency_code`.

A missing column leaves those children alone; a present but empty cell removes them.
Children are rewritten only when they differ, in place where possible, so dossiers
that point at a component or a step keep pointing at the same row.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.fields import Field as Column

from motcua.accounts.models import Agency
from motcua.accounts.resources import (
    BoolWidget,
    ChoiceWidget,
    CodeResource,
    CodeWidget,
    PlainDecimalWidget,
    TextWidget,
    cell_bool,
    cell_text,
)
from motcua.catalog.models import Component, Fee, Field, Procedure, WorkflowStep
from motcua.catalog.services import workflow_shares_check

CHILD_COLUMNS = ("fees", "components", "steps")
FEE_KEYS = ("name", "amount", "note")
COMPONENT_KEYS = (
    "name",
    "originals",
    "copies",
    "photocopies",
    "template_name",
    "reusable",
    "required",
)
STEP_KEYS = ("order", "name", "actor", "role", "share", "agency_id")
COMPONENT_FORMAT = "name|originals|copies|photocopies|template|reusable|required"
STEP_FORMAT = "order|name|actor|role|share|agency_code"
SMALL_MAX = 32767  # PositiveSmallIntegerField

_FEE = re.compile(
    r"(?P<name>.+?)\s*:\s*(?P<amount>\d[\d.,\s]*?)\s*(?:đồng|đ)?\s*"
    r"(?:\((?P<note>.*)\))?"
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _count(text: str, what: str) -> int:
    """Return a number of copies, or raise ValueError naming what it counts."""
    text = text.strip() or "0"
    if not text.isdigit() or int(text) > SMALL_MAX:
        raise ValueError(
            _("%(what)s phải là số nguyên không âm (đang là «%(value)s»).")
            % {"what": what, "value": text}
        )
    return int(text)


def _checked(model, values: dict, *, exclude: list[str]) -> dict:
    """Run the model's own field checks on one child; raise ValueError if wrong."""
    try:
        model(**values).full_clean(exclude=exclude, validate_unique=False)
    except ValidationError as error:
        raise ValueError(" ".join(error.messages)) from None
    return values


def fees_text(fees) -> str:
    """Return fees as `Tên: 100000 (ghi chú); …`."""
    parts = [
        f"{fee.name}: {fee.amount}" + (f" ({fee.note})" if fee.note else "")
        for fee in fees
    ]
    separator = "\n" if any(";" in part for part in parts) else "; "
    return separator.join(parts)


def fees_parse(value: object) -> list[dict]:
    """Return the fees of a cell, or raise ValueError in Vietnamese."""
    text = cell_text(value)
    parts = _lines(text)
    if len(parts) == 1:
        pieces = [piece.strip() for piece in text.split(";") if piece.strip()]
        if all(_FEE.fullmatch(piece) for piece in pieces):
            parts = pieces
    fees = []
    for number, part in enumerate(parts, start=1):
        match = _FEE.fullmatch(part)
        if match is None:
            raise ValueError(
                _(
                    "Phí, lệ phí thứ %(n)s «%(text)s» phải có dạng "
                    "«Tên phí: số tiền», ví dụ «Lệ phí cấp giấy: 100000»."
                )
                % {"n": number, "text": part}
            )
        values = {
            "name": match["name"].strip(),
            "amount": int(re.sub(r"[.,\s]", "", match["amount"])),
            "note": (match["note"] or "").strip(),
        }
        try:
            fees.append(_checked(Fee, values, exclude=["procedure"]))
        except ValueError as error:
            raise ValueError(
                _("Phí, lệ phí thứ %(n)s: %(reason)s") % {"n": number, "reason": error}
            ) from None
    return fees


def components_text(components) -> str:
    """Return components one per line as `name|1|0|0|template|0|1`."""
    return "\n".join(
        "|".join(
            [
                component.name,
                str(component.originals),
                str(component.copies),
                str(component.photocopies),
                component.template_name,
                "1" if component.reusable else "0",
                "1" if component.required else "0",
            ]
        )
        for component in components
    )


def components_parse(value: object) -> list[dict]:
    """Return the components of a cell, or raise ValueError in Vietnamese."""
    components = []
    for number, line in enumerate(_lines(cell_text(value)), start=1):
        parts = [part.strip() for part in line.rsplit("|", 6)]
        try:
            if len(parts) != 7:
                raise ValueError(
                    _("cần đủ 7 phần theo dạng %(format)s.")
                    % {"format": COMPONENT_FORMAT}
                )
            name, originals, copies, photocopies, template, reusable, required = parts
            values = {
                "name": name,
                "originals": _count(originals, _("Số bản chính")),
                "copies": _count(copies, _("Số bản sao")),
                "photocopies": _count(photocopies, _("Số bản photo")),
                "template_name": template,
                "reusable": cell_bool(reusable),
                "required": cell_bool(required),
            }
            components.append(
                _checked(Component, values, exclude=["procedure", "template_file"])
            )
        except ValueError as error:
            raise ValueError(
                _("Thành phần hồ sơ thứ %(n)s: %(reason)s")
                % {"n": number, "reason": error}
            ) from None
    return components


def steps_text(steps) -> str:
    """Return workflow steps one per line as `1|Tiếp nhận|reception|…|0.05|`."""
    return "\n".join(
        "|".join(
            [
                str(step.order),
                step.name,
                step.actor,
                step.role,
                f"{step.share.normalize():f}",
                step.agency.code if step.agency_id else "",
            ]
        )
        for step in steps
    )


def steps_parse(value: object) -> list[dict]:
    """Return the workflow steps of a cell, or raise ValueError in Vietnamese."""
    steps: list[dict] = []
    for number, line in enumerate(_lines(cell_text(value)), start=1):
        order, _bar, rest = line.partition("|")
        parts = [order.strip(), *(part.strip() for part in rest.rsplit("|", 4))]
        try:
            if len(parts) != 6:
                raise ValueError(
                    _("cần đủ 6 phần theo dạng %(format)s.") % {"format": STEP_FORMAT}
                )
            order, name, actor, role, share, agency_code = parts
            try:
                share_value = Decimal(share.replace(",", "."))
            except InvalidOperation:
                share_value = None
            if share_value is None or not share_value.is_finite():
                raise ValueError(
                    _("tỷ lệ thời hạn «%(value)s» không phải là số.") % {"value": share}
                )
            if not Decimal(0) <= share_value <= Decimal(1):
                raise ValueError(_("tỷ lệ thời hạn phải từ 0 đến 1."))
            agency = None
            if agency_code:
                agency = Agency.objects.filter(code=agency_code).first()
                if agency is None:
                    raise ValueError(
                        _("không có cơ quan mã «%(code)s».") % {"code": agency_code}
                    )
            values = {
                "order": _count(order, _("Thứ tự bước")),
                "name": name,
                "actor": actor,
                "role": role,
                "share": share_value,
                "agency_id": agency.pk if agency else None,
            }
            _checked(WorkflowStep, values, exclude=["procedure"])
            if any(step["order"] == values["order"] for step in steps):
                raise ValueError(
                    _("thứ tự %(order)s bị trùng.") % {"order": values["order"]}
                )
            steps.append(values)
        except ValueError as error:
            raise ValueError(
                _("Bước thứ %(n)s: %(reason)s") % {"n": number, "reason": error}
            ) from None
    return sorted(steps, key=lambda step: step["order"])


CHILDREN = {
    # column: (model, related name, keys compared, parser)
    "fees": (Fee, "fees", FEE_KEYS, fees_parse),
    "components": (Component, "components", COMPONENT_KEYS, components_parse),
    "steps": (WorkflowStep, "steps", STEP_KEYS, steps_parse),
}


def _children_now(procedure: Procedure, column: str) -> list[dict]:
    """Return a procedure's stored children of one column, as the parser gives them."""
    if procedure.pk is None:
        return []
    _model, related, keys, _parse = CHILDREN[column]
    return [
        {key: getattr(child, key) for key in keys}
        for child in getattr(procedure, related).all()
    ]


def _children_write(procedure: Procedure, column: str, wanted: list[dict]) -> None:
    """Make a procedure's children of one column equal to `wanted`, in place."""
    model, related, _keys, _parse = CHILDREN[column]
    existing = list(getattr(procedure, related).all())
    if column == "steps":
        # A step is known by its order: dossiers at step 2 stay at step 2.
        old = {step.order: step for step in existing}
        new = {values["order"]: values for values in wanted}
    else:
        old = dict(enumerate(existing, start=1))
        new = dict(enumerate(wanted, start=1))
        if column == "components":
            new = {key: {**values, "order": key} for key, values in new.items()}
    for key, child in old.items():
        if key not in new:
            try:
                child.delete()
            except ProtectedError:
                raise ValidationError(
                    {
                        column: _(
                            "Không thể bỏ «%(item)s»: đã có hồ sơ dùng đến; "
                            "hãy giữ lại dòng này."
                        )
                        % {"item": child}
                    }
                ) from None
    for key, values in new.items():
        child = old.get(key)
        if child is None:
            model.objects.create(procedure=procedure, **values)
            continue
        changed = [
            name for name, value in values.items() if getattr(child, name) != value
        ]
        if changed:
            for name in changed:
                setattr(child, name, values[name])
            child.save(update_fields=changed)


class FieldResource(CodeResource):
    """Fields of procedures by code."""

    code = Column("code", "code", widget=TextWidget(strip=True))
    name = Column("name", "name", widget=TextWidget(strip=True))

    class Meta:
        model = Field
        fields = ("code", "name")
        export_order = fields


class ProcedureResource(CodeResource):
    """Procedures by code, with their fees, components and workflow steps."""

    code = Column("code", "code", widget=TextWidget(strip=True))
    national_code = Column(
        "national_code", "national_code", widget=TextWidget(strip=True)
    )
    name = Column("name", "name", widget=TextWidget(strip=True))
    field = Column(
        "field",
        "field",
        widget=CodeWidget(
            Field, missing=gettext_lazy("Không có lĩnh vực mã «%(code)s».")
        ),
    )
    level = Column("level", "level", widget=ChoiceWidget(Procedure.Level.choices))
    agency = Column(
        "agency",
        "agency",
        widget=CodeWidget(
            Agency, missing=gettext_lazy("Không có cơ quan mã «%(code)s».")
        ),
    )
    service_level = Column(
        "service_level",
        "service_level",
        widget=ChoiceWidget(Procedure.ServiceLevel.choices),
    )
    limit_value = Column(
        "limit_value", "limit_value", widget=PlainDecimalWidget(), default=Decimal(0)
    )
    limit_unit = Column(
        "limit_unit",
        "limit_unit",
        widget=ChoiceWidget(Procedure._meta.get_field("limit_unit").choices),
    )
    result_type = Column(
        "result_type", "result_type", widget=ChoiceWidget(Procedure.ResultType.choices)
    )
    result_name = Column("result_name", "result_name", widget=TextWidget(strip=True))
    legal_basis = Column("legal_basis", "legal_basis", widget=TextWidget())
    where = Column("where", "where", widget=TextWidget())
    online_only = Column("online_only", "online_only", widget=BoolWidget())
    state = Column("state", "state", widget=ChoiceWidget(Procedure.State.choices))
    fees = Column(column_name="fees")
    components = Column(column_name="components")
    steps = Column(column_name="steps")

    clean_exclude = ("name_folded",)

    class Meta:
        model = Procedure
        fields = (
            "code",
            "national_code",
            "name",
            "field",
            "level",
            "agency",
            "service_level",
            "limit_value",
            "limit_unit",
            "result_type",
            "result_name",
            "legal_basis",
            "where",
            "online_only",
            "state",
            "fees",
            "components",
            "steps",
        )
        export_order = fields

    def get_queryset(self):
        return Procedure.objects.select_related("field", "agency").order_by("code")

    def filter_export(self, queryset, **kwargs):
        steps = WorkflowStep.objects.select_related("agency")
        return queryset.select_related("field", "agency").prefetch_related(
            "fees", "components", Prefetch("steps", queryset=steps)
        )

    def dehydrate_fees(self, procedure: Procedure) -> str:
        return fees_text(procedure.fees.all()) if procedure.pk else ""

    def dehydrate_components(self, procedure: Procedure) -> str:
        return components_text(procedure.components.all()) if procedure.pk else ""

    def dehydrate_steps(self, procedure: Procedure) -> str:
        return steps_text(procedure.steps.all()) if procedure.pk else ""

    def import_instance(self, instance, row, **kwargs) -> None:
        errors: dict[str, list[str]] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        children = {}
        for column in CHILD_COLUMNS:
            if column not in row:
                continue
            _model, _related, _keys, parse = CHILDREN[column]
            try:
                children[column] = parse(row[column])
            except ValueError as error:
                errors[column] = [str(error)]
        if "steps" in children:
            problem = workflow_shares_check(
                [step["share"] for step in children["steps"]]
            )
            if problem:
                errors["steps"] = [problem]
        if (
            "limit_value" not in errors
            and "limit_unit" not in errors
            and instance.limit_unit != "none"
            and instance.limit_value is not None
            and instance.limit_value <= 0
        ):
            errors["limit_value"] = [
                _("Thời hạn giải quyết phải lớn hơn 0, trừ khi không quy định.")
            ]
        if errors:
            raise ValidationError(errors)
        instance._imported_children = children

    def _children_changed(self, instance: Procedure) -> list[str]:
        wanted = getattr(instance, "_imported_children", {})
        return [
            column
            for column, values in wanted.items()
            if values != _children_now(instance, column)
        ]

    def skip_row(self, instance, original, row, import_validation_errors=None) -> bool:
        if not super().skip_row(instance, original, row, import_validation_errors):
            return False
        return not self._children_changed(instance)

    def after_save_instance(self, instance, row, **kwargs) -> None:
        if self._is_dry_run(kwargs) and not self._is_using_transactions(kwargs):
            return
        wanted = getattr(instance, "_imported_children", {})
        for column in self._children_changed(instance):
            _children_write(instance, column, wanted[column])
