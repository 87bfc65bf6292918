"""The quality gate: scores on the annotated articles never drop below their recorded floors.

Floors live in tests/quality_floors.json (paths relative to the project root).
Raise them as quality rises; never lower one silently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import evaluate_files

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = ROOT / "tests" / "quality_floors.json"
FLOORS = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["gold"]


@pytest.fixture(scope="module")
def measured(shared, pipeline):
    paths = {name: (ROOT / name).resolve() for name in FLOORS}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    assert not missing, f"gold files named in {FLOORS_FILE} are missing: {missing}"
    result = evaluate_files(list(paths.values()), pipeline=pipeline)
    return {name: file for name, file in zip(paths, result["files"], strict=True)}


@pytest.mark.parametrize(
    ("gold", "score", "floor"),
    [
        (gold, score, floor)
        for gold, floors in FLOORS.items()
        for score, floor in floors.items()
        if floor is not None
    ],
)
def test_score_at_least_its_floor(measured, gold, score, floor):
    section, name = score.split(".")
    value = measured[gold][section][name]
    assert value is not None, f"{gold}: {score} could not be computed (nothing to divide by); floor {floor}"
    assert value >= floor, (
        f"{gold}: {score} = {value:.3f} fell below its floor {floor}; "
        f"run `newsgraph eval {gold} --details` to see what is missed"
    )
