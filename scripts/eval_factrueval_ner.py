"""Score NER on the FactRuEval-2016 devset (Task 1), ours beside natasha's own.

Task-1 rules (as summarised in ../shared/data/README.md):

- mentions are compared on the gold tokens (``.tokens``); punctuation is ignored;
- name tokens of a gold mention must be found; descriptor and job tokens
  (``org_descr``, ``loc_descr``, ``prj_descr``, ``job``) are optional: found,
  they count as matched, missed, they cost nothing;
- a pair's score is TP / (TP + FN + FP) over tokens, 0 when the types differ;
- gold and system mentions are matched one to one per document (maximum total
  score); precision = total score / system mentions, recall = total score /
  gold mentions, summed over documents (micro);
- gold mentions nested in another gold mention, and descriptor-only ones, are
  skipped, and so are system mentions lying wholly inside a skipped one that
  match no scored one (a system that marks "России" inside "МИД России" is
  neither credited nor penalised for it: the gold does not score it);
- an Org and a LocOrg gold mention on the same tokens count once (either type
  matches it);
- the "-l" variant merges LocOrg into Location, in the gold and in the systems.

Types: Person, Org, Location, LocOrg. Ours map person -> Person,
organization -> Org, location -> Location, country -> LocOrg (a country in
news is mostly a political actor; ``--country Location`` to change);
facility, project and group are not Task-1 types and are left out, as are the
gold Project/Facility mentions. natasha's raw spans map PER -> Person,
ORG -> Org, LOC -> Location.

Usage: python scripts/eval_factrueval_ner.py [--devset DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "data" / "factrueval-2016" / "devset"
DESCRIPTORS = frozenset({"org_descr", "loc_descr", "prj_descr", "job"})
TASK_TYPES = frozenset({"Person", "Org", "Location", "LocOrg"})
PUNCT = re.compile(r"^\W+$")
NATASHA_TYPES = {"PER": "Person", "ORG": "Org", "LOC": "Location"}


@dataclass(slots=True)
class GoldMention:
    types: set[str]
    essential: set[int]
    optional: set[int]

    @property
    def tokens(self) -> set[int]:
        return self.essential | self.optional


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    tokens: list[tuple[int, int, str]]  # (start, stop, text), index = token number
    mentions: list[GoldMention] = field(default_factory=list)
    skipped: list[set[int]] = field(default_factory=list)


@dataclass(slots=True)
class Score:
    matched: float = 0.0
    system: int = 0
    gold: int = 0

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.system += other.system
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | None]:
        p = self.matched / self.system if self.system else None
        r = self.matched / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else None
        return {"precision": p, "recall": r, "f1": f, "system": self.system, "gold": self.gold}


def read_doc(path: Path) -> GoldDoc:
    """One ``book_N`` document: text, gold tokens and Task-1 gold mentions."""
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    tokens, token_index = [], {}
    for line in path.with_suffix(".tokens").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 3)
        if len(parts) == 4:
            token_index[parts[0]] = len(tokens)
            start = int(parts[1])
            tokens.append((start, start + int(parts[2]), parts[3]))
    spans: dict[str, tuple[str, list[int]]] = {}
    for line in path.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[4] in token_index:
            first = token_index[parts[4]]
            span_tokens = [i for i in range(first, first + int(parts[5])) if not PUNCT.match(tokens[i][2])]
            spans[parts[0]] = (parts[1], span_tokens)
    raw: list[GoldMention] = []
    for line in path.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        head = line.split("#", 1)[0].split()
        if len(head) < 3:
            continue
        mention = GoldMention({head[1]}, set(), set())
        for span_id in head[2:]:
            kind, toks = spans.get(span_id, ("", []))
            (mention.optional if kind in DESCRIPTORS else mention.essential).update(toks)
        mention.optional -= mention.essential
        raw.append(mention)
    doc = GoldDoc(path.stem, text, tokens)
    merged = merge_org_locorg(raw)
    for mention in merged:
        nested = any(
            other is not mention and mention.tokens < other.tokens and other.types & TASK_TYPES
            for other in merged
        )
        if nested or not mention.essential or not mention.types & TASK_TYPES:
            doc.skipped.append(mention.tokens)
        else:
            doc.mentions.append(mention)
    return doc


def merge_org_locorg(mentions: list[GoldMention]) -> list[GoldMention]:
    """An Org and a LocOrg on the same tokens are one mention of either type."""
    out: list[GoldMention] = []
    for mention in mentions:
        twin = next(
            (o for o in out if o.tokens == mention.tokens and (o.types | mention.types) == {"Org", "LocOrg"}),
            None,
        )
        if twin is not None:
            twin.types |= mention.types
        else:
            out.append(mention)
    return out


def to_tokens(doc: GoldDoc, start: int, stop: int) -> set[int]:
    return {
        i for i, (s, e, text) in enumerate(doc.tokens) if s < stop and start < e and not PUNCT.match(text)
    }


def pair_score(gold: GoldMention, gtype_ok: bool, system: set[int]) -> float:
    if not gtype_ok or not system:
        return 0.0
    tp = len(system & gold.tokens)
    fn = len(gold.essential - system)
    fp = len(system - gold.tokens)
    return tp / (tp + fn + fp) if tp else 0.0


def score_doc(doc: GoldDoc, system: list[tuple[str, int, int]], merge_locorg: bool) -> Score:
    """Score one document's system mentions ``(type, start, stop)``."""

    def norm(t: str) -> str:
        return "Location" if merge_locorg and t == "LocOrg" else t

    gold = doc.mentions
    sys_mentions = []
    for type_, start, stop in system:
        toks = to_tokens(doc, start, stop)
        row = [pair_score(g, norm(type_) in {norm(t) for t in g.types}, toks) for g in gold]
        # Inside a skipped gold mention and matching no scored one: the gold says
        # nothing about it.
        if toks and not any(row) and any(toks <= skipped for skipped in doc.skipped):
            continue
        sys_mentions.append(row)
    matrix = np.array(sys_mentions).T if sys_mentions else np.zeros((len(gold), 0))
    matched = 0.0
    if matrix.size:
        rows, cols = linear_sum_assignment(matrix, maximize=True)
        matched = float(matrix[rows, cols].sum())
    return Score(matched, len(sys_mentions), len(gold))


