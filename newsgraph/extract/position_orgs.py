"""The learned organisation attacher: which organisation, country or place a role is held in.

The position rules (`positions`) attach an organisation by hand-written
constructions; this module scores every organisation-like anchor of the role's
sentence (and every adjective naming one, "российский") with a logistic
regression trained on NEREL 1.1's WORKPLACE relations
(`scripts/train_position_model.py`), and

1. where the rules attached nothing, attaches the best candidate whose
   probability reaches the model's ``add`` threshold;
2. where the rules attached another candidate of the sentence, replaces it with
   the best one when that reaches the ``change`` threshold and the rules' choice
   scores below ``keep``.

The features are what the nlp stage computes (lemmas, parts of speech, cases)
read along the tokens between the role's head and the candidate. Scoring is
pure Python over the weights in ``data/position_orgs.json``; a fact it changes
names this stage (`STAGE`). The thresholds are those that gained on
cross-validation over NEREL train; where none gained (1.0), nothing is changed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.extract.fact_context import Context
from newsgraph.extract.fact_lexicon import country_adjectives, positions
from newsgraph.model import Fact

STAGE = "facts.orgmodel.v1"
MODEL = Path(__file__).resolve().parents[1] / "data" / "position_orgs.json"
CANDIDATE_TYPES = ("organization", "country", "location", "facility")
PREPOSITIONS = frozenset({"в", "во", "на", "при", "по", "от", "из", "с", "со", "для", "у", "к", "за", "под"})
DISTANCES = (1, 2, 3, 5, 8, 14)  # upper bounds of the distance buckets, in tokens
ROLE_REACH = 40  # tokens: a candidate further from the role is not scored


@dataclass(slots=True)
class Candidate:
    """An entity the role may be held in: an anchor, or an adjective naming one ("российский")."""

    start: int  # token indices, stop exclusive
    stop: int
    entity: str
    type: str
    case: str | None
    referring: bool = False
    adjective: bool = False


def candidates(ctx: Context, si: int, head: int) -> list[Candidate]:
    """The organisation-like anchors and country adjectives of the sentence, within reach of the role."""
    a, b = ctx.spans[si]
    found = [
        Candidate(x.start, x.stop, x.entity, x.type, x.case, x.referring)
        for x in ctx.anchors[si]
        if x.type in CANDIDATE_TYPES and not (x.start <= head < x.stop)
    ]
    for k in range(a, b):
        if ctx.tokens[k].pos == "ADJ" and ctx.lemma(k) in country_adjectives() and k not in ctx.by_token:
            entity = ctx.entity_by_adjective(ctx.lemma(k), ("country", "location"))
            if entity is not None:
                found.append(Candidate(k, k + 1, entity, ctx.types[entity], "ADJ", adjective=True))
    return [c for c in found if abs(_distance(c, head)) <= ROLE_REACH]


def _distance(c: Candidate, head: int) -> int:
    return c.start - head if c.start > head else c.stop - 1 - head


def _bucket(n: int) -> str:
    return next((str(top) for top in DISTANCES if n <= top), "far")


def features(
    ctx: Context, si: int, head: int, c: Candidate, fact: Fact, others: list[Candidate]
) -> list[str]:
    """The binary features of one (role, candidate) pair, as names."""
    after = c.start > head
    side = "after" if after else "before"
    between = range(head + 1, c.start) if after else range(c.stop, head)
    lemmas = [ctx.lemma(k) for k in between]
    texts = [ctx.tokens[k].text for k in between]
    a, _ = ctx.spans[si]
    role = ctx.lemma(head)
    rule_org = fact.object.get("org")
    names = [
        "bias",
        f"side={side}",
        f"dist={_bucket(len(between) + 1)}|{side}",
        f"type={c.type}|{side}",
        f"case={c.case}|{side}",
        f"role={role}|{c.type}",
        f"role={role}",
        f"role_listed={role in positions()}|{ctx.tokens[head].feats.get('Number')}",
        f"commas={min(texts.count(','), 2)}|{side}",
    ]
    names.append(f"head_case={ctx.tokens[head].feats.get('Case')}|{c.type}|{side}")
    names.append(f"type={c.type}|case={c.case}|{side}")
    if c.start > a:
        names.append(f"word_before={ctx.lemma(c.start - 1)}|{side}")
    if head + 1 < len(ctx.tokens):
        names.append(f"head_next={ctx.lemma(head + 1)}")
    if len(others) == 1:
        names.append("alone")
    kind = ctx.kinds.get(c.entity)
    if kind:
        names.append(f"kind={kind}")
    if c.referring:
        names.append("referring")
    if c.adjective:
        names.append(f"adjective|{side}")
        if not after and all(ctx.tokens[k].pos in ("ADJ", "PUNCT") for k in between):
            names.append("adjective|agrees")
    names += sorted({f"prep={w}|{side}" for w in lemmas if w in PREPOSITIONS})
    if c.start > a and ctx.lemma(c.start - 1) in PREPOSITIONS:
        names.append(f"governed={ctx.lemma(c.start - 1)}|{side}")
    for mark, label in (("—", "dash"), ("–", "dash"), ("(", "bracket"), (")", "bracket"), ("«", "quote")):
        if mark in texts:
            names.append(f"{label}|{side}")
    if any(w in ("и", "а", "или") for w in lemmas):
        names.append(f"conjunction|{side}")
    if any(t in (";", ":") for t in texts):
        names.append("colon")
    if any(ctx.tokens[k].pos in ("VERB", "AUX") for k in between):
        names.append(f"verb|{side}")
    if any(w in positions() for w in lemmas):
        names.append(f"role_between|{side}")
    anchors = [ctx.by_token.get(k) for k in between]
    if any(x is not None and x.type == "person" for x in anchors):
        names.append(f"person_between|{side}")
    if any(x is not None and x.entity == fact.subject for x in anchors):
        names.append(f"holder_between|{side}")
    if any(o is not c and o.start > min(head, c.start) and o.stop <= max(head, c.stop) for o in others):
        names.append(f"org_between|{side}")
    else:
        names.append(f"nearest|{side}")
    if after and all(
        ctx.tokens[k].feats.get("Case") == "Gen" or ctx.tokens[k].text in ("«", '"') for k in between
    ):
        names.append("genitive_chain")
    if c.start == a or (c.start == a + 1 and ctx.lemma(a) in PREPOSITIONS):
        names.append(f"opens_sentence|{side}")
    if rule_org is None:
        names.append("rule=none")
    else:
        names.append("rule=same" if rule_org == c.entity else "rule=other")
    return names


@dataclass(slots=True)
class Model:
    weights: dict[str, float]
    add: float
    change: float
    keep: float

    def probability(self, names: list[str]) -> float:
        z = sum(self.weights.get(n, 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    weights = dict(zip(data["features"], data["weights"], strict=True))
    return Model(weights, data["thresholds"]["add"], data["thresholds"]["change"], data["thresholds"]["keep"])


def scored(ctx: Context, si: int, head: int, fact: Fact) -> list[tuple[float, Candidate]]:
    """The candidates of one role with their probabilities, best first."""
    found = candidates(ctx, si, head)
    m = model()
    result = [(m.probability(features(ctx, si, head, c, fact, found)), c) for c in found]
    return sorted(result, key=lambda pair: -pair[0])


def attach(ctx: Context, results: list[tuple[Fact, int, int | None]]) -> None:
    """Set or change the `org` of the position facts where the model is confident (see the module)."""
    m = model()
    if m.add >= 1.0 and m.change >= 1.0:
        return  # trained, and no threshold gained on cross-validation: the rules' organisations stand
    for fact, si, head in results:
        if fact.predicate != "position" or head is None:
            continue
        ranked = scored(ctx, si, head, fact)
        if not ranked:
            continue
        best, top = ranked[0]
        rule_org = fact.object.get("org")
        if rule_org == top.entity:
            continue
        if rule_org is None:
            if best < m.add:
                continue
        else:
            rule_score = next((p for p, c in ranked if c.entity == rule_org), None)
            if rule_score is None or best < m.change or rule_score >= m.keep:
                continue
        fact.object = {**fact.object, "org": top.entity}
        fact.confidence = round(min(fact.confidence, best), 2)
        fact.stage = STAGE
