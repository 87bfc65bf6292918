"""Load benchmark for `newsgraph serve`: dossier and search latency under concurrent clients.

    .venv/bin/python bench/serve.py --clients 1 --requests 300 --workers 2      # build (once) a 10k store
    .venv/bin/python bench/serve.py --clients 50 --requests 1500 --workers 2    # closed loop: saturation
    .venv/bin/python bench/serve.py --clients 50 --think 1-3 --duration 90 --workers 2   # 50 users
    .venv/bin/python bench/serve.py --clients 50 --think 1-3 --zipf 1 --cache-size 1024 --workers 2

The store is built from NEREL articles with their gold entities and relations
(tests/serve/servekit.py), each repeated with variations (another outlet, date
and closing line, so another id) until the count is reached. The server runs
as `newsgraph serve` in a subprocess on loopback; the load generator is an
asyncio client. Requests are 40% dossier API, 40% search API, 10% dossier
page, 10% search page, over the 2,000 entities with most articles and some
216 words (common words and entity names).

Two load models:

- closed loop (default): `--clients` requests always in flight, each client
  sending its next request the moment the previous one returns, `--requests`
  in all. This measures saturation: by Little's law the latency is then
  clients / throughput, whatever the code does per request.
- `--think MIN-MAX`: `--clients` virtual users as load-testing tools model them
  (Locust, JMeter, k6): each waits a uniform MIN–MAX seconds between getting an
  answer and sending the next request, for `--duration` seconds.

`--zipf S` picks entities and words by popularity (weight 1/rank**S; 0 is
uniform, 1 the usual long tail, where repeated views happen); `--cache-size`
is the server's response cache (default 0: every request computed, the cold
case); `--etags` makes users revalidate what they have seen, as a browser does.
Prints and writes bench/results/serve-cCLIENTS-cacheSIZE-MODEL[-TAG].json:
p50/p95/p99 overall and per endpoint, errors by kind, 304s and cache hits,
throughput, the mean number in flight, the server's CPU per request, the load
generator's CPU and the machine's load average.
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
from itertools import accumulate
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


def start_server(
    db: Path, port: int, cache_size: int, workers: int, log: Path, log_level: str = "warning"
) -> subprocess.Popen:
    command = ["serve", "--db", str(db), "--port", str(port), "--cache-size", str(cache_size)]
    command += ["--workers", str(workers)]
    if log_level != "warning":  # (the default; older servers have no such option)
        command += ["--log-level", log_level]
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


Request = tuple[str, str]  # (endpoint, path)


class Recorder:
    """Latencies, errors and 304s per endpoint."""

    def __init__(self) -> None:
        self.timings: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.kinds: dict[str, int] = {}
        self.not_modified: dict[str, int] = {}
        self.hits: dict[str, int] = {}

    async def fetch(self, client: httpx.AsyncClient, kind: str, path: str, etags: dict | None) -> None:
        headers = {"If-None-Match": etags[path]} if etags is not None and path in etags else None
        started = time.perf_counter()
        try:
            response = await client.get(path, headers=headers)
            failure = None if response.status_code in (200, 304) else f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            response, failure = None, f"{type(exc).__name__} {exc}"[:120]
        self.timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
        if failure:
            self.errors[kind] = self.errors.get(kind, 0) + 1
            self.kinds[f"{kind}: {failure}"] = self.kinds.get(f"{kind}: {failure}", 0) + 1
        elif response is not None and response.status_code == 304:
            self.not_modified[kind] = self.not_modified.get(kind, 0) + 1
        if response is not None and response.headers.get("x-cache") == "hit":
            self.hits[kind] = self.hits.get(kind, 0) + 1
        elif etags is not None and response is not None and "etag" in response.headers:
            etags[path] = response.headers["etag"]


def client_for(base: str, clients: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    return httpx.AsyncClient(base_url=base, timeout=60, limits=limits)


async def closed_loop(base: str, requests: list[Request], clients: int, etags: bool) -> Recorder:
    """Saturation: each client sends its next request the moment the previous one returns,
    taking them from a shared queue until none is left (so `clients` are always in flight)."""
    queue: asyncio.Queue = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    recorder = Recorder()
    async with client_for(base, clients) as client:

        async def user() -> None:
            seen: dict | None = {} if etags else None
            while not queue.empty():
                kind, path = queue.get_nowait()
                await recorder.fetch(client, kind, path, seen)

        await asyncio.gather(*(user() for _ in range(clients)))
    return recorder


async def with_think_time(
    base: str, choose, users: int, think: tuple[float, float], duration: float, etags: bool, seed: int
) -> Recorder:
    """N concurrent users, as load-testing tools model them (Locust, JMeter, k6): each sends a
    request, waits for the answer, then thinks for a uniform `think` seconds before the next,
    until `duration` seconds have passed. Users start spread over the first think time."""
    recorder = Recorder()
    stop = time.monotonic() + duration
    async with client_for(base, users) as client:

        async def user(n: int) -> None:
            rng = random.Random(seed * 1000 + n)
            seen: dict | None = {} if etags else None
            await asyncio.sleep(rng.uniform(0, think[1]))
            while time.monotonic() < stop:
                kind, path = choose(rng)
                await recorder.fetch(client, kind, path, seen)
                await asyncio.sleep(rng.uniform(*think))

        await asyncio.gather(*(user(n) for n in range(users)))
    return recorder


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU of the server process and its workers so far."""
    import psutil

    root = psutil.Process(pid)
    total = 0.0
    for process in (root, *root.children(recursive=True)):
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]
    )


