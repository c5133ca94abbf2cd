"""Dossiers (hồ sơ), their documents and their append-only, hash-chained history."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel


class Dossier(TimeStampedModel):
    """One application for a procedure, from draft to returned result."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        SUBMITTED = "submitted", _("Mới đăng ký")
        RECEIVED = "received", _("Được tiếp nhận")
        REFUSED = "refused", _("Không được tiếp nhận")
        IN_PROGRESS = "in_progress", _("Đang xử lý")
        SUPPLEMENT_REQUESTED = "supplement_requested", _("Yêu cầu bổ sung giấy tờ")
        PAYMENT_REQUESTED = (
            "payment_requested",
            _("Yêu cầu thực hiện nghĩa vụ tài chính"),
        )
        WITHDRAWN = "withdrawn", _("Công dân yêu cầu rút hồ sơ")
        STOPPED = "stopped", _("Dừng xử lý")
        FINISHED = "finished", _("Đã xử lý xong")
        RETURNED = "returned", _("Đã trả kết quả")

    class Channel(models.TextChoices):
        DIRECT = "direct", _("Trực tiếp")
        ONLINE = "online", _("Trực tuyến")
        POSTAL = "postal", _("Qua bưu chính công ích")

    class Delivery(models.TextChoices):
        ONLINE = "online", _("Nhận kết quả trực tuyến")
        COUNTER = "counter", _("Nhận tại bộ phận một cửa")
        POST = "post", _("Qua dịch vụ bưu chính công ích")

    class ApplicantKind(models.TextChoices):
        CITIZEN = "citizen", _("Công dân")
        ORGANISATION = "organisation", _("Tổ chức, doanh nghiệp")

    class Payment(models.TextChoices):
        NOT_DUE = "not_due", _("Không thu phí")
        UNPAID = "unpaid", _("Chưa thanh toán")
        PAID_ONLINE = "paid_online", _("Đã thanh toán trực tuyến")
        PAID_COUNTER = "paid_counter", _("Đã nộp tại quầy")

    class Outcome(models.TextChoices):
        GRANTED = "granted", _("Giải quyết")
        DENIED = "denied", _("Không giải quyết (có văn bản trả lời)")

    class Timeliness(models.TextChoices):
        EARLY = "early", _("Trước hạn")
        ON_TIME = "on_time", _("Đúng hạn")
        LATE = "late", _("Quá hạn")

    code = models.CharField(
        _("mã hồ sơ"), max_length=60, unique=True, null=True, blank=True
    )
    procedure = models.ForeignKey(
        "catalog.Procedure",
        verbose_name=_("thủ tục"),
        on_delete=models.PROTECT,
        related_name="dossiers",
    )
    reception = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="received_dossiers",
        db_index=False,  # dossier_reception_status leads with it
    )
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("cơ quan giải quyết"),
        on_delete=models.PROTECT,
        related_name="dossiers",
        db_index=False,  # dossier_agency_status leads with it
    )
    consulted = models.ManyToManyField(
        "accounts.Agency",
        verbose_name=_("cơ quan phối hợp"),
        blank=True,
        related_name="consulted_dossiers",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản nộp"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="dossiers",
        db_index=False,  # dossier_owner_status leads with it
    )
    # Applicant snapshot: what the papers said at submission, never the live account.
    applicant_kind = models.CharField(
        _("loại người nộp"), max_length=12, choices=ApplicantKind
    )
    applicant_name = models.CharField(_("người nộp / tổ chức"), max_length=255)
    applicant_id_number = models.CharField(_("số CCCD"), max_length=12, blank=True)
    applicant_tax_code = models.CharField(_("mã số thuế"), max_length=14, blank=True)
    applicant_representative = models.CharField(
        _("người đại diện, được ủy quyền"), max_length=255, blank=True
    )
    applicant_phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    applicant_email = models.EmailField(_("thư điện tử"), blank=True)
    applicant_address = models.CharField(_("địa chỉ"), max_length=255, blank=True)

    channel = models.CharField(_("kênh nộp"), max_length=10, choices=Channel)
    assisted = models.BooleanField(_("được hỗ trợ nộp trực tuyến"), default=False)
    assisted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người hỗ trợ nộp"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assisted_dossiers",
    )
    postal_tracking = models.CharField(_("số hiệu bưu gửi"), max_length=40, blank=True)
    form_data = models.JSONField(_("dữ liệu tờ khai"), default=dict, blank=True)
    delivery = models.CharField(
        _("hình thức nhận kết quả"),
        max_length=10,
        choices=Delivery,
        default=Delivery.COUNTER,
    )
    delivery_address = models.CharField(
        _("địa chỉ nhận kết quả"), max_length=255, blank=True
    )
    fee_total = models.PositiveBigIntegerField(_("phí, lệ phí (đồng)"), default=0)
    payment = models.CharField(
        _("thanh toán"), max_length=14, choices=Payment, default=Payment.NOT_DUE
    )
    paid_at = models.DateTimeField(_("thanh toán lúc"), null=True, blank=True)

    status = models.CharField(
        _("trạng thái"), max_length=24, choices=Status, default=Status.DRAFT
    )
    version = models.PositiveIntegerField(_("số sự kiện"), default=0)
    ledger_head = models.CharField(max_length=64, blank=True, editable=False)

    submitted_at = models.DateTimeField(_("nộp lúc"), null=True, blank=True)
    received_at = models.DateTimeField(_("tiếp nhận lúc"), null=True, blank=True)
    clock_started_at = models.DateTimeField(
        _("bắt đầu tính thời hạn"), null=True, blank=True
    )
    due_at = models.DateTimeField(_("hẹn trả kết quả"), null=True, blank=True)
    paused_at = models.DateTimeField(_("tạm dừng tính giờ từ"), null=True, blank=True)
    paused_minutes = models.PositiveIntegerField(
        _("thời gian tạm dừng (phút làm việc)"), default=0
    )
    supplement_count = models.PositiveSmallIntegerField(
        _("số lần yêu cầu bổ sung"), default=0
    )
    supplement_before_receipt = models.BooleanField(default=False, editable=False)
    late_forced = models.BooleanField(
        _("tính là quá hạn"),
        default=False,
        help_text=_("Bổ sung lần thứ hai hoặc đã có phiếu xin lỗi, gia hạn."),
    )
    apology_at = models.DateTimeField(_("xin lỗi lúc"), null=True, blank=True)
    appointment_at = models.DateTimeField(_("hẹn mới"), null=True, blank=True)
    finished_at = models.DateTimeField(_("có kết quả lúc"), null=True, blank=True)
    returned_at = models.DateTimeField(_("trả kết quả lúc"), null=True, blank=True)
    closed_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    outcome = models.CharField(
        _("kết quả giải quyết"), max_length=10, choices=Outcome, blank=True
    )
    outcome_note = models.TextField(_("nội dung kết quả"), blank=True)
    timeliness = models.CharField(
        _("tiến độ"), max_length=8, choices=Timeliness, blank=True
    )

    current_step = models.ForeignKey(
        "catalog.WorkflowStep",
        verbose_name=_("bước hiện tại"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    step_started_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người đang giữ hồ sơ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_dossiers",
    )
    pin = models.CharField(_("mã tra cứu"), max_length=8, blank=True)
    # The key a client sent with a whole submission (Idempotency-Key): the same
    # key again returns this dossier instead of submitting a second one.
    # NULL when none: the unique index holds only the dossiers that have one,
    # and `client_key = %s` proves its condition even in a prepared statement.
    client_key = models.CharField(
        _("khóa chống nộp trùng"), max_length=64, null=True, blank=True, default=None
    )

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")
        # (agency, status) and (reception, status) lead the inbox indexes below,
        # which answer those look-ups too: no index of their own to write.
        indexes = [
            models.Index(fields=["status", "due_at"], name="dossier_status_due"),
            models.Index(fields=["received_at"], name="dossier_received_at"),
            models.Index(fields=["owner", "status"], name="dossier_owner_status"),
            # The one-stop inboxes count and sort an agency's open dossiers by due
            # moment: covering indexes let PostgreSQL read only the index.
            models.Index(
                fields=["agency", "status", "current_step"],
                include=["due_at", "appointment_at", "apology_at", "id"],
                name="dossier_inbox_deciding",
            ),
            models.Index(
                fields=["reception", "status"],
                include=["due_at", "appointment_at", "supplement_before_receipt", "id"],
                name="dossier_inbox_reception",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_at__isnull=True)
                | Q(received_at__isnull=True)
                | Q(due_at__gte=F("received_at")),
                name="dossier_due_after_received",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(code__isnull=False),
                name="dossier_code_once_submitted",
            ),
            models.UniqueConstraint(
                fields=["owner", "client_key"],
                condition=Q(client_key__isnull=False),
                name="dossier_owner_client_key",
            ),
        ]

    def __str__(self) -> str:
        return self.code or _("Bản nháp #%(pk)s") % {"pk": self.pk}

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def result_at(self):
        """Return the moment the result was ready (DOMAIN §7)."""
        return self.finished_at or self.returned_at

    @property
    def effective_due_at(self):
        """Return the moment promised to the applicant (a new appointment wins)."""
        return self.appointment_at or self.due_at


