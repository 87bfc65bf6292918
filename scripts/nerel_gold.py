"""Turn NEREL articles into entity gold files (gold/FORMAT.md) for `newsgraph eval`.

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
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
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
    texts = sorted((SHARED / "data" / "nerel-1.1" / args.split).glob("*.txt"))[: args.limit]
    for txt in texts:
        gold = gold_for(txt, txt.with_suffix(".ann"))
        (args.out / f"{txt.stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(f"wrote {len(texts)} gold files to {args.out}")


if __name__ == "__main__":
    main()
