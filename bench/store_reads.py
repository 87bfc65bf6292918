"""Single-request timings of the store's read calls behind the web/API pages (no server, no load).

    .venv/bin/python bench/store_reads.py --db bench/results/serve-10000.db
    .venv/bin/python bench/store_reads.py --db postgresql://postgres@127.0.0.1:5432/test

Times, on the given store (e.g. the one `bench/serve.py` built): the dossier of
the most-mentioned entities, searches for common words, the entity list, the
quotes and facts lists, and the newer calls (search facets, mention months) when
the store has them. Each call is run `--repeat` times and the best and median
are printed in ms: the machine is shared, so the best is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from newsgraph.store import open_store

WORDS = ("Россия", "президент", "завод", "выборы", "суд")


def timed(call: Callable[[], Any], repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return {"best_ms": round(min(times), 1), "median_ms": round(statistics.median(times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    report: dict[str, Any] = {}
    with open_store(args.db) as store:
        top = store.entities(limit=3)
        for rank, row in enumerate(top):
            label = f"dossier #{rank + 1} ({row['articles']} articles)"
            report[label] = timed(lambda row=row: store.dossier(row["id"], limit=50), args.repeat)
            size = len(json.dumps(store.dossier(row["id"], limit=50), ensure_ascii=False))
            report[label]["json_kb"] = round(size / 1024)
        for word in WORDS:
            report[f"search {word}"] = timed(lambda word=word: store.search(word, limit=21), args.repeat)
            if hasattr(store, "search_facets"):
                report[f"search_facets {word}"] = timed(
                    lambda word=word: store.search_facets(word), args.repeat
                )
        if hasattr(store, "mention_months"):
            report["mention_months #1"] = timed(lambda: store.mention_months(top[0]["id"]), args.repeat)
        report["entities"] = timed(lambda: store.entities(limit=50), args.repeat)
        report["entities type=PERSON"] = timed(lambda: store.entities(type="PERSON", limit=50), args.repeat)
        report["quotes"] = timed(lambda: store.quotes(limit=50), args.repeat)
        report["quotes about #1"] = timed(lambda: store.quotes(about=top[0]["id"], limit=50), args.repeat)
        report["facts"] = timed(lambda: store.facts(limit=50), args.repeat)
        report["facts subject #1"] = timed(lambda: store.facts(subject=top[0]["id"], limit=50), args.repeat)
    width = max(map(len, report))
    for label, figures in report.items():
        print(f"{label:<{width}}  " + "  ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
