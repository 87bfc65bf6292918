"""Gold occurrences (whole words, the nested-mention rule) and entity alignment."""

from __future__ import annotations

import pytest
from evalkit import TEXT, add_entity, make_gold, make_perfect_doc, spans_of

from newsgraph.evaluate.align import align, gold_occurrences
from newsgraph.evaluate.textmatch import covered, occurrences
from newsgraph.model import Doc


@pytest.fixture
def gold(tmp_path):
    return make_gold(tmp_path)


@pytest.fixture
def perfect_doc():
    return make_perfect_doc()


def test_whole_word_occurrences():
    text = "Иран и Ирана; в Иране. Иран-контра, (Иран)"
    assert [text[s:e] for s, e in occurrences(text, "Иран")] == ["Иран", "Иран", "Иран"]
    assert occurrences("ВФокусе Mail.ru", "ВФокусе Mail") == [(0, 12)]
    assert occurrences("Mailru", "Mail") == []


def test_aspan_inside_aspan_1_is_not_an_aspan_occurrence(gold):
    occ = gold_occurrences(gold, TEXT)
    assert [TEXT[s:e] for s, e in occ.mentions["aspan"]] == ["ASPAN", "ASPAN"]
    assert all(TEXT[e : e + 2] != "-1" for _, e in occ.mentions["aspan"])
    assert len(occ.mentions["aspan_1"]) == 2
    assert [TEXT[s:e] for s, e in occ.optional["aspan"]] == ["Проект"]


def test_same_entity_nested_occurrences_both_count(gold):
    occ = gold_occurrences(gold, TEXT)
    # "Петров" inside "Иван Петров" is the same entity's string: still an occurrence
    assert len(occ.mentions["petrov"]) == 3


def test_absent_mention_strings_are_reported(gold):
    gold.entities[0].mentions.append("Казахстана")
    occ = gold_occurrences(gold, TEXT)
    assert occ.absent == [("kz", "Казахстана")]


def test_alignment_by_most_overlap(gold, perfect_doc):
    occ = gold_occurrences(gold, TEXT)
    alignment = align(gold, occ, perfect_doc)
    assert alignment.system_to_gold == {"e1": "kz", "e2": "aspan", "e3": "aspan_1", "e4": "petrov"}
    assert alignment.primary["petrov"] == "e4"


def test_split_entity_primary_is_the_larger(gold):
    doc = Doc(text=TEXT, lang="ru")
    full, short = spans_of(TEXT, "Иван Петров")[0], spans_of(TEXT, "Петров")[1]
    add_entity(doc, "a", "person", "Петров", [short])
    add_entity(doc, "b", "person", "Иван Петров", [full])
    alignment = align(gold, gold_occurrences(gold, TEXT), doc)
    assert alignment.gold_of("a") == alignment.gold_of("b") == "petrov"
    assert alignment.primary["petrov"] == "b"


def test_entity_overlapping_nothing_is_unaligned(gold):
    doc = Doc(text=TEXT, lang="ru")
    add_entity(doc, "x", "organization", "Завод", spans_of(TEXT, "завод"))
    alignment = align(gold, gold_occurrences(gold, TEXT), doc)
    assert alignment.gold_of("x") is None
    assert alignment.primary == {}


def test_covered_needs_every_letter():
    text = "Касым-Жомарт Токаев"
    assert covered((0, 19), [(0, 19)], text)
    assert covered((0, 19), [(0, 12), (13, 19)], text)  # the space needs no cover
    assert not covered((0, 19), [(13, 19)], text)
    assert covered((0, 5), [(0, 12)], text)
