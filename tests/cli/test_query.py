"""`newsgraph search`, `entities` and `show` on a SQLite store built by hand."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.model import Doc, Entity, Fact, Mention, Quote
from newsgraph.store import open_store

TEXT = (
    "В Казахстане строится завод. Политолог Дмитрий Родионов заявил, что это важно. "
    "«Рынок небольшой», — отметил Родионов."
)


def span(surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture
def db(tmp_path) -> str:
    doc = Doc(text=TEXT, title="Завод", published="2025-12-18", lang="ru", source="gazeta", analysed=True)
    doc.entities = [
        Entity("e1", "country", {"ru": "Казахстан", "en": "Kazakhstan"}, wikidata="Q232"),
        Entity("e2", "person", {"ru": "Дмитрий Родионов"}, aliases=["Родионов"]),
        Entity("e3", "person", {"ru": "Сергей Родионов"}),
    ]
    doc.mentions = [
        Mention(*span("Казахстане"), "Казахстане", "country", "e1"),
        Mention(*span("Дмитрий Родионов"), "Дмитрий Родионов", "person", "e2"),
        Mention(*span("Родионов", 1), "Родионов", "person", "e2"),
    ]
    doc.quotes = [Quote(*span("Рынок небольшой"), "direct", cue="отметил", speaker="e2")]
    doc.facts = [Fact("e2", "position", {"text": "политолог"}, *span("Политолог Дмитрий Родионов"))]
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        store.add([doc])
    return path


def run(*args: str):
    # Wide enough that rich keeps each sentence on one line.
    return CliRunner(env={"COLUMNS": "400"}).invoke(main, list(args), catch_exceptions=False)


def test_search_prints_snippets_with_matches_marked(db):
    result = run("search", "Казахстан", "--db", db)
    assert result.exit_code == 0
    assert "[Казахстане]" in result.output and "Завод" in result.output
    hits = json.loads(run("search", "Казахстан", "--db", db, "--json").stdout)
    assert hits[0]["title"] == "Завод" and "[Казахстане]" in hits[0]["snippet"]
    assert json.loads(run("search", "Казахстан", "--db", db, "--json", "--since", "2026-01-01").stdout) == []


def test_entities_lists_by_articles_and_filters_by_type(db):
    rows = json.loads(run("entities", "--db", db, "--json").stdout)
    assert rows[0]["name_ru"] == "Дмитрий Родионов" and rows[0]["mentions"] == 2
    countries = json.loads(run("entities", "--type", "country", "--db", db, "--json").stdout)
    assert [r["name_ru"] for r in countries] == ["Казахстан"]
    assert "Дмитрий Родионов" in run("entities", "--db", db).output


def test_show_finds_an_inflected_name_and_prints_the_dossier(db):
    result = run("show", "Родионова", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Дмитрий Родионов" in out and "person" in out
    assert "Политолог Дмитрий Родионов заявил, что это важно." in out
    for section in ("Articles", "Co-occurring entities", "Quotes by", "Facts"):
        assert section in out
    dossier = json.loads(run("show", "Родионова", "--db", db, "--json").stdout)
    assert (
        dossier["name"]["ru"] == "Дмитрий Родионов" and dossier["quotes_by"][0]["text"] == "Рынок небольшой"
    )


def test_show_an_ambiguous_name_lists_the_others_on_stderr(db):
    result = run("show", "Родионов", "--db", db, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["name"]["ru"] == "Дмитрий Родионов"
    assert "also matches" in result.stderr and "Сергей Родионов" in result.stderr


def test_show_nothing_found_exits_1_and_says_what_to_do(db):
    result = run("show", "Бразилия", "--db", db)
    assert result.exit_code == 1
    assert "Бразилия" in result.output and "newsgraph entities" in result.output


@pytest.mark.parametrize("command", ["search", "entities", "show"])
def test_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output and "--db" in result.output
