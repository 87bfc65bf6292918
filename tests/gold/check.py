"""Sanity checker for the gold files of tests/gold/heldout and tests/gold/test.

Run: python tests/gold/check.py [FOLDER...]   (default: both folders)
Checks, for every *.json gold file there, that the article text resolves,
every mention / quote content / content_starts / content_ends string occurs in
it (mentions as whole words), referenced ids exist, and types, kinds,
predicates, object forms and statuses are valid (see shared/gold/FORMAT.md).
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"person", "organization", "country", "location", "facility", "project", "group"}
KINDS = {"company", "alliance", "government", "media", "party", "other"}
QKINDS = {"direct", "indirect", "unmarked"}
PREDICATES = {
    "country",
    "operator",
    "part_of",
    "planned_facilities",
    "cost",
    "standard",
    "product",
    "status",
    "operational_by",
    "position",
    "cooperates_with",
    "directive",
    "member_of",
    "located_in",
    "agreement_with",
}
STATUSES = {"planned", "under_construction", "operating", "suspended", "cancelled"}
POLARITIES = {"positive", "negative", "neutral"}


def whole_word(text, s):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None


def check(path):
    errs = []
    g = json.loads(path.read_text(encoding="utf-8"))
    tf = (path.parent / g["doc"]["text_file"]).resolve()
    if not tf.is_file():
        return [f"text_file does not resolve: {tf}"]
    text = tf.read_text(encoding="utf-8")
    ids = set()
    for e in g["entities"]:
        eid = e["id"]
        if eid in ids:
            errs.append(f"duplicate entity id {eid}")
        ids.add(eid)
        if e["type"] not in TYPES:
            errs.append(f"{eid}: bad type {e['type']}")
        if "kind" in e and e["type"] != "organization":
            errs.append(f"{eid}: kind on non-organization")
        if e.get("kind") is not None and e["kind"] not in KINDS:
            errs.append(f"{eid}: bad kind {e['kind']}")
        if not e["name"].get("ru"):
            errs.append(f"{eid}: no name.ru")
        for k in ("aliases", "mentions", "optional_mentions", "required", "wikidata"):
            if k not in e:
                errs.append(f"{eid}: missing {k}")
        if e.get("required") and not e.get("mentions"):
            errs.append(f"{eid}: required entity without mentions")
        for m in e.get("mentions", []):
            if not whole_word(text, m):
                errs.append(f"{eid}: mention not found as whole word: {m!r}")
        for m in e.get("optional_mentions", []):
            if not whole_word(text, m):
                errs.append(f"{eid}: optional mention not found as whole word: {m!r}")
        wd = e.get("wikidata")
        if wd is not None and not re.fullmatch(r"Q\d+", wd):
            errs.append(f"{eid}: bad wikidata {wd}")
    for i, q in enumerate(g["quotes"]):
        tag = f"quote {i}"
        if q["speaker"] is not None and q["speaker"] not in ids:
            errs.append(f"{tag}: unknown speaker {q['speaker']}")
        if q["kind"] not in QKINDS:
            errs.append(f"{tag}: bad kind {q['kind']}")
        if q.get("cue") is not None and q["cue"] not in text:
            errs.append(f"{tag}: cue not in text: {q['cue']!r}")
        if "content" in q:
            if q["content"] not in text:
                errs.append(f"{tag}: content not in text: {q['content'][:60]!r}")
        else:
            s, t = q.get("content_starts"), q.get("content_ends")
            a = text.find(s) if s else -1
            if a < 0:
                errs.append(f"{tag}: content_starts not in text: {s!r}")
            elif not t or text.find(t, a) < 0:
                errs.append(f"{tag}: content_ends not after start: {t!r}")
        if "required" not in q:
            errs.append(f"{tag}: missing required")
    for i, f in enumerate(g["facts"]):
        tag = f"fact {i} {f.get('subject')} {f.get('predicate')}"
        if f["subject"] not in ids:
            errs.append(f"{tag}: unknown subject")
        if f["predicate"] not in PREDICATES:
            errs.append(f"{tag}: bad predicate")
        o = f["object"]
        if len(o.keys() - {"org"}) != 1:
            errs.append(f"{tag}: object must have one form: {o}")
        if "entity" in o and o["entity"] not in ids:
            errs.append(f"{tag}: unknown object entity {o['entity']}")
        if "org" in o and o["org"] not in ids:
            errs.append(f"{tag}: unknown org {o['org']}")
        if "org" in o and f["predicate"] != "position":
            errs.append(f"{tag}: org only allowed on position")
        if "status" in o and o["status"] not in STATUSES:
            errs.append(f"{tag}: bad status")
        if "date" in o and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", o["date"]):
            errs.append(f"{tag}: bad date")
        if "money" in o and not (
            isinstance(o["money"].get("amount"), (int, float))
            and re.fullmatch(r"[A-Z]{3}", o["money"].get("currency", ""))
        ):
            errs.append(f"{tag}: bad money")
        if "value" in o and not isinstance(o["value"], (int, float)):
            errs.append(f"{tag}: bad value")
        if "text" in o and not o["text"]:
            errs.append(f"{tag}: empty text")
        if "required" not in f:
            errs.append(f"{tag}: missing required")
    for i, s in enumerate(g["stances"]):
        if s["holder"] not in ids or s["target"] not in ids:
            errs.append(f"stance {i}: unknown holder/target")
        if s["polarity"] not in POLARITIES:
            errs.append(f"stance {i}: bad polarity")
    return errs


def main():
    folders = [Path(a) for a in sys.argv[1:]] or [HERE / "heldout", HERE / "test"]
    files = sorted(p for folder in folders for p in folder.glob("*.json"))
    bad = 0
    for p in files:
        g = json.loads(p.read_text(encoding="utf-8"))
        errs = check(p)
        print(
            f"{p.name}: {len(g['entities'])} entities, {len(g['quotes'])} quotes, "
            f"{len(g['facts'])} facts, {len(g['stances'])} stances"
            + ("" if not errs else f"  -- {len(errs)} ERRORS")
        )
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if not files:
        print("no gold files")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
