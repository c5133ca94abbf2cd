"""Reads of the public catalog."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from motcua.catalog.models import Field, Procedure
from motcua.core.text import search_key


def procedure_list_public(
    *,
    query: str = "",
    field_code: str = "",
    service_level: str = "",
    level: str = "",
    agency_code: str = "",
) -> QuerySet[Procedure]:
    """Return published procedures matching the filters; words ignore diacritics."""
    procedures = Procedure.objects.filter(
        state=Procedure.State.PUBLISHED
    ).select_related("field", "agency")
    words = search_key(query).split()
    for position, word in enumerate(words):
        # Whole words, except the last one which may still be being typed.
        last = position == len(words) - 1
        pattern = f" {word}" if last else f" {word} "
        procedures = procedures.filter(
            Q(name_folded__contains=pattern) | Q(code__icontains=word)
        )
    if field_code:
        procedures = procedures.filter(field__code=field_code)
    if service_level:
        procedures = procedures.filter(service_level=service_level)
    if level:
        procedures = procedures.filter(level=level)
    if agency_code:
        procedures = procedures.filter(agency__code=agency_code)
    return procedures.order_by("name")


def procedure_get_public(*, code: str) -> Procedure:
    """Return one published procedure with its papers, fees and steps."""
    return (
        Procedure.objects.filter(state=Procedure.State.PUBLISHED)
        .select_related("field", "agency")
        .prefetch_related("components", "fees", "steps")
        .get(code=code)
    )


def field_list_with_counts() -> QuerySet[Field]:
    """Return the fields with how many published procedures each has."""
    return Field.objects.annotate(
        procedure_count=Count(
            "procedure", filter=Q(procedure__state=Procedure.State.PUBLISHED)
        )
    ).filter(procedure_count__gt=0)


def service_level_counts() -> dict[str, int]:
    """Return the number of published procedures per service level."""
    rows = (
        Procedure.objects.filter(state=Procedure.State.PUBLISHED)
        .values("service_level")
        .annotate(n=Count("pk"))
    )
    counts = {row["service_level"]: row["n"] for row in rows}
    counts["total"] = sum(counts.values())
    return counts