OPEN_STATUSES = frozenset(
    {
        Dossier.Status.SUBMITTED,
        Dossier.Status.RECEIVED,
        Dossier.Status.IN_PROGRESS,
        Dossier.Status.SUPPLEMENT_REQUESTED,
        Dossier.Status.PAYMENT_REQUESTED,
    }
)
FINAL_STATUSES = frozenset(
    {
        Dossier.Status.REFUSED,
        Dossier.Status.WITHDRAWN,
        Dossier.Status.STOPPED,
        Dossier.Status.RETURNED,
    }
)
# National status codes for the exchange with the national portal (DOMAIN §6).
NATIONAL_STATUS_CODES = {
    Dossier.Status.SUBMITTED: 1,
    Dossier.Status.RECEIVED: 2,
    Dossier.Status.REFUSED: 3,
    Dossier.Status.IN_PROGRESS: 4,
    Dossier.Status.SUPPLEMENT_REQUESTED: 5,
    Dossier.Status.PAYMENT_REQUESTED: 6,
    Dossier.Status.WITHDRAWN: 7,
    Dossier.Status.STOPPED: 8,
    Dossier.Status.FINISHED: 9,
    Dossier.Status.RETURNED: 10,
}
NATIONAL_CHANNEL_CODES = {
    Dossier.Channel.DIRECT: 1,
    Dossier.Channel.ONLINE: 2,
    Dossier.Channel.POSTAL: 3,
}


