"""Turn NEREL articles into entity gold files (gold/FORMAT.md) for `newsgraph eval`; and the reading
and alignment the NEREL yardsticks share (`eval_nerel_positions.py`, `eval_nerel_relations.py`).

NEREL (../shared/data/nerel-1.1) annotates Russian Wikinews articles with typed
spans and Wikidata links; this gives an entity and mention recall on articles
the rules were not written against. It has no quotes or facts, and no
canonical names (the longest mention stands in), so only entity recall, type
accuracy and mention recall are meaningful on these files.

Example:

    python scripts/nerel_gold.py --split dev --limit 30 --out /tmp/nerel-gold
    newsgraph eval /tmp/nerel-gold/*.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEREL = SHARED / "data" / "nerel-1.1"
TYPES = {
    "PERSON": "person",
    "ORGANIZATION": "organization",
    "COUNTRY": "country",
    "CITY": "location",
    "STATE_OR_PROVINCE": "location",
    "DISTRICT": "location",
    "LOCATION": "location",
    "FACILITY": "facility",
}


@dataclass(slots=True)
class Article:
    name: str
    text: str
    spans: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # T id → type, start, stop
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # type, arg1, arg2


def read_article(path: Path) -> Article:
    """A NEREL ``*_text.txt`` with its continuous spans and its relations (from the ``.ann`` beside it)."""
    text = path.read_text(encoding="utf-8")
    article = Article(path.stem.removesuffix("_text"), text)
    for line in path.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            head = parts[1].split()
            if len(head) >= 3 and ";" not in parts[1]:
                article.spans[parts[0]] = (head[0], int(head[1]), int(head[2]))
        elif line.startswith("R") and len(parts) >= 2:
            head = parts[1].split()
            if len(head) == 3:
                article.relations.append(
                    (head[0], head[1].removeprefix("Arg1:"), head[2].removeprefix("Arg2:"))
                )
    return article


def gold_texts() -> set[str]:
    """The NEREL files the gold sets annotate (skipped: they are not an unseen yardstick)."""
    used = set()
    for path in (ROOT / "tests" / "gold").glob("*/*.json"):
        match = re.search(r'"text_file":\s*"[^"]*nerel-1\.1/(\w+/\w+?)_text\.txt"', path.read_text("utf-8"))
        if match:
            used.add(match.group(1))
    return used


def add_split_arguments(parser: Any) -> None:
    """``--split``, ``--limit``, ``--offset``, ``--include-gold``: which articles a yardstick reads (`select`)."""
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    parser.add_argument(
        "--include-gold", action="store_true", help="also the articles the gold sets annotate"
    )


def selected(args: Any) -> list[Path]:
    """The articles the arguments of `add_split_arguments` select."""
    return select(args.split, args.offset, args.limit, args.include_gold)


def select(split: str, offset: int = 0, limit: int = 0, include_gold: bool = False) -> list[Path]:
    """The split's texts in name order, gold-set texts left out, then ``[offset:offset + limit]``."""
    skip = set() if include_gold else gold_texts()
    paths = sorted((NEREL / split).glob("*_text.txt"))
    paths = [p for p in paths if f"{split}/{p.stem.removesuffix('_text')}" not in skip][offset:]
    return paths[:limit] if limit else paths


def owner(doc: Any, start: int, stop: int, types: set[str]) -> str | None:
    """The entity, of one of `types`, whose mention overlaps the span most (None if none does)."""
    best, size = None, 0
    for m in doc.mentions:
        overlap = min(stop, m.stop) - max(start, m.start)
        if overlap > size and m.type in types:
            best, size = m.entity, overlap
    return best


def rates(row: dict[str, int]) -> dict[str, float | None]:
    """Precision, recall and F1 of a ``gold``/``system``/``matched`` row (None where undefined)."""
    p = row["matched"] / row["system"] if row["system"] else None
    r = row["matched"] / row["gold"] if row["gold"] else None
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p and r else None}


