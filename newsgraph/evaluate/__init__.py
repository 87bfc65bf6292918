"""Evaluation against gold files (gold/FORMAT.md): scores per section, totals, misses.

from newsgraph.evaluate import evaluate_files
result = evaluate_files(["../shared/gold/seed.json"])
result["total"]["entities"]["recall"]
"""

from __future__ import annotations

from newsgraph.evaluate.gold import GoldDoc, StoryGold, load_gold
from newsgraph.evaluate.run import evaluate_article, evaluate_files

__all__ = ["GoldDoc", "StoryGold", "evaluate_article", "evaluate_files", "load_gold"]
