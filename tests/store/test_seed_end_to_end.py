"""The seed article, analysed by the full pipeline, stored and read back on both databases."""

from __future__ import annotations

import copy

import pytest


@pytest.fixture
def stored_seed(store, seed_doc):
    before = copy.deepcopy(seed_doc.to_json())
    result = store.add([seed_doc])
    assert seed_doc.to_json() == before, "add must not change the doc it stores"
    assert result == {"added": [seed_doc.id], "present": []}
    return store


def test_the_seed_round_trips(stored_seed, seed_doc):
    stored = stored_seed.article(seed_doc.id)
    assert stored.text == seed_doc.text
    assert [(m.start, m.stop, m.text) for m in stored.mentions] == [
        (m.start, m.stop, m.text) for m in seed_doc.mentions
    ]
    assert [(q.start, q.stop, q.kind) for q in stored.quotes] == [
        (q.start, q.stop, q.kind) for q in seed_doc.quotes
    ]
    assert [(f.predicate, f.start, f.stop) for f in stored.facts] == [
        (f.predicate, f.start, f.stop) for f in seed_doc.facts
    ]
    # Mentions of one doc-local entity stay together under one stored entity.
    local_to_global = {(m.entity, s.entity) for m, s in zip(seed_doc.mentions, stored.mentions, strict=True)}
    assert len({local for local, _ in local_to_global}) == len(local_to_global)
    assert stored_seed.add([seed_doc]) == {"added": [], "present": [seed_doc.id]}


def test_the_seed_can_be_searched_and_its_entities_shown(stored_seed, seed_doc):
    assert [hit["id"] for hit in stored_seed.search("Казахстан")] == [seed_doc.id]
    rodionov = stored_seed.find_entities("Родионова")
    assert rodionov and rodionov[0]["name_ru"] == "Дмитрий Родионов"
    aspan = stored_seed.find_entities("ASPAN")[0]
    dossier = stored_seed.dossier(aspan["id"])
    assert dossier["name"]["ru"] == "ASPAN" and dossier["type"] == "project"
    sentence = dossier["articles"][0]["sentences"][0]
    assert "ASPAN" in sentence["text"] and sentence["text"] == seed_doc.text[
        sentence["start"] : sentence["stop"]
    ].replace("\n", " ")
    assert {c["name_ru"] for c in dossier["cooccurring"]} >= {"Казахстан", "Great Sky"}
