"""The NEREL relations yardstick: pairs from relations, names left out, backward ownership, counting."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest
from scriptkit import load_script

from newsgraph.model import Doc, Entity, Fact, Mention

ev = load_script("eval_nerel_relations")

TEXT = "Завод Маяк в Омске входит в Ростех. МИД России сообщил. Google принадлежит Alphabet. Иванов вступил в ЛДПР."


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def write_article(folder: Path) -> Path:
    spans = {
        "T1": ("FACILITY", "Маяк"),
        "T2": ("CITY", "Омске"),
        "T3": ("ORGANIZATION", "Ростех"),
        "T4": ("ORGANIZATION", "МИД России"),
        "T5": ("COUNTRY", "России"),
        "T6": ("ORGANIZATION", "Google"),
        "T7": ("ORGANIZATION", "Alphabet"),
        "T8": ("PERSON", "Иванов"),
        "T9": ("ORGANIZATION", "ЛДПР"),
    }
    lines = [f"{tid}\t{kind} {at(word)[0]} {at(word)[1]}\t{word}" for tid, (kind, word) in spans.items()]
    lines += [
        "R1\tLOCATED_IN Arg1:T1 Arg2:T2",
        "R2\tPART_OF Arg1:T1 Arg2:T3",
        "R3\tHEADQUARTERED_IN Arg1:T4 Arg2:T5",
        "R4\tOWNER_OF Arg1:T7 Arg2:T6",
        "R5\tMEMBER_OF Arg1:T8 Arg2:T9",
        "R6\tLOCATED_IN Arg1:T8 Arg2:T2",  # a person's place: not ours
    ]
    (folder / "1_text.txt").write_text(TEXT, encoding="utf-8")
    (folder / "1_text.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "1_text.txt"


def analysed(facts: list[tuple[str, str, str]]):
    """A stand-in pipeline: one entity per name below, and the given facts."""
    names = {
        "mayak": ("Маяк", "facility"),
        "omsk": ("Омске", "location"),
        "rostec": ("Ростех", "organization"),
        "mfa": ("МИД России", "organization"),
        "russia": ("России", "country"),
        "google": ("Google", "organization"),
        "alphabet": ("Alphabet", "organization"),
        "ivanov": ("Иванов", "person"),
        "ldpr": ("ЛДПР", "organization"),
    }

    def analyse(doc: Doc) -> Doc:
        doc.mentions = [Mention(*at(word), word, kind, eid) for eid, (word, kind) in names.items()]
        doc.entities = [Entity(eid, kind, {"ru": word}) for eid, (word, kind) in names.items()]
        doc.facts = [Fact(s, p, {"entity": o}, 0, 5) for s, p, o in facts]
        return doc

    return analyse


def score(tmp_path: Path, facts: list[tuple[str, str, str]]) -> tuple[dict, list, list]:
    counts: dict = {row.name: defaultdict(int) for row in ev.ROWS}
    misses: list = []
    falses: list = []
    ev.score_article(ev.read_article(write_article(tmp_path)), analysed(facts), counts, misses, falses)
    return counts, misses, falses


def test_pairs_from_relations_the_name_left_out(tmp_path):
    counts, misses, _ = score(tmp_path, [])
    assert {row: counts[row]["gold"] for row in counts} == {
        "located_in": 1,
        "country": 0,
        "member_of": 1,
        "part_of": 2,
    }
    assert counts["country"]["name"] == 1  # "МИД России": the country only from the name
    assert counts["country"]["unaligned"] == 0
    assert {(m["subject"], m["object"]) for m in misses} == {
        ("Маяк", "Омске"),
        ("Маяк", "Ростех"),
        ("Google", "Alphabet"),  # OWNER_OF read backwards
        ("Иванов", "ЛДПР"),
    }


def test_facts_matched_one_to_one_and_only_between_annotated_entities(tmp_path):
    facts = [
        ("mayak", "located_in", "omsk"),
        ("google", "part_of", "alphabet"),
        ("alphabet", "part_of", "google"),  # the wrong way round: false
        ("ivanov", "member_of", "ldpr"),
        ("ivanov", "member_of", "ldpr"),  # stated twice: counted once
        ("mayak", "located_in", "omsk"),
    ]
    counts, misses, falses = score(tmp_path, facts)
    assert counts["located_in"]["matched"] == 1 and counts["located_in"]["system"] == 1
    assert counts["member_of"]["matched"] == 1 and counts["member_of"]["system"] == 1
    assert counts["part_of"]["matched"] == 1 and counts["part_of"]["system"] == 2
    assert [(f["subject"], f["object"]) for f in falses] == [("Alphabet", "Google")]
    assert [(m["subject"], m["object"]) for m in misses] == [("Маяк", "Ростех")]


def test_a_country_from_the_name_is_not_counted_either_way(tmp_path):
    counts, _, falses = score(tmp_path, [("mfa", "country", "russia")])
    assert counts["country"]["system"] == 0 and not falses


def test_rates_leave_undefined_figures_empty():
    nerel_gold = sys.modules["nerel_gold"]
    assert nerel_gold.rates({"gold": 0, "system": 0, "matched": 0}) == {
        "precision": None,
        "recall": None,
        "f1": None,
    }
    assert nerel_gold.rates({"gold": 4, "system": 2, "matched": 2})["f1"] == pytest.approx(2 / 3)
