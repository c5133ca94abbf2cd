"""Messages sent to applicants, and the codes that verify a phone or an e-mail."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    EMAIL = "email", _("Thư điện tử")
    SMS = "sms", _("Tin nhắn SMS")


class Notification(models.Model):
    """One message about one dossier event on one channel; never sent twice."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ gửi")
        SENDING = "sending", _("Đang gửi")
        SENT = "sent", _("Đã gửi")
        RETRY = "retry", _("Lỗi tạm thời, sẽ gửi lại")
        FAILED = "failed", _("Không gửi được")

    event = models.ForeignKey(
        "dossiers.DossierEvent",
        verbose_name=_("sự kiện"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    channel = models.CharField(_("kênh"), max_length=5, choices=Channel)
    recipient = models.CharField(_("người nhận"), max_length=254)
    subject = models.CharField(_("tiêu đề"), max_length=255, blank=True)
    body = models.TextField(_("nội dung"))
    status = models.CharField(
        _("trạng thái"), max_length=8, choices=Status, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("số lần gửi"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "channel"], name="notification_once_per_channel"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"], name="notification_status"),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.recipient}"


class AccountVerification(models.Model):
    """A registration waiting for its phone or e-mail to be confirmed.

    An account with no row here (made by an administrator, the demo or VNeID)
    needs no code; one registered on the portal may submit only once verified.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="verification",
    )
    channel = models.CharField(_("kênh xác minh"), max_length=5, choices=Channel)
    destination = models.CharField(_("số điện thoại / thư điện tử"), max_length=254)
    verified_at = models.DateTimeField(_("xác minh lúc"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("xác minh tài khoản")
        verbose_name_plural = _("xác minh tài khoản")

    def __str__(self) -> str:
        return f"{self.user} ({self.destination})"

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None


class VerificationCode(models.Model):
    """One 6-digit code sent for a verification; only its keyed hash is kept."""

    verification = models.ForeignKey(
        AccountVerification, on_delete=models.CASCADE, related_name="codes"
    )
    channel = models.CharField(_("kênh"), max_length=5, choices=Channel)
    destination = models.CharField(max_length=254)
    code_hash = models.CharField(max_length=64)
    attempts = models.PositiveSmallIntegerField(default=0)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("mã xác minh")
        verbose_name_plural = _("mã xác minh")
        constraints = [
            models.CheckConstraint(
                condition=Q(attempts__lte=10), name="verification_code_attempts_cap"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.verification_id} {self.created_at:%d/%m/%Y %H:%M}"
