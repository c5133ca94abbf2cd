"""Indicator rollups (DOMAIN §10), the fill state of their refresh, and yearly targets.

Dashboards never scan dossiers: they read `DailyCount`, `MonthlyCount` and
`AgencyMonthCount`. Each dossier's contribution to those tables is kept in its
`DossierFact`, so a change to a dossier moves exactly its old contribution out
and its new one in (see services.py).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel

# The counted columns, the same in the three rollup tables. Each is keyed on one of
# the dossier's days (services.CONTRIBUTIONS says which).
COUNT_COLUMNS = (
    "received",
    "received_online",
    "received_direct",
    "received_postal",
    "processed_online",
    "assisted",
    "withdrawn",
    "received_timed",
    "digitised",
    "reused",
    "fee_bearing",
    "paid_online",
    "refused",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "resolved_untimed",
    "e_result",
    "ended",
    "ended_timed",
    "due",
    "due_ended",
)


class DossierFact(models.Model):
    """What one dossier adds to the rollups: its keys, its days and its flags.

    A null day means the dossier adds nothing keyed on that day. Foreign keys are
    kept without database constraints so bulk loads stay fast; they mirror the
    dossier's own, which are constrained.
    """

    class Channel(models.IntegerChoices):
        DIRECT = 1, _("Trực tiếp")
        ONLINE = 2, _("Trực tuyến")
        POSTAL = 3, _("Bưu chính công ích")

    class Timeliness(models.IntegerChoices):
        NONE = 0, _("Chưa có kết quả hoặc không quy định thời hạn")
        EARLY = 1, _("Trước hạn")
        ON_TIME = 2, _("Đúng hạn")
        LATE = 3, _("Quá hạn")

    dossier = models.OneToOneField(
        "dossiers.Dossier",
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="kpi_fact",
    )
    agency_id = models.IntegerField()
    reception_id = models.IntegerField()
    procedure_id = models.IntegerField()
    channel = models.PositiveSmallIntegerField(choices=Channel)
    recv_day = models.DateField(null=True)
    sub_day = models.DateField(null=True)
    result_day = models.DateField(null=True)
    end_day = models.DateField(null=True)
    due_day = models.DateField(null=True)
    due_end_day = models.DateField(null=True)
    timeliness = models.PositiveSmallIntegerField(
        choices=Timeliness, default=Timeliness.NONE
    )
    timed = models.BooleanField(default=False)
    withdrawn = models.BooleanField(default=False)
    processed_online = models.BooleanField(default=False)
    assisted = models.BooleanField(default=False)
    digitised = models.BooleanField(default=False)
    reused = models.BooleanField(default=False)
    fee_bearing = models.BooleanField(default=False)
    paid_online = models.BooleanField(default=False)
    e_result = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("đóng góp của hồ sơ vào chỉ số")
        verbose_name_plural = _("đóng góp của hồ sơ vào chỉ số")

    def __str__(self) -> str:
        return f"#{self.dossier_id}"


class CountBase(models.Model):
    """The counted columns shared by the rollup tables."""

    received = models.IntegerField(default=0)
    received_online = models.IntegerField(default=0)
    received_direct = models.IntegerField(default=0)
    received_postal = models.IntegerField(default=0)
    processed_online = models.IntegerField(default=0)
    assisted = models.IntegerField(default=0)
    withdrawn = models.IntegerField(default=0)
    received_timed = models.IntegerField(default=0)
    digitised = models.IntegerField(default=0)
    reused = models.IntegerField(default=0)
    fee_bearing = models.IntegerField(default=0)
    paid_online = models.IntegerField(default=0)
    refused = models.IntegerField(default=0)
    resolved_early = models.IntegerField(default=0)
    resolved_on_time = models.IntegerField(default=0)
    resolved_late = models.IntegerField(default=0)
    resolved_untimed = models.IntegerField(default=0)
    e_result = models.IntegerField(default=0)
    ended = models.IntegerField(default=0)
    ended_timed = models.IntegerField(default=0)
    due = models.IntegerField(default=0)
    due_ended = models.IntegerField(default=0)

    class Meta:
        abstract = True


class DailyCount(CountBase):
    """Counts per (deciding agency, reception unit, procedure, local day)."""

    agency_id = models.IntegerField()
    reception_id = models.IntegerField()
    procedure_id = models.IntegerField()
    day = models.DateField()

    class Meta:
        verbose_name = _("số liệu theo ngày")
        verbose_name_plural = _("số liệu theo ngày")
        constraints = [
            models.UniqueConstraint(
                fields=["agency_id", "reception_id", "procedure_id", "day"],
                name="kpi_daily_key",
            ),
        ]
        indexes = [
            models.Index(fields=["day"], name="kpi_daily_day"),
            models.Index(fields=["procedure_id", "day"], name="kpi_daily_procedure"),
            # An agency's dashboard reads its own edge days, not the province's.
            models.Index(fields=["agency_id", "day"], name="kpi_daily_agency"),
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}/{self.reception_id}/{self.procedure_id} {self.day}"


class MonthlyCount(CountBase):
    """Counts per (deciding agency, reception unit, procedure, month)."""

    agency_id = models.IntegerField()
    reception_id = models.IntegerField()
    procedure_id = models.IntegerField()
    month = models.DateField(help_text=_("Ngày đầu tháng"))

    class Meta:
        verbose_name = _("số liệu theo tháng và thủ tục")
        verbose_name_plural = _("số liệu theo tháng và thủ tục")
        constraints = [
            models.UniqueConstraint(
                fields=["agency_id", "reception_id", "procedure_id", "month"],
                name="kpi_monthly_key",
            ),
        ]
        indexes = [
            models.Index(fields=["month"], name="kpi_monthly_month"),
            models.Index(
                fields=["procedure_id", "month"], name="kpi_monthly_procedure"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}/{self.reception_id}/{self.procedure_id} {self.month}"


class AgencyMonthCount(CountBase):
    """Counts per (deciding agency, reception unit, month): tiny, for stocks, ranks."""

    agency_id = models.IntegerField()
    reception_id = models.IntegerField()
    month = models.DateField()

    class Meta:
        verbose_name = _("số liệu theo tháng và đơn vị")
        verbose_name_plural = _("số liệu theo tháng và đơn vị")
        constraints = [
            models.UniqueConstraint(
                fields=["agency_id", "reception_id", "month"],
                name="kpi_agency_month_key",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}/{self.reception_id} {self.month}"


class FillState(models.Model):
    """How far a periodic refresh got (the last dossier change it has counted)."""

    name = models.CharField(max_length=40, unique=True)
    watermark = models.DateTimeField(null=True)
    refreshed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("tiến độ cập nhật số liệu")
        verbose_name_plural = _("tiến độ cập nhật số liệu")

    def __str__(self) -> str:
        return f"{self.name}: {self.watermark}"


class Indicator(models.TextChoices):
    """The indicators a target may be set for."""

    UPTAKE_RATE = "uptake_rate", _("Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến")
    ONLINE_RECEPTION_RATE = (
        "online_reception_rate",
        _("Tỷ lệ hồ sơ tiếp nhận trực tuyến"),
    )
    ONLINE_PROCESSING_RATE = (
        "online_processing_rate",
        _("Tỷ lệ hồ sơ xử lý trực tuyến"),
    )
    ON_TIME_RATE = "on_time_rate", _("Tỷ lệ hồ sơ giải quyết đúng hạn")
    TIMELINESS_RATE = "timeliness_rate", _("Tỷ lệ hồ sơ đúng hạn (QĐ 766)")
    ONLINE_PAYMENT_RATE = "online_payment_rate", _("Tỷ lệ thanh toán trực tuyến")
    DIGITISATION_RATE = "digitisation_rate", _("Tỷ lệ hồ sơ được số hóa")
    SATISFACTION_RATE = "satisfaction_rate", _("Tỷ lệ hài lòng")


class Target(TimeStampedModel):
    """A year's target for one indicator, for one agency or for a level of agencies.

    An agency's own target wins over the target of its level.
    """

    year = models.PositiveSmallIntegerField(_("năm"))
    indicator = models.CharField(_("chỉ số"), max_length=30, choices=Indicator)
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("cơ quan, đơn vị"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="kpi_targets",
    )
    level = models.CharField(_("cấp"), max_length=20, blank=True)
    value = models.DecimalField(_("chỉ tiêu (%)"), max_digits=5, decimal_places=2)
    set_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("người giao"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["year", "indicator", "level", "agency"]
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "indicator", "agency"],
                condition=models.Q(agency__isnull=False),
                name="kpi_target_per_agency",
            ),
            models.UniqueConstraint(
                fields=["year", "indicator", "level"],
                condition=models.Q(agency__isnull=True),
                name="kpi_target_per_level",
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=0) & models.Q(value__lte=100),
                name="kpi_target_percent",
            ),
            models.CheckConstraint(
                condition=models.Q(agency__isnull=False) | ~models.Q(level=""),
                name="kpi_target_agency_or_level",
            ),
        ]

    def __str__(self) -> str:
        who = self.agency or self.level
        return f"{self.year} {self.indicator} {who}: {self.value}%"
