"""The whole pipeline survives real articles that once crashed a stage."""

from __future__ import annotations

import pytest

from newsgraph.ingest.text import parse_text

# NEREL texts on which a stage once raised (an entity candidate covering no whole token).
ONCE_CRASHED = ["train/110172_text.txt", "train/112444_text.txt"]


@pytest.mark.parametrize("name", ONCE_CRASHED)
def test_pipeline_analyses_article(pipeline, shared, name):
    doc = pipeline(parse_text((shared / "data/nerel-1.1" / name).read_text(encoding="utf-8")))
    assert doc.analysed and doc.mentions
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.stop] == mention.text
