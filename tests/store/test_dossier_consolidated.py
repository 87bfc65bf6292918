"""The dossier consolidates facts across articles and lists the conflicts between them."""

from __future__ import annotations

import copy

from newsgraph.ingest.text import parse_text
from newsgraph.resolve import stories
from newsgraph.store import open_store


def test_consolidated_facts_and_cost_conflict(tmp_path, pipeline, seed_doc, seed_text):
    other = (
        " date 2026-01-20 Новые данные о проекте\n"
        "Министерство обороны Казахстана уточнило параметры национального проекта ASPAN. "
        "Проект, оператором которого выступает компания Great Sky, обойдётся в два миллиарда долларов. "
        "Первые снаряды планируется выпустить в 2028 году."
    )
    second = pipeline(parse_text(other))
    with open_store(str(tmp_path / "s.db")) as store:
        added = store.add([copy.deepcopy(seed_doc), second])["added"]
        stories.update(store, added)
        (aspan,) = [e for e in store.find_entities("ASPAN") if e["type"] == "project"]
        dossier = store.dossier(aspan["id"])
    by_predicate = {fact["predicate"]: fact for fact in dossier["consolidated"]}
    operator = by_predicate["operator"]
    assert operator["object_name"] == "Great Sky" and operator["articles"] == 2
    costs = [by_predicate["cost"], *by_predicate["cost"]["others"]]
    assert sorted(c["object"]["money"]["amount"] for c in costs) == [1e9, 2e9]
    assert all(c["earliest"]["sentence"] for c in costs)
    # each value's own earliest sentence, read only for the earliest facts
    assert any("два миллиарда" in c["earliest"]["sentence"] for c in costs)
    assert any(c["predicate"] == "cost" for c in dossier["conflicts"])
