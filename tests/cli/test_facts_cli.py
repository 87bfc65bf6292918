"""`newsgraph facts NAME`: facts merged across articles, with counts and sentences."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.model import Doc, Entity, Fact, Mention, Sentence

TEXTS = [
    "Проект ASPAN стоит $1 млрд. Оператор проекта ASPAN — Great Sky.",
    "Оператором проекта ASPAN выступает Great Sky. Проект оценивается в $1 млрд.",
]


def _doc(text: str, published: str) -> Doc:
    doc = Doc(text=text, published=published, lang="ru", analysed=True)
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, cut), Sentence(cut + 1, len(text))]
    doc.entities = [
        Entity("e1", "project", {"ru": "ASPAN", "en": "ASPAN"}),
        Entity("e2", "organization", {"ru": "Great Sky", "en": "Great Sky"}, kind="company"),
    ]
    for name, entity, etype in (("ASPAN", "e1", "project"), ("Great Sky", "e2", "organization")):
        start = text.index(name)
        doc.mentions.append(Mention(start, start + len(name), name, etype, entity))
    operator = next(s for s in doc.sentences if "ператор" in text[s.start : s.stop])
    cost = next(s for s in doc.sentences if "$1 млрд" in text[s.start : s.stop])
    doc.facts = [
        Fact("e1", "operator", {"entity": "e2"}, operator.start, operator.stop),
        Fact(
            "e1", "cost", {"money": {"amount": 1e9, "currency": "USD"}}, cost.start, cost.stop, qualifier=None
        ),
    ]
    return doc


@pytest.fixture()
def db(tmp_path):
    from newsgraph.store import open_store

    path = tmp_path / "facts.db"
    with open_store(str(path)) as store:
        store.add([_doc(TEXTS[0], "2025-12-17"), _doc(TEXTS[1], "2025-12-18")])
    return str(path)


def test_facts_counts_articles(db):
    result = CliRunner().invoke(main, ["facts", "ASPAN", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    by_predicate = {f["predicate"]: f for f in data["facts"]}
    assert by_predicate["operator"]["articles"] == 2
    assert by_predicate["operator"]["text"] == "Great Sky"
    assert by_predicate["cost"]["text"] == "1 000 000 000 USD"
    assert all(e["sentence"] for e in by_predicate["cost"]["evidence"])


def test_facts_text_and_predicate_filter(db):
    result = CliRunner().invoke(main, ["facts", "ASPAN", "--db", db, "--predicate", "cost"])
    assert result.exit_code == 0, result.output
    assert "cost" in result.output and "operator" not in result.output
    assert "2 articles" in result.output


def test_unknown_entity_and_predicate(db):
    result = CliRunner().invoke(main, ["facts", "Nowhere", "--db", db])
    assert result.exit_code == 1 and "no stored entity matches" in result.output
    result = CliRunner().invoke(main, ["facts", "ASPAN", "--db", db, "--predicate", "colour"])
    assert result.exit_code == 2
