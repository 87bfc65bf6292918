"""The facts stage: typed triples with normalised values, from rules over sentences.

1. Build the rule context: sentences as token ranges, entity anchors (mentions,
   and referring nouns such as "проект" or "это предприятие" resolved to the
   nearest earlier entity of their type).
2. Run one rule per predicate over every sentence (`fact_rules`), and the
   document-wide rules.
3. Keep triples whose subject and object types fit the predicate (FORMAT.md).
4. Mark modality from the words around the trigger: denied, reported, planned.
5. Infer what follows from two facts (a plant of a country's project is in
   that country), at lower confidence.
6. Merge duplicates, keeping the most confident evidence.

A fact whose subject has no entity is never made: the rules only read anchors.
"""

from __future__ import annotations

import logging
import re

from newsgraph.extract import fact_lexicon as lex
from newsgraph.extract import relation_words as rel
from newsgraph.extract.fact_context import Context, build
from newsgraph.extract.fact_rules import DOCUMENT_RULES, SENTENCE_RULES
from newsgraph.extract.positions import pronoun_person
from newsgraph.model import Doc, Fact
from newsgraph.pipeline import component

log = logging.getLogger(__name__)
STAGE = "facts.rules.v2"

# predicate → (subject types, object entity types or None for a value object)
SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "country": (("project", "facility", "organization"), ("country",)),
    "operator": (("project", "facility"), ("organization",)),
    "part_of": (("facility", "project", "organization"), ("project", "organization")),
    "planned_facilities": (("project",), None),
    "cost": (("project", "facility", "organization"), None),
    "standard": (("project", "facility"), ("organization",)),
    "product": (("project", "facility", "organization"), None),
    "status": (("project", "facility"), None),
    "operational_by": (("project", "facility"), None),
    "position": (("person",), None),
    "cooperates_with": (("country", "organization"), ("country", "organization", "location")),
    "directive": (("person", "organization", "country"), None),
    "member_of": (("country", "organization", "person"), ("organization",)),
    "located_in": (("facility", "organization", "project"), ("country", "location")),
    "agreement_with": (("organization", "country"), ("organization", "country")),
}
# Predicates whose statement in the future tense is a plan, not a fact.
PLANNABLE = frozenset(
    {"product", "operator", "located_in", "agreement_with", "member_of", "cooperates_with", "cost"}
)
# A description of a person ("политолог X", "по словам президента X") holds whoever reports it.
DESCRIPTIVE = frozenset({"position"})
DENIAL_WINDOW = 12
FUTURE_WINDOW = 4
FUTURE_CLAUSE = 10


def _fits(ctx: Context, fact: Fact) -> bool:
    signature = SIGNATURES.get(fact.predicate)
    if signature is None:
        return True
    subjects, objects = signature
    if ctx.types.get(fact.subject) not in subjects:
        return False
    target = fact.object.get("entity")
    if target is not None:
        return target != fact.subject and (objects is None or ctx.types.get(target) in objects)
    return True


def _modality(ctx: Context, fact: Fact, si: int, trigger: int | None) -> str | None:
    a, b = ctx.spans[si]
    i = trigger if trigger is not None else a
    j = i - 1
    while j > a and (
        ctx.lemma(j) in lex.AUXILIARIES
        or ctx.tokens[j].text.lower() in lex.AUXILIARIES
        or (fact.predicate not in DESCRIPTIVE and ctx.lemma(j) in rel.COPULAS)
    ):
        j -= 1  # "не является членом", "не был подписан"
    if j >= a and ctx.lemma(j) in ("не", "not", "never", "нет"):
        return "denied"
    if any(ctx.lemma(k) in lex.DENIAL_CUES for k in range(max(a, i - DENIAL_WINDOW), i)):
        return "denied"
    if any(ctx.lemma(k) in rel.REFUSAL_CUES for k in range(max(a, i - rel.REFUSAL_REACH), i)):
        return "denied"  # "отказалась подписать соглашение"
    if fact.predicate in DESCRIPTIVE:
        return None
    start = ctx.tokens[i].start if i < len(ctx.tokens) else fact.start
    if any(q.start <= start < q.stop for q in ctx.doc.quotes):
        return "reported"
    window = [ctx.lemma(k) for k in range(max(a, i - DENIAL_WINDOW), i)]
    if ("по" in window and any(w in lex.REPORT_NOUNS for w in window)) or any(
        w in lex.REPORT_MARKERS for w in window
    ):
        return "reported"
    if fact.predicate in PLANNABLE and (
        any(
            ctx.tokens[k].text.lower() in lex.FUTURE_CUES or ctx.lemma(k) in lex.FUTURE_CUES
            for k in range(max(a, i - FUTURE_WINDOW), min(b, i + 1))
        )
        or _future_verb(ctx, a, i)
    ):
        return "planned"
    return None


