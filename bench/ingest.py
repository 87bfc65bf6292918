"""Throughput benchmark: natasha's full pipeline vs newsgraph, side by side on the same texts.

Modes, each run in its own subprocess (one core: BLAS threads pinned to 1) so
that peak memory figures do not mix:

- ``natasha``  natasha's own full pipeline: segment, morphology, syntax, NER;
- ``pipeline`` newsgraph's analysis alone: ``default_pipeline()`` on parsed
  texts, no store (with the time of each stage);
- ``ingest``   newsgraph end to end: ``run_ingest`` (read files, detect the
  language, analyse, store) into a fresh SQLite file.

Models are loaded and one text is analysed before the clock starts (that cost
is reported as ``load_s``). Rates are articles per second of wall time and per
second of the process's CPU time; the machine is shared, so the CPU-time
figures and the ratio are the ones to compare.

    .venv/bin/python bench/ingest.py --n 200
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEREL = ROOT.parent / "shared" / "data" / "nerel-1.1"
RESULTS = ROOT / "bench" / "results"
MODES = ("natasha", "pipeline", "ingest")
LABELS = {
    "natasha": "natasha full",
    "pipeline": "newsgraph analysis",
    "ingest": "newsgraph ingest",
}
ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def pick_texts(n: int, seed: int) -> list[Path]:
    files = sorted([*NEREL.glob("train/*.txt"), *NEREL.glob("dev/*.txt")])
    if not files:
        sys.exit(f"no NEREL texts found under {NEREL}: expected ../shared/data/nerel-1.1/{{train,dev}}/*.txt")
    return sorted(random.Random(seed).sample(files, min(n, len(files))))


# --- the workers (run in a subprocess each) ----------------------------------------


def natasha_worker(paths: list[Path]) -> tuple[Callable[[], None], dict[str, Any]]:
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    segmenter, morph, syntax, ner = (
        Segmenter(),
        NewsMorphTagger(emb),
        NewsSyntaxParser(emb),
        NewsNERTagger(emb),
    )
    texts = [p.read_text(encoding="utf-8") for p in paths]

    def analyse(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)

    def run() -> None:
        for text in texts:
            analyse(text)

    analyse(texts[0])
    return run, {}


def pipeline_worker(paths: list[Path]) -> tuple[Callable[[], None], dict[str, Any]]:
    from newsgraph.ingest.text import parse_text
    from newsgraph.pipeline import default_pipeline

    pipeline = default_pipeline()
    raws = [(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    pipeline(parse_text(raws[0][0], file=raws[0][1]))
    stages: dict[str, float] = {name: 0.0 for name in ["parse_text", *pipeline.names]}
    extra: dict[str, Any] = {"stages_cpu_s": stages}

    def run() -> None:
        for raw, file in raws:
            started = time.process_time()
            doc = parse_text(raw, file=file)
            stages["parse_text"] += time.process_time() - started
            if doc.lang not in (None, "ru"):
                continue
            for comp in pipeline.components:
                started = time.process_time()
                doc = comp(doc)
                stages[comp.name] += time.process_time() - started

    return run, extra


def ingest_worker(paths: list[Path]) -> tuple[Callable[[], None], dict[str, Any]]:
    from newsgraph.cli.ingest import run_ingest
    from newsgraph.ingest.text import parse_text
    from newsgraph.pipeline import default_pipeline
    from newsgraph.resolve import stories  # noqa: F401 -- run_ingest imports it lazily; load it before the clock
    from newsgraph.store import open_store

    pipeline = default_pipeline()
    pipeline(parse_text(paths[0].read_text(encoding="utf-8")))
    tmp = tempfile.mkdtemp(prefix="newsgraph-bench-")
    store = open_store(str(Path(tmp) / "bench.db"))  # schema created before the clock starts
    extra: dict[str, Any] = {}

    def run() -> None:
        try:
            summary = run_ingest([str(p) for p in paths], store, pipeline)
        finally:
            store.close()
        extra["ingested"] = summary.added
        extra["failed"] = len(summary.failures)
        extra["db_bytes"] = sum(f.stat().st_size for f in Path(tmp).iterdir())

    return run, extra


WORKERS = {"natasha": natasha_worker, "pipeline": pipeline_worker, "ingest": ingest_worker}


def worker(mode: str, list_file: Path, profile: Path | None = None) -> None:
    paths = [Path(line) for line in list_file.read_text(encoding="utf-8").split("\n") if line]
    started = time.perf_counter()
    run, extra = WORKERS[mode](paths)
    load = time.perf_counter() - started
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        run = functools.partial(profiler.runcall, run)
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profile is not None:
        profiler.dump_stats(profile)
        extra["profile"] = str(profile)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    result = {
        "mode": mode,
        "articles": len(paths),
        "load_s": round(load, 3),
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "articles_per_s": round(len(paths) / wall, 2),
        "articles_per_cpu_s": round(len(paths) / cpu, 2),
        "ms_per_article": round(1000 * wall / len(paths), 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        **{
            k: ({s: round(t, 3) for s, t in v.items()} if isinstance(v, dict) else v)
            for k, v in extra.items()
        },
    }
    print(json.dumps(result))


# --- the driver -------------------------------------------------------------------


def run_mode(mode: str, list_file: Path, profile: Path | None = None) -> dict[str, Any]:
    env = {**os.environ, **ONE_CORE}
    command = [sys.executable, __file__, "--worker", mode, "--list", str(list_file)]
    done = subprocess.run(
        command + (["--profile-file", str(profile)] if profile else []),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        return {"mode": mode, "error": done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the least CPU time: the one least disturbed by other work on the machine."""
    good = [r for r in runs if "error" not in r]
    return min(good, key=lambda r: r["cpu_s"]) if good else runs[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200, help="number of NEREL texts (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the text sample (default 0)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode, alternating; the best is kept")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON result")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile each mode (slower; figures not comparable): bench/results/profile-MODE.pstats, "
        "read with python -m pstats",
    )
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.list, args.profile_file)
        return
    modes = [m for m in args.modes.split(",") if m]
    unknown = set(modes) - set(MODES)
    if unknown:
        parser.error(f"unknown modes {sorted(unknown)}; expected some of {', '.join(MODES)}")
    paths = pick_texts(args.n, args.seed)
    sizes = [p.stat().st_size for p in paths]
    chars = [len(p.read_text(encoding="utf-8")) for p in paths]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(str(p) for p in paths))
        list_file = Path(handle.name)
    args.out.mkdir(parents=True, exist_ok=True)
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    try:
        for i in range(args.repeat):
            for mode in modes:
                print(f"[{i + 1}/{args.repeat}] {mode} …", file=sys.stderr, flush=True)
                profile = args.out / f"profile-{mode}.pstats" if args.profile else None
                runs[mode].append(run_mode(mode, list_file, profile))
    finally:
        list_file.unlink()
    results = {mode: best(r) for mode, r in runs.items()}
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {"cpus": os.cpu_count(), "load_avg": os.getloadavg(), "python": sys.version.split()[0]},
        "texts": {
            "corpus": "NEREL 1.1 train+dev",
            "n": len(paths),
            "seed": args.seed,
            "mean_bytes": round(sum(sizes) / len(sizes)),
            "mean_chars": round(sum(chars) / len(chars)),
        },
        "repeat": args.repeat,
        "modes": results,
        "ratios": ratios(results),
        "all_runs": runs,
    }
    out = args.out / f"ingest-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print_table(report)
    print(f"\nwritten to {out}")


