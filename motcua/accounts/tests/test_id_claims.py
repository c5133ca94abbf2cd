"""A number typed at registration does not make someone the owner of that citizen."""

from __future__ import annotations

import pytest
from django.core.exceptions import SuspiciousOperation

from motcua.accounts.oidc import VNeIDBackend
from motcua.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NUMBER = "020190004321"


def claims() -> dict:
    return {"citizen_id": NUMBER, "name": "Hoàng Văn Thật", "sub": "abc"}


def test_vneid_owner_takes_the_number_from_an_unproven_account(settings):
    settings.OIDC_CITIZEN_ID_CLAIM = "citizen_id"
    squatter = UserFactory(username=NUMBER, id_number=NUMBER, id_verified=False)
    backend = VNeIDBackend()
    assert not backend.filter_users_by_claims(claims()).exists()

    owner = backend.create_user(claims())

    squatter.refresh_from_db()
    assert squatter.id_number == ""
    assert owner.pk != squatter.pk
    assert owner.id_number == NUMBER
    assert owner.id_verified
    assert list(backend.filter_users_by_claims(claims())) == [owner]


def test_vneid_refuses_a_locked_proven_account(settings):
    settings.OIDC_CITIZEN_ID_CLAIM = "citizen_id"
    UserFactory(id_number=NUMBER, id_verified=True, is_active=False)
    with pytest.raises(SuspiciousOperation):
        VNeIDBackend().create_user(claims())


def test_counter_dossier_links_only_to_a_proven_account():
    from motcua.onestop.views import _owner_or_none

    UserFactory(id_number=NUMBER, id_verified=False)
    assert _owner_or_none(NUMBER, "") is None
    proven = UserFactory(id_number="020190004322", id_verified=True)
    assert _owner_or_none("020190004322", "") == proven
