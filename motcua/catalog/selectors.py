"""Reads of the public catalog."""

from __future__ import annotations

import struct
from functools import lru_cache
from typing import Any

from django.contrib.postgres.search import TrigramSimilarity, TrigramWordSimilarity
from django.db import connection
from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce

from motcua.accounts.models import Agency
from motcua.catalog.models import Fee, Field, Procedure
from motcua.core.text import search_key

# Below this word similarity a misspelt query finds nothing (pg_trgm's own default
# for `%>` is 0.6; Vietnamese typed without tones loses more trigrams).
FUZZY_THRESHOLD = 0.5
# On SQLite the ranking is done in Python over the matching rows; past this many
# only the first ones by name are ranked (a province catalog has about 2,000).
PYTHON_RANK_LIMIT = 5000


def procedure_list_public(
    *,
    query: str = "",
    field_code: str = "",
    service_level: str = "",
    level: str = "",
    agency_code: str = "",
) -> QuerySet[Procedure]:
    """Return published procedures matching the filters, best match first.

    Words ignore diacritics and case; every word must appear in the name as a
    whole word (the last one may be a prefix, still being typed) or in the code.
    Names holding the words as one phrase come first, then names starting with
    it, then by trigram similarity to the query (shorter, closer names first).
    When no name has every word, a misspelt query falls back to trigram word
    similarity. PostgreSQL ranks with pg_trgm; SQLite ranks in Python the same way.
    """
    procedures = Procedure.objects.filter(
        state=Procedure.State.PUBLISHED
    ).select_related("field", "agency")
    if field_code:
        procedures = procedures.filter(field__code=field_code)
    if service_level:
        procedures = procedures.filter(service_level=service_level)
    if level:
        procedures = procedures.filter(level=level)
    if agency_code:
        procedures = procedures.filter(agency__code=agency_code)
    words = search_key(query).split()
    if not words:
        return procedures.order_by("name_folded", "code")
    matched = procedures.filter(_words_condition(words, query.strip()))
    if connection.vendor == "postgresql":
        ranked = _rank_postgresql(matched, words, query.strip())
        if ranked.exists():
            return ranked
        return _fuzzy_postgresql(procedures, words)
    ranked_ids = _rank_python(matched, words, query.strip())
    if not ranked_ids:
        ranked_ids = _fuzzy_python(procedures, words)
    return _in_order(procedures, ranked_ids)


# What a page of the catalog shows of each procedure, as procedure_page_public
# gives it: fee_vnd is the sum of its fees.
PAGE_COLUMNS = (
    "code",
    "name",
    "service_level",
    "level",
    "online_only",
    "limit_value",
    "limit_unit",
    "agency__code",
    "agency__name",
    "field__code",
    "field__name",
    "fee_vnd",
)


def procedure_page_public(
    *,
    query: str = "",
    field_code: str = "",
    service_level: str = "",
    level: str = "",
    agency_code: str = "",
    offset: int = 0,
    limit: int = 20,
) -> tuple[int, list[dict[str, Any]]]:
    """Return how many procedures match and one page of them (PAGE_COLUMNS).

    The same procedures in the same order as `procedure_list_public`. On
    PostgreSQL it is one query, written once per process for each number of
    words and set of filters: filters, ranking, the fall-back to misspelt words,
    the number found and the page's fees together (catalog searches that the
    cache has not seen are the public API's costliest reads, and building the
    ORM queries cost more than running them). Elsewhere it pages
    `procedure_list_public`.
    """
    words = search_key(query).split()
    raw = query.strip()
    if connection.vendor != "postgresql":
        return _page_orm(
            procedure_list_public(
                query=query,
                field_code=field_code,
                service_level=service_level,
                level=level,
                agency_code=agency_code,
            ),
            offset,
            limit,
        )
    filters = {
        "field": field_code,
        "service_level": service_level,
        "level": level,
        "agency": agency_code,
    }
    params: dict[str, Any] = {
        "published": Procedure.State.PUBLISHED,
        "raw": raw,
        "offset": offset,
        "end": offset + limit,
        **{name: value for name, value in filters.items() if value},
    }
    if words:
        phrase = _phrase(words)
        params.update(
            phrase=phrase,
            phrase_in=f"% {phrase}%",
            phrase_start=f" {phrase}%",
            threshold=FUZZY_THRESHOLD,
        )
        for position, word in enumerate(words):
            last = position == len(words) - 1
            params[f"word{position}"] = f"% {word}%" if last else f"% {word} %"
            params[f"code{position}"] = f"%{word}%"
    with connection.cursor() as cursor:
        sql = _page_sql(len(words), *(bool(value) for value in filters.values()))
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if not rows:
        return 0, []
    count = rows[0][1]
    # The first row comes whatever the page: the number found past the last page.
    page = rows if offset == 0 else rows[1:]
    return count, [dict(zip(PAGE_COLUMNS, row[2:], strict=True)) for row in page]


