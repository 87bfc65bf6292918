"""`newsgraph eval`: the fixed --json keys, tables, and errors without tracebacks."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

FIXED_TOTAL_KEYS = {
    "entities": {"recall", "precision", "type_accuracy", "name_accuracy"},
    "mentions": {"recall"},
    "quotes": {"recall", "speaker_accuracy", "content_f1", "kind_accuracy"},
    "facts": {"recall", "precision", "f1"},
    "stances": {"accuracy"},
}


@pytest.fixture(scope="module")
def seed_json(shared):
    result = CliRunner().invoke(main, ["eval", str(shared / "gold" / "seed.json"), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_has_the_fixed_keys(seed_json, shared):
    assert set(seed_json) == {"files", "total"}
    assert "stories" not in seed_json["total"]
    for section, keys in FIXED_TOTAL_KEYS.items():
        assert keys <= set(seed_json["total"][section])
        for key in keys:
            value = seed_json["total"][section][key]
            assert value is None or 0.0 <= value <= 1.0
    (file,) = seed_json["files"]
    assert file["file"] == str(shared / "gold" / "seed.json")
    assert set(FIXED_TOTAL_KEYS) <= set(file)
    assert file["entities"]["counts"]["required"] == 20
    assert file["quotes"]["counts"]["required"] == 8
    assert set(file["details"]) == set(FIXED_TOTAL_KEYS)


def test_tables_per_file_and_total(shared):
    seed = str(shared / "gold" / "seed.json")
    result = CliRunner().invoke(main, ["eval", seed, seed, "--details"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("seed.json") >= 2
    assert "TOTAL (micro-averaged over 2 files)" in result.stdout
    assert "speaker_accuracy" in result.stdout


def test_malformed_gold_is_an_error_without_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"doc": {"text_file": "missing.txt"}, "entities": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 1
    assert "Error:" in result.output
    assert str(bad) in result.output
    assert "expected a readable text file" in result.output
    assert "Traceback" not in result.output


def test_missing_gold_file(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "nope.json")])
    assert result.exit_code == 1
    assert "cannot read the gold file" in result.output
