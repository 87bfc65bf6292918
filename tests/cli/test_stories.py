"""The stories commands over a small store of hand-built articles."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.model import Doc, Entity, Fact, Mention
from newsgraph.resolve import stories
from newsgraph.store import open_store

COMMANDS = ("stories", "story", "conflicts", "merge", "split", "timeline")


def article(text: str, published: str, amount: float, modality: str | None = None) -> Doc:
    doc = Doc(text=text, title="Проект ASPAN", published=published, lang="ru")
    doc.entities = [
        Entity("e1", "project", {"ru": "ASPAN"}),
        Entity("e2", "organization", {"ru": "Great Sky"}),
    ]
    doc.mentions = [Mention(0, 5, "ASPAN", "project", "e1"), Mention(text.index("Great"), text.index("Great") + 9,
                                                                    "Great Sky", "organization", "e2")]  # fmt: skip
    doc.facts = [
        Fact("e1", "cost", {"money": {"amount": amount, "currency": "USD"}}, 0, 5, modality=modality)
    ]
    return doc


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    store = open_store(str(path))
    docs = [
        article("ASPAN обойдётся в 1 млрд долларов, сообщил 18 декабря 2025 года оператор Great Sky в Астане.",
                "2025-12-18", 1e9),
        article("ASPAN обойдётся в 1 млрд долларов, сообщил 18 декабря 2025 года оператор Great Sky в Астане. "
                "Перепечатка.", "2025-12-18", 1e9),
        article("ASPAN стоит 2 млрд долларов, уточнил в Астане оператор проекта Great Sky, первый завод в 2027 году.",
                "2025-12-20", 2e9),
    ]  # fmt: skip
    stories.update(store, store.add(docs)["added"])
    store.close()
    return str(path)


def run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_stories_lists_one_story_with_two_sources(db):
    result = run("stories", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.stdout)
    assert (story["articles"], story["groups"]) == (3, 2)
    assert story["first_date"] == "2025-12-18" and story["last_date"] == "2025-12-20"
    assert "ASPAN" in story["title"]
    assert json.loads(run("stories", "--about", "ASPAN", "--db", db, "--json").stdout) == [story]
    assert json.loads(run("stories", "--since", "2026-01-01", "--db", db, "--json").stdout) == []
    assert "3 articles, 2 sources" in run("stories", "--db", db).stdout


def test_story_shows_groups_facts_conflicts_timeline(db):
    (story,) = json.loads(run("stories", "--db", db, "--json").stdout)
    detail = json.loads(run("story", story["id"], "--db", db, "--json").stdout)
    assert [len(g["articles"]) for g in detail["syndication"]] == [2, 1]
    assert detail["syndication"][0]["articles"][1]["link"] == "copy"
    (cost,) = detail["facts"]
    assert cost["sources"] == 1 and cost["articles"] == 2 and len(cost["others"]) == 1
    assert detail["conflicts"][0]["kind"] == "value"
    assert [e["date"] for e in detail["timeline"]][:2] == ["2025-12-18", "2025-12-18"]
    text = run("story", story["id"], "--db", db).stdout
    assert "Conflicts:" in text and "[copy]" in text


def test_unknown_story_is_an_error(db):
    result = run("story", "s-nope", "--db", db)
    assert result.exit_code == 1 and "newsgraph stories" in result.output


def test_conflicts_with_sentences(db):
    rows = json.loads(run("conflicts", "--about", "ASPAN", "--db", db, "--json").stdout)
    (conflict,) = rows
    sentences = [ev["sentence"] for side in conflict["sides"] for ev in side["evidence"]]
    assert any("2 млрд" in s for s in sentences) and any("1 млрд" in s for s in sentences)
    assert "No conflicts." in run("conflicts", "--about", "Great Sky", "--db", db).stdout


def test_merge_and_split_round_trip(db):
    store = open_store(db)
    aspan = store.find_entities("ASPAN")[0]["id"]
    sky = store.find_entities("Great Sky")[0]["id"]
    before = store.dossier(sky)
    store.close()
    merged = json.loads(run("merge", aspan, sky, "--reason", "test", "--db", db, "--json").stdout)
    assert merged["kept"] == aspan
    store = open_store(db)
    assert store.dossier(sky) is None
    store.close()
    undone = json.loads(run("split", aspan, "--db", db, "--json").stdout)
    assert undone[0]["restored"] == sky
    store = open_store(db)
    after = store.dossier(sky)
    store.close()
    assert after["articles"] == before["articles"]
    assert run("split", aspan, "--db", db).exit_code == 1


def test_merge_of_unknown_entity_is_an_error(db):
    result = run("merge", "ent_nope", "ent_other", "--db", db)
    assert result.exit_code == 1 and "no entity" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output and "--json" in result.output


def test_entity_timeline(db):
    result = json.loads(run("timeline", "Great Sky", "--db", db, "--json").stdout)
    dates = [(e["date"], e["kind"]) for e in result["events"]]
    assert dates[:2] == [("2025-12-18", "published"), ("2025-12-18", "published")]
    assert ("2025-12-18", "mentioned") in dates and ("2027", "mentioned") in dates
    assert dates == sorted(dates, key=lambda d: d[0])
    assert run("timeline", "Nobody Known", "--db", db).exit_code == 1
