"""Searching the history the way people type: without accents and case. "muller", "MULLER",
"Muller" and "mueller" all find "Müller" ("müller" finds "Mueller"); "strasse" finds
"Straße".

SQLite's LIKE folds ASCII case only, so the comparison is a Python function registered on
the connection: the searched columns of a row joined by a separator no needle contains, folded
once (:func:`fold`) and compared with the folded needle — one call per row, not one per
cell, the same unindexed scan LIKE made.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from licensegui.core.history import Attempt, HistoryStore, attempt_of

#: The columns a search looks in.
SEARCHED = ("license_key", "owner_name", "email", "message", "profile")


#: Between the joined columns: a match never spans two of them (stripped from needles).
_UNIT = "\x1f"


@lru_cache(maxsize=4096)  # needles repeat as the user types; rows are folded uncached
def fold(text: str | None) -> str:
    """``text`` without accents (NFKD, combining marks dropped) and case (``casefold``:
    ß → ss), so two spellings a person would call the same compare equal."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def _fold_row(text: str) -> str:
    if text.isascii():  # the common case, ~5x faster: no accents to take off
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# German spells ä, ö, ü as ae, oe, ue where they cannot be typed: "mueller" is "Müller" too.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _contains(haystack: object, needles: str) -> int:
    """Whether one of ``needles`` (folded, joined by _UNIT) is in the row, folded as it is
    written or with its umlauts spelled out."""
    if not isinstance(haystack, str):
        return 0
    rows = [_fold_row(haystack)]
    if not haystack.isascii():
        rows.append(_fold_row(haystack.translate(_UMLAUTS)))
    return int(any(n in row for n in needles.split(_UNIT) for row in rows))


def search(history: HistoryStore, text: str = "", verified: bool | None = None,
           code: int | None = None, limit: int | None = 1000,
           after_id: int | None = None, reason: str | None = None) -> list[Attempt]:
    """Like :meth:`HistoryStore.query` (newest first, at most ``limit``, ``None``: all), but
    ``text`` matches accent- and case-insensitively. Raises HistoryError like the store."""
    needle = fold(text.strip()).replace(_UNIT, "")
    # "müller" also finds "Mueller": the needle spelled out too, when that differs.
    spelled = fold(text.strip().translate(_UMLAUTS)).replace(_UNIT, "")
    needles = needle if spelled == needle else needle + _UNIT + spelled
    if not needle:
        return history.query("", verified=verified, code=code, limit=limit, after_id=after_id,
                             reason=reason)
    joined = " || char(31) || ".join(f"COALESCE({c}, '')" for c in SEARCHED)
    variants = needles.split(_UNIT)
    if all(v.isascii() for v in variants):
        # A row of ASCII text folds to its lower case, which LIKE compares (in C, per column,
        # as the search always did); only rows holding other characters (more bytes than
        # characters) need the Python fold. Most rows are ASCII.
        patterns = ["%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%" for v in variants]
        likes = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for _ in patterns for c in SEARCHED)
        wide = " OR ".join(f"length({c}) < length(CAST({c} AS BLOB))" for c in SEARCHED)
        where = [f"({likes} OR (({wide}) AND lg_contains({joined}, ?)))"]
        args: list[object] = [*(p for p in patterns for _ in SEARCHED), needles]
    else:
        where = [f"lg_contains({joined}, ?)"]
        args = [needles]
    for clause, value in (("verified = ?", None if verified is None else int(verified)),
                          ("code = ?", code), ("id > ?", after_id), ("reason = ?", reason)):
        if value is not None:
            where.append(clause)
            args.append(value)
    sql = (f"SELECT * FROM attempts WHERE {' AND '.join(where)}"  # noqa: S608  # fixed fragments
           " ORDER BY id DESC LIMIT ?")
    with history.transaction() as conn:
        # Registered per use: connections are per thread, and registering costs microseconds.
        conn.create_function("lg_contains", 2, _contains, deterministic=True)
        rows = conn.execute(sql, [*args, -1 if limit is None else limit]).fetchall()
    return [attempt_of(r) for r in rows]


def count_all(history: HistoryStore) -> int:
    """How many attempts the history holds (an index scan: milliseconds for 100,000)."""
    with history.transaction() as conn:
        return int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])
