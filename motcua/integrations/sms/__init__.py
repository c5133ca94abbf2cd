"""Sending text messages: one small interface, several backends (SMS_BACKEND)."""

from motcua.integrations.sms.backends import SMSError, get_backend, normalise_phone

__all__ = ["SMSError", "get_backend", "normalise_phone"]
