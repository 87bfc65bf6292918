"""Helpers for the scorer's tests: a small hand-written gold file and fake analysed Docs.

Not a conftest.py: a second module named `conftest` would shadow tests/conftest.py
for tests that import from it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold import GoldDoc, load_gold
from newsgraph.model import Doc, Entity, Mention

TEXT = (
    "Казахстан строит завод ASPAN-1 в рамках проекта ASPAN. "
    "Проект ASPAN оценивается в миллиард долларов. "
    "«Это важный шаг», — заявил Иван Петров. Петров добавил, что ASPAN-1 заработает к 2027 году."
)


def entity(eid: str, etype: str, name: str, mentions: list[str], **extra: Any) -> dict[str, Any]:
    return {"id": eid, "type": etype, "name": {"ru": name}, "mentions": mentions, **extra}


GOLD: dict[str, Any] = {
    "doc": {"id": "t1", "text_file": "t1.txt", "lang": "ru"},
    "entities": [
        entity("kz", "country", "Казахстан", ["Казахстан"], aliases=["Республика Казахстан"]),
        entity("aspan", "project", "ASPAN", ["ASPAN"], optional_mentions=["Проект"]),
        entity("aspan_1", "facility", "ASPAN-1", ["ASPAN-1"]),
        entity("petrov", "person", "Иван Петров", ["Иван Петров", "Петров"], aliases=["Петров"]),
    ],
    "quotes": [
        {"speaker": "petrov", "kind": "direct", "cue": "заявил", "content": "Это важный шаг"},
        {"speaker": "petrov", "kind": "indirect", "cue": "добавил",
         "content_starts": "ASPAN-1 заработает", "content_ends": "2027 году"},
    ],
    "facts": [
        {"subject": "aspan_1", "predicate": "part_of", "object": {"entity": "aspan"}},
        {"subject": "aspan", "predicate": "cost", "object": {"money": {"amount": 1e9, "currency": "USD"}}},
        {"subject": "aspan_1", "predicate": "operational_by", "object": {"date": "2027"}},
        {"subject": "aspan_1", "predicate": "country", "object": {"entity": "kz"}, "required": False},
    ],
    "stances": [{"holder": "petrov", "target": "aspan", "polarity": "positive"}],
}  # fmt: skip


def write_gold(folder: Path, data: dict[str, Any], text: str = TEXT, name: str = "t1") -> Path:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if "doc" in data and data["doc"].get("text_file") == "t1.txt":
        data = {**data, "doc": {**data["doc"], "text_file": f"{name}.txt"}}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], text.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def add_entity(doc: Doc, eid: str, etype: str, name: str, spans: list[tuple[int, int]], **extra: Any) -> None:
    doc.entities.append(Entity(eid, etype, {"ru": name}, **extra))
    doc.mentions.extend(Mention(s, e, doc.text[s:e], etype, eid) for s, e in spans)


def make_gold(folder: Path) -> GoldDoc:
    gold = load_gold(write_gold(folder, GOLD))
    assert isinstance(gold, GoldDoc)
    return gold


def make_perfect_doc() -> Doc:
    """A Doc that finds everything of GOLD right (plus nothing else)."""
    doc = Doc(text=TEXT, lang="ru", analysed=True)
    aspan_1 = spans_of(TEXT, "ASPAN-1")
    aspan = [s for s in spans_of(TEXT, "ASPAN") if s[0] not in {a for a, _ in aspan_1}]
    add_entity(doc, "e1", "country", "Казахстан", spans_of(TEXT, "Казахстан"))
    add_entity(doc, "e2", "project", "ASPAN", aspan)
    add_entity(doc, "e3", "facility", "ASPAN-1", aspan_1)
    add_entity(
        doc, "e4", "person", "Иван Петров", [spans_of(TEXT, "Иван Петров")[0], spans_of(TEXT, "Петров")[1]]
    )
    return doc
