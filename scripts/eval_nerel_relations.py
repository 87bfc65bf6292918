"""Score the `located_in`, `country`, `member_of` and `part_of` facts on NEREL 1.1's relations.

NEREL (../shared/data/nerel-1.1) annotates every named organisation, place and
person of Russian Wikinews articles and the relations between them. Its
relations that say what FORMAT.md's do:

| row          | NEREL relation                            | Arg1                    | Arg2                                  | system facts |
|--------------|-------------------------------------------|-------------------------|---------------------------------------|--------------|
| `located_in` | HEADQUARTERED_IN, LOCATED_IN              | ORGANIZATION, FACILITY  | CITY, STATE_OR_PROVINCE, DISTRICT, LOCATION | `located_in` to a location |
| `country`    | HEADQUARTERED_IN, LOCATED_IN              | ORGANIZATION, FACILITY  | COUNTRY                               | `country`, or `located_in` to a country |
| `member_of`  | MEMBER_OF                                 | PERSON, ORGANIZATION, COUNTRY | ORGANIZATION                    | `member_of` |
| `part_of`    | PART_OF; OWNER_OF read backwards          | ORGANIZATION, FACILITY  | ORGANIZATION                          | `part_of` |

How a relation becomes a gold pair: each argument is aligned, as in
`eval_nerel_positions.py`, with the pipeline's entity of a fitting type whose
mention overlaps it most; the pair is (subject entity, object entity), one
pair per article however often NEREL links the two. An argument the entities
stage did not find makes the pair missed (``unaligned`` says how many).
A system fact matches a pair with the same subject and object (one-to-one);
precision counts the facts, of the row's predicates and not denied, whose
subject and object are both aligned with NEREL spans of the row's types, so a
fact between entities NEREL did not annotate is not counted either way.

Where NEREL's notion differs from FORMAT.md's:
- A place or a parent named inside the subject's own name ("МИД России",
  "Bank of Montreal", "Совет Безопасности ООН") is a NEREL relation on nested
  spans. The gold sets do not require a `located_in` or `country` that comes
  only from the name (tests/gold/test6/README.md), so nested pairs of those
  rows are left out (``name`` counts them; a system fact matching one is not
  counted). A sub-unit named with its parent in the genitive ("Центра
  информационной безопасности ФСБ") is a required `part_of` in the gold sets
  (test5, test6) once the entities stage makes the parent a mention of its
  own; a nested `part_of` or `member_of` pair counts only then.
- NEREL's LOCATED_IN also places people, cities and regions (not ours, left
  out); its HEADQUARTERED_IN covers a team's or a party's country
  ("сборная России"), which the gold sets give as `country`.
- OWNER_OF between organisations ("Alphabet" owns "Google") is read as the
  owned company's `part_of` (test3's bought company); NEREL's SUBORDINATE_OF
  is between people only, so it is not used.
- NEREL's MEMBER_OF of a person is membership of a party, team, board or
  jury; the gold sets give a job at a body as `position` with `org`, and NEREL
  as WORKPLACE, so neither counts here. A place adjective ("московской
  больнице", "лондонский Арсенал") is a NEREL argument the pipeline has no
  mention for: such pairs read as unaligned.

Silver, and wider than the gold format: read it as a yardstick for changes.

Example:

    .venv/bin/python scripts/eval_nerel_relations.py --split dev
    .venv/bin/python scripts/eval_nerel_relations.py --split train --limit 400 --misses --false
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from nerel_gold import Article, add_split_arguments, owner, rates, read_article, report, selected

from newsgraph.model import Doc, Fact

PLACES = frozenset({"CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION"})
SITED = frozenset({"ORGANIZATION", "FACILITY"})


@dataclass(frozen=True, slots=True)
class Row:
    """One scored predicate: which NEREL relations make its pairs and which facts answer them."""

    name: str
    relations: frozenset[str]
    subjects: frozenset[str]  # NEREL types of Arg1 (of Arg2 for a backward relation)
    objects: frozenset[str]
    subject_types: frozenset[str]  # pipeline entity types the arguments are aligned with
    object_types: frozenset[str]
    predicates: frozenset[str]  # pipeline predicates
    object_type: str | None = None  # the system object's entity type, where the row needs one
    backward: frozenset[str] = frozenset()  # relations whose Arg2 is the subject
    name_only: bool = False  # nested pairs never count (the place is in the name)


ROWS = (
    Row(
        "located_in",
        frozenset({"HEADQUARTERED_IN", "LOCATED_IN"}),
        SITED,
        PLACES,
        frozenset({"organization", "facility", "project"}),
        frozenset({"location", "country"}),
        frozenset({"located_in"}),
        object_type="location",
        name_only=True,
    ),
    Row(
        "country",
        frozenset({"HEADQUARTERED_IN", "LOCATED_IN"}),
        SITED,
        frozenset({"COUNTRY"}),
        frozenset({"organization", "facility", "project"}),
        frozenset({"country", "location"}),
        frozenset({"country", "located_in"}),
        object_type="country",
        name_only=True,
    ),
    Row(
        "member_of",
        frozenset({"MEMBER_OF"}),
        frozenset({"PERSON", "ORGANIZATION", "COUNTRY"}),
        frozenset({"ORGANIZATION"}),
        frozenset({"person", "organization", "country"}),
        frozenset({"organization"}),
        frozenset({"member_of"}),
    ),
    Row(
        "part_of",
        frozenset({"PART_OF", "OWNER_OF"}),
        SITED,
        frozenset({"ORGANIZATION"}),
        frozenset({"organization", "facility"}),
        frozenset({"organization"}),
        frozenset({"part_of"}),
        backward=frozenset({"OWNER_OF"}),
    ),
)


@dataclass(slots=True)
class Pair:
    subject: str  # entity id, or "unaligned:<text>"
    object: str
    relation: str
    texts: tuple[str, str]
    at: int  # where NEREL's subject span starts
    nested: bool  # the object's span lies inside the subject's


def pairs_of(article: Article, doc: Doc, row: Row) -> list[Pair]:
    """The row's NEREL relations as one pair per aligned subject and object."""
    spans, text = article.spans, article.text
    pairs: dict[tuple[str, str], Pair] = {}
    for kind, a1, a2 in article.relations:
        if kind not in row.relations or a1 not in spans or a2 not in spans:
            continue
        if kind in row.backward:
            a1, a2 = a2, a1
        (t1, s1, e1), (t2, s2, e2) = spans[a1], spans[a2]
        if t1 not in row.subjects or t2 not in row.objects:
            continue
        subject = owner(doc, s1, e1, set(row.subject_types)) or "unaligned:" + text[s1:e1].lower()
        obj = owner(doc, s2, e2, set(row.object_types)) or "unaligned:" + text[s2:e2].lower()
        nested = s1 <= s2 and e2 <= e1
        pair = pairs.setdefault(
            (subject, obj), Pair(subject, obj, kind, (text[s1:e1], text[s2:e2]), s1, nested)
        )
        pair.nested = pair.nested and nested  # stated outside the name once is enough
    return list(pairs.values())