def _future_verb(ctx: Context, a: int, i: int) -> bool:
    """The clause's verb before the trigger is in the future ("Rheinmetall откроет завод по производству …")."""
    for k in range(i - 1, max(a, i - FUTURE_CLAUSE) - 1, -1):
        token = ctx.tokens[k]
        if token.text in (",", ";", ":", "—"):
            return False
        if token.pos in ("VERB", "AUX"):
            return token.feats.get("Tense") == "Fut"
    return False


def _key(fact: Fact) -> tuple:
    obj = fact.object
    return fact.subject, fact.predicate, tuple(sorted((k, repr(v)) for k, v in obj.items()))


def _infer(facts: list[Fact], types: dict[str, str]) -> list[Fact]:
    """A facility that is part of a project is in the project's country (a company's subsidiary or plant
    may be abroad: a group's country is not passed on)."""
    countries = {f.subject: f for f in facts if f.predicate == "country" and f.modality is None}
    inferred = []
    for fact in facts:
        target = fact.object.get("entity")
        if fact.predicate == "part_of" and target in countries and types.get(target) == "project":
            source = countries[fact.object["entity"]]
            inferred.append(
                Fact(
                    fact.subject,
                    "country",
                    dict(source.object),
                    fact.start,
                    fact.stop,
                    confidence=round(min(fact.confidence, source.confidence) * 0.7, 2),
                    stage=STAGE,
                )
            )
    return inferred


def _specific(facts: list[Fact]) -> list[Fact]:
    """A class of products ("боеприпасы") adds nothing where the same subject's members of it
    ("снаряды", "мины") are stated: keep the specific ones."""
    heads: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate == "product" and f.object.get("text"):
            heads.setdefault(f.subject, set()).add(f.object["text"].split()[-1])
    kept = []
    for f in facts:
        text = f.object.get("text", "") if f.predicate == "product" else ""
        members = lex.PRODUCT_CLASSES.get(text)
        if members and members & heads.get(f.subject, set()):
            continue
        kept.append(f)
    return kept


def _person_keys(doc: Doc) -> dict[str, str]:
    """One key per person whatever the spelling of the same full name: "Михаил Саакашвили" and a
    misspelt "Михаил Сааакашвили" left apart by the entities stage state one fact once."""
    keys = {}
    for entity in doc.entities:
        words = (entity.name.get("ru") or entity.name.get("en") or "").lower().replace("ё", "е").split()
        if entity.type == "person" and len(words) >= 2:
            keys[entity.id] = "person:" + words[0] + " " + re.sub(r"(.)\1+", r"\1", words[-1])
    return keys


def _merge(facts: list[Fact], same: dict[str, str] | None = None) -> list[Fact]:
    same = same or {}
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = _key(fact)
        key = (same.get(key[0], key[0]), *key[1:])
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return sorted(best.values(), key=lambda f: (f.start, f.predicate))


def find_facts(doc: Doc) -> list[Fact]:
    if not doc.sentences or not doc.entities:
        return []
    ctx = build(doc)
    found: list[Fact] = []
    # every rule needs an entity in the sentence, a person continued by "Он"/"Она", or a plant or
    # project of the sentence before that a sentence naming nothing continues ("Объём инвестиций составит …")
    busy = [
        si
        for si, row in enumerate(ctx.anchors)
        if row
        or pronoun_person(ctx, si) is not None
        or (si > 0 and any(x.type in ("project", "facility") for x in ctx.anchors[si - 1]))
    ]
    results = [r for si in busy for rule in SENTENCE_RULES for r in rule(ctx, si)]
    results += [r for rule in DOCUMENT_RULES for r in rule(ctx)]
    for fact, si, trigger in results:
        if not _fits(ctx, fact):
            continue
        fact.modality = _modality(ctx, fact, si, trigger)
        fact.stage = STAGE
        found.append(fact)
    found += [f for f in _infer(found, ctx.types) if _fits(ctx, f)]
    return _merge(_specific(found), _person_keys(doc))


@component(STAGE, requires=("tokens", "sentences", "mentions", "entities"), assigns=("facts",))
def extract(doc: Doc) -> Doc:
    doc.facts = find_facts(doc)
    return doc
