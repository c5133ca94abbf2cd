from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# psycopg keeps its parsing of a statement's placeholders only for statements of
# up to 50 parameters and 4,096 bytes, since ORMs make long ones of varying shape
# (a bulk INSERT's VALUES lists). Ours are fixed texts built once per process
# (`core.compiled`), such as a dossier written with its events and papers (about
# 100 parameters): each was parsed again on every call.
STATEMENT_CACHE_PARAMS = 256
STATEMENT_CACHE_BYTES = 32_768


def statement_cache_widen() -> None:
    """Let psycopg cache the parsing of our long fixed statements too."""
    try:
        from psycopg import _queries
    except ImportError:  # SQLite only
        return
    # A private module of psycopg's: if a release renames these, nothing changes.
    for name, ours in (
        ("MAX_CACHED_STATEMENT_PARAMS", STATEMENT_CACHE_PARAMS),
        ("MAX_CACHED_STATEMENT_LENGTH", STATEMENT_CACHE_BYTES),
    ):
        theirs = getattr(_queries, name, None)
        if isinstance(theirs, int):
            setattr(_queries, name, max(theirs, ours))


class CoreConfig(AppConfig):
    name = "motcua.core"
    label = "core"
    verbose_name = _("Lịch làm việc và dùng chung")

    def ready(self) -> None:
        statement_cache_widen()
