"""Facts as a user reads them: equal facts merged across articles, values in words.

`group_facts` folds the store's fact rows (one per article and statement)
into one row per (subject, predicate, object, qualifier, modality), counting
the distinct articles that state it and keeping each one's sentence.
`describe` renders an object: ``1 000 000 000 USD``, ``by 2027``,
``артиллерийский снаряд (155 mm)``, ``президент — Казахстан``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

STATUS_WORDS = {
    "planned": "planned",
    "under_construction": "under construction",
    "operating": "operating",
    "suspended": "suspended",
    "cancelled": "cancelled",
}


def _key(row: dict[str, Any]) -> tuple:
    obj = row["object"] if isinstance(row["object"], dict) else json.loads(row["object"])
    return (
        row["subject"],
        row["predicate"],
        json.dumps(obj, sort_keys=True, ensure_ascii=False),
        row.get("qualifier"),
        row.get("modality"),
    )


def group_facts(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per distinct fact, with ``articles`` (distinct) and ``evidence`` (each statement)."""
    groups: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        obj = row["object"] if isinstance(row["object"], dict) else json.loads(row["object"])
        group = groups.setdefault(
            _key(row),
            {
                "subject": row["subject"],
                "subject_name": row.get("subject_name"),
                "predicate": row["predicate"],
                "object": obj,
                "object_name": row.get("object_name"),
                "qualifier": row.get("qualifier"),
                "modality": row.get("modality"),
                "confidence": 0.0,
                "articles": 0,
                "evidence": [],
            },
        )
        group["confidence"] = max(group["confidence"], row.get("confidence") or 0.0)
        group["evidence"].append(
            {
                "article": row["article"],
                "title": row.get("title"),
                "published": row.get("published"),
                "start": row["start"],
                "stop": row["stop"],
                "sentence": row.get("evidence"),
            }
        )
        group["articles"] = len({e["article"] for e in group["evidence"]})
    return sorted(groups.values(), key=lambda g: (g["predicate"], -g["articles"], -g["confidence"]))


def _amount(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if float(value).is_integer() else f"{value:,}".replace(",", " ")


def describe(group: dict[str, Any], name_of: Callable[[str], str | None] = lambda _id: None) -> str:
    """The object in words, with qualifier and modality when there are any."""
    obj = group["object"]
    if "entity" in obj:
        text = group.get("object_name") or name_of(obj["entity"]) or obj["entity"]
    elif "money" in obj:
        text = f"{_amount(obj['money']['amount'])} {obj['money']['currency']}"
    elif "date" in obj:
        text = obj["date"]
    elif "status" in obj:
        text = STATUS_WORDS.get(obj["status"], obj["status"])
    elif "value" in obj:
        text = str(obj["value"])
    else:
        text = obj.get("text", json.dumps(obj, ensure_ascii=False))
        if obj.get("calibre_mm") is not None and str(obj["calibre_mm"]) not in text:
            text += f" ({obj['calibre_mm']} mm)"
        if obj.get("org"):
            text += f" — {name_of(obj['org']) or obj['org']}"
    notes = [n for n in (group.get("qualifier"), group.get("modality")) if n]
    return f"{text} ({', '.join(notes)})" if notes else text
