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


@pytest.mark.slow
def test_ingest_with_dask_workers_stores_like_plain_ingest(tmp_path, shared):
    from click.testing import CliRunner

    from newsgraph.cli import main
    from newsgraph.store import open_store

    corpus = tmp_path / "in"
    corpus.mkdir()
    for path in sorted((shared / "data/nerel-1.1/dev").glob("*.txt"))[:6]:
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    plain, dask = str(tmp_path / "plain.db"), str(tmp_path / "dask.db")
    assert runner.invoke(main, ["ingest", str(corpus), "--db", plain]).exit_code == 0
    result = runner.invoke(main, ["ingest", str(corpus), "--db", dask, "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    with open_store(plain) as a, open_store(dask) as b:
        ids = sorted(r["id"] for r in a.articles(limit=100))
        assert ids == sorted(r["id"] for r in b.articles(limit=100)) and len(ids) == 6
        for article_id in ids:
            assert [(m.start, m.stop) for m in a.article(article_id).mentions] == [
                (m.start, m.stop) for m in b.article(article_id).mentions
            ]
