"""The FactRuEval Task-1 scorer: pair scores, skipped mentions, one-to-one matching, the floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from scriptkit import load_script

# Recorded F1 ("-l" variant) of newsgraph on the devset's first SUBSET documents
# (0.919 when recorded; the whole devset takes a minute: run the script for it).
SUBSET = 30
F1_FLOOR = 0.91


ev = load_script("eval_factrueval_ner")


def write_doc(folder: Path) -> Path:
    """A toy document: "Посол Италии Витторио Сандали посетил мэрию Москвы ."."""
    text = "Посол Италии Витторио Сандали посетил мэрию Москвы ."
    words = text.split(" ")
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    (folder / "book_1.txt").write_text(text, encoding="utf-8")
    (folder / "book_1.tokens").write_text(
        "\n".join(f"{100 + i} {s} {len(w)} {w}" for i, (s, w) in enumerate(zip(starts, words, strict=True))),
        encoding="utf-8",
    )
    spans = [
        ("1", "job", 0, 100, 1),
        ("2", "loc_name", 1, 101, 1),
        ("3", "name", 2, 102, 1),
        ("4", "surname", 3, 103, 1),
        ("5", "org_descr", 5, 105, 1),
        ("6", "loc_name", 6, 106, 1),
    ]
    (folder / "book_1.spans").write_text(
        "\n".join(
            f"{sid} {kind} {starts[i]} {len(words[i])} {tok} {n}  # x" for sid, kind, i, tok, n in spans
        ),
        encoding="utf-8",
    )
    (folder / "book_1.objects").write_text(
        "10 LocOrg 2 # Италии\n11 Person 3 4 # Витторио Сандали\n12 Org 5 6 # мэрию Москвы\n"
        "13 LocOrg 6 # Москвы\n14 Person 1 # Посол\n",
        encoding="utf-8",
    )
    return folder / "book_1.txt"


def test_reads_gold_and_skips_nested_and_descriptor_only(tmp_path):
    doc = ev.read_doc(write_doc(tmp_path))
    assert [sorted(m.types) for m in doc.mentions] == [["LocOrg"], ["Person"], ["Org"]]
    org = doc.mentions[2]
    assert org.essential == {6} and org.optional == {5}
    assert {6} in doc.skipped and {0} in doc.skipped  # Москвы inside the Org; Посол alone


def test_scores_tokens_types_and_skipped(tmp_path):
    doc = ev.read_doc(write_doc(tmp_path))
    span = lambda a, b: (doc.tokens[a][0], doc.tokens[b][1])  # noqa: E731
    perfect = [("LocOrg", *span(1, 1)), ("Person", *span(2, 3)), ("Org", *span(5, 6))]
    assert ev.score_doc(doc, perfect, merge_locorg=False).as_dict()["f1"] == pytest.approx(1.0)
    # The optional descriptor may be left out; the surname may not.
    partial = [("Org", *span(6, 6)), ("Person", *span(2, 2))]
    score = ev.score_doc(doc, partial, merge_locorg=False)
    assert score.matched == pytest.approx(1.0 + 0.5)
    # Wrong type scores 0 unless the -l variant merges LocOrg into Location.
    place = [("Location", *span(1, 1))]
    assert ev.score_doc(doc, place, merge_locorg=False).matched == 0
    assert ev.score_doc(doc, place, merge_locorg=True).matched == pytest.approx(1.0)
    # A system mention inside a skipped gold mention is not counted at all
    # ("Москвы" inside the Org "мэрию Москвы"; "Посол" alone).
    assert ev.score_doc(doc, [("Person", *span(0, 0))], merge_locorg=False).system == 0
    assert ev.score_doc(doc, [("LocOrg", *span(6, 6))], merge_locorg=False).system == 0


def test_org_and_locorg_on_the_same_tokens_count_once():
    a = ev.GoldMention({"Org"}, {1}, set())
    b = ev.GoldMention({"LocOrg"}, {1}, set())
    merged = ev.merge_org_locorg([a, b])
    assert len(merged) == 1 and merged[0].types == {"Org", "LocOrg"}


@pytest.mark.slow
def test_devset_floor_and_natasha(shared):
    results = ev.evaluate(shared / "data" / "factrueval-2016" / "devset", limit=SUBSET)
    ours, natasha = results["newsgraph"]["-l"], results["natasha"]["-l"]
    assert ours["f1"] >= F1_FLOOR
    assert ours["f1"] >= natasha["f1"]
    assert results["newsgraph"]["main"]["f1"] >= results["natasha"]["main"]["f1"]
