"""The procedure catalog: procedures, their papers, fees and workflow templates."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Role
from motcua.core.models import TimeStampedModel
from motcua.core.text import search_key
from motcua.core.workcal import LimitUnit, TimeLimit


class Field(models.Model):
    """A field of procedures (lĩnh vực), such as veterinary or civil status."""

    code = models.CharField(_("mã lĩnh vực"), max_length=30, unique=True)
    name = models.CharField(_("tên lĩnh vực"), max_length=255)

    class Meta:
        ordering = ["name"]
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")

    def __str__(self) -> str:
        return self.name


class CounterGroup(models.Model):
    """A group of procedures served at the same counters of a reception unit."""

    code = models.CharField(_("ký hiệu"), max_length=10)
    name = models.CharField(_("tên nhóm quầy"), max_length=255)
    reception = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("bộ phận tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="counter_groups",
    )

    class Meta:
        ordering = ["reception", "code"]
        verbose_name = _("nhóm quầy")
        verbose_name_plural = _("nhóm quầy")
        constraints = [
            models.UniqueConstraint(
                fields=["reception", "code"], name="counter_group_code_per_reception"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"


class Procedure(TimeStampedModel):
    """An administrative procedure as published in the catalog."""

    class Level(models.TextChoices):
        CENTRAL = "central", _("Cấp trung ương")
        PROVINCE = "province", _("Cấp tỉnh")
        DISTRICT = "district", _("Cấp huyện")
        COMMUNE = "commune", _("Cấp xã")

    class ServiceLevel(models.TextChoices):
        FULL = "full", _("Dịch vụ công trực tuyến toàn trình")
        PARTIAL = "partial", _("Dịch vụ công trực tuyến một phần")
        INFO = "info", _("Cung cấp thông tin")

    class ResultType(models.TextChoices):
        PAPER = "paper", _("Bản giấy")
        ELECTRONIC = "electronic", _("Bản điện tử")
        BOTH = "both", _("Bản giấy và bản điện tử")

    class State(models.TextChoices):
        DRAFT = "draft", _("Đang soạn")
        PUBLISHED = "published", _("Đã công bố")
        WITHDRAWN = "withdrawn", _("Đã bãi bỏ")

    code = models.CharField(_("mã thủ tục"), max_length=40, unique=True)
    national_code = models.CharField(_("mã quốc gia"), max_length=20, db_index=True)
    name = models.CharField(_("tên thủ tục"), max_length=500)
    field = models.ForeignKey(
        Field, verbose_name=_("lĩnh vực"), on_delete=models.PROTECT
    )
    level = models.CharField(_("cấp thực hiện"), max_length=20, choices=Level)
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("cơ quan có thẩm quyền giải quyết"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="procedures",
        help_text=_(
            "Để trống với thủ tục cấp xã: cơ quan giải quyết là UBND xã, phường "
            "mà người nộp chọn."
        ),
    )
    service_level = models.CharField(
        _("mức độ dịch vụ công"), max_length=10, choices=ServiceLevel
    )
    limit_value = models.DecimalField(
        _("thời hạn giải quyết"),
        max_digits=6,
        decimal_places=2,
        default=Decimal(0),
        validators=[MinValueValidator(Decimal(0))],
    )
    limit_unit = models.CharField(
        _("đơn vị thời hạn"),
        max_length=20,
        choices=[
            (LimitUnit.WORKING_DAYS, _("ngày làm việc")),
            (LimitUnit.WORKING_HOURS, _("giờ làm việc")),
            (LimitUnit.CALENDAR_DAYS, _("ngày (kể cả ngày nghỉ)")),
            (LimitUnit.NONE, _("không quy định")),
        ],
        default=LimitUnit.WORKING_DAYS,
    )
    result_type = models.CharField(
        _("hình thức kết quả"), max_length=12, choices=ResultType
    )
    result_name = models.CharField(_("kết quả thực hiện"), max_length=500, blank=True)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    where = models.TextField(_("nơi thực hiện"), blank=True)
    online_only = models.BooleanField(
        _("chỉ tiếp nhận trực tuyến"),
        default=False,
        help_text=_("Bộ phận một cửa không nhận hồ sơ giấy cho thủ tục này."),
    )
    state = models.CharField(
        _("trạng thái công bố"), max_length=12, choices=State, default=State.PUBLISHED
    )
    max_upload_mb = models.PositiveSmallIntegerField(
        _("dung lượng tệp tối đa (MB)"), default=10
    )
    form_schema = models.JSONField(
        _("biểu mẫu điện tử"),
        default=list,
        blank=True,
        help_text=_("Danh sách trường: name, label, type, required, hint, choices."),
    )
    counter_groups = models.ManyToManyField(
        CounterGroup, verbose_name=_("nhóm quầy"), blank=True, related_name="procedures"
    )
    name_folded = models.CharField(max_length=520, editable=False, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        constraints = [
            models.CheckConstraint(
                condition=Q(limit_unit="none") | Q(limit_value__gt=0),
                name="procedure_limit_positive_unless_none",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs) -> None:
        self.name_folded = search_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("portal:procedure", kwargs={"code": self.code})

    @property
    def time_limit(self) -> TimeLimit:
        return TimeLimit(value=self.limit_value, unit=LimitUnit(self.limit_unit))

    @property
    def is_online_service(self) -> bool:
        return self.service_level in (self.ServiceLevel.FULL, self.ServiceLevel.PARTIAL)

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED

    def limit_display(self) -> str:
        """Return the time limit as a reader would say it: `5 ngày làm việc`."""
        if self.limit_unit == LimitUnit.NONE:
            return str(_("Không quy định"))
        value = self.limit_value.normalize()
        number = f"{value:f}".replace(".", ",")
        return f"{number} {self.get_limit_unit_display()}"


class Component(models.Model):
    """One paper of a procedure's dossier (thành phần hồ sơ)."""

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="components"
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    name = models.CharField(_("tên giấy tờ"), max_length=500)
    originals = models.PositiveSmallIntegerField(_("bản chính"), default=0)
    copies = models.PositiveSmallIntegerField(_("bản sao chứng thực"), default=0)
    photocopies = models.PositiveSmallIntegerField(_("bản photo"), default=0)
    template_name = models.CharField(_("mẫu đơn, tờ khai"), max_length=200, blank=True)
    template_file = models.FileField(
        _("tệp mẫu"), upload_to="catalog/templates/", blank=True
    )
    reusable = models.BooleanField(
        _("có thể lấy từ kho dữ liệu của công dân"), default=False
    )
    required = models.BooleanField(_("bắt buộc"), default=True)

    class Meta:
        ordering = ["procedure", "order", "pk"]
        verbose_name = _("thành phần hồ sơ")
        verbose_name_plural = _("thành phần hồ sơ")

    def __str__(self) -> str:
        return self.name

    def quantity_display(self) -> str:
        """Return the number of each kind of copy, as on the receipt slip."""
        parts = []
        if self.originals:
            parts.append(f"{self.originals} bản chính")
        if self.copies:
            parts.append(f"{self.copies} bản sao")
        if self.photocopies:
            parts.append(f"{self.photocopies} bản photo")
        return ", ".join(parts)


