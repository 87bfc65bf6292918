"""The quality gate: scores on the annotated articles never drop below their recorded floors.

Floors live in tests/quality_floors.json (gold paths relative to the project
root). Raise them as quality rises; never lower one silently. After an
improvement, this raises every floor to just below the measured score (it
never lowers one):

    .venv/bin/python tests/test_quality_gate.py --raise
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate import evaluate_files

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = ROOT / "tests" / "quality_floors.json"
FLOORS = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["gold"]
# A floor sits this far below the measured score, rounded down to two decimals.
MARGIN = 0.02


def measure(pipeline=None) -> dict[str, dict[str, Any]]:
    paths = {name: (ROOT / name).resolve() for name in FLOORS}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    assert not missing, f"gold files named in {FLOORS_FILE} are missing: {missing}"
    result = evaluate_files(list(paths.values()), pipeline=pipeline)
    return dict(zip(paths, result["files"], strict=True))


def value_of(file: dict[str, Any], score: str) -> float | None:
    section, name = score.split(".")
    return file[section][name]


@pytest.fixture(scope="module")
def measured(shared, pipeline):
    return measure(pipeline)


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
    value = value_of(measured[gold], score)
    assert value is not None, f"{gold}: {score} could not be computed (nothing to divide by); floor {floor}"
    assert value >= floor, (
        f"{gold}: {score} = {value:.3f} fell below its floor {floor}; "
        f"run `newsgraph eval {gold} --details` to see what is missed"
    )


def raise_floors() -> None:
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    for gold, file in measure().items():
        for score, floor in data["gold"][gold].items():
            value = value_of(file, score)
            if value is None:
                continue
            candidate = max(0.0, math.floor(round(value * 100, 6)) / 100 - MARGIN)
            if floor is None or candidate > floor:
                data["gold"][gold][score] = round(candidate, 2)
                print(f"{gold} {score}: {floor} → {data['gold'][gold][score]} (measured {value:.3f})")
    FLOORS_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--raise"]:
        sys.exit(
            f"usage: {sys.argv[0]} --raise   (raises the floors in {FLOORS_FILE} to the measured scores)"
        )
    raise_floors()
