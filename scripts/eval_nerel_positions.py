"""Score the `position` facts on NEREL 1.1's WORKS_AS relations and print the figures.

NEREL (../shared/data/nerel-1.1) annotates Russian Wikinews articles densely:
every PERSON, every PROFESSION span and the WORKS_AS relation between them,
with WORKPLACE relations from the person or the profession to an organisation,
a country or a place. That makes it a wide check of the position rules on
several hundred articles they were not written against (the gold sets under
tests/gold use about sixty NEREL texts; those are skipped unless
``--include-gold``).

How a relation becomes a gold pair: the PERSON span is aligned with the
pipeline's entity whose mention overlaps it most; the pair is (that entity,
the PROFESSION text), one pair per entity and role (lemmas), so a role repeated
in the article counts once. A relation whose person the entities stage did not
find is counted as missed (``unaligned`` in the table says how many).

A system `position` fact matches a gold pair when its subject is that entity
and its text equals the profession by FORMAT.md's text rule
(`newsgraph.evaluate.textmatch.text_equal`); matching is one-to-one per
article. Precision counts the position facts whose subject is aligned with a
NEREL PERSON. ``+org`` additionally needs the fact's ``org`` to overlap a
WORKPLACE argument of the person or the profession, over the pairs that have
one.

NEREL's PROFESSION spans are wider than a position in the gold format (they
include "журналист", "эксперт", "мать"), so recall here reads lower than on the
gold sets; it is a yardstick for changes, not the issue's bar.

Example:

    .venv/bin/python scripts/eval_nerel_positions.py --split dev
    .venv/bin/python scripts/eval_nerel_positions.py --split train --limit 200 --misses
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

from nerel_gold import Article, add_split_arguments, owner, rates, read_article, report, selected

from newsgraph.evaluate.textmatch import lemmas, role_equal, text_equal
from newsgraph.model import Doc


def in_lexicon(role: str) -> bool:
    """Whether the role names a post of `data/positions.txt` in the singular ("министр обороны",
    not "музыкант" or "президентов")."""
    from newsgraph.extract.fact_lexicon import positions
    from newsgraph.morph import analyzer

    for word in re.findall(r"\w[\w-]*", role):
        parse = analyzer().parse(word)[0]
        if "NOUN" in parse.tag:
            return parse.normal_form.replace("ё", "е") in positions() and "plur" not in parse.tag
    return False


def _role_matches(doc: Doc, article: Article, pair: dict, fact) -> bool:
    """FORMAT.md's text rule; with the fact's organisation named inside the NEREL role
    ("президента ОАО «РЖД»"), its words are left out of both sides as the gold scorer does."""
    text = fact.object.get("text", "")
    if text_equal(pair["role"], text):
        return True
    org = fact.object.get("org")
    inside = [
        article.text[m.start : m.stop]
        for m in doc.mentions
        if m.entity == org and any(a <= m.start and m.stop <= b for a, b in pair["spans"])
    ]
    return bool(inside) and role_equal(pair["role"], text, set(lemmas(" ".join(inside))))


def score_article(
    article: Article, analyse, counts: dict, misses: list, falses: list, lexicon: bool = False
) -> None:
    doc = analyse(Doc(text=article.text, lang="ru"))
    spans = article.spans
    workplaces: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for kind, a1, a2 in article.relations:
        if kind == "WORKPLACE" and a1 in spans and a2 in spans:
            workplaces[a1].append(spans[a2][1:])
    pairs: list[dict] = []
    for kind, a1, a2 in article.relations:
        if kind != "WORKS_AS" or a1 not in spans or a2 not in spans:
            continue
        _, ps, pe = spans[a1]
        _, rs, re_ = spans[a2]
        role = article.text[rs:re_]
        if lexicon and not in_lexicon(role):
            continue
        entity = owner(doc, ps, pe, {"person"}) or f"unaligned:{a1}"
        # one pair per person and role: a role restated in other words ("мэр", "мэром Харькова")
        # is the same pair
        pair = next(
            (
                g
                for g in pairs
                if g["entity"] == entity and (text_equal(g["role"], role) or text_equal(role, g["role"]))
            ),
            None,
        )
        if pair is None:
            pair = {"entity": entity, "role": role, "orgs": [], "spans": [], "at": rs}
            pairs.append(pair)
        pair["spans"].append((rs, re_))
        pair["orgs"] += workplaces.get(a1, []) + workplaces.get(a2, [])
    persons = {owner(doc, s, e, {"person"}) for t, s, e in spans.values() if t == "PERSON"} - {None}
    system = [
        f for f in doc.facts if f.predicate == "position" and f.subject in persons and f.modality != "denied"
    ]
    used: set[int] = set()
    used_org: set[int] = set()
    correct = 0
    unmatched = []
    for f in system:
        hit = next(
            (
                k
                for k, g in enumerate(pairs)
                if k not in used and g["entity"] == f.subject and _role_matches(doc, article, g, f)
            ),
            None,
        )
        if hit is None:
            unmatched.append(f)
            continue
        used.add(hit)
        correct += 1
        org = f.object.get("org")
        if org and any(
            any(m.entity == org and min(b, m.stop) > max(a, m.start) for m in doc.mentions)
            for a, b in pairs[hit]["orgs"]
        ):
            used_org.add(hit)
    row = counts["position"]
    row["gold"] += len(pairs)
    row["system"] += len(system)
    row["matched"] += len(used)
    row["unaligned"] += sum(1 for g in pairs if g["entity"].startswith("unaligned:"))
    with_org = [k for k, g in enumerate(pairs) if g["orgs"]]
    counts["position+org"]["gold"] += len(with_org)
    counts["position+org"]["matched"] += len(used_org & set(with_org))
    counts["position+org"]["system"] += sum(1 for f in system if f.object.get("org"))
    names = {e.id: e.name.get("ru") for e in doc.entities}
    for f in unmatched:
        a = article.text.rfind("\n", 0, f.start) + 1
        falses.append(
            {
                "article": article.name,
                "person": names.get(f.subject),
                "role": f.object.get("text"),
                "org": names.get(f.object.get("org")),
                "nerel": [g["role"] for g in pairs if g["entity"] == f.subject],
                "evidence": article.text[max(a, f.start - 100) : f.stop + 60],
            }
        )
    for k, g in enumerate(pairs):
        if k not in used:
            name = names.get(g["entity"], g["entity"])
            had = [f.object.get("text") for f in system if f.subject == g["entity"]]
            a = article.text.rfind("\n", 0, g["at"]) + 1
            b = article.text.find("\n", g["at"])
            misses.append(
                {
                    "article": article.name,
                    "person": name,
                    "role": g["role"],
                    "system": had,
                    "context": article.text[
                        max(a, g["at"] - 150) : min(b if b > 0 else len(article.text), g["at"] + 150)
                    ],
                }
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_split_arguments(parser)
    parser.add_argument("--misses", action="store_true", help="print every missed pair with its context")
    parser.add_argument(
        "--lexicon", action="store_true", help="only roles headed by a singular noun of data/positions.txt"
    )
    parser.add_argument(
        "--false", action="store_true", help="print every position fact that matched no NEREL pair"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from newsgraph.pipeline import default_pipeline

    analyse = default_pipeline()
    paths = selected(args)
    counts: dict = defaultdict(lambda: defaultdict(int))
    misses: list = []
    falses: list = []
    for path in paths:
        score_article(read_article(path), analyse, counts, misses, falses, args.lexicon)
    result = {key: {**row, **rates(row)} for key, row in counts.items()}
    if report(args, paths, result, misses, falses, "facts") and counts["position"]["unaligned"]:
        print(f"pairs whose person the entities stage did not find: {counts['position']['unaligned']}")


if __name__ == "__main__":
    main()
