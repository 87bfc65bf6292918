"""Score the facts stage against gold files (gold/FORMAT.md facts section).

Until `newsgraph eval` covers facts, this is the local check. ``--entities
oracle`` builds mentions from the gold entities, so that the fact rules are
scored alone; ``--entities pipeline`` runs the real entities stage and aligns
its entities with the gold ones by character overlap.

Example:

    .venv/bin/python scripts/eval_seed_facts.py ../shared/gold/seed.json --entities oracle -v
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsgraph.extract import facts as facts_stage
from newsgraph.model import Doc, Entity, Mention
from newsgraph.nlp.natasha_stage import analyse

PREDICATES = set(facts_stage.SIGNATURES)


def _morph():
    from newsgraph.morph import analyzer  # the process's shared analyser

    return analyzer()


def lemmas(text: str) -> set[str]:
    return {_morph().parse(w)[0].normal_form for w in re.findall(r"[\w-]+", text.lower()) if not w.isdigit()}


def numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?", text))


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]


def oracle_entities(gold: dict, text: str) -> tuple[list[Mention], list[Entity]]:
    spans = []
    for e in gold["entities"]:
        for s in e.get("mentions", []):
            spans += [(a, b, e["id"], e["type"]) for a, b in occurrences(text, s)]
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    mentions, last = [], -1
    for a, b, eid, etype in spans:
        if a < last:
            continue
        mentions.append(Mention(a, b, text[a:b], etype, eid, stage="oracle"))
        last = b
    entities = [
        Entity(
            e["id"], e["type"], dict(e["name"]), e.get("kind"), e.get("wikidata"), list(e.get("aliases", []))
        )
        for e in gold["entities"]
    ]
    return mentions, entities


def align(doc: Doc, gold: dict) -> dict[str, str]:
    """system entity id → gold entity id, by character overlap of mentions."""
    gold_spans = []
    for e in gold["entities"]:
        for s in e.get("mentions", []) + e.get("optional_mentions", []):
            gold_spans += [(a, b, e["id"]) for a, b in occurrences(doc.text, s)]
    scores: dict[str, dict[str, int]] = {}
    for m in doc.mentions:
        for a, b, gid in gold_spans:
            overlap = min(b, m.stop) - max(a, m.start)
            if overlap > 0:
                scores.setdefault(m.entity, {}).setdefault(gid, 0)
                scores[m.entity][gid] += overlap
    return {sid: max(row, key=row.get) for sid, row in scores.items()}


def object_match(sys_obj: dict, gold_obj: dict, mapping: dict[str, str], strict_org: bool) -> bool:
    if "entity" in gold_obj:
        return mapping.get(sys_obj.get("entity")) == gold_obj["entity"]
    if "value" in gold_obj:
        return sys_obj.get("value") is not None and float(sys_obj["value"]) == float(gold_obj["value"])
    if "money" in gold_obj:
        s, g = sys_obj.get("money"), gold_obj["money"]
        return (
            bool(s)
            and s["currency"] == g["currency"]
            and abs(s["amount"] - g["amount"]) <= 0.01 * g["amount"]
        )
    if "date" in gold_obj:
        return str(sys_obj.get("date", "")).startswith(gold_obj["date"])
    if "status" in gold_obj:
        return sys_obj.get("status") == gold_obj["status"]
    if "text" in gold_obj:
        if "text" not in sys_obj:
            return False
        a, b = lemmas(sys_obj["text"]), lemmas(gold_obj["text"])
        if not a or not b or numbers(sys_obj["text"]) != numbers(gold_obj["text"]):
            return False
        if len(a & b) / max(len(a), len(b)) < 0.5:
            return False
        if strict_org and gold_obj.get("org"):
            return mapping.get(sys_obj.get("org")) == gold_obj["org"]
        return True
    return False


def score(gold_path: Path, entities: str, strict_org: bool, verbose: bool) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["doc"]["text_file"]).read_text(encoding="utf-8")
    doc = analyse(Doc(text=text, published=gold["doc"].get("published"), lang=gold["doc"].get("lang")))
    if entities == "oracle":
        doc.mentions, doc.entities = oracle_entities(gold, text)
        mapping = {e.id: e.id for e in doc.entities}
    else:
        from newsgraph.extract import entities as entities_stage

        doc = entities_stage.extract(doc)
        mapping = align(doc, gold)
    doc = facts_stage.extract(doc)
    system = [
        f for f in doc.facts if f.predicate in PREDICATES and f.subject in mapping and f.modality != "denied"
    ]
    gold_facts = gold["facts"]
    used: set[int] = set()
    tp_required = 0
    matched_system = 0
    for f in system:
        hit = next(
            (
                k
                for k, g in enumerate(gold_facts)
                if k not in used
                and mapping[f.subject] == g["subject"]
                and f.predicate == g["predicate"]
                and object_match(f.object, g["object"], mapping, strict_org)
            ),
            None,
        )
        if verbose:
            print(
                ("  OK " if hit is not None else "  FP ")
                + f"{mapping[f.subject]} {f.predicate} {json.dumps(f.object, ensure_ascii=False)}"
                f" q={f.qualifier} m={f.modality} c={f.confidence}"
            )
        if hit is not None:
            used.add(hit)
            matched_system += 1
            tp_required += gold_facts[hit].get("required", True)
    required = sum(1 for g in gold_facts if g.get("required", True))
    if verbose:
        for k, g in enumerate(gold_facts):
            if k not in used:
                print(
                    f"  MISS{'' if g.get('required', True) else ' (optional)'} {g['subject']} {g['predicate']} "
                    f"{json.dumps(g['object'], ensure_ascii=False)}"
                )
    return {
        "file": str(gold_path),
        "system": len(system),
        "matched": matched_system,
        "required": required,
        "required_found": tp_required,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--entities", choices=("oracle", "pipeline"), default="pipeline")
    parser.add_argument(
        "--strict-org", action="store_true", help="a position's org must match where gold gives one"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    rows = [score(p, args.entities, args.strict_org, args.verbose) for p in args.gold]
    system = sum(r["system"] for r in rows)
    matched = sum(r["matched"] for r in rows)
    required = sum(r["required"] for r in rows)
    found = sum(r["required_found"] for r in rows)
    precision = matched / system if system else None
    recall = found / required if required else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    print(
        json.dumps({"files": rows, "total": {"precision": precision, "recall": recall, "f1": f1}}, indent=1)
    )


if __name__ == "__main__":
    main()
