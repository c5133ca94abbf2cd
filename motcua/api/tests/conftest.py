"""What the API tests share: an online procedure with papers and an e-form, clients."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from motcua.accounts.models import Agency
from motcua.accounts.tests.factories import AgencyFactory
from motcua.api.auth import token_issue
from motcua.catalog.models import Procedure
from motcua.catalog.tests.factories import (
    ComponentFactory,
    FeeFactory,
    ProcedureFactory,
)
from motcua.dossiers.models import Dossier, DossierDocument, DossierEvent
from motcua.dossiers.tests.factories import PDF_BYTES

FORM_SCHEMA = [
    {"name": "ten_co_so", "label": "Tên cơ sở", "type": "text", "required": True},
    {"name": "dia_chi", "label": "Địa chỉ", "type": "textarea", "required": True},
    {"name": "so_cccd", "label": "Số CCCD", "type": "cccd", "required": True},
    {"name": "dien_tich", "label": "Diện tích", "type": "number", "required": False},
    {
        "name": "loai_thuoc",
        "label": "Loại thuốc",
        "type": "choice",
        "required": True,
        "choices": [["duoc_pham", "Dược phẩm"], ["sinh_hoc", "Chế phẩm sinh học"]],
    },
    {"name": "bao_quan_lanh", "label": "Có tủ lạnh", "type": "boolean"},
]
GOOD_FORM = {
    "ten_co_so": "Cửa hàng thuốc thú y Bình An",
    "dia_chi": "Thôn Bản Thín, xã Quảng Lạc",
    "so_cccd": "020090001234",
    "dien_tich": 24,
    "loai_thuoc": "duoc_pham",
    "bao_quan_lanh": True,
}
# A 64-bit ELF header: an executable, whatever its name says.
ELF_BYTES = (
    b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\0" * 4000
)


@pytest.fixture(autouse=True)
def api_urls(settings):
    """Serve only the API, so these tests do not depend on the web pages."""
    settings.ROOT_URLCONF = "motcua.api.tests.urls"


@pytest.fixture
def online_procedure(procedure) -> Procedure:
    """The department's procedure with two papers (one optional), a fee and a form."""
    procedure.form_schema = FORM_SCHEMA
    procedure.save()
    ComponentFactory(procedure=procedure, order=1, name="Đơn đề nghị", required=True)
    ComponentFactory(
        procedure=procedure, order=2, name="Bản thuyết minh", required=False, copies=1
    )
    FeeFactory(procedure=procedure, name="Phí thẩm định", amount=200_000)
    FeeFactory(procedure=procedure, name="Lệ phí cấp giấy", amount=50_000)
    return procedure


@pytest.fixture
def info_procedure(department) -> Procedure:
    return ProcedureFactory(
        name="Cung cấp thông tin quy hoạch",
        agency=department,
        service_level=Procedure.ServiceLevel.INFO,
    )


@pytest.fixture
def commune(province) -> Agency:
    commune = AgencyFactory(
        code="000.30.25.H37",
        name="UBND xã Quảng Lạc",
        level=Agency.Level.COMMUNE,
        parent=province,
    )
    AgencyFactory(
        code="000.31.25.H37",
        name="Bộ phận Một cửa xã Quảng Lạc",
        level=Agency.Level.RECEPTION,
        parent=commune,
    )
    return commune


@pytest.fixture
def commune_procedure(commune) -> Procedure:
    return ProcedureFactory(
        name="Đăng ký khai sinh",
        agency=None,
        level=Procedure.Level.COMMUNE,
        result_type=Procedure.ResultType.PAPER,
    )


def bearer(user) -> Client:
    """Return a client that sends a fresh token of the user."""
    return Client(headers={"authorization": f"Bearer {token_issue(user=user)}"})


@pytest.fixture
def citizen_client(citizen) -> Client:
    return bearer(citizen)


@pytest.fixture
def other_client(other_citizen) -> Client:
    return bearer(other_citizen)


def upload(client: Client, path: str, content: bytes, name: str = "don.pdf"):
    """PUT one file as multipart/form-data, as a browser or curl -F would."""
    body = encode_multipart(BOUNDARY, {"file": SimpleUploadedFile(name, content)})
    return client.put(path, data=body, content_type=MULTIPART_CONTENT)


def pdf() -> bytes:
    return PDF_BYTES


def counts() -> tuple[int, int, int]:
    """Return how many dossiers, documents and events exist."""
    return (
        Dossier.objects.count(),
        DossierDocument.objects.count(),
        DossierEvent.objects.count(),
    )


def error_of(response) -> dict:
    """Return the API's error document, checking its shape."""
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["message"]
    return body["error"]
