"""Resolve-step benchmark: time and memory of adding one article to a large store.

1. Builds a synthetic store of `--rows` resolved articles (default 100 000) by
   bulk inserts into the resolve tables: each synthetic article is a few
   sentences drawn from two NEREL texts (train+dev); its MinHash signature is
   the element-wise minimum of its sentences' signatures and of its own
   wording (MinHash is mergeable; 150 random words, so that most rows are not
   near copies of one another), its keys the union of theirs plus 30 rare
   words from a Zipf-distributed vocabulary. Articles drawn from the same
   pair of texts form one story; every article is its own syndication group.
2. Resolves `--probe` new articles (reworded NEREL texts, re-posts of them
   and reworded mixes) one at a time with `stories.assign` on real text, each in its own
   transaction, and reports the median, p95 and max time per article (wall
   and CPU time of `assign`; the commit separately, since ingest commits once
   per batch), the
   number of LSH candidates; then the whole `stories.update` step (read the
   stored article, assign, commit, refresh conflicts) for `--probe`/4
   articles added one at a time through the store; the peak Python allocation during the probes
   (tracemalloc) and the process RSS.

    .venv/bin/python bench/resolve.py                  # 100k rows, a few minutes
    .venv/bin/python bench/resolve.py --rows 20000 --probe 100

The LSH index lives in the database, so memory does not grow with the rows.
Given an existing `--db` from an earlier run, the build is skipped and only
the probes run (their RSS is then the resolve step's alone):

    .venv/bin/python bench/resolve.py --db /tmp/b100.db          # builds, probes
    .venv/bin/python bench/resolve.py --db /tmp/b100.db          # probes again
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import numpy as np
import psutil
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
NEREL = ROOT.parent / "shared" / "data" / "nerel-1.1"
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT / "tests" / "resolve"))

from corpus import reword, sentences  # noqa: E402

from newsgraph.resolve import dedup, shingles, stories  # noqa: E402
from newsgraph.resolve.features import Features, features, top_vector  # noqa: E402
from newsgraph.resolve.tables import key_df, lsh_bands, resolved, story_keys  # noqa: E402
from newsgraph.resolve.tables import stories as stories_table  # noqa: E402
from newsgraph.store.engine import make_engine  # noqa: E402
from newsgraph.store.migrations import migrate  # noqa: E402

CHUNK = 20_000
RUN = time.strftime("%Y%m%d%H%M%S")  # probes of another run on the same store are new articles
MEMORY_PROBES = 30
NOISE_WORDS = 150
NOISE_KEYS = 30


def load_texts() -> list[tuple[str, str]]:
    paths = sorted((NEREL / "train").glob("*.txt")) + sorted((NEREL / "dev").glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8").strip()) for p in paths]


def sentence_pool(texts: list[tuple[str, str]]) -> list[list[tuple[np.ndarray, Counter, set]]]:
    """Per text: (signature, keys, anchors) of each sentence."""
    pool = []
    for _, text in texts:
        items = []
        for sent in sentences(text)[:30]:
            feats = features(sent)
            items.append((shingles.signature(sent), feats.keys, feats.anchors))
        pool.append(items)
    return pool


def build(conn: sa.Connection, pool, rows: int, rng: random.Random) -> dict:
    started = time.perf_counter()
    day0 = np.datetime64("2020-01-01")
    df: Counter = Counter()
    nprng = np.random.default_rng(rng.getrandbits(32))
    articles = []
    for i in range(rows):
        story = i // 3
        srng = random.Random(story)
        a, b = srng.randrange(len(pool)), srng.randrange(len(pool))
        chosen = rng.sample(pool[a], min(6, len(pool[a]))) + rng.sample(pool[b], min(4, len(pool[b])))
        # Own wording and own rare words, so that most rows are not near
        # copies of the 840 texts they borrow sentences from.
        noise = " ".join(f"x{rng.getrandbits(40):x}" for _ in range(NOISE_WORDS))
        sig = np.minimum.reduce([c[0] for c in chosen] + [shingles.signature(noise)]).astype(np.uint32)
        keys: Counter = Counter(f"w:z{int(z)}" for z in nprng.zipf(1.3, NOISE_KEYS) if z < 10**7)
        anchors: set = set()
        for _, k, anc in chosen:
            keys.update(k)
            anchors |= anc
        df.update(keys.keys())
        published = str(day0 + np.timedelta64(story // 50, "D"))
        articles.append((f"syn{i:07d}", f"s-syn{story:07d}", sig, keys, anchors, published))
    total = len(articles)
    resolved_rows, band_rows, profile = [], [], Counter()
    labels = {}
    for seq, (aid, story, sig, keys, anchors, published) in enumerate(articles, 1):
        resolved_rows.append({
            "article": aid, "seq": seq, "lang": "ru", "published": published, "length": 2000,
            "signature": shingles.to_bytes(sig), "anchors": " ".join(sorted(anchors)), "story": story,
            "story_score": None, "syndication": f"g-{aid}", "link": "original", "link_to": None,
            "link_score": None,
        })  # fmt: skip
        band_rows.extend({"key": k, "article": aid} for k in set(shingles.band_keys(sig)))
        for key in top_vector(Features(keys), df, total):
            profile[(story, key)] += 1
        labels.setdefault(story, (published, published))
        if len(band_rows) >= CHUNK * 5:
            conn.execute(lsh_bands.insert(), band_rows)
            band_rows = []
        if len(resolved_rows) >= CHUNK:
            conn.execute(resolved.insert(), resolved_rows)
            resolved_rows = []
    if band_rows:
        conn.execute(lsh_bands.insert(), band_rows)
    if resolved_rows:
        conn.execute(resolved.insert(), resolved_rows)
    items = [{"key": k, "df": n} for k, n in df.items()]
    for start in range(0, len(items), CHUNK):
        conn.execute(key_df.insert(), items[start : start + CHUNK])
    items = [{"story": s, "key": k, "n": n, "label": None} for (s, k), n in profile.items()]
    for start in range(0, len(items), CHUNK):
        conn.execute(story_keys.insert(), items[start : start + CHUNK])
    sizes = Counter(a[1] for a in articles)
    conn.execute(
        stories_table.insert(),
        [
            {
                "id": s,
                "seq": i,
                "title": s,
                "first_date": labels[s][0],
                "last_date": labels[s][1],
                "articles": n,
                "groups": n,
            }
            for i, (s, n) in enumerate(sorted(sizes.items()), 1)
        ],
    )
    return {"rows": rows, "build_s": round(time.perf_counter() - started, 1), "keys": len(df),
            "story_key_rows": len(profile)}  # fmt: skip


def probes(
    texts: list[tuple[str, str]], count: int, rng: random.Random, tag: str = "t"
) -> list[stories.ArticleInput]:
    """New articles: reworded texts (another outlet's report: the story path),
    re-posts of the previous probe (the copy path), and reworded two-text mixes."""
    found: list[stories.ArticleInput] = []
    for i in range(count):
        name, text = texts[rng.randrange(len(texts))]
        if i % 3 == 1 and found:
            text = "Перепечатка. " + found[-1].text + "\nИсточник: агентство."
        else:
            chosen = sentences(text)
            if i % 3 == 2:
                chosen = chosen[:5] + sentences(texts[rng.randrange(len(texts))][1])[:5]
            text = "\n".join(reword(sentence, rng) for sentence in chosen)
        found.append(stories.ArticleInput(f"probe-{RUN}-{tag}{i:04d}-{name}", text, None, "2021-06-01", "ru"))
    return found


def measure_update(url: str, texts, rng: random.Random, count: int) -> list[float]:
    """The whole step ingest runs per batch, for batches of one article:
    read the stored article, assign, commit, refresh conflicts."""
    from newsgraph.model import Doc
    from newsgraph.store import open_store

    store = open_store(url)
    found = []
    for i in range(count):
        text = texts[rng.randrange(len(texts))][1]
        doc = Doc(text=f"{text}\n\nupdate probe {RUN} {i}", published="2021-06-02", lang="ru")
        added = store.add([doc])["added"]
        start = time.perf_counter()
        stories.update(store, added)
        found.append((time.perf_counter() - start) * 1000)
    store.close()
    return found


def figures(name: str, values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {
        f"{name}_median": round(statistics.median(values), 2),
        f"{name}_p95": round(values[max(0, int(len(values) * 0.95) - 1)], 2),
        f"{name}_max": round(values[-1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--probe", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", help="SQLite path or postgresql:// URL (default: a temporary SQLite file)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tmp = tempfile.TemporaryDirectory(prefix="newsgraph-bench-")
    url = args.db or str(Path(tmp.name) / "resolve.db")
    engine = make_engine(url)
    migrate(engine)
    texts = load_texts()
    with engine.connect() as conn:
        existing = conn.execute(sa.select(sa.func.max(resolved.c.seq))).scalar() or 0
    if existing:
        # Probing a store built by an earlier run: this process's memory is
        # then the resolve step's alone.
        built = {"rows": existing, "build_s": None, "reused": True}
    else:
        t0 = time.perf_counter()
        pool = sentence_pool(texts)
        print(f"pool: {sum(map(len, pool))} sentences in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        with engine.connect() as conn, conn.begin():
            built = build(conn, pool, args.rows, rng)
        del pool
    print(f"store: {built}", file=sys.stderr)
    inputs = probes(texts, args.probe, rng)
    # Warm the caches (pymorphy, MinHash permutations) before the clock starts.
    with engine.connect() as conn, conn.begin():
        stories.assign(conn, stories.ArticleInput("warmup", texts[0][1], None, "2021-06-01", "ru"))
    times, cpu, commits, candidates, links = [], [], [], [], Counter()
    for article in inputs:
        with engine.connect() as conn:
            transaction = conn.begin()
            start, start_cpu = time.perf_counter(), time.process_time()
            result = stories.assign(conn, article)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            start = time.perf_counter()
            transaction.commit()
            commits.append((time.perf_counter() - start) * 1000)
            bands = shingles.band_keys(shingles.signature(article.text))
            candidates.append(len(dedup.lsh_candidates(conn, bands)))
        links[result.link] += 1
    # Allocations are traced on a few more probes only: tracing doubles the CPU time.
    tracemalloc.start()
    for article in probes(texts, MEMORY_PROBES, rng, tag="m"):
        with engine.connect() as conn, conn.begin():
            stories.assign(conn, article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    update_ms = measure_update(url, texts, rng, args.probe // 4)
    size = Path(url).stat().st_size if Path(url).exists() else None
    report = {
        **built,
        "probes": len(times),
        **figures("wall_ms", times),
        **figures("cpu_ms", cpu),
        **figures("commit_ms", commits),
        "lsh_candidates_median": statistics.median(candidates),
        "lsh_candidates_max": max(candidates),
        "links": dict(links),
        **figures("update_ms", update_ms),
        "probe_peak_alloc_mb": round(peak / 2**20, 1),
        "rss_mb": round(psutil.Process().memory_info().rss / 2**20, 1),
        "db_mb": None if size is None else round(size / 2**20, 1),
        "dialect": engine.dialect.name,
    }
    print(json.dumps(report, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = args.out or RESULTS / f"resolve-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
