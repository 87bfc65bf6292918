"""Single-request timings of the store's read calls behind the web/API pages (no server, no load).

    .venv/bin/python bench/store_reads.py --db bench/results/serve-10000.db
    .venv/bin/python bench/store_reads.py --db postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/store_reads.py --db bench/results/serve-10000.db --app   # whole requests

Times, on the given store (e.g. the one `bench/serve.py` built): the dossier of
the most-mentioned entities, searches for common words, the entity list, the
quotes and facts lists, and the newer calls (search facets, mention months) when
the store has them. Each call is run `--repeat` times and the best and median
are printed in ms: the machine is shared, so the best is the steadier figure.

With `--app`, it times whole requests instead: the app of `newsgraph serve`
(cache off) called in-process through httpx's ASGI transport, so routing,
validation, the store calls, JSON encoding and template rendering are all in,
and only the socket and the HTTP parser are left out. The paths are the
dossier (API and page) of the entities ranked 1, 10, 100 and 1000 by articles
and the search (API and page) for the words. Run it under `py-spy record` to see
where a request's time goes.
"""

from __future__ import annotations

import argparse
import asyncio
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


async def time_requests(store: Any, repeat: int) -> dict[str, dict[str, float]]:
    import httpx

    from newsgraph.serve.app import create_app

    ranked = store.entities(limit=1000)
    paths = {}
    for rank in (1, 10, 100, 1000):
        if rank <= len(ranked):
            entity = ranked[rank - 1]
            label = f"#{rank} ({entity['articles']} articles)"
            paths[f"dossier API {label}"] = f"/api/entities/{entity['id']}"
            paths[f"dossier page {label}"] = f"/entities/{entity['id']}"
    for word in WORDS:
        query = str(httpx.QueryParams({"q": word}))
        paths[f"search API {word}"] = f"/api/search?{query}"
        paths[f"search page {word}"] = f"/search?{query}"
    app = create_app(store, cache_size=0)
    transport = httpx.ASGITransport(app=app)
    report: dict[str, dict[str, float]] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for label, path in paths.items():
            times, size = [], 0
            for _ in range(repeat):
                started = time.perf_counter()
                response = await client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(
                        f"{path}: expected 200, got {response.status_code}: {response.text[:300]}"
                    )
                size = len(response.content)
            report[label] = {
                "best_ms": round(min(times), 1),
                "median_ms": round(statistics.median(times), 1),
                "kb": round(size / 1024),
            }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--app", action="store_true", help="time whole requests through the app (in-process)")
    args = parser.parse_args()
    with open_store(args.db) as store:
        report = (
            asyncio.run(time_requests(store, args.repeat)) if args.app else time_calls(store, args.repeat)
        )
    show(report)


def time_calls(store: Any, repeat: int) -> dict[str, Any]:
    report: dict[str, Any] = {}
    top = store.entities(limit=3)
    for rank, row in enumerate(top):
        label = f"dossier #{rank + 1} ({row['articles']} articles)"
        report[label] = timed(lambda row=row: store.dossier(row["id"], limit=50), repeat)
        size = len(json.dumps(store.dossier(row["id"], limit=50), ensure_ascii=False))
        report[label]["json_kb"] = round(size / 1024)
    for word in WORDS:
        report[f"search {word}"] = timed(lambda word=word: store.search(word, limit=21), repeat)
        if hasattr(store, "search_facets"):
            report[f"search_facets {word}"] = timed(lambda word=word: store.search_facets(word), repeat)
    if hasattr(store, "mention_months"):
        report["mention_months #1"] = timed(lambda: store.mention_months(top[0]["id"]), repeat)
    report["entities"] = timed(lambda: store.entities(limit=50), repeat)
    report["entities type=PERSON"] = timed(lambda: store.entities(type="PERSON", limit=50), repeat)
    report["quotes"] = timed(lambda: store.quotes(limit=50), repeat)
    report["quotes about #1"] = timed(lambda: store.quotes(about=top[0]["id"], limit=50), repeat)
    report["facts"] = timed(lambda: store.facts(limit=50), repeat)
    report["facts subject #1"] = timed(lambda: store.facts(subject=top[0]["id"], limit=50), repeat)
    return report


def show(report: dict[str, Any]) -> None:
    width = max(map(len, report))
    for label, figures in report.items():
        print(f"{label:<{width}}  " + "  ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
