"""`newsgraph quotes` over a SQLite store holding the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory, shared: Path) -> str:
    from newsgraph.extract import entities, quotes
    from newsgraph.ingest.text import parse_text
    from newsgraph.nlp import natasha_stage
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import open_store

    gold = json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))
    text = (shared / "gold" / gold["doc"]["text_file"]).read_text(encoding="utf-8")
    doc = Pipeline([natasha_stage.analyse, entities.extract, quotes.extract])(parse_text(text))
    path = str(tmp_path_factory.mktemp("quotes") / "q.db")
    with open_store(path) as store:
        store.add([doc])
    return path


def test_quotes_by_inflected_speaker_name_as_json(db):
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--speaker", "Родионова", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) >= 7
    assert {row["speaker_name"] for row in rows} == {"Дмитрий Родионов"}
    assert {"direct", "indirect", "unmarked"} <= {row["kind"] for row in rows}
    assert all(row["stage"] == "quotes.rules.v2" for row in rows)


def test_quotes_about_an_entity_as_text(db):
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--about", "ОДКБ", "--since", "2025-01-01"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines and all("ОДКБ" in line for line in lines)
    assert all(line.startswith("2025-12-18  Дмитрий Родионов") for line in lines)


def test_quotes_unknown_speaker_is_an_error_that_says_what_to_do(db):
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--speaker", "Несуществующий Человек"])
    assert result.exit_code == 1
    assert "no stored entity matches" in result.output and "newsgraph entities" in result.output
