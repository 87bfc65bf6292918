"""Loading and validating gold files."""

from __future__ import annotations

import copy
import json

import pytest
from evalkit import GOLD, write_gold

from newsgraph.errors import GoldError
from newsgraph.evaluate.gold import GoldDoc, StoryGold, load_gold


def test_seed_gold_loads(shared):
    gold = load_gold(shared / "gold" / "seed.json")
    assert isinstance(gold, GoldDoc)
    assert gold.raw.startswith(" date 2025-12-18")
    assert {e.id for e in gold.entities} >= {"aspan", "aspan_1", "rodionov"}
    assert not gold.entity("anglo_saxons").required
    split = [q for q in gold.quotes if q.content is None]
    assert split and all(q.content_starts and q.content_ends for q in split)
    assert gold.facts[3].object == {"money": {"amount": 1000000000, "currency": "USD"}}


def test_absolute_text_file(tmp_path):
    data = copy.deepcopy(GOLD)
    write_gold(tmp_path, data)
    data["doc"]["text_file"] = str(tmp_path / "t1.txt")
    other = tmp_path / "elsewhere"
    other.mkdir()
    path = other / "g.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_gold(path).text_path == tmp_path / "t1.txt"


def broken(change):
    data = copy.deepcopy(GOLD)
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (broken(lambda d: d.pop("doc")), "doc: expected a JSON object"),
        (broken(lambda d: d["doc"].update(text_file="missing.txt")), "expected a readable text file"),
        (broken(lambda d: d["entities"][0].update(type="city")), "entities[0].type: expected one of person"),
        (broken(lambda d: d["entities"][0].update(mentions="Казахстан")), "a list of non-empty strings"),
        (broken(lambda d: d["entities"][1].update(id="kz")), "unique entity ids"),
        (broken(lambda d: d["quotes"][0].pop("content")), '"content", or both'),
        (broken(lambda d: d["quotes"][0].update(speaker="nobody")), "quotes[0].speaker: expected the id"),
        (broken(lambda d: d["facts"][0].update(subject="nobody")), "facts[0].subject"),
        (broken(lambda d: d["facts"][1].update(object={"amount": 5})), "exactly one of the forms"),
        (broken(lambda d: d["facts"][2].update(object={"date": "2027-1"})), 'a date "YYYY"'),
        (broken(lambda d: d["facts"][1]["object"]["money"].update(currency="dollars")), "ISO 4217"),
        (broken(lambda d: d["stances"][0].update(polarity="angry")), "stances[0].polarity"),
        (broken(lambda d: d["entities"][0].update(required="yes")), "true or false"),
    ],
)
def test_malformed_gold_names_file_and_expectation(tmp_path, data, fragment):
    path = write_gold(tmp_path, data)
    with pytest.raises(GoldError) as err:
        load_gold(path)
    message = str(err.value)
    assert str(path) in message
    assert fragment in message
    assert "got" in message


def test_invalid_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="invalid JSON"):
        load_gold(path)


def test_story_gold(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Текст {name}.", encoding="utf-8")
    data = {
        "kind": "stories",
        "articles": [
            {"text_file": "a.txt", "story": "s1", "syndication": "g1", "published": "2025-12-16"},
            {"text_file": "b.txt", "story": "s1", "syndication": "g1", "lang": "fr"},
            {"text_file": "c.txt", "story": "s2"},
        ],
    }
    path = tmp_path / "stories.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    gold = load_gold(path)
    assert isinstance(gold, StoryGold)
    assert [a.story for a in gold.articles] == ["s1", "s1", "s2"]
    assert gold.articles[1].lang == "fr"
    # an article without a syndication label is a group of its own
    assert gold.articles[2].syndication not in {"g1"}


def test_story_gold_without_articles(tmp_path):
    path = tmp_path / "stories.json"
    path.write_text('{"kind": "stories", "articles": []}', encoding="utf-8")
    with pytest.raises(GoldError, match="a non-empty list of articles"):
        load_gold(path)
