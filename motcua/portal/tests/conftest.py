"""Fixtures of the portal tests: an online procedure with an e-form and papers."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.accounts.models import Agency
from motcua.accounts.tests.factories import AgencyFactory
from motcua.catalog.models import Procedure
from motcua.catalog.tests.factories import (
    ComponentFactory,
    FeeFactory,
    ProcedureFactory,
)

LOCMEM = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "portal-tests",
    }
}
FORM_SCHEMA = [
    {"name": "ten_co_so", "label": "Tên cơ sở", "type": "text", "required": True},
    {
        "name": "dien_tich",
        "label": "Diện tích (m²)",
        "type": "number",
        "required": True,
    },
    {"name": "ngay_mo", "label": "Ngày mở cửa", "type": "date", "required": False},
    {
        "name": "loai",
        "label": "Loại thuốc",
        "type": "choice",
        "required": True,
        "choices": [["duoc", "Dược phẩm"], ["sinh_hoc", "Sinh học"]],
    },
    {"name": "bao_quan_lanh", "label": "Có tủ lạnh", "type": "boolean"},
]
GOOD_FORM = {
    "f_ten_co_so": "Cửa hàng thuốc thú y Sáng",
    "f_dien_tich": "25",
    "f_ngay_mo": "2026-03-05",
    "f_loai": "duoc",
    "f_bao_quan_lanh": "on",
    "applicant_phone": "0912345678",
    "applicant_email": "sang@example.vn",
    "applicant_address": "Thôn Bản Thín, xã Quảng Lạc",
}
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
    b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(autouse=True)
def locmem_cache(settings):
    """Give each test a fresh in-memory cache (rate limits count in the cache)."""
    settings.CACHES = LOCMEM
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def online_procedure(procedure):
    """The department's procedure with an e-form, two papers (one optional), a fee."""
    procedure.form_schema = FORM_SCHEMA
    procedure.save()
    ComponentFactory(procedure=procedure, order=1, name="Đơn đề nghị", required=True)
    ComponentFactory(
        procedure=procedure, order=2, name="Bản thuyết minh", required=True
    )
    ComponentFactory(procedure=procedure, order=3, name="Giấy tờ khác", required=False)
    FeeFactory(procedure=procedure, amount=230_000)
    return procedure


@pytest.fixture
def info_procedure(department):
    return ProcedureFactory(
        name="Cấp bản sao trích lục hộ tịch",
        agency=department,
        service_level=Procedure.ServiceLevel.INFO,
    )


@pytest.fixture
def commune(province) -> Agency:
    commune = AgencyFactory(
        code="000.21.30.H37",
        name="UBND xã Quảng Lạc",
        level=Agency.Level.COMMUNE,
        parent=province,
    )
    AgencyFactory(
        code="000.21.31.H37",
        name="Bộ phận Một cửa xã Quảng Lạc",
        level=Agency.Level.RECEPTION,
        parent=commune,
    )
    return commune


@pytest.fixture
def commune_procedure(db, commune):
    return ProcedureFactory(
        name="Đăng ký khai sinh",
        agency=None,
        level=Procedure.Level.COMMUNE,
        form_schema=[],
    )


def png_upload(name: str = "anh.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG_BYTES, content_type="image/png")


def exe_upload(name: str = "don.pdf") -> SimpleUploadedFile:
    """An ELF executable renamed .pdf."""
    body = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200
    return SimpleUploadedFile(name, body, content_type="application/pdf")
