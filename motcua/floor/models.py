"""The service-center floor: halls, counters, queue tickets, screens, kiosks,
guidance teams, postal shipments and published guides."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel


def new_key() -> str:
    """Return a random URL-safe key for a device link or a ticket's public page."""
    return secrets.token_urlsafe(12)


class Hall(TimeStampedModel):
    """A waiting hall of a reception unit, with its own display screens."""

    reception = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("bộ phận tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="halls",
        limit_choices_to={"level": "reception"},
    )
    name = models.CharField(_("tên sảnh"), max_length=120)

    class Meta:
        ordering = ["reception", "name"]
        verbose_name = _("sảnh chờ")
        verbose_name_plural = _("sảnh chờ")

    def __str__(self) -> str:
        return self.name


class Counter(TimeStampedModel):
    """A counter (quầy) in a hall, serving one or more counter groups."""

    hall = models.ForeignKey(
        Hall, verbose_name=_("sảnh"), on_delete=models.PROTECT, related_name="counters"
    )
    number = models.PositiveSmallIntegerField(_("số quầy"))
    name = models.CharField(_("tên quầy"), max_length=120, blank=True)
    groups = models.ManyToManyField(
        "catalog.CounterGroup",
        verbose_name=_("nhóm quầy phục vụ"),
        related_name="counters",
    )
    is_open = models.BooleanField(_("đang mở"), default=False)
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ tại quầy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="floor_counters",
    )
    opened_at = models.DateTimeField(_("mở quầy lúc"), null=True, blank=True)
    tablet_key = models.CharField(
        _("khóa máy tính bảng đánh giá"), max_length=32, unique=True, default=new_key
    )

    class Meta:
        ordering = ["hall", "number"]
        verbose_name = _("quầy")
        verbose_name_plural = _("quầy")
        constraints = [
            models.UniqueConstraint(
                fields=["hall", "number"], name="floor_counter_number_per_hall"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.name or str(_("Quầy %(n)s") % {"n": self.number})


class Kiosk(TimeStampedModel):
    """A touch screen on the floor, opened through its secret link, no login."""

    class Kind(models.TextChoices):
        TICKET = "ticket", _("Lấy số thứ tự")
        LOOKUP = "lookup", _("Tra cứu thủ tục, hồ sơ")

    name = models.CharField(_("tên máy"), max_length=120)
    reception = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("bộ phận tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="kiosks",
        limit_choices_to={"level": "reception"},
    )
    kind = models.CharField(_("loại"), max_length=10, choices=Kind)
    key = models.CharField(
        _("khóa đường dẫn"), max_length=32, unique=True, default=new_key
    )
    paper_width = models.PositiveSmallIntegerField(
        _("khổ giấy in phiếu (mm)"), choices=[(58, "58 mm"), (80, "80 mm")], default=80
    )
    idle_seconds = models.PositiveSmallIntegerField(
        _("về màn hình đầu sau (giây không dùng)"), default=60
    )
    active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        ordering = ["reception", "name"]
        verbose_name = _("ki-ốt")
        verbose_name_plural = _("ki-ốt")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("floor:kiosk", kwargs={"key": self.key})


class TicketSeries(models.Model):
    """The last ticket number given per counter group and day."""

    group = models.ForeignKey(
        "catalog.CounterGroup", on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "day"], name="floor_series_day"),
        ]

    def __str__(self) -> str:
        return f"{self.group_id} {self.day}: {self.last}"


