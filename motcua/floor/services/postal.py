"""Results returned through the public postal service."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    Applicant,
    Delivery,
    dossier_receive_direct,
    dossier_return,
)
from motcua.dossiers.services.lifecycle import RECEPTION_ROLES
from motcua.dossiers.services.permissions import Side, require_official
from motcua.floor.models import Shipment
from motcua.integrations.post import PostalError, ShipmentRequest, postal_backend


def _postal_failure(error: PostalError) -> DomainError:
    if error.permanent:
        return DomainError(
            _("Bưu điện từ chối tạo bưu gửi: %(why)s") % {"why": error.message}
        )
    return DomainError(
        _("Chưa kết nối được với bưu điện (%(why)s). Hãy thử lại sau ít phút.")
        % {"why": error.message}
    )


def shipment_create(
    *, dossier: Dossier, actor: User, at: datetime | None = None
) -> Shipment:
    """Send a finished result by post: create the shipment, then return the dossier."""
    require_official(
        actor=actor, dossier=dossier, side=Side.RECEPTION, roles=RECEPTION_ROLES
    )
    if dossier.status != Dossier.Status.FINISHED:
        raise DomainError(_("Chỉ gửi bưu điện kết quả của hồ sơ đã xử lý xong."))
    if dossier.delivery != Dossier.Delivery.POST:
        raise DomainError(_("Người nộp không đăng ký nhận kết quả qua bưu điện."))
    backend = postal_backend()
    request = ShipmentRequest(
        reference=dossier.code,
        recipient_name=dossier.applicant_name,
        recipient_phone=dossier.applicant_phone,
        address=dossier.delivery_address,
        sender_name=dossier.reception.name,
        sender_address=dossier.reception.address,
    )
    # The operator is called outside the transaction: no row lock waits on it.
    try:
        info = backend.shipment_create(request)
    except PostalError as error:
        raise _postal_failure(error) from error
    with transaction.atomic():
        shipment = Shipment.objects.create(
            dossier=dossier,
            tracking_number=info.tracking_number,
            operator=backend.name,
            recipient_name=dossier.applicant_name,
            recipient_phone=dossier.applicant_phone,
            address=dossier.delivery_address,
            status=info.status,
            status_at=info.status_at,
            history=info.history,
            created_by=actor,
        )
        dossier_return(
            dossier=dossier,
            actor=actor,
            postal_tracking=info.tracking_number,
            note=_("Gửi kết quả qua bưu chính công ích"),
            at=at,
        )
    return shipment


def shipment_refresh(*, shipment: Shipment) -> Shipment:
    """Ask the operator for the shipment's status and record it."""
    if shipment.is_final:
        return shipment
    try:
        info = postal_backend().shipment_status(shipment.tracking_number)
    except PostalError as error:
        raise _postal_failure(error) from error
    if info.status not in Shipment.Status.values:
        raise DomainError(
            _("Bưu điện trả về trạng thái không rõ: %(s)s") % {"s": info.status}
        )
    with transaction.atomic():
        shipment = Shipment.objects.select_for_update().get(pk=shipment.pk)
        shipment.status = info.status
        shipment.status_at = info.status_at
        shipment.history = info.history
        shipment.save(update_fields=["status", "status_at", "history", "updated_at"])
    return shipment


def shipments_refresh_open() -> int:
    """Refresh every shipment not yet delivered or returned; return how many changed."""
    changed = 0
    for shipment in Shipment.objects.exclude(
        status__in=(Shipment.Status.DELIVERED, Shipment.Status.RETURNED)
    ):
        before = shipment.status
        try:
            if shipment_refresh(shipment=shipment).status != before:
                changed += 1
        except DomainError:
            continue
    return changed


def postal_dossier_receive(
    *,
    actor: User,
    procedure: Procedure,
    applicant: Applicant,
    postal_tracking: str,
    delivery: Delivery | None = None,
    at: datetime | None = None,
) -> Dossier:
    """Receive a paper dossier that came by post; it keeps its tracking number."""
    reception = actor.agency if actor.is_official else None
    if reception is None or reception.level != Agency.Level.RECEPTION:
        raise DomainError(_("Chỉ bộ phận tiếp nhận nhận hồ sơ gửi qua bưu chính."))
    return dossier_receive_direct(
        procedure=procedure,
        reception=reception,
        applicant=applicant,
        actor=actor,
        channel=Dossier.Channel.POSTAL,
        postal_tracking=postal_tracking.strip().upper(),
        delivery=delivery or Delivery(),
        at=at,
    )