def chooser(entities: list[str], words: list[str], zipf: float):
    """A random request: dossier API 40%, search API 40%, dossier page 10%, search page 10%;
    the entity (and word) by rank with weight 1/rank**zipf (0: uniform; 1: the usual popularity)."""
    entity_weights = list(accumulate(1 / (rank + 1) ** zipf for rank in range(len(entities))))
    word_weights = list(accumulate(1 / (rank + 1) ** zipf for rank in range(len(words))))

    def choose(rng: random.Random) -> Request:
        roll = rng.random()
        entity = rng.choices(entities, cum_weights=entity_weights)[0]
        query = "?" + str(httpx.QueryParams({"q": rng.choices(words, cum_weights=word_weights)[0]}))
        if roll < 0.4:
            return "dossier", f"/api/entities/{entity}"
        if roll < 0.8:
            return "search", f"/api/search{query}"
        if roll < 0.9:
            return "dossier page", f"/entities/{entity}"
        return "search page", f"/search{query}"

    return choose


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (virtual users)")
    parser.add_argument(
        "--requests", type=int, default=1000, help="closed loop: requests in all (no --think)"
    )
    parser.add_argument(
        "--think",
        default=None,
        metavar="MIN-MAX",
        help="think time in seconds between a user's requests, uniform (e.g. 1-3); without it, a closed loop",
    )
    parser.add_argument("--duration", type=float, default=60, help="with --think: seconds of load")
    parser.add_argument(
        "--zipf",
        type=float,
        default=0.0,
        help="popularity of entities and words by rank: weight 1/rank**ZIPF (0: uniform, 1: realistic)",
    )
    parser.add_argument("--etags", action="store_true", help="users revalidate what they saw (If-None-Match)")
    parser.add_argument("--db", type=Path, default=None, help="store to load (built when missing)")
    parser.add_argument(
        "--cache-size",
        type=int,
        default=0,
        help="the server's response cache (default 0: every request computed)",
    )
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--tag", default="", help="added to the result file names")
    parser.add_argument(
        "--server-log-level", default="warning", help="written to the .log beside the results"
    )
    args = parser.parse_args()
    think = tuple(float(x) for x in args.think.split("-")) if args.think else None
    if think is not None and (len(think) != 2 or not 0 <= think[0] <= think[1]):
        raise SystemExit(f"--think expects MIN-MAX seconds such as 1-3, got {args.think!r}")
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
    if args.zipf:
        rng.shuffle(words)  # popular words are not only the names of the most-mentioned entities
    choose = chooser(entities, words, args.zipf)
    model = f"think{args.think}" if think else "closed"
    name = f"serve-c{args.clients}-cache{args.cache_size}-{model}" + (f"-{args.tag}" if args.tag else "")
    port = free_port()
    log = RESULTS / f"{name}.log"
    server = start_server(db, port, args.cache_size, args.workers, log, args.server_log_level)
    base = f"http://127.0.0.1:{port}"
    load_before = os.getloadavg()
    try:
        warmup = [choose(rng) for _ in range(args.clients)]
        asyncio.run(closed_loop(base, warmup, args.clients, etags=False))
        cpu, server_cpu = time.process_time(), server_cpu_seconds(server.pid)
        started = time.perf_counter()
        if think:
            result = asyncio.run(
                with_think_time(base, choose, args.clients, think, args.duration, args.etags, seed=13)
            )
        else:
            requests = [choose(rng) for _ in range(args.requests)]
            result = asyncio.run(closed_loop(base, requests, args.clients, args.etags))
        wall = time.perf_counter() - started
        cpu, server_cpu = time.process_time() - cpu, server_cpu_seconds(server.pid) - server_cpu
    finally:
        server.terminate()
        server.wait(timeout=30)
    done = sum(len(v) for v in result.timings.values())
    everything = [t for v in result.timings.values() for t in v]
    report = {
        "articles": stats["articles"],
        "entities": stats["entities"],
        "mentions": stats["mentions"],
        "facts": stats["facts"],
        "model": "think time " + args.think + " s" if think else "closed loop",
        "clients": args.clients,
        "zipf": args.zipf,
        "etags": args.etags,
        "cache_size": args.cache_size,
        "workers": args.workers,
        "requests": done,
        "seconds": round(wall, 1),
        "requests_per_s": round(done / wall, 1),
        # Little's law: requests in flight = throughput x mean latency (<= clients).
        "in_flight_mean": round(done / wall * statistics.fmean(everything) / 1000, 1),
        "load_generator_cpu_s": round(cpu, 1),
        # CPU the server processes used per request: what the code costs, whatever else runs.
        "server_cpu_s": round(server_cpu, 1),
        "server_cpu_ms_per_request": round(server_cpu * 1000 / done, 2),
        "loadavg_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "all": {f"p{q}_ms": round(percentile(everything, q), 1) for q in (50, 95, 99)},
        "endpoints": {},
        "error_kinds": result.kinds,
    }
    for kind, values in sorted(result.timings.items()):
        report["endpoints"][kind] = {
            "n": len(values),
            "errors": result.errors.get(kind, 0),
            "not_modified": result.not_modified.get(kind, 0),
            "cache_hits": result.hits.get(kind, 0),
            **{f"p{q}_ms": round(percentile(values, q), 1) for q in (50, 95, 99)},
        }
    (RESULTS / f"{name}.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
