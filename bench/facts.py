"""How much the facts stage adds to the per-article time.

Runs the default pipeline over real news texts (FactRuEval devset and NEREL
dev), timing each component separately, and prints milliseconds per article
and per 4 KB, and the facts stage's share of the rest of the pipeline.

Example:

    .venv/bin/python bench/facts.py --docs 60
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from newsgraph.model import Doc
from newsgraph.pipeline import default_pipeline

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def texts(limit: int) -> list[str]:
    paths = sorted((DATA / "factrueval-2016" / "devset").glob("book_*.txt"))
    paths += sorted((DATA / "nerel-1.1" / "dev").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths[:limit]]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=60, help="number of articles")
    args = parser.parse_args()
    pipeline = default_pipeline()
    corpus = texts(args.docs)
    for text in corpus[:5]:  # load models and compile grammars before timing
        pipeline(Doc(text=text, lang="ru"))
    spent: dict[str, float] = defaultdict(float)
    chars = 0
    facts = 0
    for text in corpus:
        doc = Doc(text=text, lang="ru")
        chars += len(text)
        for component in pipeline.components:
            t0 = time.perf_counter()
            doc = component(doc)
            spent[component.name] += time.perf_counter() - t0
        facts += len(doc.facts)
    n = len(corpus)
    total = sum(spent.values())
    facts_name = next(name for name in spent if name.startswith("facts"))
    rest = total - spent[facts_name]
    per4k = 4096 / (chars / n)
    print(f"{n} articles, {chars / n:.0f} characters on average, {facts / n:.1f} facts per article")
    for name, seconds in spent.items():
        print(f"  {name:24} {seconds / n * 1000:8.2f} ms/article  {seconds / n * 1000 * per4k:8.2f} ms/4KB")
    print(f"  {'total':24} {total / n * 1000:8.2f} ms/article")
    print(f"facts stage adds {spent[facts_name] / rest:.1%} to the rest of the pipeline")


if __name__ == "__main__":
    main()
