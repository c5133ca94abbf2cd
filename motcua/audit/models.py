"""Who looked at which dossier, and when: insert-only, shown to the applicant."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessLog(models.Model):
    """One view or download of a dossier by an official."""

    class Action(models.TextChoices):
        VIEW = "view", _("Xem hồ sơ")
        DOWNLOAD = "download", _("Tải tài liệu")
        SLIP = "slip", _("In phiếu")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xem"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        on_delete=models.PROTECT,
        related_name="access_logs",
    )
    action = models.CharField(_("thao tác"), max_length=10, choices=Action)
    target = models.CharField(_("tài liệu, phiếu"), max_length=255, blank=True)
    at = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("lượt truy cập hồ sơ")
        verbose_name_plural = _("nhật ký truy cập hồ sơ")
        indexes = [models.Index(fields=["dossier", "at"], name="access_dossier_at")]

    def __str__(self) -> str:
        return f"{self.user} {self.action} {self.dossier_id}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise RuntimeError("Nhật ký truy cập chỉ được ghi thêm.")
        super().save(*args, **kwargs)
