"""How much the quotes stage adds to the per-article time of the pipeline before it.

Runs natasha and the entities stage, then the quotes stage, on NEREL texts
(Russian Wikinews, many quotes) and prints milliseconds per article for each
and the quotes stage as a share of the rest (the target: at most 20%).

Usage:

    .venv/bin/python bench/quotes.py [--n 100] [--quoted-only]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsgraph.extract import entities, quotes
from newsgraph.model import Doc
from newsgraph.nlp import natasha_stage

NEREL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "nerel-1.1"


def texts(n: int, quoted_only: bool) -> list[str]:
    found = []
    for path in sorted(NEREL.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        if quoted_only and "«" not in text:
            continue
        found.append(text)
        if len(found) == n:
            break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="number of articles")
    parser.add_argument("--quoted-only", action="store_true", help="only articles with « »")
    args = parser.parse_args()
    docs = [Doc(text=t, lang="ru") for t in texts(args.n, args.quoted_only)]
    natasha_stage.analyse(Doc(text="Разогрев моделей.", lang="ru"))  # load models outside the timing
    nlp = ents = stage = 0.0
    found = 0
    for doc in docs:
        t0 = time.perf_counter()
        natasha_stage.analyse(doc)
        t1 = time.perf_counter()
        entities.extract(doc)
        t2 = time.perf_counter()
        quotes.extract(doc)
        t3 = time.perf_counter()
        nlp, ents, stage = nlp + t1 - t0, ents + t2 - t1, stage + t3 - t2
        found += len(doc.quotes)
    rest = nlp + ents
    n = len(docs)
    chars = sum(len(d.text) for d in docs) / n
    print(f"{n} articles, {chars:.0f} chars on average, {found} quotes")
    print(f"natasha:            {1000 * nlp / n:.1f} ms/article")
    print(f"entities:           {1000 * ents / n:.1f} ms/article")
    print(
        f"quotes stage:       {1000 * stage / n:.2f} ms/article ({100 * stage / rest:.1f}% of natasha + entities,"
    )
    print(f"                    {100 * stage / nlp:.1f}% of natasha alone)")


if __name__ == "__main__":
    main()
