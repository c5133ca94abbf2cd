"""Agencies (đơn vị) as a tree, users, and the roles of officials."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from motcua.accounts.validators import validate_agency_code
from motcua.core.models import TimeStampedModel
from motcua.core.text import search_key


class Agency(TimeStampedModel):
    """An agency or reception unit, placed in the province's tree."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("Cấp tỉnh (UBND tỉnh)")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        DISTRICT = "district", _("Cấp huyện (đã bãi bỏ từ 01/7/2025)")
        COMMUNE = "commune", _("Cấp xã")
        RECEPTION = "reception", _("Bộ phận tiếp nhận và trả kết quả")
        CENTRAL = "central", _("Cơ quan trung ương đóng trên địa bàn")
        ENTERPRISE = "enterprise", _("Doanh nghiệp cung cấp dịch vụ công")

    code = models.CharField(
        _("mã định danh điện tử"),
        max_length=35,
        unique=True,
        validators=[validate_agency_code],
    )
    name = models.CharField(_("tên"), max_length=255)
    short_name = models.CharField(_("tên ngắn"), max_length=120, blank=True)
    level = models.CharField(_("cấp"), max_length=20, choices=Level)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=500, editable=False, db_index=True)
    active_from = models.DateField(_("hoạt động từ"), null=True, blank=True)
    active_to = models.DateField(_("hoạt động đến"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị kế thừa"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    office_hours = models.CharField(
        _("giờ làm việc"),
        max_length=60,
        blank=True,
        help_text=_("Để trống: theo giờ chung của tỉnh, ví dụ 07:00-11:30,13:30-17:00"),
    )
    name_folded = models.CharField(max_length=260, editable=False, db_index=True)

    class Meta:
        ordering = ["path"]
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        constraints = [
            models.CheckConstraint(
                condition=Q(active_to__isnull=True)
                | Q(active_from__isnull=True)
                | Q(active_to__gte=models.F("active_from")),
                name="agency_active_to_after_from",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def _refuse_move_under_own_subtree(self) -> None:
        if self.pk and self.parent_id and self.path:
            parent_path = (
                Agency.objects.filter(pk=self.parent_id)
                .values_list("path", flat=True)
                .first()
            )
            if parent_path and parent_path.startswith(self.path):
                raise ValidationError(
                    {
                        "parent": _(
                            "Không thể đặt một đơn vị dưới chính đơn vị con của nó."
                        )
                    }
                )

    def save(self, *args, **kwargs) -> None:
        self.name_folded = search_key(self.name)
        if self.pk and self.parent_id and self.path:
            # A move under one's own subtree would corrupt every path below; the
            # admin form and the import say so to the user first.
            self._refuse_move_under_own_subtree()
        super().save(*args, **kwargs)
        # The materialised path needs the primary key, so it is set after the insert;
        # a move rewrites the paths of the whole subtree (the admin can move agencies).
        parent_path = (
            Agency.objects.values_list("path", flat=True).get(pk=self.parent_id)
            if self.parent_id
            else "/"
        )
        new_path = f"{parent_path}{self.pk}/"
        if new_path != self.path:
            old_path, self.path = self.path, new_path
            Agency.objects.filter(pk=self.pk).update(path=new_path)
            if old_path:
                for child in Agency.objects.filter(path__startswith=old_path).exclude(
                    pk=self.pk
                ):
                    child.path = new_path + child.path[len(old_path) :]
                    Agency.objects.filter(pk=child.pk).update(path=child.path)

    def is_active_on(self, day: date) -> bool:
        """Return whether the agency exists on that day."""
        if self.active_from and day < self.active_from:
            return False
        return not (self.active_to and day > self.active_to)

    @property
    def is_reception(self) -> bool:
        return self.level == self.Level.RECEPTION

    @property
    def depth(self) -> int:
        return self.path.count("/") - 1


class Role(models.TextChoices):
    """What an official does inside their agency."""

    RECEPTION_OFFICER = "reception_officer", _("Cán bộ tiếp nhận")
    SPECIALIST = "specialist", _("Chuyên viên xử lý")
    UNIT_LEADER = "unit_leader", _("Lãnh đạo phòng, đơn vị")
    AGENCY_LEADER = "agency_leader", _("Lãnh đạo cơ quan")
    AGENCY_ADMIN = "agency_admin", _("Quản trị cơ quan")
    PROVINCE_ADMIN = "province_admin", _("Quản trị cấp tỉnh")
    INSPECTOR = "inspector", _("Thanh tra, kiểm tra")
    GUIDANCE_MEMBER = "guidance_member", _("Thành viên tổ hướng dẫn")


class User(AbstractUser):
    """A citizen, an organisation's account or an official."""

    class Kind(models.TextChoices):
        CITIZEN = "citizen", _("Công dân")
        ORGANISATION = "organisation", _("Tổ chức, doanh nghiệp")
        OFFICIAL = "official", _("Cán bộ, công chức")

    kind = models.CharField(
        _("loại tài khoản"), max_length=20, choices=Kind, default=Kind.CITIZEN
    )
    full_name = models.CharField(_("họ và tên / tên tổ chức"), max_length=255)
    id_number = models.CharField(
        _("số định danh cá nhân"), max_length=12, blank=True, db_index=True
    )
    tax_code = models.CharField(_("mã số thuế"), max_length=14, blank=True)
    id_verified = models.BooleanField(
        _("đã xác thực số định danh / mã số thuế"),
        default=False,
        help_text=_(
            "Đã được VNeID, cán bộ (đối chiếu giấy tờ) hoặc quản trị xác nhận số này "
            "là của chủ tài khoản. Chỉ khi đó hồ sơ nộp tại quầy mới gắn vào tài khoản."
        ),
    )
    representative = models.CharField(_("người đại diện"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("đơn vị công tác"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officials",
    )

    objects = UserManager()

    class Meta:
        verbose_name = _("tài khoản")
        verbose_name_plural = _("tài khoản")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="official") | Q(agency__isnull=False),
                name="official_has_agency",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.username

    @property
    def is_official(self) -> bool:
        return self.kind == self.Kind.OFFICIAL

    @cached_property
    def role_set(self) -> frozenset[str]:
        """Return the roles held, read once per request."""
        if not self.is_official:
            return frozenset()
        return frozenset(self.roles.values_list("role", flat=True))

    def has_role(self, *roles: str) -> bool:
        """Return whether the official holds any of these roles."""
        return bool(self.role_set.intersection(roles))


class OfficialRole(models.Model):
    """One role held by an official in their agency."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("vai trò"), max_length=30, choices=Role)

    class Meta:
        verbose_name = _("vai trò")
        verbose_name_plural = _("vai trò")
        constraints = [
            models.UniqueConstraint(fields=["user", "role"], name="official_role_once"),
        ]

    def __str__(self) -> str:
        return self.get_role_display()
