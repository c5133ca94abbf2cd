"""Inter-agency consultations (liên thông): the part another agency does."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Consultation(models.Model):
    """One request to a consulted agency for its part of a dossier, and its answer.

    The working time the consulted agency used is kept when it answers, so the
    process control slip and the indicators can weigh each agency's share.
    """

    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        on_delete=models.PROTECT,
        related_name="consultations",
    )
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("cơ quan phối hợp"),
        on_delete=models.PROTECT,
        related_name="consultations",
    )
    request = models.TextField(_("nội dung đề nghị phối hợp"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người đề nghị"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("gửi lúc"))
    answer = models.TextField(_("ý kiến trả lời"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    working_minutes = models.PositiveIntegerField(
        _("thời gian cơ quan phối hợp sử dụng (phút làm việc)"), null=True, blank=True
    )

    class Meta:
        ordering = ["dossier", "requested_at", "pk"]
        verbose_name = _("lấy ý kiến phối hợp")
        verbose_name_plural = _("lấy ý kiến phối hợp")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "agency"],
                condition=Q(answered_at__isnull=True),
                name="consultation_one_open_per_agency",
            ),
        ]
        indexes = [
            models.Index(
                fields=["agency", "answered_at"], name="consultation_agency_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dossier_id} → {self.agency_id}"

    @property
    def is_open(self) -> bool:
        return self.answered_at is None