class DossierEvent(models.Model):
    """One entry of a dossier's history; never updated, never deleted.

    Each event stores the SHA-256 of its content and of the event before it, so an
    altered, removed or inserted row breaks the chain (`motcua verify-ledger`).
    """

    # Found by the unique (dossier, seq) index below, which also orders a
    # history: a second index on the dossier alone would only slow each write.
    dossier = models.ForeignKey(
        Dossier, on_delete=models.PROTECT, related_name="events", db_index=False
    )
    seq = models.PositiveIntegerField(_("thứ tự"))
    verb = models.CharField(_("sự kiện"), max_length=40)
    from_status = models.CharField(_("từ trạng thái"), max_length=24, blank=True)
    to_status = models.CharField(_("sang trạng thái"), max_length=24)
    at = models.DateTimeField(_("thời điểm"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor_agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị thực hiện"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reason = models.TextField(_("lý do, nội dung"), blank=True)
    data = models.JSONField(_("dữ liệu kèm theo"), default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["dossier", "seq"]
        verbose_name = _("sự kiện hồ sơ")
        verbose_name_plural = _("lịch sử hồ sơ")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "seq"], name="dossier_event_seq_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.seq}. {self.verb} {self.at:%H:%M %d/%m/%Y}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise RuntimeError("Lịch sử hồ sơ chỉ được ghi thêm, không được sửa.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RuntimeError("Lịch sử hồ sơ không được xóa.")


class DossierDocument(models.Model):
    """A file of a dossier: a component, a supplement, an internal paper or a result."""

    class Kind(models.TextChoices):
        COMPONENT = "component", _("Thành phần hồ sơ")
        SUPPLEMENT = "supplement", _("Giấy tờ bổ sung")
        INTERNAL = "internal", _("Văn bản nội bộ")
        RESULT = "result", _("Kết quả giải quyết")

    dossier = models.ForeignKey(
        Dossier, on_delete=models.PROTECT, related_name="documents"
    )
    component = models.ForeignKey(
        "catalog.Component",
        verbose_name=_("thành phần"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    kind = models.CharField(_("loại"), max_length=12, choices=Kind)
    file = models.FileField(_("tệp"), upload_to="dossiers/%Y/%m/")
    name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"))
    content_type = models.CharField(_("kiểu tệp"), max_length=120)
    sha256 = models.CharField(max_length=64)
    digitised = models.BooleanField(_("đã số hóa"), default=True)
    reused = models.BooleanField(_("tái sử dụng từ kho dữ liệu"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("tải lên lúc"))
    withdrawn = models.BooleanField(_("đã thay thế"), default=False)

    class Meta:
        ordering = ["dossier", "uploaded_at", "pk"]
        verbose_name = _("tài liệu hồ sơ")
        verbose_name_plural = _("tài liệu hồ sơ")

    def __str__(self) -> str:
        return self.name


class DossierCounter(models.Model):
    """The last sequence number given per receiving unit and day (DOMAIN §8)."""

    unit_code = models.CharField(max_length=35)
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["unit_code", "day"], name="dossier_counter_unit_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit_code} {self.day}: {self.last}"