def ratios(results: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    """Speed of each newsgraph mode relative to natasha (> 1: newsgraph is faster)."""
    base = results.get("natasha", {})
    out: dict[str, float | None] = {}
    for mode in ("pipeline", "ingest"):
        run = results.get(mode, {})
        for key in ("articles_per_s", "articles_per_cpu_s"):
            both = key in run and key in base
            out[f"{mode}/natasha ({key})"] = round(run[key] / base[key], 3) if both else None
    return out


def print_table(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    texts = report["texts"]
    table = Table(
        title=f"{texts['n']} NEREL texts, mean {texts['mean_bytes']} bytes ({texts['mean_chars']} chars); one core each",
        title_justify="left",
    )
    for column in ("mode", "art/s (wall)", "art/s (CPU)", "ms/article", "load s", "peak RSS MB"):
        table.add_column(column, justify="left" if column == "mode" else "right")
    for mode, run in report["modes"].items():
        if "error" in run:
            table.add_row(LABELS[mode], f"failed: {run['error']}", "", "", "", "")
            continue
        table.add_row(
            LABELS[mode],
            str(run["articles_per_s"]),
            str(run["articles_per_cpu_s"]),
            str(run["ms_per_article"]),
            str(run["load_s"]),
            str(run["peak_rss_mb"]),
        )
    console = Console(width=max(Console().width, 110))
    console.print(table)
    console.print("natasha full: segment, morph, syntax, NER")
    console.print("newsgraph analysis: default_pipeline() on parsed texts, no store")
    console.print(
        "newsgraph ingest: run_ingest (read, detect language, analyse, store) into a fresh SQLite file"
    )
    for name, value in report["ratios"].items():
        console.print(f"ratio {name}: {value if value is not None else 'n/a'}")
    stages = report["modes"].get("pipeline", {}).get("stages_cpu_s")
    if stages:
        total = sum(stages.values()) or 1.0
        n = texts["n"]
        console.print(
            "newsgraph analysis stages (CPU ms/article): "
            + ", ".join(f"{name} {1000 * t / n:.1f} ({100 * t / total:.0f}%)" for name, t in stages.items())
        )


if __name__ == "__main__":
    main()
