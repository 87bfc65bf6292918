"""Train the position models on NEREL 1.1 train: the organisation attacher (`position_orgs`) and the
holder linker (`position_holders`).

For every position fact the rules find in a NEREL train article, each candidate
of `position_orgs.candidates` is one example: positive when NEREL has a
WORKPLACE relation from the PROFESSION span at the role's head (or from a
person holding it by WORKS_AS, as `eval_nerel_positions.py` reads them) to a
span that the candidate, or another mention of its entity, overlaps. A role
whose head lies in no PROFESSION span is not an example. Articles the gold sets
annotate (tests/gold/*/*.json) are skipped by the same `nerel_gold.select` as
`eval_nerel_positions.py` uses; NEREL dev is never read (it is held out for the
final figure).

The linker's examples are the role nouns no rule's fact is headed by, each
person of the sentence a candidate: positive when NEREL's innermost PROFESSION
span at the noun is linked by WORKS_AS to a PERSON span one of the person's
mentions overlaps.

For each, a logistic regression (scikit-learn, needed here only) is fitted;
the thresholds are chosen on 5-fold out-of-fold probabilities (folds by
article): the setting whose organisations gained right, less `WRONG_COST` times
those gained wrong, is highest (for the linker, right links less `LINK_COST`
times wrong ones). When no setting gains `MIN_GAIN`, the thresholds stay at
1.0 and the model changes nothing (as with the features and data of session 6,
for both). Weights, feature names and thresholds go to
``newsgraph/data/position_orgs.json`` and ``position_holders.json``, which the
pipeline reads in pure Python.

Example:

    .venv/bin/python scripts/train_position_model.py
    .venv/bin/python scripts/train_position_model.py --dry-run   # figures only, nothing written
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

from newsgraph.extract import position_holders, position_orgs
from newsgraph.extract.fact_context import build
from newsgraph.extract.facts import rule_facts
from newsgraph.model import Doc

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
MIN_GAIN = 5  # a net gain on cross-validation smaller than this is noise: nothing is shipped
LINK_COST = 4.0  # a person linked wrongly costs four right ones: the rules' precision is about 0.8
WRONG_COST = 2.0  # a wrong organisation added costs more than a right one gains: it misleads
C = 0.3  # inverse L2 strength, chosen by the cross-validated gain below (0.3 > 1.0 > 3.0)
GRID = [round(0.3 + 0.025 * k, 3) for k in range(27)]  # thresholds tried, 0.3 … 0.95


def _nerel():
    """scripts/nerel_gold.py: NEREL's reader and the gold-set skip list the evaluation scripts share."""
    spec = importlib.util.spec_from_file_location("nerel_gold", ROOT / "scripts" / "nerel_gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["nerel_gold"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(min(b, e) > max(a, s) for s, e in spans)


def examples(article, analyse) -> tuple[list[dict], list[dict]]:
    """The attacher's rows (one per role the rules found in a PROFESSION span: its candidates' features
    and labels) and the linker's (one per role noun no rule fact is headed by: its persons')."""
    doc = analyse(Doc(text=article.text, lang="ru"))
    spans = article.spans
    workplace: dict[str, list[tuple[int, int]]] = defaultdict(list)
    holders: dict[str, list[str]] = defaultdict(list)
    for kind, a1, a2 in article.relations:
        if a1 in spans and a2 in spans:
            if kind == "WORKPLACE":
                workplace[a1].append(spans[a2][1:])
            elif kind == "WORKS_AS":
                holders[a2].append(a1)
    professions = [(t, s, e) for t, (kind, s, e) in spans.items() if kind == "PROFESSION"]
    ctx = build(doc)
    results = rule_facts(ctx)
    mentions = defaultdict(list)
    for m in doc.mentions:
        mentions[m.entity].append((m.start, m.stop))
    rows = []
    for fact, si, head in results:
        if fact.predicate != "position" or head is None:
            continue
        token = ctx.tokens[head]
        inside = [t for t, s, e in professions if s < token.stop and token.start < e]
        if not inside:
            continue
        gold = [w for t in inside for w in workplace[t] + [x for p in holders[t] for x in workplace[p]]]
        found = position_orgs.candidates(ctx, si, head)
        if not found:
            continue
        rows.append(
            {
                "article": article.name,
                "rule": fact.object.get("org"),
                "has_gold": bool(gold),
                "role": ctx.tokens[head].text,
                "sentence": doc.text[doc.sentences[si].start : doc.sentences[si].stop],
                "candidates": [
                    {
                        "entity": c.entity,
                        "text": doc.text[ctx.tokens[c.start].start : ctx.tokens[c.stop - 1].stop],
                        "features": position_orgs.features(ctx, si, head, c, fact, found),
                        "label": _overlaps(ctx.tokens[c.start].start, ctx.tokens[c.stop - 1].stop, gold)
                        or any(_overlaps(s, e, gold) for s, e in mentions[c.entity]),
                    }
                    for c in found
                ],
            }
        )
    linked = []
    for si, head, scored in position_holders.pairs(ctx, results):
        if not scored:
            continue
        token = ctx.tokens[head]
        # the innermost PROFESSION span: in "Помощник госсекретаря США Фил Гордон" the nested
        # "госсекретаря" is no role of Гордон's, though it lies inside his
        inside = sorted((e - s, t) for t, s, e in professions if s < token.stop and token.start < e)[:1]
        people = [spans[p][1:] for _, t in inside for p in holders[t]]
        linked.append(
            {
                "article": article.name,
                "rule": None,
                "role": token.text,
                "sentence": doc.text[doc.sentences[si].start : doc.sentences[si].stop],
                "candidates": [
                    {
                        "entity": p.entity,
                        "features": names,
                        "label": any(_overlaps(s, e, people) for s, e in mentions[p.entity]),
                    }
                    for p, names in scored
                ],
            }
        )
    return rows, linked


def _decide(row: dict, probs: list[float], add: float, change: float, keep: float) -> str | None:
    """The organisation `position_orgs.attach` would give the role with these thresholds."""
    order = sorted(range(len(probs)), key=lambda k: -probs[k])
    best = order[0]
    top = row["candidates"][best]["entity"]
    rule = row["rule"]
    if rule is None:
        return top if probs[best] >= add else None
    rule_score = next((probs[k] for k in order if row["candidates"][k]["entity"] == rule), None)
    if rule_score is not None and probs[best] >= change and rule_score < keep:
        return top
    return rule


def tally(rows: list[dict], probs: list[list[float]], thresholds: tuple[float, float, float] | None) -> dict:
    """Roles with an organisation, and how many of those are right (`thresholds` None: the rules alone)."""
    given = right = 0
    for row, p in zip(rows, probs, strict=True):
        org = row["rule"] if thresholds is None else _decide(row, p, *thresholds)
        if org is None:
            continue
        given += 1
        right += any(c["label"] and c["entity"] == org for c in row["candidates"])
    return {"given": given, "right": right, "wrong": given - right}


def choose(rows: list[dict], probs: list[list[float]]) -> tuple[tuple[float, float, float], dict]:
    """The thresholds with most right organisations gained, each wrong one gained costing `WRONG_COST`."""
    base = tally(rows, probs, None)
    best, gain, figures = (1.0, 1.0, 0.0), MIN_GAIN - 1, base
    for add in GRID:
        for change in GRID:
            for keep in (0.1, 0.2, 0.3):
                got = tally(rows, probs, (add, change, keep))
                score = (got["right"] - base["right"]) - WRONG_COST * max(0, got["wrong"] - base["wrong"])
                if score > gain:
                    best, gain, figures = (add, change, keep), score, got
    return best, {"rules": base, "model": figures}


def fit(part: list[dict]):
    """A logistic regression over the candidates of `part`, and the vectoriser of its features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(c["features"], 1) for r in part for c in r["candidates"]])
    y = [c["label"] for r in part for c in r["candidates"]]
    return vectorizer, LogisticRegression(C=C, max_iter=2000).fit(x, y)


def cross_validated(rows: list[dict]) -> list[list[float]]:
    """Each row's candidate probabilities from the model fitted on the other folds (folds by article)."""
    articles = sorted({r["article"] for r in rows})
    fold = {name: k % FOLDS for k, name in enumerate(articles)}
    probs: list[list[float]] = [[] for _ in rows]
    for k in range(FOLDS):
        vectorizer, clf = fit([r for r in rows if fold[r["article"]] != k])
        for n, row in enumerate(rows):
            if fold[row["article"]] == k:
                x = vectorizer.transform([dict.fromkeys(c["features"], 1) for c in row["candidates"]])
                probs[n] = clf.predict_proba(x)[:, 1].tolist()
    return probs


def choose_link(rows: list[dict], probs: list[list[float]]) -> tuple[float, dict]:
    """The linker's threshold with most right persons linked, each wrong one costing `LINK_COST`."""
    best, gain, figures = 1.0, MIN_GAIN - 1, {"right": 0, "wrong": 0}
    curve = {}
    for t in GRID:
        right = wrong = 0
        for row, p in zip(rows, probs, strict=True):
            k = max(range(len(p)), key=p.__getitem__)
            if p[k] >= t:
                right += row["candidates"][k]["label"]
                wrong += not row["candidates"][k]["label"]
        curve[str(t)] = {"right": right, "wrong": wrong}
        if right - LINK_COST * wrong > gain:
            best, gain, figures = t, right - LINK_COST * wrong, {"right": right, "wrong": wrong}
    return best, {"chosen": figures, "by_threshold": curve}


def write(path: Path, rows: list[dict], stage: str, thresholds: dict, figures: dict, articles: int) -> None:
    vectorizer, clf = fit(rows)
    names = ["bias", *vectorizer.get_feature_names_out().tolist()]
    weights = [float(clf.intercept_[0]), *clf.coef_[0].tolist()]
    # a feature named "bias" is on for every candidate: the intercept goes there
    weights[names.index("bias", 1)] += weights[0]
    kept = [(n, round(w, 3)) for n, w in zip(names[1:], weights[1:], strict=True) if abs(w) >= 0.005]
    model = {
        "stage": stage,
        "trained_on": f"NEREL 1.1 train, {articles} articles (gold-set articles skipped), {len(rows)} roles",
        "classifier": f"logistic regression, L2, C={C}",
        "thresholds": thresholds,
        "cross_validated": figures,
        "features": [n for n, _ in kept],
        "weights": [w for _, w in kept],
    }
    path.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--rows", type=Path, help="also write the examples to this JSON file (for audits)")
    args = parser.parse_args()
    from newsgraph.extract import entities, quotes
    from newsgraph.nlp import natasha_stage
    from newsgraph.pipeline import Pipeline

    nerel = _nerel()
    analyse = Pipeline([natasha_stage.analyse, entities.extract, quotes.extract])
    paths = nerel.select("train", limit=args.limit)
    rows: list[dict] = []
    linked: list[dict] = []
    for path in paths:
        found, links = examples(nerel.read_article(path), analyse)
        rows += found
        linked += links
    if args.rows:
        args.rows.write_text(json.dumps({"orgs": rows, "holders": linked}, ensure_ascii=False), "utf-8")
    print(f"{len(paths)} articles; attacher: {len(rows)} roles; linker: {len(linked)} roles", file=sys.stderr)
    thresholds, figures = choose(rows, cross_validated(rows))
    print(json.dumps({"attacher": thresholds, "cross-validated": figures}), file=sys.stderr)
    threshold, linking = choose_link(linked, cross_validated(linked))
    print(json.dumps({"linker": threshold, "cross-validated": linking}), file=sys.stderr)
    if args.dry_run:
        return
    keys = ("add", "change", "keep")
    write(
        position_orgs.MODEL,
        rows,
        position_orgs.STAGE,
        dict(zip(keys, thresholds, strict=True)),
        figures,
        len(paths),
    )
    write(position_holders.MODEL, linked, position_holders.STAGE, {"add": threshold}, linking, len(paths))


if __name__ == "__main__":
    main()