def natasha_mentions(ndoc) -> list[tuple[str, int, int]]:
    return [(NATASHA_TYPES[s.type], s.start, s.stop) for s in ndoc.ner if s.type in NATASHA_TYPES]


def our_mentions(ndoc, country: str) -> list[tuple[str, int, int]]:
    types = {"person": "Person", "organization": "Org", "location": "Location", "country": country}
    return [(types[m.type], m.start, m.stop) for m in ndoc.mentions if m.type in types]


def evaluate(devset: Path, country: str = "LocOrg", limit: int | None = None) -> dict[str, dict[str, dict]]:
    """Scores of both systems, in both variants, over the devset (its first `limit` documents)."""
    from newsgraph.extract.entities import extract
    from newsgraph.model import Doc
    from newsgraph.nlp.natasha_stage import analyse

    totals = {name: {v: Score() for v in ("main", "-l")} for name in ("newsgraph", "natasha")}
    paths = sorted(devset.glob("*.txt"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    for path in paths[:limit]:
        gold = read_doc(path)
        ndoc = extract(analyse(Doc(text=gold.text)))
        for name, mentions in (
            ("newsgraph", our_mentions(ndoc, country)),
            ("natasha", natasha_mentions(ndoc)),
        ):
            totals[name]["main"].add(score_doc(gold, mentions, merge_locorg=False))
            totals[name]["-l"].add(score_doc(gold, mentions, merge_locorg=True))
    return {name: {v: s.as_dict() for v, s in variants.items()} for name, variants in totals.items()}


def table(results: dict[str, dict[str, dict]]) -> str:
    lines = [f"{'system':<10} {'variant':<7} {'precision':>9} {'recall':>7} {'F1':>6}  system/gold"]
    for name, variants in results.items():
        for variant, s in variants.items():
            lines.append(
                f"{name:<10} {variant:<7} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}"
                f"  {s['system']}/{s['gold']}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--country", choices=("LocOrg", "Location"), default="LocOrg")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.devset.is_dir():
        sys.exit(f"FactRuEval devset not found at {args.devset}: pass --devset DIR")
    results = evaluate(args.devset, args.country)
    print(json.dumps(results, indent=2) if args.json else table(results))


if __name__ == "__main__":
    main()
