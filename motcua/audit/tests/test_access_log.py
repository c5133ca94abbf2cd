"""The access log: officials' views are recorded, the applicant's own are not."""

from __future__ import annotations

import pytest

from motcua.audit.models import AccessLog
from motcua.audit.selectors import access_log_by_official, access_log_for_dossier
from motcua.audit.services import access_record
from motcua.dossiers.tests.factories import counter_dossier

pytestmark = pytest.mark.django_db


def test_an_officials_view_is_recorded_with_their_agency(
    procedure, center, receiver, official
):
    dossier = counter_dossier(procedure=procedure, reception=center, actor=receiver)
    log = access_record(user=official, dossier=dossier, action=AccessLog.Action.VIEW)
    assert log is not None
    assert (log.user, log.agency, log.dossier) == (official, official.agency, dossier)
    assert list(access_log_for_dossier(dossier=dossier)) == [log]
    assert list(access_log_by_official(user=official)) == [log]


def test_the_applicants_own_view_is_not_recorded(procedure, center, receiver, citizen):
    dossier = counter_dossier(procedure=procedure, reception=center, actor=receiver)
    assert access_record(user=citizen, dossier=dossier, action="view") is None
    assert not AccessLog.objects.exists()


def test_an_entry_is_never_changed(procedure, center, receiver, official):
    dossier = counter_dossier(procedure=procedure, reception=center, actor=receiver)
    log = access_record(
        user=official, dossier=dossier, action="download", target="x" * 300
    )
    assert len(log.target) == 255
    log.target = "khác"
    with pytest.raises(RuntimeError):
        log.save()
