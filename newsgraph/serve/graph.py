"""Pictures for the dossier, drawn on the server as SVG (no script, works offline).

The co-occurrence graph is laid out by networkx (a seeded spring layout, so
the same dossier always looks the same and entities seen together often sit
close); the template draws it. The timeline is a bar per month of mentions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

WIDTH, HEIGHT, MARGIN = 640, 420, 60
MAX_NEIGHBOURS = 18


@dataclass(slots=True)
class Node:
    id: str
    label: str
    type: str
    x: float
    y: float
    r: float
    centre: bool = False


@dataclass(slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


@dataclass(slots=True)
class Picture:
    width: int
    height: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def cooccurrence(
    centre: dict[str, Any], neighbours: list[dict[str, Any]], pairs: dict[tuple[str, str], int] | None = None
) -> Picture:
    """`neighbours`: ``{id, name, type, count}``; `pairs`: counts between neighbours, when known."""
    neighbours = sorted(neighbours, key=lambda n: -n["count"])[:MAX_NEIGHBOURS]
    picture = Picture(WIDTH, HEIGHT)
    if not neighbours:
        return picture
    graph = nx.Graph()
    graph.add_node(centre["id"])
    top = max(n["count"] for n in neighbours)
    for n in neighbours:
        graph.add_edge(centre["id"], n["id"], weight=n["count"])
    ids = {n["id"] for n in neighbours}
    for (a, b), count in (pairs or {}).items():
        if a in ids and b in ids and a != b:
            graph.add_edge(a, b, weight=count)
    layout = (
        nx.spring_layout(graph, weight="weight", seed=7, iterations=100)
        if len(graph) > 2
        else nx.circular_layout(graph)
    )
    pos = _fit(layout)
    for a, b, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        picture.edges.append(
            Edge(x1, y1, x2, y2, 1 + 5 * data["weight"] / top, f"{data['weight']} articles together")
        )
    by_id = {n["id"]: n for n in neighbours}
    for node_id, (x, y) in pos.items():
        if node_id == centre["id"]:
            picture.nodes.append(Node(node_id, centre["name"], centre["type"], x, y, 16, centre=True))
        else:
            n = by_id[node_id]
            picture.nodes.append(
                Node(node_id, n["name"], n.get("type") or "other", x, y, 6 + 8 * math.sqrt(n["count"] / top))
            )
    return picture


def _fit(layout: dict[str, Any]) -> dict[str, tuple[float, float]]:
    xs = [float(p[0]) for p in layout.values()]
    ys = [float(p[1]) for p in layout.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {
        k: (
            MARGIN * 1.6 + (float(p[0]) - min(xs)) / span_x * (WIDTH - 3.2 * MARGIN),
            MARGIN / 2 + (float(p[1]) - min(ys)) / span_y * (HEIGHT - MARGIN * 1.2),
        )
        for k, p in layout.items()
    }


@dataclass(slots=True)
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


def timeline(
    dates: list[str | None], width: int = 640, height: int = 140, months: dict[str, int] | None = None
) -> list[Bar]:
    """One bar per month from the first to the last dated mention (empty months included);
    `months` (YYYY-MM → count, e.g. the store's counts over all articles) replaces `dates`."""
    months = Counter(months) if months else Counter(d[:7] for d in dates if d and len(d) >= 7)
    if not months:
        return []
    first, last = min(months), max(months)
    keys = _month_range(first, last)[-36:]
    top = max(months.values())
    step = width / len(keys)
    bar = min(step * 0.8, 48.0)
    bars = []
    for i, key in enumerate(keys):
        h = (height - 30) * months.get(key, 0) / top
        bars.append(Bar(key, months.get(key, 0), i * step + (step - bar) / 2, height - 20 - h, bar, h))
    return bars


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
