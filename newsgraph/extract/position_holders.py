"""The learned holder linker: a role named in a sentence that the position rules gave to nobody.

For every singular role noun of ``data/positions.txt`` in a sentence that is no
position fact's head, each person of the sentence is scored with a logistic
regression trained on NEREL 1.1's WORKS_AS relations
(`scripts/train_position_model.py --holders`); the best person whose probability
reaches the model's threshold gets the role (the head, its agreeing words
before it and its genitive tail, as the rules spell it) and the organisation in
the genitive right after it. A fact it adds names this stage (`STAGE`). The
threshold is the one that gained on cross-validation over NEREL train; where
none gained (1.0), nothing is added.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.extract.fact_context import Anchor, Context
from newsgraph.extract.fact_lexicon import POSITION_DROP, country_adjectives, positions
from newsgraph.extract.position_orgs import CANDIDATE_TYPES, DISTANCES, PREPOSITIONS
from newsgraph.extract.positions import AGE, role_text
from newsgraph.model import Fact

STAGE = "facts.holdermodel.v1"
MODEL = Path(__file__).resolve().parents[1] / "data" / "position_holders.json"
REACH = 25  # tokens between a role and a person scored for it
NEAR = 3  # tokens between two roles of one holder ("управляющий директор и совладелец")
MODIFIERS = 3  # agreeing words before a role's head that belong to it ("первый вице-премьер")


def heads(ctx: Context, si: int, taken: dict[int, set[str]]) -> list[int]:
    """The role nouns of the sentence that no rule's fact is headed by."""
    a, b = ctx.spans[si]
    return [
        k
        for k in range(a, b)
        if k not in taken
        and k not in ctx.by_token
        and ctx.tokens[k].pos == "NOUN"
        and ctx.lemma(k) in positions()
        and ctx.tokens[k].feats.get("Number") != "Plur"
    ]


def persons(ctx: Context, si: int, head: int) -> list[Anchor]:
    return [
        x
        for x in ctx.anchors[si]
        if x.type == "person" and not x.referring and abs(_distance(x, head)) <= REACH
    ]


def _distance(x: Anchor, head: int) -> int:
    return x.start - head if x.start > head else x.stop - 1 - head


def _bucket(n: int) -> str:
    return next((str(top) for top in DISTANCES if n <= top), "far")


def features(
    ctx: Context, si: int, head: int, person: Anchor, others: list[Anchor], held: set[str], near: set[str]
) -> list[str]:
    """The binary features of one (role, person) pair, as names; `held`: persons the rules gave a role
    in this sentence; `near`: those holding a rule's role whose head is within `NEAR` tokens."""
    after = person.start > head
    side = "after" if after else "before"
    between = range(head + 1, person.start) if after else range(person.stop, head)
    lemmas = [ctx.lemma(k) for k in between]
    texts = [ctx.tokens[k].text for k in between]
    a, _ = ctx.spans[si]
    token = ctx.tokens[head]
    case = token.feats.get("Case")
    names = [
        "bias",
        f"side={side}",
        f"dist={_bucket(len(between) + 1)}|{side}",
        f"person_case={person.case}|{side}",
        f"head_case={case}|{side}",
        f"agree={person.case == case}|{side}",
        f"role={ctx.lemma(head)}",
        f"commas={min(texts.count(','), 2)}|{side}",
        f"held={person.entity in held}",
    ]
    if near:
        names.append("near_role=" + ("same" if person.entity in near else "other"))
    if head > a:
        before = ctx.tokens[head - 1]
        names.append(f"head_prev_pos={before.pos}|{case}")
        names.append(f"head_prev={ctx.lemma(head - 1)}")
        names.append(f"agree={person.case == case}|prev={before.pos}|{side}")
        if ctx.lemma(head - 1) in PREPOSITIONS:
            names.append(f"head_prep={ctx.lemma(head - 1)}")
    names += sorted({f"prep={w}|{side}" for w in lemmas if w in PREPOSITIONS})
    for mark, label in (("—", "dash"), ("–", "dash"), ("(", "bracket"), (")", "bracket"), ("«", "quote")):
        if mark in texts:
            names.append(f"{label}|{side}")
    if any(t in (";", ":") for t in texts):
        names.append("colon")
    if any(w in ("и", "а", "или") for w in lemmas):
        names.append(f"conjunction|{side}")
    verbs = [ctx.lemma(k) for k in between if ctx.tokens[k].pos in ("VERB", "AUX")]
    if verbs:
        names.append(f"verb|{side}")
        names += sorted({f"verb={v}" for v in verbs})
    if any(w in positions() for w in lemmas):
        names.append(f"role_between|{side}")
    anchors = [ctx.by_token.get(k) for k in between]
    if any(x is not None and x.type == "person" for x in anchors):
        names.append(f"person_between|{side}")
    else:
        names.append(f"nearest|{side}")
    if any(x is not None and x.type in CANDIDATE_TYPES for x in anchors):
        names.append(f"org_between|{side}")
    if len(others) == 1:
        names.append("alone")
    return names


