"""B-cubed precision, recall and F1 of a clustering against gold clusters."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping


def bcubed(system: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float | None]:
    """Scores over the items present in both mappings (item → cluster id).

    For each item, precision is the share of its system cluster that shares
    its gold cluster, recall the share of its gold cluster that shares its
    system cluster; both are averaged over items. None when there are no items.
    """
    items = sorted(set(system) & set(gold))
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    sys_clusters: dict[str, set[str]] = defaultdict(set)
    gold_clusters: dict[str, set[str]] = defaultdict(set)
    for item in items:
        sys_clusters[system[item]].add(item)
        gold_clusters[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same = sys_clusters[system[item]] & gold_clusters[gold[item]]
        precision += len(same) / len(sys_clusters[system[item]])
        recall += len(same) / len(gold_clusters[gold[item]])
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