class Ticket(TimeStampedModel):
    """A queue ticket (số thứ tự) taken at a kiosk."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Đang chờ")
        CALLED = "called", _("Đang phục vụ")
        DONE = "done", _("Đã phục vụ xong")
        SKIPPED = "skipped", _("Vắng mặt khi gọi")

    class Priority(models.TextChoices):
        ELDERLY = "elderly", _("Người cao tuổi")
        DISABILITY = "disability", _("Người khuyết tật")
        PREGNANT = "pregnant", _("Phụ nữ mang thai")

    reception = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("bộ phận tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="tickets",
    )
    group = models.ForeignKey(
        "catalog.CounterGroup",
        verbose_name=_("nhóm quầy"),
        on_delete=models.PROTECT,
        related_name="tickets",
    )
    procedure = models.ForeignKey(
        "catalog.Procedure",
        verbose_name=_("thủ tục"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    day = models.DateField(_("ngày"))
    seq = models.PositiveIntegerField(_("số"))
    number = models.CharField(_("số thứ tự"), max_length=20)
    is_priority = models.BooleanField(_("ưu tiên"), default=False)
    priority_reason = models.CharField(
        _("đối tượng ưu tiên"), max_length=12, choices=Priority, blank=True
    )
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=Status, default=Status.WAITING
    )
    token = models.CharField(max_length=32, unique=True, default=new_key)
    kiosk = models.ForeignKey(
        Kiosk, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(_("lấy số lúc"))
    first_called_at = models.DateTimeField(_("gọi lần đầu lúc"), null=True, blank=True)
    called_at = models.DateTimeField(_("gọi lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    wait_seconds = models.PositiveIntegerField(_("thời gian chờ (giây)"), null=True)
    service_seconds = models.PositiveIntegerField(
        _("thời gian phục vụ (giây)"), default=0
    )
    counter = models.ForeignKey(
        Counter,
        verbose_name=_("quầy phục vụ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tickets",
    )
    target_counter = models.ForeignKey(
        Counter,
        verbose_name=_("chuyển đến quầy"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="transferred_tickets",
    )
    recalls = models.PositiveSmallIntegerField(_("số lần gọi lại"), default=0)
    transfers = models.PositiveSmallIntegerField(_("số lần chuyển quầy"), default=0)
    served_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ phục vụ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tickets",
    )

    class Meta:
        ordering = ["day", "issued_at", "pk"]
        verbose_name = _("số thứ tự")
        verbose_name_plural = _("số thứ tự")
        indexes = [
            models.Index(
                fields=["reception", "day", "status"], name="floor_ticket_queue"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "day", "seq"], name="floor_ticket_seq_per_day"
            ),
            # A counter serves one ticket at a time.
            models.UniqueConstraint(
                fields=["counter"],
                condition=Q(status="called"),
                name="floor_one_ticket_per_counter",
            ),
            models.CheckConstraint(
                condition=Q(is_priority=False, priority_reason="")
                | Q(is_priority=True) & ~Q(priority_reason=""),
                name="floor_ticket_priority_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.number

    def get_absolute_url(self) -> str:
        return reverse("floor:ticket", kwargs={"token": self.token})


class ScreenEvent(models.Model):
    """One thing the screens must show: a call, a recall; read by id after a gap."""

    class Kind(models.TextChoices):
        CALL = "call", _("Gọi số")
        RECALL = "recall", _("Gọi lại")
        QUEUE = "queue", _("Hàng chờ thay đổi")

    hall = models.ForeignKey(Hall, on_delete=models.CASCADE, related_name="+")
    counter = models.ForeignKey(
        Counter, null=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind)
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.pk} {self.kind}"


class GuidanceTeam(TimeStampedModel):
    """A guidance team (tổ hướng dẫn) of a commune or of the Center."""

    name = models.CharField(_("tên tổ"), max_length=200)
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("xã, phường hoặc Trung tâm"),
        on_delete=models.PROTECT,
        related_name="guidance_teams",
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("thành viên"),
        related_name="guidance_teams",
        blank=True,
    )
    active = models.BooleanField(_("đang hoạt động"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tổ hướng dẫn")
        verbose_name_plural = _("tổ hướng dẫn")

    def __str__(self) -> str:
        return self.name


class HelpSession(TimeStampedModel):
    """One person helped by a guidance-team member."""

    class Topic(models.TextChoices):
        ACCOUNT = "account", _("Tạo tài khoản")
        ONLINE = "online", _("Nộp hồ sơ trực tuyến")
        POSTAL = "postal", _("Dịch vụ bưu chính công ích")
        PAYMENT = "payment", _("Thanh toán trực tuyến")

    class Outcome(models.TextChoices):
        DONE = "done", _("Đã làm xong")
        PARTLY = "partly", _("Làm được một phần, hẹn tiếp")
        NOT_DONE = "not_done", _("Chưa làm được")

    team = models.ForeignKey(
        GuidanceTeam,
        verbose_name=_("tổ"),
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("thành viên hỗ trợ"),
        on_delete=models.PROTECT,
        related_name="help_sessions",
    )
    at = models.DateTimeField(_("thời điểm"))
    person_name = models.CharField(_("người được hỗ trợ"), max_length=255)
    person_id_number = models.CharField(_("số CCCD"), max_length=12, blank=True)
    person_phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản của người được hỗ trợ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.CharField(_("nội dung hỗ trợ"), max_length=10, choices=Topic)
    outcome = models.CharField(_("kết quả"), max_length=10, choices=Outcome)
    satisfaction = models.CharField(
        _("mức độ hài lòng"),
        max_length=16,
        blank=True,
        choices=[
            ("very_satisfied", _("Rất hài lòng")),
            ("satisfied", _("Hài lòng")),
            ("not_satisfied", _("Không hài lòng")),
        ],
    )
    note = models.TextField(_("ghi chú"), blank=True, max_length=2000)
    account_created = models.BooleanField(_("đã tạo tài khoản"), default=False)
    consent_at = models.DateTimeField(
        _("người dân đồng ý cho nộp thay lúc"), null=True, blank=True
    )
    consent_note = models.CharField(
        _("cách ghi nhận sự đồng ý"), max_length=255, blank=True
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ nộp thay"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("lượt hỗ trợ")
        verbose_name_plural = _("lượt hỗ trợ")
        indexes = [models.Index(fields=["team", "at"], name="floor_help_team_at")]

    def __str__(self) -> str:
        return f"{self.person_name} – {self.get_topic_display()}"


class Shipment(TimeStampedModel):
    """A result sent to the applicant through the public postal service."""

    class Status(models.TextChoices):
        CREATED = "created", _("Đã tạo bưu gửi")
        ACCEPTED = "accepted", _("Bưu điện đã nhận")
        IN_TRANSIT = "in_transit", _("Đang vận chuyển")
        DELIVERED = "delivered", _("Đã phát thành công")
        RETURNED = "returned", _("Phát không thành công, chuyển hoàn")

    dossier = models.ForeignKey(
        "dossiers.Dossier",
        verbose_name=_("hồ sơ"),
        on_delete=models.PROTECT,
        related_name="shipments",
    )
    tracking_number = models.CharField(_("số hiệu bưu gửi"), max_length=40, unique=True)
    operator = models.CharField(_("đơn vị bưu chính"), max_length=60)
    recipient_name = models.CharField(_("người nhận"), max_length=255)
    recipient_phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    address = models.CharField(_("địa chỉ nhận"), max_length=255)
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status, default=Status.CREATED
    )
    status_at = models.DateTimeField(_("cập nhật trạng thái lúc"))
    history = models.JSONField(_("hành trình"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("bưu gửi kết quả")
        verbose_name_plural = _("bưu gửi kết quả")

    def __str__(self) -> str:
        return self.tracking_number

    @property
    def is_final(self) -> bool:
        return self.status in (self.Status.DELIVERED, self.Status.RETURNED)


class Guide(TimeStampedModel):
    """A step-by-step guide for a procedure or for using the portal."""

    class Kind(models.TextChoices):
        PROCEDURE = "procedure", _("Hướng dẫn thực hiện thủ tục")
        PORTAL = "portal", _("Hướng dẫn sử dụng cổng dịch vụ công")

    title = models.CharField(_("tiêu đề"), max_length=255)
    summary = models.TextField(_("tóm tắt"), blank=True, max_length=1000)
    kind = models.CharField(_("loại"), max_length=10, choices=Kind)
    procedure = models.ForeignKey(
        "catalog.Procedure",
        verbose_name=_("thủ tục"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="guides",
    )
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị đăng"),
        on_delete=models.PROTECT,
        related_name="guides",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người soạn"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("hướng dẫn")
        verbose_name_plural = _("hướng dẫn")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="portal") | Q(procedure__isnull=False),
                name="floor_guide_procedure_set",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("floor:guide", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class GuideStep(models.Model):
    """One step of a guide: text and an optional picture."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("thứ tự"))
    text = models.TextField(_("nội dung bước"), max_length=4000)
    image = models.ImageField(
        _("hình minh họa"), upload_to="floor/guides/%Y/%m/", blank=True
    )

    class Meta:
        ordering = ["guide", "order"]
        verbose_name = _("bước hướng dẫn")
        verbose_name_plural = _("bước hướng dẫn")

    def __str__(self) -> str:
        return f"{self.order}. {self.text[:40]}"
