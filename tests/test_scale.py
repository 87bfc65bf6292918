"""Analysis on a real Dask cluster (two local worker processes) equals local analysis."""

from __future__ import annotations

import pytest

from newsgraph.ingest.text import parse_text
from newsgraph.scale import DaskAnalyser


@pytest.mark.slow
def test_dask_workers_analyse_like_the_local_pipeline(pipeline, seed_text, shared):
    texts = [seed_text] + [
        p.read_text(encoding="utf-8") for p in sorted((shared / "data/nerel-1.1/dev").glob("*.txt"))[:5]
    ]
    docs = [parse_text(t) for t in texts]
    with DaskAnalyser(workers=2, docs_per_task=2) as analyse:
        remote, failures = analyse(docs)
    assert failures == []
    local = {d.id: pipeline(parse_text(t)) for d, t in zip(docs, texts, strict=True)}
    assert sorted(d.id for d in remote) == sorted(local)
    for doc in remote:
        assert doc.analysed
        assert doc.mentions == local[doc.id].mentions
        assert doc.quotes == local[doc.id].quotes
        assert doc.facts == local[doc.id].facts
