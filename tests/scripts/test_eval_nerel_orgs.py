"""The NEREL organisations yardstick: outermost gold spans, typed overlap, nested spans for precision."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from scriptkit import load_script

from newsgraph.model import Doc, Mention

ev = load_script("eval_nerel_orgs")

TEXT = "Пресс-служба МВД России сообщила. Иванов работает в Газпроме. Суд Милана отказал. Об этом написал Facebook."


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def write_article(folder: Path) -> Path:
    spans = {
        "T1": ("ORGANIZATION", "Пресс-служба МВД России"),
        "T2": ("ORGANIZATION", "МВД России"),
        "T3": ("COUNTRY", "России"),
        "T4": ("PERSON", "Иванов"),
        "T5": ("ORGANIZATION", "Газпроме"),
        "T6": ("ORGANIZATION", "Суд Милана"),
        "T7": ("CITY", "Милана"),
    }
    lines = [f"{tid}\t{kind} {at(word)[0]} {at(word)[1]}\t{word}" for tid, (kind, word) in spans.items()]
    lines.append("R1\tWORKPLACE Arg1:T4 Arg2:T5")
    (folder / "1_text.txt").write_text(TEXT, encoding="utf-8")
    (folder / "1_text.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "1_text.txt"


def analysed(marked: list[tuple[str, str]]) -> Doc:
    doc = Doc(text=TEXT, lang="ru")
    doc.mentions = [Mention(*at(word), word, kind, f"e{n}") for n, (word, kind) in enumerate(marked)]
    return doc


def score(tmp_path: Path, marked: list[tuple[str, str]]) -> tuple[Counter, list, list]:
    counts: Counter = Counter()
    misses: list = []
    falses: list = []
    ev.score_article(ev.read_article(write_article(tmp_path)), analysed(marked), counts, misses, falses)
    return counts, misses, falses


def test_outermost_organisations_are_the_gold_and_a_nested_one_is_right(tmp_path):
    marked = [("МВД России", "organization"), ("Газпроме", "organization"), ("Facebook", "organization")]
    counts, misses, falses = score(tmp_path, marked)
    assert counts["gold"] == 3 and counts["found"] == 2  # "МВД России" overlaps the press service
    assert counts["workplace gold"] == 1 and counts["workplace found"] == 1
    assert [m["org"] for m in misses] == ["Суд Милана"]
    assert counts["system"] == 3 and counts["right"] == 2
    assert [f["org"] for f in falses] == ["Facebook"]


def test_a_mention_of_another_type_counts_only_untyped(tmp_path):
    counts, _, _ = score(tmp_path, [("Милана", "location")])
    assert counts["found"] == 0 and counts["any type"] == 1 and counts["system"] == 0


def test_table_precision_over_system_mentions():
    counts = Counter({"gold": 4, "found": 2, "system": 4, "right": 3, "any type": 3})
    row = ev.table(counts)["organization"]
    assert row["recall"] == 0.5 and row["precision"] == 0.75
    assert row["f1"] == pytest.approx(2 * 0.75 * 0.5 / 1.25)