def extent(ctx: Context, si: int, head: int) -> tuple[int, int, Anchor | None]:
    """Where the role's words start and end, and the organisation in the genitive after them."""
    a, b = ctx.spans[si]
    start = head
    while start - 1 >= a and head - start < MODIFIERS and _modifier(ctx, start - 1, head):
        start -= 1
    end = head + 1
    while end < b and ctx.tokens[end].feats.get("Case") == "Gen" and end not in ctx.by_token:
        end += 1
    after = end
    while after < b and after - end < MODIFIERS and ctx.tokens[after].pos in ("ADJ", "ADV"):
        after += 1  # "лидер французского крайне правого Национального фронта"
    while end > head + 1 and ctx.tokens[end - 1].pos == "ADJ":
        end -= 1  # the adjectives of a name the tail runs into are the name's
    org = ctx.by_token.get(after) if after < b else None
    if org is not None and (org.type not in CANDIDATE_TYPES or org.case not in ("Gen", None)):
        org = None
    return start, end, org


def _modifier(ctx: Context, k: int, head: int) -> bool:
    """An adjective agreeing with the role that is a word of it ("главный", "первый"), not one that
    dates it, gives the holder's age or names a country ("бывший", "71-летний", "польский")."""
    token, lemma = ctx.tokens[k], ctx.lemma(k)
    return (
        token.pos == "ADJ"
        and token.feats.get("Case") == ctx.tokens[head].feats.get("Case")
        and k not in ctx.by_token
        and lemma not in POSITION_DROP
        and lemma not in country_adjectives()
        and not lemma.endswith("летний")
        and not AGE.match(token.text)
    )


@dataclass(slots=True)
class Model:
    weights: dict[str, float]
    add: float

    def probability(self, names: list[str]) -> float:
        z = sum(self.weights.get(n, 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return Model(dict(zip(data["features"], data["weights"], strict=True)), data["thresholds"]["add"])


def pairs(ctx: Context, results: list[tuple[Fact, int, int | None]]) -> Iterator[tuple[int, int, list]]:
    """Per sentence and unclaimed role head: the persons with their features."""
    taken: dict[int, set[str]] = {}
    for fact, _, head in results:
        if fact.predicate == "position" and head is not None:
            taken.setdefault(head, set()).add(fact.subject)
    held: dict[int, set[str]] = {}
    roles: set[tuple[str, str]] = set()  # (person, head lemma) of the rules' roles anywhere in the article
    for fact, si, head in results:
        if fact.predicate == "position":
            held.setdefault(si, set()).add(fact.subject)
            if head is not None:
                roles.add((fact.subject, ctx.lemma(head)))
    for si in range(len(ctx.spans)):
        for head in heads(ctx, si, taken):
            found = persons(ctx, si, head)
            if found:
                near = {x for k in range(head - NEAR, head + NEAR + 1) for x in taken.get(k, ())}
                scored = [(p, features(ctx, si, head, p, found, held.get(si, set()), near)) for p in found]
                yield (
                    si,
                    head,
                    [(p, names) for p, names in scored if (p.entity, ctx.lemma(head)) not in roles],
                )


def link(ctx: Context, results: list[tuple[Fact, int, int | None]]) -> list[tuple[Fact, int, int | None]]:
    """Position facts for the roles the rules gave to nobody, where the model is confident."""
    m = model()
    if m.add >= 1.0:
        return []  # trained, and no threshold gained on cross-validation
    added = []
    for si, head, scored in pairs(ctx, results):
        if not scored:
            continue
        best, person = max(((m.probability(names), p) for p, names in scored), key=lambda x: x[0])
        if best < m.add:
            continue
        start, end, org = extent(ctx, si, head)
        obj: dict = {"text": role_text(ctx, start, head, end)}
        if org is not None:
            obj["org"] = org.entity
        fact, si, trigger = ctx.fact(
            person.entity, "position", obj, si, trigger=head, confidence=round(best, 2)
        )
        fact.stage = STAGE
        added.append((fact, si, trigger))
    return added
