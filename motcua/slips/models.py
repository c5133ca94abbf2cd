"""Document numbers of the official slips (DOMAIN §8–§9), kept for re-prints."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SlipType(models.TextChoices):
    """The forms of Circular 03/2025, appendix I, keyed by type (DOMAIN §9)."""

    RECEIPT = "receipt", _("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
    SUPPLEMENT = "supplement", _("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")
    REFUSAL = "refusal", _("Phiếu từ chối tiếp nhận giải quyết hồ sơ")
    APOLOGY = "apology", _("Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết")
    STOP = "stop", _("Thông báo dừng giải quyết hồ sơ")
    CONTROL = "control", _("Phiếu kiểm soát quá trình giải quyết hồ sơ")
    BOOK = "book", _("Sổ theo dõi hồ sơ")


class SlipCounter(models.Model):
    """The last document number given per issuing unit, slip type and year."""

    unit_code = models.CharField(max_length=35)
    slip_type = models.CharField(max_length=12, choices=SlipType)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("bộ đếm số phiếu")
        verbose_name_plural = _("bộ đếm số phiếu")
        constraints = [
            models.UniqueConstraint(
                fields=["unit_code", "slip_type", "year"],
                name="slip_counter_unit_type_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit_code} {self.slip_type} {self.year}: {self.last}"


class SlipNumber(models.Model):
    """The document number of one slip of a dossier, `<n>/<type>-<unit>`.

    A slip is issued by one event of the dossier's history (the receipt, the
    refusal, a supplement request...); re-printing it shows the same number.
    """

    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        on_delete=models.PROTECT,
        related_name="slip_numbers",
    )
    slip_type = models.CharField(_("loại phiếu"), max_length=12, choices=SlipType)
    event_seq = models.PositiveIntegerField(_("sự kiện ban hành"))
    unit = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị ban hành"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveIntegerField(_("số"))
    document_number = models.CharField(_("số hiệu văn bản"), max_length=60)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người in lần đầu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("cấp số lúc"), auto_now_add=True)

    class Meta:
        ordering = ["dossier", "event_seq", "slip_type"]
        verbose_name = _("số phiếu")
        verbose_name_plural = _("số phiếu")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "slip_type", "event_seq"],
                name="slip_number_once_per_event",
            ),
            models.UniqueConstraint(
                fields=["unit", "slip_type", "year", "number"],
                name="slip_number_unique_in_year",
            ),
        ]

    def __str__(self) -> str:
        return self.document_number
