"""The quality gate: scores on annotated articles never drop below their recorded floors.

tests/quality_floors.json lists gates: each names gold files (paths relative to
the project root) and floors for their micro-averaged total. Raise floors as
quality rises; never lower one silently. After an improvement, this raises
every floor to just below the measured score (it never lowers one):

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
GATES = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["gates"]
# A raised floor sits this far below the measured score, rounded down to two decimals.
MARGIN = 0.02


def measure(pipeline=None) -> dict[str, dict[str, Any]]:
    """Per gate name: the micro-averaged total over its gold files."""
    out = {}
    for gate in GATES:
        paths = [(ROOT / name).resolve() for name in gate["files"]]
        missing = [str(p) for p in paths if not p.is_file()]
        assert not missing, f"gold files of gate {gate['name']!r} in {FLOORS_FILE} are missing: {missing}"
        out[gate["name"]] = evaluate_files(paths, pipeline=pipeline)["total"]
    return out


def value_of(total: dict[str, Any], score: str) -> float | None:
    section, name = score.split(".")
    return total[section][name]


@pytest.fixture(scope="module")
def measured(shared, pipeline):
    return measure(pipeline)


@pytest.mark.parametrize(
    ("gate", "score", "floor"),
    [
        (gate["name"], score, floor)
        for gate in GATES
        for score, floor in gate["floors"].items()
        if floor is not None
    ],
)
def test_score_at_least_its_floor(measured, gate, score, floor):
    value = value_of(measured[gate], score)
    files = " ".join(next(g["files"] for g in GATES if g["name"] == gate))
    assert value is not None, f"{gate}: {score} could not be computed (nothing to divide by); floor {floor}"
    assert value >= floor, (
        f"{gate}: {score} = {value:.3f} fell below its floor {floor}; "
        f"run `newsgraph eval {files} --details` to see what is missed"
    )


def raise_floors() -> None:
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    totals = measure()
    for gate in data["gates"]:
        for score, floor in gate["floors"].items():
            value = value_of(totals[gate["name"]], score)
            if value is None:
                continue
            candidate = round(max(0.0, math.floor(round(value * 100, 6)) / 100 - MARGIN), 2)
            if floor is None or candidate > floor:
                gate["floors"][score] = candidate
                print(f"{gate['name']} {score}: {floor} → {candidate} (measured {value:.3f})")
    FLOORS_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--raise"]:
        sys.exit(
            f"usage: {sys.argv[0]} --raise   (raises the floors in {FLOORS_FILE} to the measured scores)"
        )
    raise_floors()
