"""B-cubed precision and recall of a clustering against gold clusters.

For each item: precision = |its system cluster ∩ its gold cluster| / |its system
cluster|, recall = the same over |its gold cluster|. The scores are the means
over items; sums are returned so that files can be micro-averaged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence


def bcubed_sums(system: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float]:
    """Summed per-item B-cubed precision and recall; `system[i]`, `gold[i]` label item i."""
    if len(system) != len(gold):
        raise ValueError(f"expected one system label per gold label, got {len(system)} for {len(gold)}")
    by_system: dict[Hashable, set[int]] = defaultdict(set)
    by_gold: dict[Hashable, set[int]] = defaultdict(set)
    for i, (s, g) in enumerate(zip(system, gold, strict=True)):
        by_system[s].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for s, g in zip(system, gold, strict=True):
        shared = len(by_system[s] & by_gold[g])
        precision += shared / len(by_system[s])
        recall += shared / len(by_gold[g])
    return precision, recall


def bcubed(system: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float | None, float | None]:
    """Mean B-cubed precision and recall (None for no items)."""
    if not gold:
        return None, None
    precision, recall = bcubed_sums(system, gold)
    return precision / len(gold), recall / len(gold)
