"""Shared fixtures: paths into ../shared, the seed article, one pipeline per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_GOLD = SHARED / "gold" / "seed.json"
SEED_TEXT = ROOT / "examples" / "000_8d78d08f977646fb.txt"
FACTRUEVAL = SHARED / "data" / "factrueval-2016" / "devset"
NEREL = SHARED / "data" / "nerel-1.1"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing: expected it at {SHARED} (CI lays it beside the clone)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seed_doc(pipeline, seed_text):
    """The seed article analysed by the full pipeline (read-only: do not mutate)."""
    from newsgraph.ingest.text import parse_text

    return pipeline(parse_text(seed_text, file=str(SEED_TEXT)))
