"""Load benchmark for `newsgraph serve`: dossier and search latency under concurrent clients.

    .venv/bin/python bench/serve.py                       # build (once) a 10k-article store, then load it
    .venv/bin/python bench/serve.py --articles 20000 --clients 50 --requests 2000

The store is built from NEREL articles with their gold entities and relations
(tests/serve/servekit.py), each repeated with variations (another outlet, date
and closing line, so another id) until the count is reached. The server runs
as `newsgraph serve` in a subprocess on loopback; the load generator is an
asyncio client with N concurrent connections. Prints p50/p95/p99 per endpoint
and the error count, and writes bench/results/serve-cCLIENTS-cacheSIZE.json.
By default the server cache is off, so every request is computed (the cold
case); `--cache-size 1024` measures what repeated views cost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "serve"))

from servekit import free_port, nerel_doc  # noqa: E402

from newsgraph.model import Doc  # noqa: E402
from newsgraph.store import open_store  # noqa: E402

NEREL = ROOT.parent / "shared" / "data" / "nerel-1.1"
RESULTS = ROOT / "bench" / "results"
OUTLETS = (
    "ТАСС",
    "РИА Новости",
    "Интерфакс",
    "Коммерсантъ",
    "Ведомости",
    "Лента",
    "Газета",
    "РБК",
    "Известия",
    "Российская газета",
    "Wikinews",
    "Фонтанка",
)
SEARCH_WORDS = (
    "президент",
    "завод",
    "выборы",
    "компания",
    "министр",
    "суд",
    "война",
    "договор",
    "Москва",
    "Россия",
    "США",
    "правительство",
    "армия",
    "нефть",
    "футбол",
    "экономика",
)


def variants(base: list[Doc], count: int) -> list[Doc]:
    """`count` docs: the bases first, then copies with another outlet, date and closing line."""
    rng = random.Random(7)
    out: list[Doc] = []
    first = date(2023, 1, 1)
    while len(out) < count:
        round_ = len(out) // len(base)
        for doc in base:
            if len(out) == count:
                break
            outlet = OUTLETS[rng.randrange(len(OUTLETS))]
            copy = Doc.from_json(doc.to_json())
            if round_:
                copy.text = f"{doc.text}\n\n{outlet}, выпуск {round_}."  # appended: offsets unchanged
                copy.id = ""
                copy.__post_init__()
            copy.source = outlet
            copy.published = (first + timedelta(days=rng.randrange(730))).isoformat()
            out.append(copy)
    return out


def build(path: Path, count: int) -> None:
    texts = sorted((NEREL / "train").glob("*.txt")) + sorted((NEREL / "dev").glob("*.txt"))
    base = [nerel_doc(t) for t in texts]
    docs = variants(base, count)
    started = time.perf_counter()
    with open_store(str(path)) as store:
        for i in range(0, len(docs), 500):
            store.add(docs[i : i + 500])
            print(f"  stored {min(i + 500, len(docs))}/{len(docs)}", file=sys.stderr)
    print(f"built {path} with {count} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def start_server(db: Path, port: int, cache_size: int, workers: int, log: Path) -> subprocess.Popen:
    command = ["serve", "--db", str(db), "--port", str(port), "--cache-size", str(cache_size)]
    command += ["--workers", str(workers)]
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "newsgraph"), *command],
        stdout=subprocess.DEVNULL,
        # A file, not an unread pipe: a full pipe would stall the server mid-benchmark.
        stderr=log.open("w"),
        env={**os.environ, "NEWSGRAPH_API_TOKEN": ""},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer within 60 s")


async def load(base: str, paths: list[tuple[str, str]], clients: int) -> dict[str, list[float]]:
    """Each client takes the next request from a shared queue until none is left."""
    queue: asyncio.Queue = asyncio.Queue()
    for item in paths:
        queue.put_nowait(item)
    timings: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    kinds: dict[str, int] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker() -> None:
            while not queue.empty():
                kind, path = queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    failure = None if response.status_code == 200 else f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    failure = type(exc).__name__
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                if failure:
                    errors[kind] = errors.get(kind, 0) + 1
                    kinds[f"{kind}: {failure}"] = kinds.get(f"{kind}: {failure}", 0) + 1

        await asyncio.gather(*(worker() for _ in range(clients)))
    return {"timings": timings, "errors": errors, "error_kinds": kinds}


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="per endpoint")
    parser.add_argument("--db", type=Path, default=None, help="store to load (built when missing)")
    parser.add_argument(
        "--cache-size",
        type=int,
        default=0,
        help="the server's response cache (default 0: every request computed)",
    )
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    db = args.db or RESULTS / f"serve-{args.articles}.db"
    if not db.exists():
        build(db, args.articles)
    with open_store(str(db)) as store:
        stats = store.stats()
        entities = [e["id"] for e in store.entities(limit=2000)]
        names = [e["name_ru"] for e in store.entities(limit=200) if e.get("name_ru")]
    rng = random.Random(11)
    words = list(SEARCH_WORDS) + names
    paths = [("dossier", f"/api/entities/{rng.choice(entities)}") for _ in range(args.requests)]
    paths += [
        ("search", "/api/search?" + str(httpx.QueryParams({"q": rng.choice(words)})))
        for _ in range(args.requests)
    ]
    paths += [("dossier page", f"/entities/{rng.choice(entities)}") for _ in range(args.requests // 4)]
    rng.shuffle(paths)
    port = free_port()
    log = RESULTS / f"serve-c{args.clients}-cache{args.cache_size}.log"
    server = start_server(db, port, args.cache_size, args.workers, log)
    try:
        asyncio.run(load(f"http://127.0.0.1:{port}", paths[: args.clients], args.clients))  # warm-up
        started = time.perf_counter()
        result = asyncio.run(load(f"http://127.0.0.1:{port}", paths, args.clients))
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    report = {
        "articles": stats["articles"],
        "entities": stats["entities"],
        "mentions": stats["mentions"],
        "facts": stats["facts"],
        "clients": args.clients,
        "cache_size": args.cache_size,
        "workers": args.workers,
        "requests": len(paths),
        "seconds": round(wall, 1),
        "requests_per_s": round(len(paths) / wall, 1),
        "endpoints": {},
        "error_kinds": result["error_kinds"],
    }
    for kind, values in sorted(result["timings"].items()):
        report["endpoints"][kind] = {
            "n": len(values),
            "errors": result["errors"].get(kind, 0),
            **{f"p{q}_ms": round(percentile(values, q), 1) for q in (50, 95, 99)},
        }
    (RESULTS / f"serve-c{args.clients}-cache{args.cache_size}.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
