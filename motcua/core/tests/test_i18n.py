"""Tests for the translations: English for our Vietnamese strings, Vietnamese for
django-import-export, and the .po/.mo files kept complete and compiled."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from motcua.dossiers.models import Dossier

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.LOCALE_PATHS[0])
EN_PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
VI_PO = LOCALE / "vi" / "LC_MESSAGES" / "django.po"
HEADING_VI = "Tìm thủ tục hành chính"
HEADING_EN = "Find an administrative procedure"
PERCENT = re.compile(r"%\(\w+\)[sd]|%[sd]")
BRACES = re.compile(r"\{\d*\}")  # "{} {}" may become "{1} {0}" to reorder


@pytest.fixture(autouse=True)
def _default_language():
    """Leave no language active after a test: requests here switch it."""
    yield
    translation.deactivate()


def read_po(path: Path) -> list[dict]:
    """Return the entries of a .po file (not the obsolete ones), header included.

    Each entry is a dict with msgid, msgid_plural, msgstr (a list: one string, or
    one per plural form) and flags.
    """
    entries: list[dict] = []
    flags: list[str] = []
    field = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#~"):
            field = None
            continue
        if line.startswith("#,"):
            flags += [flag.strip() for flag in line[2:].split(",")]
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgid":
            entries.append(
                {"msgid": "", "msgid_plural": None, "msgstr": [], "flags": flags}
            )
            flags = []
        entry = entries[-1]
        if line.startswith('"'):
            text = ast.literal_eval(line)
        else:
            text = ast.literal_eval(rest)
            if keyword == "msgid_plural":
                entry["msgid_plural"] = ""
            elif keyword.startswith("msgstr"):
                entry["msgstr"].append("")
            field = keyword
        if field == "msgid":
            entry["msgid"] += text
        elif field == "msgid_plural":
            entry["msgid_plural"] += text
        elif field and field.startswith("msgstr"):
            entry["msgstr"][-1] += text
    return entries


def placeholders(text: str) -> tuple[set[str], int]:
    """Return the %-placeholders of a string and how many {} it has."""
    return set(PERCENT.findall(text)), len(BRACES.findall(text))


def messages(path: Path) -> list[dict]:
    """Return the entries of a .po file without its header."""
    return [entry for entry in read_po(path) if entry["msgid"]]


def test_status_label_in_english():
    with translation.override("en"):
        assert str(Dossier.Status.RECEIVED.label) == "Received"
        assert str(Dossier.Status.RETURNED.label) == "Result returned"
    with translation.override("vi"):
        assert str(Dossier.Status.RECEIVED.label) == "Được tiếp nhận"


def test_portal_is_vietnamese_whatever_the_browser_language(client):
    # Many phones in Vietnam run in English: the portal stays Vietnamese until the
    # visitor picks English with the language switch.
    browser_english = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert HEADING_VI in browser_english
    assert '<html lang="vi">' in browser_english

    client.cookies["django_language"] = "en"
    english = client.get("/").content.decode()
    assert HEADING_EN in english
    assert HEADING_VI not in english
    assert '<html lang="en">' in english


def test_language_switch_sticks(client):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/"
    assert HEADING_EN in response.content.decode()
    # The choice is remembered: the next page is in English without any header.
    assert HEADING_EN in client.get("/").content.decode()

    back = client.post(
        reverse("set_language"), {"language": "vi", "next": "/"}, follow=True
    )
    assert HEADING_VI in back.content.decode()


def test_import_export_admin_in_vietnamese(admin_client):
    url = reverse("admin:catalog_procedure_import")
    assert url == "/quan-tri/catalog/procedure/import/"
    page = admin_client.get(url).content.decode()
    assert "Nhập dữ liệu" in page
    assert "Gửi" in page

    changelist = admin_client.get(reverse("admin:catalog_procedure_changelist"))
    assert "Xuất dữ liệu" in changelist.content.decode()

    admin_client.cookies["django_language"] = "en"
    english = admin_client.get(url).content.decode()
    assert "Import" in english
    assert "Nhập dữ liệu" not in english


def test_import_export_strings_in_vietnamese():
    with translation.override("vi"):
        assert translation.gettext("Confirm import") == "Xác nhận nhập"
        assert translation.gettext("Line number") == "Dòng"
        assert translation.gettext("Skipped") == "Bỏ qua"
        # Shared with Django's admin: the same word as Django's own Vietnamese.
        assert translation.gettext("Delete") == "Xóa"


def test_every_english_string_is_translated():
    entries = messages(EN_PO)
    assert len(entries) > 300
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"])]
    assert untranslated == [], "run makemessages -l en and translate these"
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert fuzzy == [], "check these translations and remove their fuzzy flag"
    plurals = [e for e in entries if e["msgid_plural"] is not None]
    assert all(len(e["msgstr"]) == 2 for e in plurals)


@pytest.mark.parametrize("path", [EN_PO, VI_PO], ids=["en", "vi"])
def test_placeholders_kept(path):
    for entry in messages(path):
        source = entry["msgid_plural"] or entry["msgid"]
        for text in entry["msgstr"]:
            assert placeholders(text) == placeholders(source), entry["msgid"]


def test_vietnamese_file_holds_only_import_export_strings():
    entries = messages(VI_PO)
    assert entries
    assert all(e["msgid"].isascii() for e in entries), "our msgids need no vi entry"
    assert all(all(e["msgstr"]) for e in entries)
    assert not any("fuzzy" in e["flags"] for e in entries)


@pytest.mark.parametrize("path", [EN_PO, VI_PO], ids=["en", "vi"])
def test_compiled_catalogue_matches_po(path):
    """The committed .mo is what the .po says: recompile after editing it."""
    with path.with_suffix(".mo").open("rb") as mo:
        catalogue = gettext.GNUTranslations(mo)
    for entry in messages(path):
        if entry["msgid_plural"] is None:
            assert catalogue.gettext(entry["msgid"]) == entry["msgstr"][0]
            continue
        for n, text in zip([1, 2], entry["msgstr"], strict=False):
            assert catalogue.ngettext(entry["msgid"], entry["msgid_plural"], n) == text
