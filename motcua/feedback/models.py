"""Satisfaction ratings (DOMAIN §11) and public feedback on procedures."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel


class Rating(TimeStampedModel):
    """One visitor's or applicant's rating of a visit or a dossier."""

    class Level(models.TextChoices):
        VERY_SATISFIED = "very_satisfied", _("Rất hài lòng")
        SATISFIED = "satisfied", _("Hài lòng")
        NOT_SATISFIED = "not_satisfied", _("Không hài lòng")

    class Source(models.TextChoices):
        PORTAL = "portal", _("Cổng dịch vụ công")
        TABLET = "tablet", _("Máy tính bảng tại quầy")
        GUIDANCE = "guidance", _("Tổ hướng dẫn")

    level = models.CharField(_("mức độ hài lòng"), max_length=16, choices=Level)
    comment = models.TextField(_("góp ý"), blank=True, max_length=2000)
    source = models.CharField(_("nguồn"), max_length=10, choices=Source)
    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ratings",
    )
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị được đánh giá"),
        on_delete=models.PROTECT,
        related_name="ratings",
    )
    ticket = models.ForeignKey(
        "floor.Ticket",
        verbose_name=_("số thứ tự"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ratings",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người đánh giá"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("đánh giá hài lòng")
        verbose_name_plural = _("đánh giá hài lòng")
        # The dashboards count ratings by period, province-wide or per agency.
        indexes = [
            models.Index(fields=["created_at"], name="rating_created"),
            models.Index(fields=["agency", "created_at"], name="rating_agency_created"),
        ]
        constraints = [
            # One rating per dossier from the portal; visits may be rated many times.
            models.UniqueConstraint(
                fields=["dossier"],
                condition=Q(source="portal"),
                name="rating_once_per_dossier_on_portal",
            ),
        ]

    def __str__(self) -> str:
        return self.get_level_display()


class ProcedureFeedback(TimeStampedModel):
    """A citizen's feedback or proposal on a procedure (phản ánh, kiến nghị)."""

    class State(models.TextChoices):
        NEW = "new", _("Mới tiếp nhận")
        ANSWERED = "answered", _("Đã trả lời")
        HIDDEN = "hidden", _("Không công khai")

    procedure = models.ForeignKey(
        "catalog.Procedure",
        verbose_name=_("thủ tục"),
        on_delete=models.PROTECT,
        related_name="feedback",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản gửi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("họ và tên"), max_length=255)
    contact = models.CharField(_("điện thoại hoặc thư điện tử"), max_length=255)
    content = models.TextField(_("nội dung phản ánh, kiến nghị"), max_length=4000)
    state = models.CharField(
        _("trạng thái"), max_length=10, choices=State, default=State.NEW
    )
    answer = models.TextField(_("trả lời"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("phản ánh, kiến nghị")
        verbose_name_plural = _("phản ánh, kiến nghị")

    def __str__(self) -> str:
        return f"{self.procedure.code}: {self.content[:60]}"