def from_name(pair: Pair, row: Row) -> bool:
    """The pair comes only from the subject's name: not required (the module docstring says why)."""
    if not pair.nested:
        return False
    return row.name_only or pair.subject == pair.object or pair.object.startswith("unaligned:")


def system_facts(doc: Doc, row: Row, types: dict[str, str]) -> list[Fact]:
    """The row's facts, not denied, one per subject and object."""
    facts: dict[tuple[str, str], Fact] = {}
    for f in doc.facts:
        target = f.object.get("entity")
        if f.predicate not in row.predicates or target is None or f.modality == "denied":
            continue
        if row.object_type is not None and types.get(target) != row.object_type:
            continue
        facts.setdefault((f.subject, target), f)
    return list(facts.values())


def aligned(article: Article, doc: Doc, nerel_types: frozenset[str], types: frozenset[str]) -> set[str]:
    """The pipeline's entities aligned with some NEREL span of those types."""
    found = {owner(doc, s, e, set(types)) for t, s, e in article.spans.values() if t in nerel_types}
    return found - {None}


def context(text: str, at: int, before: int = 150, after: int = 150) -> str:
    """The line around the offset, cut to the reach."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return text[max(a, at - before) : min(b if b > 0 else len(text), at + after)]


def score_article(
    article: Article, analyse: Callable[[Doc], Doc], counts: dict, misses: list, falses: list
) -> None:
    doc = analyse(Doc(text=article.text, lang="ru"))
    types = {e.id: e.type for e in doc.entities}
    names = {e.id: e.name.get("ru") or e.name.get("en") for e in doc.entities}
    for row in ROWS:
        pairs = pairs_of(article, doc, row)
        skipped = {(p.subject, p.object) for p in pairs if from_name(p, row)}
        gold = [p for p in pairs if (p.subject, p.object) not in skipped]
        subjects = aligned(article, doc, row.subjects, row.subject_types)
        objects = aligned(article, doc, row.objects, row.object_types)
        system = [
            f
            for f in system_facts(doc, row, types)
            if f.subject in subjects
            and f.object["entity"] in objects
            and (f.subject, f.object["entity"]) not in skipped
        ]
        found = {(f.subject, f.object["entity"]) for f in system}
        hits = [p for p in gold if (p.subject, p.object) in found]
        counts[row.name]["gold"] += len(gold)
        counts[row.name]["system"] += len(system)
        counts[row.name]["matched"] += len(hits)
        counts[row.name]["unaligned"] += sum(
            1 for p in gold if p.subject.startswith("unaligned:") or p.object.startswith("unaligned:")
        )
        counts[row.name]["name"] += len(skipped)
        expected = {(p.subject, p.object) for p in gold}
        for f in system:
            if (f.subject, f.object["entity"]) not in expected:
                falses.append(
                    {
                        "article": article.name,
                        "predicate": f.predicate,
                        "subject": names.get(f.subject),
                        "object": names.get(f.object["entity"]),
                        "nerel": [names.get(p.object, p.object) for p in pairs if p.subject == f.subject],
                        "evidence": context(article.text, f.start, 100, f.stop - f.start + 60),
                    }
                )
        for p in gold:
            if (p.subject, p.object) not in found:
                misses.append(
                    {
                        "article": article.name,
                        "row": row.name,
                        "relation": p.relation,
                        "subject": names.get(p.subject, p.subject),
                        "object": names.get(p.object, p.object),
                        "nerel": list(p.texts),
                        "system": [
                            f"{f.predicate} {names.get(f.object.get('entity'))}"
                            for f in doc.facts
                            if f.subject == p.subject and f.predicate in row.predicates
                        ],
                        "context": context(article.text, p.at),
                    }
                )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_split_arguments(parser)
    parser.add_argument("--misses", action="store_true", help="print every missed pair with its context")
    parser.add_argument("--false", action="store_true", help="print every fact that matched no NEREL pair")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from newsgraph.pipeline import default_pipeline

    analyse = default_pipeline()
    paths = selected(args)
    counts: dict = {row.name: defaultdict(int) for row in ROWS}
    misses: list = []
    falses: list = []
    for path in paths:
        score_article(read_article(path), analyse, counts, misses, falses)
    result = {key: {**row, **rates(row)} for key, row in counts.items()}
    if not report(args, paths, result, misses, falses, "facts"):
        return
    print(
        "pairs with an argument the entities stage did not find: "
        + ", ".join(f"{key} {row['unaligned']}" for key, row in result.items())
    )
    print(
        "pairs from the subject's name, not counted: "
        + ", ".join(f"{k} {r['name']}" for k, r in result.items())
    )


if __name__ == "__main__":
    main()