def report(
    args: Any, paths: list[Path], result: dict[str, dict], misses: list, falses: list, key: str
) -> bool:
    """Print the misses and false items asked for (``--misses``, ``--false``: one JSON line each), then the
    result: as JSON under ``key`` with ``--json`` (returns False: nothing more to print), else the header
    and the table (returns True: a script may add its own lines)."""
    for flag, items in ((args.misses, misses), (args.false, falses)):
        for item in items if flag else ():
            print(json.dumps(item, ensure_ascii=False))
    if args.json:
        print(json.dumps({"articles": len(paths), "split": args.split, key: result}, indent=1))
        return False
    skipped = not args.include_gold
    print(
        f"NEREL 1.1 {args.split}, {len(paths)} articles (gold-set articles skipped: {skipped})",
        file=sys.stderr,
    )
    print_table(result)
    return True


def print_table(result: dict[str, dict]) -> None:
    print(f"{'fact':14} {'gold':>5} {'system':>6} {'matched':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for key, row in result.items():
        cells = [f"{row[k]:6.3f}" if row[k] is not None else "     -" for k in ("precision", "recall", "f1")]
        print(f"{key:14} {row['gold']:5d} {row['system']:6d} {row['matched']:7d} {' '.join(cells)}")


def read_ann(path: Path) -> tuple[dict[str, tuple[str, int, int, str]], dict[str, str]]:
    spans: dict[str, tuple[str, int, int, str]] = {}
    links: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) == 3:
            head = parts[1].split(" ")
            if ";" in parts[1] or len(head) != 3:
                continue  # discontinuous spans are not names
            spans[parts[0]] = (head[0], int(head[1]), int(head[2]), parts[2])
        elif line.startswith("N") and len(parts) >= 2:
            ref = parts[1].split(" ")
            if len(ref) == 3 and ref[2].startswith("Wikidata:Q"):
                links[ref[1]] = ref[2].split(":", 1)[1]
    return spans, links


def top_level(spans: dict[str, tuple[str, int, int, str]]) -> dict[str, tuple[str, int, int, str]]:
    """Mentions of the gold types that no other such mention contains."""
    kept = {k: v for k, v in spans.items() if v[0] in TYPES}
    return {
        k: v
        for k, v in kept.items()
        if not any(
            o != k and w[1] <= v[1] and v[2] <= w[2] and (w[1], w[2]) != (v[1], v[2]) for o, w in kept.items()
        )
    }


def group_key(kind: str, text: str, wikidata: str | None) -> str:
    if wikidata:
        return wikidata
    words = re.findall(r"\w+", text.lower())
    if kind == "PERSON" and words:
        return "per:" + words[-1][:5]  # a surname's stem joins its inflected forms
    return f"{TYPES[kind]}:" + " ".join(w[:5] for w in words)


def gold_for(txt: Path, ann: Path) -> dict:
    spans, links = read_ann(ann)
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for tid, (kind, _start, _stop, text) in sorted(top_level(spans).items(), key=lambda kv: kv[1][1]):
        groups[group_key(kind, text, links.get(tid))].append((kind, text))
    entities = []
    for n, (key, items) in enumerate(groups.items()):
        kinds = [k for k, _ in items]
        kind = max(set(kinds), key=kinds.count)
        mentions = sorted({t for _, t in items})
        entities.append(
            {
                "id": f"g{n}",
                "type": TYPES[kind],
                "name": {"ru": max(mentions, key=len)},
                "wikidata": key if key.startswith("Q") else None,
                "aliases": mentions,
                "mentions": mentions,
                "required": True,
            }
        )
    return {
        "doc": {"id": txt.stem, "text_file": str(txt.resolve()), "lang": "ru"},
        "entities": entities,
        "quotes": [],
        "facts": [],
        "stances": [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    texts = sorted((NEREL / args.split).glob("*.txt"))[: args.limit]
    for txt in texts:
        gold = gold_for(txt, txt.with_suffix(".ann"))
        (args.out / f"{txt.stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(f"wrote {len(texts)} gold files to {args.out}")


if __name__ == "__main__":
    main()
