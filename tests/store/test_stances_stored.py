"""Stances survive the store: written with the article, read back, shown in dossiers."""

from __future__ import annotations

import copy

from newsgraph.store import open_store


def test_stances_round_trip_and_dossier(tmp_path, seed_doc):
    assert seed_doc.stances, "the seed's quotes name entities, so the pipeline finds stances"
    with open_store(str(tmp_path / "s.db")) as store:
        store.add([copy.deepcopy(seed_doc)])
        stored = store.article(seed_doc.id)
        assert [(s.polarity, s.start, s.stop) for s in stored.stances] == [
            (s.polarity, s.start, s.stop) for s in seed_doc.stances
        ]
        holder = stored.stances[0].holder
        dossier = store.dossier(holder)
        assert dossier["stances_held"]
        first = dossier["stances_held"][0]
        assert first["polarity"] in ("positive", "negative", "neutral")
        assert first["evidence"] == stored.text[first["start"] : first["stop"]]
        about = store.dossier(stored.stances[0].target)
        assert any(s["holder"] == holder for s in about["stances_about"])
