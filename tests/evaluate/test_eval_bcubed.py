"""B-cubed scores, and story gold files end to end with a fake pipeline."""

from __future__ import annotations

import json
import sys

import pytest

from newsgraph.evaluate import run
from newsgraph.evaluate.bcubed import bcubed, bcubed_sums
from newsgraph.evaluate.run import evaluate_files


def test_perfect_clustering():
    assert bcubed(["x", "x", "y"], ["a", "a", "b"]) == (1.0, 1.0)


def test_all_singletons_against_one_cluster():
    precision, recall = bcubed([1, 2, 3, 4], ["s"] * 4)
    assert precision == 1.0
    assert recall == pytest.approx(0.25)


def test_one_cluster_against_singletons():
    precision, recall = bcubed(["c"] * 4, [1, 2, 3, 4])
    assert precision == pytest.approx(0.25)
    assert recall == 1.0


def test_textbook_example():
    # gold {a,b,c} {d,e}; system {a,b} {c,d,e}
    precision, recall = bcubed([1, 1, 2, 2, 2], ["g", "g", "g", "h", "h"])
    assert precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_sums_and_empty():
    assert bcubed([], []) == (None, None)
    assert bcubed_sums(["a", "b"], ["a", "a"]) == (2.0, 1.0)
    with pytest.raises(ValueError, match="one system label per gold label"):
        bcubed_sums(["a"], ["a", "b"])


@pytest.fixture
def story_gold(tmp_path):
    texts = {
        "a": "Первая новость о заводе.",
        "b": "Копия первой новости о заводе.",
        "c": "Совсем другая новость.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    data = {
        "kind": "stories",
        "articles": [
            {"text_file": "a.txt", "lang": "ru", "story": "s1", "syndication": "g1"},
            {"text_file": "b.txt", "lang": "ru", "story": "s1", "syndication": "g1"},
            {"text_file": "c.txt", "lang": "ru", "story": "s2", "syndication": "g2"},
        ],
    }
    path = tmp_path / "stories.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def identity(doc):
    return doc


def test_story_gold_without_the_stories_stage(story_gold, monkeypatch):
    monkeypatch.setitem(sys.modules, "newsgraph.resolve.stories", None)
    result = evaluate_files([story_gold], pipeline=identity)
    stories = result["files"][0]["stories"]
    assert stories["implemented"] is False
    assert "stories not implemented" in result["files"][0]["warnings"][0]
    assert stories["story_precision"] == 1.0
    assert stories["story_recall"] == pytest.approx((0.5 + 0.5 + 1) / 3)
    assert set(result["total"]) >= {"entities", "mentions", "quotes", "facts", "stances", "stories"}
    assert result["total"]["stories"]["story_f1"] == stories["story_f1"]
    assert result["total"]["entities"]["recall"] is None  # no article gold given


def test_story_gold_with_assignments(story_gold, monkeypatch):
    def fake(docs):
        labels = ["s", "s", "s"]
        return {doc.id: (labels[i], f"g{i}") for i, doc in enumerate(docs)}, True

    monkeypatch.setattr(run, "_story_assignments", fake)
    stories = evaluate_files([story_gold], pipeline=identity)["total"]["stories"]
    assert stories["story_recall"] == 1.0
    assert stories["story_precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert stories["syndication_precision"] == 1.0
    assert stories["syndication_recall"] == pytest.approx((0.5 + 0.5 + 1) / 3)
    assert stories["implemented"] is True


def test_story_gold_through_a_temporary_store(story_gold):
    result = evaluate_files([story_gold], pipeline=identity)
    file = result["files"][0]
    stories = file["stories"]
    assert stories["counts"]["articles"] == 3
    for key in ("story_f1", "syndication_f1"):
        assert 0.0 <= stories[key] <= 1.0
    assigned = file["details"]["stories"]["articles"]
    assert [a["gold_story"] for a in assigned] == ["s1", "s1", "s2"]
    assert stories["implemented"] is True
    assert "warnings" not in file
    assert all(a["story"] and a["syndication"] for a in assigned)