def _page_orm(
    procedures: QuerySet[Procedure], offset: int, limit: int
) -> tuple[int, list[dict[str, Any]]]:
    fees = (
        Fee.objects.filter(procedure=OuterRef("pk"))
        .order_by()
        .values("procedure")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    rows = list(
        procedures.annotate(
            fee_vnd=Coalesce(Subquery(fees, output_field=IntegerField()), 0),
            found=Window(Count("pk")),
        ).values(*PAGE_COLUMNS, "found")[offset : offset + limit]
    )
    if rows:
        count = rows[0].pop("found")
        for row in rows[1:]:
            del row["found"]
    else:
        count = procedures.count() if offset else 0
    return count, rows


@lru_cache(maxsize=256)  # by number of words and filters given
def _page_sql(
    word_count: int,
    by_field: bool,
    by_service_level: bool,
    by_level: bool,
    by_agency: bool,
) -> str:
    """Return PostgreSQL's query for a page of a search of so many words.

    The same conditions and order as `_words_condition`, `_rank_postgresql` and
    `_fuzzy_postgresql`, with only the filters given (fewer joins to plan).
    Gives (position, number found, *PAGE_COLUMNS) for the page's rows, and the
    first row whatever the page, so that the number found is always known.
    """
    procedure = Procedure._meta.db_table
    field = Field._meta.db_table
    agency = Agency._meta.db_table
    fee = Fee._meta.db_table
    joins = [f"INNER JOIN {field} f ON f.id = p.field_id"] if by_field else []
    conditions = ["p.state = %(published)s"]
    if by_field:
        conditions.append("f.code = %(field)s")
    if by_service_level:
        conditions.append("p.service_level = %(service_level)s")
    if by_level:
        conditions.append("p.level = %(level)s")
    if by_agency:
        joins.append(f"INNER JOIN {agency} a ON a.id = p.agency_id")
        conditions.append("a.code = %(agency)s")
    filtered = f"""
        SELECT p.id, p.code, p.name_folded
        FROM {procedure} p {" ".join(joins)}
        WHERE {" AND ".join(conditions)}"""  # noqa: S608
    if word_count:
        every_word = " AND ".join(
            f"(name_folded::text LIKE %(word{n})s"
            f" OR UPPER(code::text) LIKE UPPER(%(code{n})s))"
            for n in range(word_count)
        )
        found = f"""
        matched AS (
            SELECT id, code, name_folded,
                CASE WHEN UPPER(code::text) = UPPER(%(raw)s) THEN 1 ELSE 0 END
                    AS by_code,
                CASE WHEN name_folded::text LIKE %(phrase_in)s THEN 1 ELSE 0 END
                    AS by_phrase,
                CASE WHEN name_folded::text LIKE %(phrase_start)s THEN 1 ELSE 0 END
                    AS by_prefix,
                SIMILARITY(name_folded, %(phrase)s) AS rank
            FROM filtered
            WHERE UPPER(code::text) = UPPER(%(raw)s) OR ({every_word})
        ),
        found AS (
            SELECT * FROM matched
            UNION ALL
            SELECT id, code, name_folded, 0, 0, 0,
                WORD_SIMILARITY(%(phrase)s, name_folded)
                + SIMILARITY(name_folded, %(phrase)s)
            FROM filtered
            WHERE NOT EXISTS (SELECT 1 FROM matched)
              AND WORD_SIMILARITY(%(phrase)s, name_folded) >= %(threshold)s
        )"""  # noqa: S608
        order = "by_code DESC, by_phrase DESC, by_prefix DESC, rank DESC, "
    else:
        found = "found AS (SELECT * FROM filtered)"
        order = ""
    return f"""
        WITH filtered AS ({filtered}),
        {found},
        ordered AS (
            SELECT id, COUNT(*) OVER () AS found,
                ROW_NUMBER() OVER (ORDER BY {order}name_folded ASC, code ASC) AS n
            FROM found
        )
        SELECT o.n, o.found, p.code, p.name, p.service_level, p.level,
            p.online_only, p.limit_value, p.limit_unit, a.code, a.name,
            f.code, f.name,
            COALESCE(
                (SELECT SUM(e.amount) FROM {fee} e WHERE e.procedure_id = p.id), 0
            )::bigint
        FROM ordered o
        INNER JOIN {procedure} p ON p.id = o.id
        INNER JOIN {field} f ON f.id = p.field_id
        LEFT OUTER JOIN {agency} a ON a.id = p.agency_id
        WHERE o.n = 1 OR (o.n > %(offset)s AND o.n <= %(end)s)
        ORDER BY o.n"""  # noqa: S608


def _words_condition(words: list[str], raw: str) -> Q:
    condition = Q(code__iexact=raw)
    every_word = Q()
    for position, word in enumerate(words):
        # Whole words, except the last one which may still be being typed.
        last = position == len(words) - 1
        pattern = f" {word}" if last else f" {word} "
        every_word &= Q(name_folded__contains=pattern) | Q(code__icontains=word)
    return condition | every_word


def _phrase(words: list[str]) -> str:
    return " ".join(words)


def _rank_postgresql(
    matched: QuerySet[Procedure], words: list[str], raw: str
) -> QuerySet[Procedure]:
    phrase = _phrase(words)
    return matched.annotate(
        search_code=_flag(Q(code__iexact=raw)),
        search_prefix=_flag(Q(name_folded__startswith=f" {phrase}")),
        search_phrase=_flag(Q(name_folded__contains=f" {phrase}")),
        search_rank=TrigramSimilarity("name_folded", phrase),
    ).order_by(
        "-search_code",
        "-search_phrase",
        "-search_prefix",
        "-search_rank",
        "name_folded",
        "code",
    )


def _fuzzy_postgresql(
    procedures: QuerySet[Procedure], words: list[str]
) -> QuerySet[Procedure]:
    phrase = _phrase(words)
    return (
        procedures.annotate(
            search_word=TrigramWordSimilarity(phrase, "name_folded"),
            search_rank=TrigramWordSimilarity(phrase, "name_folded")
            + TrigramSimilarity("name_folded", phrase),
        )
        .filter(search_word__gte=FUZZY_THRESHOLD)
        .order_by("-search_rank", "name_folded", "code")
    )


def _flag(condition: Q) -> Case:
    return Case(When(condition, then=Value(1)), default=Value(0))


def _rank_python(matched: QuerySet[Procedure], words: list[str], raw: str) -> list[int]:
    phrase = _phrase(words)
    query_trigrams = trigrams(phrase)
    rows = matched.order_by("name_folded", "code").values_list(
        "pk", "code", "name_folded"
    )[:PYTHON_RANK_LIMIT]
    scored = [
        (
            -int(code.lower() == raw.lower()),
            -int(f" {phrase}" in name_folded),
            -int(name_folded.startswith(f" {phrase}")),
            -trigram_similarity(query_trigrams, _name_trigrams(name_folded)),
            name_folded,
            code,
            pk,
        )
        for pk, code, name_folded in rows
    ]
    return [row[-1] for row in sorted(scored)]


def _fuzzy_python(procedures: QuerySet[Procedure], words: list[str]) -> list[int]:
    phrase = _phrase(words)
    query_trigrams = trigrams(phrase)
    rows = procedures.order_by("name_folded", "code").values_list(
        "pk", "code", "name_folded"
    )[:PYTHON_RANK_LIMIT]
    scored = []
    for pk, code, name_folded in rows:
        word_score = word_similarity(words, name_folded.split())
        if word_score >= FUZZY_THRESHOLD:
            # Words found and closeness of the whole name count alike, so a short
            # name with the misspelt words beats a long one that also holds them.
            whole = trigram_similarity(query_trigrams, _name_trigrams(name_folded))
            scored.append((-_float4(word_score + whole), name_folded, code, pk))
    return [row[-1] for row in sorted(scored)]


def _in_order(procedures: QuerySet[Procedure], ids: list[int]) -> QuerySet[Procedure]:
    if not ids:
        return procedures.none()
    position = Case(
        *[When(pk=pk, then=Value(n)) for n, pk in enumerate(ids)],
        output_field=IntegerField(),
    )
    return procedures.filter(pk__in=ids).order_by(position)


def trigrams(text: str) -> frozenset[str]:
    """Return the trigrams of pg_trgm: each word padded `  word `, then every 3."""
    grams: set[str] = set()
    for word in text.split():
        grams |= _word_trigrams(word)
    return frozenset(grams)


@lru_cache(maxsize=20_000)
def _word_trigrams(word: str) -> frozenset[str]:
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


@lru_cache(maxsize=5_000)
def _name_trigrams(name_folded: str) -> frozenset[str]:
    return trigrams(name_folded)


def _float4(value: float) -> float:
    """Round as PostgreSQL's float4 does, so ties break the same on both databases."""
    return struct.unpack("f", struct.pack("f", value))[0]


def trigram_similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Return pg_trgm's similarity(): shared trigrams over all distinct trigrams."""
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return _float4(shared / (len(first) + len(second) - shared))


def word_similarity(words: list[str], name_words: list[str]) -> float:
    """Return how closely the words match the best run of words of the name."""
    query_trigrams = trigrams(" ".join(words))
    best = 0.0
    longest = len(words) + 1
    for start in range(len(name_words)):
        # Trigrams never cross words, so a run's set is the union of its words'.
        window: frozenset[str] = frozenset()
        for word in name_words[start : start + longest]:
            window |= _word_trigrams(word)
            best = max(best, trigram_similarity(query_trigrams, window))
    return best


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
