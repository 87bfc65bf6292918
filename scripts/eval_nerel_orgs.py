"""Score the entities stage's organisations on NEREL 1.1's ORGANIZATION spans and print the figures.

NEREL marks every organisation an article names, nested ones too ("пресс-служба
[МВД]"); the entities stage should find the ones an analyst would file. A gold
organisation is an ORGANIZATION span no other ORGANIZATION span contains; it is
found when a pipeline mention typed ``organization`` overlaps it (``any type``:
a mention of any type does). A system organisation mention is right when it
overlaps some ORGANIZATION span, nested ones included. ``workplace`` counts the
gold organisations that are a WORKPLACE argument (the ones a position fact
needs). Gold-set articles are skipped as in the other NEREL yardsticks.

Example:

    .venv/bin/python scripts/eval_nerel_orgs.py --split train --limit 400
    .venv/bin/python scripts/eval_nerel_orgs.py --split dev --misses --false
"""

from __future__ import annotations

import argparse
from collections import Counter

from nerel_gold import Article, add_split_arguments, rates, read_article, report, selected

from newsgraph.model import Doc, Mention


def gold_orgs(article: Article) -> dict[str, tuple[int, int]]:
    """The outermost ORGANIZATION spans by T id."""
    orgs = {t: (s, e) for t, (kind, s, e) in article.spans.items() if kind == "ORGANIZATION"}
    return {
        t: (s, e)
        for t, (s, e) in orgs.items()
        if not any(o != t and a <= s and e <= b and (a, b) != (s, e) for o, (a, b) in orgs.items())
    }


def overlaps(mention: Mention, start: int, stop: int) -> bool:
    return min(stop, mention.stop) > max(start, mention.start)


def context(text: str, start: int, stop: int) -> str:
    return text[max(0, start - 80) : stop + 60].replace("\n", " ")


def score_article(article: Article, doc: Doc, counts: Counter, misses: list, falses: list) -> None:
    gold = gold_orgs(article)
    workplaces = {a2 for kind, _, a2 in article.relations if kind == "WORKPLACE"}
    every_org = [(s, e) for kind, s, e in article.spans.values() if kind == "ORGANIZATION"]
    orgs = [m for m in doc.mentions if m.type == "organization"]
    for tid, (s, e) in gold.items():
        found = any(overlaps(m, s, e) for m in orgs)
        counts["gold"] += 1
        counts["found"] += found
        counts["any type"] += found or any(overlaps(m, s, e) for m in doc.mentions)
        if tid in workplaces:
            counts["workplace gold"] += 1
            counts["workplace found"] += found
        if not found:
            misses.append(
                {"article": article.name, "org": article.text[s:e], "context": context(article.text, s, e)}
            )
    for m in orgs:
        right = any(overlaps(m, s, e) for s, e in every_org)
        counts["system"] += 1
        counts["right"] += right
        if not right:
            falses.append(
                {"article": article.name, "org": m.text, "context": context(article.text, m.start, m.stop)}
            )


def table(counts: Counter) -> dict[str, dict]:
    rows = {
        "organization": {"gold": counts["gold"], "system": counts["system"], "matched": counts["found"]},
        "any type": {"gold": counts["gold"], "system": 0, "matched": counts["any type"]},
        "workplace": {"gold": counts["workplace gold"], "system": 0, "matched": counts["workplace found"]},
    }
    result = {key: {**row, **rates(row)} for key, row in rows.items()}
    # precision over system mentions: those overlapping any ORGANIZATION span, nested ones too
    result["organization"]["precision"] = counts["right"] / counts["system"] if counts["system"] else None
    p, r = result["organization"]["precision"], result["organization"]["recall"]
    result["organization"]["f1"] = 2 * p * r / (p + r) if p and r else None
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_split_arguments(parser)
    parser.add_argument("--misses", action="store_true", help="print every missed organisation in context")
    parser.add_argument("--false", action="store_true", help="print every organisation mention NEREL lacks")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from newsgraph.pipeline import default_pipeline

    analyse = default_pipeline()
    paths = selected(args)
    counts: Counter = Counter()
    misses: list = []
    falses: list = []
    for path in paths:
        article = read_article(path)
        score_article(article, analyse(Doc(text=article.text, lang="ru")), counts, misses, falses)
    report(args, paths, table(counts), misses, falses, "organizations")


if __name__ == "__main__":
    main()
