"""Tell applicants what happened to their dossier; verify phones and e-mails.

Dossier notifications are scheduled by the lifecycle after the transaction that
appended the event commits, then sent in the background, at most once per event
and channel: the Notification row is unique on (event, channel) and is claimed
before anything is sent.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.core.errors import DomainError
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.integrations.sms import SMSError, get_backend
from motcua.notifications.messages import (
    NOTIFIED_VERBS,
    message_for,
    verification_message,
)
from motcua.notifications.models import (
    AccountVerification,
    Channel,
    Notification,
    VerificationCode,
)

logger = logging.getLogger(__name__)

# An event dated further back than this is history being recorded (an import, the
# demo), not news: nobody is told of it.
NOTIFY_MAX_AGE = timedelta(hours=24)
MAX_ATTEMPTS = 5
RETRY_DELAY = timedelta(minutes=5)

CODE_TTL = timedelta(minutes=10)
CODE_ATTEMPTS = 5
RESEND_AFTER = timedelta(seconds=60)
CODES_PER_HOUR = 5


# ---------------------------------------------------------------- dossier events


def event_notify_schedule(*, event: DossierEvent) -> None:
    """Enqueue the applicant's notifications of an event once its transaction commits.

    A rolled-back transaction enqueues nothing.
    """
    if event.verb not in NOTIFIED_VERBS:
        return
    if event.at < timezone.now() - NOTIFY_MAX_AGE:
        return
    transaction.on_commit(partial(_enqueue, event.pk), robust=True)


def _enqueue(event_id: int, run_after: datetime | None = None) -> None:
    from motcua.notifications.tasks import notify_dossier_event

    task = notify_dossier_event
    if run_after is not None:
        task = task.using(run_after=run_after)
    task.enqueue(event_id=event_id)


def _recipients(dossier: Dossier) -> list[tuple[str, str]]:
    owner = dossier.owner
    email = dossier.applicant_email or (owner.email if owner else "")
    phone = dossier.applicant_phone or (owner.phone if owner else "")
    recipients = []
    if email:
        recipients.append((Channel.EMAIL, email))
    if phone:
        recipients.append((Channel.SMS, phone))
    return recipients


@dataclass
class NotifyReport:
    """What one run did: messages sent, skipped (already handled), failed."""

    sent: int = 0
    skipped: int = 0
    retry: int = 0
    failed: int = 0


def dossier_event_notify(*, event_id: int) -> NotifyReport:
    """Send the e-mail and SMS of one event; a second run sends nothing more."""
    report = NotifyReport()
    event = (
        DossierEvent.objects.select_related("dossier__procedure", "dossier__owner")
        .filter(pk=event_id)
        .first()
    )
    message = message_for(event) if event is not None else None
    if message is None:
        return report
    for channel, recipient in _recipients(event.dossier):
        notification, _created = Notification.objects.get_or_create(
            event=event,
            channel=channel,
            defaults={
                "dossier": event.dossier,
                "recipient": recipient,
                "subject": message.subject,
                "body": message.text if channel == Channel.EMAIL else message.sms,
            },
        )
        if not _claim(notification):
            report.skipped += 1
            continue
        status = notification_deliver(notification=notification)
        if status == Notification.Status.SENT:
            report.sent += 1
        elif status == Notification.Status.RETRY:
            report.retry += 1
        else:
            report.failed += 1
    if report.retry:
        _retry_later(event_id)
    return report


def _claim(notification: Notification) -> bool:
    """Take the row for this run; False when it was sent or is being sent."""
    claimed = Notification.objects.filter(
        pk=notification.pk,
        status__in=(Notification.Status.PENDING, Notification.Status.RETRY),
        attempts__lt=MAX_ATTEMPTS,
    ).update(
        status=Notification.Status.SENDING,
        attempts=F("attempts") + 1,
        claimed_at=timezone.now(),
    )
    if claimed:
        notification.refresh_from_db(fields=["status", "attempts", "claimed_at"])
    return bool(claimed)


def notification_deliver(*, notification: Notification) -> str:
    """Hand a claimed notification to its backend and record the outcome."""
    try:
        if notification.channel == Channel.EMAIL:
            send_mail(
                notification.subject,
                notification.body,
                None,
                [notification.recipient],
                fail_silently=False,
            )
        else:
            get_backend().send(to=notification.recipient, text=notification.body)
    except SMSError as error:
        permanent = error.permanent
        problem = str(error)
    except smtplib.SMTPRecipientsRefused as error:
        permanent, problem = True, str(error)
    except (OSError, smtplib.SMTPException) as error:
        permanent, problem = False, str(error)
    else:
        notification.status = Notification.Status.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["status", "sent_at", "last_error"])
        return notification.status
    exhausted = notification.attempts >= MAX_ATTEMPTS
    notification.status = (
        Notification.Status.FAILED
        if permanent or exhausted
        else Notification.Status.RETRY
    )
    notification.last_error = problem[:2000]
    notification.save(update_fields=["status", "last_error"])
    logger.warning(
        "notification %s (%s) failed: %s",
        notification.pk,
        notification.channel,
        problem,
    )
    return notification.status


def _retry_later(event_id: int) -> None:
    from motcua.notifications.tasks import notify_dossier_event

    if notify_dossier_event.get_backend().supports_defer:
        _enqueue(event_id, run_after=timezone.now() + RETRY_DELAY)


# ---------------------------------------------------------------- verification


def _code_hash(verification_id: int, code: str) -> str:
    key = settings.SECRET_KEY.encode()
    message = f"verification:{verification_id}:{code}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _destination(user: User, channel: str) -> str:
    return user.phone if channel == Channel.SMS else user.email


def verification_require(*, user: User, channel: str) -> AccountVerification:
    """Make a newly registered account confirm its phone or e-mail before submitting."""
    destination = _destination(user, channel)
    if not destination:
        raise DomainError(_("Tài khoản chưa có địa chỉ để gửi mã xác minh."))
    verification, _created = AccountVerification.objects.update_or_create(
        user=user,
        defaults={"channel": channel, "destination": destination, "verified_at": None},
    )
    return verification


def verification_start(*, user: User, channel: str) -> VerificationCode:
    """Require verification and send the first code.

    The requirement is committed first: if sending fails, the account still waits
    for a code, which the user asks for again.
    """
    with transaction.atomic():
        verification_require(user=user, channel=channel)
    return verification_code_send(user=user, channel=channel)


@transaction.atomic
def verification_code_send(
    *, user: User, channel: str | None = None, now: datetime | None = None
) -> VerificationCode:
    """Send a new 6-digit code to the phone or e-mail; keep only its keyed hash."""
    now = now or timezone.now()
    verification = AccountVerification.objects.select_for_update().get(user=user)
    if verification.is_verified:
        raise DomainError(_("Tài khoản đã được xác minh."))
    channel = channel or verification.channel
    destination = _destination(user, channel)
    if not destination:
        raise DomainError(
            _("Tài khoản chưa có %(channel)s để nhận mã.")
            % {"channel": Channel(channel).label.lower()}
        )
    last = verification.codes.first()
    if last is not None and now - last.created_at < RESEND_AFTER:
        wait = int((RESEND_AFTER - (now - last.created_at)).total_seconds()) + 1
        raise DomainError(
            _("Mã vừa được gửi. Hãy chờ %(seconds)s giây rồi yêu cầu mã mới.")
            % {"seconds": wait}
        )
    recent = verification.codes.filter(created_at__gte=now - timedelta(hours=1))
    if recent.count() >= CODES_PER_HOUR:
        raise DomainError(_("Đã gửi quá nhiều mã trong một giờ. Hãy thử lại sau."))
    code = f"{secrets.randbelow(10**6):06d}"
    row = VerificationCode.objects.create(
        verification=verification,
        channel=channel,
        destination=destination,
        code_hash=_code_hash(verification.pk, code),
        expires_at=now + CODE_TTL,
    )
    verification.channel = channel
    verification.destination = destination
    verification.save(update_fields=["channel", "destination"])
    # Sent now, not through the task queue: the queue would keep the plain code.
    message = verification_message(code, int(CODE_TTL.total_seconds() // 60))
    try:
        if channel == Channel.EMAIL:
            send_mail(message.subject, message.text, None, [destination])
        else:
            get_backend().send(to=destination, text=message.sms)
    except SMSError as error:
        raise DomainError(str(error)) from error
    except (OSError, smtplib.SMTPException) as error:
        logger.warning("verification code to %s failed: %s", channel, error)
        raise DomainError(
            _("Chưa gửi được mã xác minh. Hãy thử lại sau ít phút.")
        ) from error
    return row


def verification_check(
    *, user: User, code: str, now: datetime | None = None
) -> AccountVerification:
    """Confirm the account with the last code sent; count wrong attempts."""
    now = now or timezone.now()
    code = (code or "").strip()
    with transaction.atomic():
        verification = AccountVerification.objects.select_for_update().get(user=user)
        if verification.is_verified:
            return verification
        row = verification.codes.filter(used_at__isnull=True).first()
        problem = _code_problem(row, now)
        if problem is None and hmac.compare_digest(
            row.code_hash, _code_hash(verification.pk, code)
        ):
            row.used_at = now
            row.save(update_fields=["used_at"])
            verification.verified_at = now
            verification.save(update_fields=["verified_at"])
            return verification
        if problem is None:
            row.attempts = F("attempts") + 1
            row.save(update_fields=["attempts"])
            row.refresh_from_db(fields=["attempts"])
            left = CODE_ATTEMPTS - row.attempts
            problem = (
                _("Mã xác minh không đúng. Còn %(left)s lần thử.") % {"left": left}
                if left > 0
                else _("Mã xác minh không đúng. Hãy yêu cầu mã mới.")
            )
    # Raised after the commit, so the wrong attempt stays counted.
    raise DomainError(problem)


def _code_problem(row: VerificationCode | None, now: datetime) -> str | None:
    if row is None:
        return _("Chưa có mã xác minh. Hãy bấm «Gửi mã».")
    if row.expires_at <= now:
        return _("Mã xác minh đã hết hạn. Hãy yêu cầu mã mới.")
    if row.attempts >= CODE_ATTEMPTS:
        return _("Đã nhập sai quá nhiều lần. Hãy yêu cầu mã mới.")
    return None