class Fee(models.Model):
    """A fee or charge of a procedure, in VND."""

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="fees"
    )
    name = models.CharField(_("tên phí, lệ phí"), max_length=300)
    amount = models.PositiveBigIntegerField(_("mức thu (đồng)"))
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        ordering = ["procedure", "pk"]
        verbose_name = _("phí, lệ phí")
        verbose_name_plural = _("phí, lệ phí")

    def __str__(self) -> str:
        return f"{self.name}: {self.amount:,} đ".replace(",", ".")


class WorkflowStep(models.Model):
    """One step of a procedure's workflow template with its share of the limit."""

    class Actor(models.TextChoices):
        RECEPTION = "reception", _("Bộ phận tiếp nhận và trả kết quả")
        DECIDING = "deciding", _("Cơ quan giải quyết")
        CONSULTED = "consulted", _("Cơ quan phối hợp")

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"))
    name = models.CharField(_("tên bước"), max_length=255)
    actor = models.CharField(_("đơn vị thực hiện"), max_length=12, choices=Actor)
    role = models.CharField(_("vai trò"), max_length=30, choices=Role)
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("cơ quan phối hợp"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Chỉ dùng cho bước do cơ quan phối hợp thực hiện."),
    )
    share = models.DecimalField(
        _("tỷ lệ thời hạn"),
        max_digits=4,
        decimal_places=3,
        validators=[MinValueValidator(Decimal(0))],
    )

    class Meta:
        ordering = ["procedure", "order"]
        verbose_name = _("bước quy trình")
        verbose_name_plural = _("quy trình nội bộ")
        constraints = [
            models.UniqueConstraint(
                fields=["procedure", "order"], name="workflow_step_order_unique"
            ),
            models.CheckConstraint(
                condition=Q(share__gte=0) & Q(share__lte=1), name="workflow_share_0_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"
