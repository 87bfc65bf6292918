"""Quality gate: occupations on the first FactRuEval devset documents, with gold entities.

Floors are set a little under the measured figures (20 documents: P 0.92,
R 0.80 on 2026-11-25); raise them as quality rises, never lower one silently.
The whole devset is scored by ``scripts/eval_factrueval_facts.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DOCUMENTS = 20
FLOORS = {"precision": 0.88, "recall": 0.76}


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "eval_factrueval_facts", ROOT / "scripts" / "eval_factrueval_facts.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_occupation_floors(shared):
    devset = shared / "data" / "factrueval-2016" / "devset"
    scorer = _scorer()
    books = sorted(devset.glob("book_*.txt"), key=lambda p: int(p.stem.split("_")[1]))[:DOCUMENTS]
    counts: dict = defaultdict(lambda: defaultdict(int))
    for path in books:
        scorer.score_book(scorer.read_book(path), "gold", counts)
    row = counts["Occupation"]
    precision = row["matched"] / row["system"]
    recall = row["matched"] / row["gold"]
    assert precision >= FLOORS["precision"], f"precision {precision:.3f} fell under {FLOORS['precision']}"
    assert recall >= FLOORS["recall"], f"recall {recall:.3f} fell under {FLOORS['recall']}"
