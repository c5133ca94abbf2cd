"""Every change on the floor goes through a function of this package."""

from motcua.floor.services.guidance import (
    guidance_account_create,
    guidance_dossier_start,
    help_session_log,
)
from motcua.floor.services.guides import StepInput, guide_publish, guide_save
from motcua.floor.services.postal import (
    postal_dossier_receive,
    shipment_create,
    shipment_refresh,
    shipments_refresh_open,
)
from motcua.floor.services.ratings import tablet_rate, tablet_ticket
from motcua.floor.services.tickets import (
    counter_close,
    counter_open,
    screen_event_record,
    ticket_call_next,
    ticket_dossier_link,
    ticket_dossier_receive,
    ticket_finish,
    ticket_issue,
    ticket_number_next,
    ticket_recall,
    ticket_skip,
    ticket_transfer,
)

__all__ = [
    "StepInput",
    "counter_close",
    "counter_open",
    "guidance_account_create",
    "guidance_dossier_start",
    "guide_publish",
    "guide_save",
    "help_session_log",
    "postal_dossier_receive",
    "screen_event_record",
    "shipment_create",
    "shipment_refresh",
    "shipments_refresh_open",
    "tablet_rate",
    "tablet_ticket",
    "ticket_call_next",
    "ticket_dossier_link",
    "ticket_dossier_receive",
    "ticket_finish",
    "ticket_issue",
    "ticket_number_next",
    "ticket_recall",
    "ticket_skip",
    "ticket_transfer",
]
