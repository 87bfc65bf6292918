"""Scores per section of gold/FORMAT.md, as counts that add up across files.

Each `score_*` function returns a `Section`: integer (or summed) counts and a
`details` dict listing what was missed or wrong, for people improving a stage.
`scores()` turns counts into ratios; a ratio with nothing to divide by is
None (JSON null), never a made-up 0 or 1.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsgraph.evaluate.align import Alignment, GoldOccurrences, system_spans
from newsgraph.evaluate.gold import GoldDoc, GoldFact, GoldQuote
from newsgraph.evaluate.textmatch import covered, lemmas, norm_name, role_equal, text_equal, token_f1
from newsgraph.model import ENTITY_TYPES, Doc

PREDICATES = frozenset(
    {
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
)
QUOTE_MATCH_F1 = 0.5
MONEY_TOLERANCE = 0.01
CONTEXT = 40

# section → score name → (numerator count, denominator count)
RATIOS: dict[str, dict[str, tuple[str, str]]] = {
    "entities": {
        "recall": ("found", "required"),
        "precision": ("system_aligned", "system"),
        "type_accuracy": ("type_correct", "aligned"),
        "name_accuracy": ("name_correct", "aligned"),
        "kind_accuracy": ("kind_correct", "kind_scored"),
        "wikidata_accuracy": ("wikidata_correct", "wikidata_scored"),
    },
    "mentions": {"recall": ("covered", "occurrences"), "optional_recall": ("optional_covered", "optional")},
    "quotes": {
        "recall": ("found", "required"),
        "precision": ("system_matched", "system"),
        "speaker_accuracy": ("speaker_correct", "matched"),
        "content_f1": ("content_f1_sum", "matched"),
        "kind_accuracy": ("kind_correct", "matched"),
    },
    "facts": {"recall": ("found", "required"), "precision": ("system_correct", "system")},
    "stances": {"accuracy": ("correct", "scorable")},
    "stories": {
        "story_precision": ("story_precision_sum", "articles"),
        "story_recall": ("story_recall_sum", "articles"),
        "syndication_precision": ("syndication_precision_sum", "articles"),
        "syndication_recall": ("syndication_recall_sum", "articles"),
    },
}
# section → F1 name → (precision name, recall name)
F1S: dict[str, dict[str, tuple[str, str]]] = {
    "facts": {"f1": ("precision", "recall")},
    "stories": {
        "story_f1": ("story_precision", "story_recall"),
        "syndication_f1": ("syndication_precision", "syndication_recall"),
    },
}


@dataclass(slots=True)
class Section:
    counts: dict[str, float]
    details: dict[str, list[Any]] = field(default_factory=dict)


def ratio(numerator: float, denominator: float) -> float | None:
    return None if not denominator else numerator / denominator


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def scores(section: str, counts: dict[str, float]) -> dict[str, Any]:
    """The section's ratios (None when undefined) followed by its counts."""
    out: dict[str, Any] = {
        name: ratio(counts.get(num, 0), counts.get(den, 0)) for name, (num, den) in RATIOS[section].items()
    }
    for name, (p, r) in F1S.get(section, {}).items():
        out[name] = f1(out[p], out[r])
    out["counts"] = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in counts.items()}
    return out


def add_counts(total: dict[str, float], counts: dict[str, float]) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


# --- helpers for details -------------------------------------------------------


def snippet(text: str, start: int, stop: int, width: int = CONTEXT) -> str:
    """The span in brackets with a little context on each side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[stop : stop + width]
    return " ".join(f"…{left}[{text[start:stop]}]{right}…".split())


def short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _system_name(doc: Doc, entity_id: str | None) -> str | None:
    entity = doc.entity(entity_id) if entity_id else None
    if entity is None:
        return entity_id
    return _name_in(entity.name, doc.lang) or entity_id


def _name_in(names: dict[str, str | None], lang: str | None) -> str | None:
    return names.get(lang or "ru") or next((v for v in names.values() if v), None)


def _describe_system_entity(doc: Doc, alignment: Alignment, entity_id: str | None) -> str:
    if entity_id is None:
        return "none"
    gold_id = alignment.gold_of(entity_id)
    aligned = f"aligned with gold {gold_id!r}" if gold_id else "aligned with no gold entity"
    primary = alignment.primary.get(gold_id) if gold_id else None
    if primary is not None and primary != entity_id:
        # a split entity: the gold entity's mentions must link to its primary system entity
        aligned += f" whose main system entity is {primary} {_system_name(doc, primary)!r}"
    return f"{_system_name(doc, entity_id)!r} ({entity_id}, {aligned})"


# --- entities ------------------------------------------------------------------


def score_entities(gold: GoldDoc, doc: Doc, alignment: Alignment) -> Section:
    counts = dict.fromkeys(
        (
            "required",
            "found",
            "aligned",
            "type_correct",
            "name_correct",
            "kind_correct",
            "kind_scored",
            "wikidata_correct",
            "wikidata_scored",
            "system",
            "system_aligned",
        ),
        0,
    )
    details: dict[str, list[Any]] = {
        "missed": [],
        "wrong_type": [],
        "wrong_name": [],
        "wrong_kind": [],
        "wrong_wikidata": [],
        "unaligned_system": [],
    }
    for entity in gold.entities:
        system_id = alignment.primary.get(entity.id)
        if not entity.required:
            continue
        counts["required"] += 1
        if system_id is None:
            details["missed"].append(
                {"gold": entity.id, "type": entity.type, "name": _name_in(entity.name, doc.lang)}
            )
            continue
        counts["found"] += 1
        counts["aligned"] += 1
        system = doc.entity(system_id)
        got_type = system.type if system else None
        if got_type == entity.type:
            counts["type_correct"] += 1
        else:
            details["wrong_type"].append(
                {"gold": entity.id, "expected": entity.type, "got": got_type, "system": system_id}
            )
        names = system.name if system else {}
        got_name = _name_in(names, doc.lang)
        accepted = {norm_name(n) for n in [*entity.name.values(), *entity.aliases] if n}
        if got_name is not None and norm_name(got_name) in accepted:
            counts["name_correct"] += 1
        else:
            details["wrong_name"].append(
                {
                    "gold": entity.id,
                    "expected": _name_in(entity.name, doc.lang),
                    "got": got_name,
                    "system": system_id,
                }
            )
        if entity.kind is not None:
            counts["kind_scored"] += 1
            got_kind = system.kind if system else None
            if got_kind == entity.kind:
                counts["kind_correct"] += 1
            else:
                details["wrong_kind"].append({"gold": entity.id, "expected": entity.kind, "got": got_kind})
        if entity.wikidata is not None:
            counts["wikidata_scored"] += 1
            got_qid = system.wikidata if system else None
            if got_qid == entity.wikidata:
                counts["wikidata_correct"] += 1
            else:
                details["wrong_wikidata"].append(
                    {"gold": entity.id, "expected": entity.wikidata, "got": got_qid}
                )
    spans = system_spans(doc)
    for system in doc.entities:
        if system.type not in ENTITY_TYPES:
            continue
        counts["system"] += 1
        if alignment.gold_of(system.id) is not None:
            counts["system_aligned"] += 1
        else:
            first = min(spans.get(system.id, []), default=None)
            details["unaligned_system"].append(
                {
                    "system": system.id,
                    "type": system.type,
                    "name": _name_in(system.name, doc.lang),
                    "at": snippet(doc.text, *first) if first else None,
                }
            )
    return Section(counts, details)


# --- mentions ------------------------------------------------------------------


def score_mentions(gold: GoldDoc, doc: Doc, occ: GoldOccurrences, alignment: Alignment) -> Section:
    counts = dict.fromkeys(("occurrences", "covered", "optional", "optional_covered"), 0)
    details: dict[str, list[Any]] = {"not_covered": [], "absent_from_text": []}
    spans = system_spans(doc)
    for entity in gold.entities:
        if not entity.required:
            continue
        system_id = alignment.primary.get(entity.id)
        linked = spans.get(system_id, []) if system_id else []
        for span in occ.mentions.get(entity.id, []):
            counts["occurrences"] += 1
            if covered(span, linked, doc.text):
                counts["covered"] += 1
            else:
                details["not_covered"].append(
                    {
                        "gold": entity.id,
                        "text": doc.text[span[0] : span[1]],
                        "start": span[0],
                        "at": snippet(doc.text, *span),
                        "system": _mentions_at(doc, alignment, span),
                    }
                )
        for span in occ.optional.get(entity.id, []):
            counts["optional"] += 1
            counts["optional_covered"] += covered(span, linked, doc.text)
    details["absent_from_text"] = [{"gold": gid, "mention": s} for gid, s in occ.absent]
    return Section(counts, details)


def _mentions_at(doc: Doc, alignment: Alignment, span: tuple[int, int]) -> str:
    """What the system has at a gold occurrence, for the details list."""
    found = [m for m in doc.mentions if m.start < span[1] and span[0] < m.stop]
    if not found:
        return "no system mention"
    return "; ".join(
        f"{doc.text[m.start : m.stop]!r} → {_describe_system_entity(doc, alignment, m.entity)}" for m in found
    )


# --- quotes --------------------------------------------------------------------


def quote_content(quote: GoldQuote, text: str) -> tuple[str, bool]:
    """The gold quote's content, and whether it was found in `text` (the stored text is NFC)."""
    if quote.content is not None:
        content = unicodedata.normalize("NFC", quote.content)
        return content, content in text
    starts = unicodedata.normalize("NFC", quote.content_starts or "")
    ends = unicodedata.normalize("NFC", quote.content_ends or "")
    start = text.find(starts)
    stop = text.find(ends, start) if start >= 0 else -1
    if start < 0 or stop < 0:
        return f"{starts} {ends}", False
    return text[start : stop + len(ends)], True


def score_quotes(gold: GoldDoc, doc: Doc, alignment: Alignment) -> Section:
    counts: dict[str, float] = dict.fromkeys(
        (
            "required",
            "found",
            "matched",
            "speaker_correct",
            "content_f1_sum",
            "kind_correct",
            "system",
            "system_matched",
        ),
        0,
    )
    details: dict[str, list[Any]] = {
        "missed": [],
        "wrong_speaker": [],
        "wrong_kind": [],
        "unmatched_system": [],
        "absent_from_text": [],
    }
    contents = []
    for quote in gold.quotes:
        content, present = quote_content(quote, doc.text)
        contents.append(content)
        if not present:
            details["absent_from_text"].append(short(content))
    system = [doc.text[q.start : q.stop] for q in doc.quotes]
    counts["system"] = len(doc.quotes)
    pairs = sorted(
        ((token_f1(g, s), gi, si) for gi, g in enumerate(contents) for si, s in enumerate(system)),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    match: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for score, gi, si in pairs:
        if score < QUOTE_MATCH_F1:
            break
        if gi not in match and si not in used:
            match[gi] = (si, score)
            used.add(si)
    for gi, quote in enumerate(gold.quotes):
        counts["required"] += quote.required
        if gi not in match:
            if quote.required:
                best = max((p for p in pairs if p[1] == gi), default=None)
                details["missed"].append(
                    {
                        "speaker": quote.speaker,
                        "kind": quote.kind,
                        "content": short(contents[gi]),
                        "closest_system": short(system[best[2]]) if best and best[0] > 0 else None,
                        "closest_f1": round(best[0], 3) if best else None,
                    }
                )
            continue
        si, score = match[gi]
        found = doc.quotes[si]
        counts["found"] += quote.required
        counts["matched"] += 1
        counts["system_matched"] += 1
        counts["content_f1_sum"] += score
        if _speaker_right(gold, quote.speaker, found.speaker, alignment):
            counts["speaker_correct"] += 1
        else:
            details["wrong_speaker"].append(
                {
                    "content": short(contents[gi], 60),
                    "expected": quote.speaker,
                    "got": _describe_system_entity(doc, alignment, found.speaker)
                    if found.speaker
                    else f"none ({found.speaker_text!r})"
                    if found.speaker_text
                    else "none",
                }
            )
        if found.kind == quote.kind:
            counts["kind_correct"] += 1
        else:
            details["wrong_kind"].append(
                {"content": short(contents[gi], 60), "expected": quote.kind, "got": found.kind}
            )
    for si, text in enumerate(system):
        if si not in used:
            details["unmatched_system"].append(
                {
                    "content": short(text),
                    "kind": doc.quotes[si].kind,
                    "speaker": _system_name(doc, doc.quotes[si].speaker) or doc.quotes[si].speaker_text,
                }
            )
    return Section(counts, details)


def _speaker_right(gold: GoldDoc, expected: str | None, got: str | None, alignment: Alignment) -> bool:
    got_gold = alignment.gold_of(got)
    if expected is not None:
        return got_gold == expected
    # An unnamed source is right when the system names no speaker, or one of its own
    # that is not a required gold entity (e.g. an unnamed source stored with its description).
    entity = gold.entity(got_gold) if got_gold else None
    return entity is None or not entity.required


# --- facts ---------------------------------------------------------------------


def object_equal(
    gold: dict[str, Any],
    system: Any,
    alignment: Alignment,
    org_words: Callable[[str], set[str]] | None = None,
) -> bool:
    """Whether a system fact object equals a gold one by the rules of the facts table.

    A position's text with a matched `org` is compared without the words that
    name that organisation (`org_words(gold org id)`, see `role_equal`).
    """
    if not isinstance(system, dict):
        return False
    form = next(k for k in ("entity", "value", "money", "date", "text", "status") if k in gold)
    if form not in system:
        return False
    if form == "text" and "org" in gold and org_words is not None:
        if alignment.gold_of(system.get("org")) != gold["org"] or not isinstance(system["text"], str):
            return False
        return role_equal(str(gold["text"]), system["text"], org_words(gold["org"]))
    try:
        equal = _EQUAL[form](gold[form], system[form], alignment)
    except (TypeError, ValueError, KeyError, AttributeError):
        return False
    if equal and "org" in gold:
        return alignment.gold_of(system.get("org")) == gold["org"]
    return equal


def _money_equal(gold: dict[str, Any], system: dict[str, Any], _: Alignment) -> bool:
    amount = float(system["amount"])
    within = math.isclose(amount, float(gold["amount"]), rel_tol=MONEY_TOLERANCE)
    return within and str(system["currency"]).upper() == str(gold["currency"]).upper()


def _date_equal(gold: str, system: Any, _: Alignment) -> bool:
    system = str(system)
    return len(system) >= len(gold) and system[: len(gold)] == gold


_EQUAL: dict[str, Callable[[Any, Any, Alignment], bool]] = {
    "entity": lambda g, s, a: a.gold_of(s) == g,
    "value": lambda g, s, _: not isinstance(s, bool) and math.isclose(float(s), float(g), rel_tol=1e-9),
    "money": _money_equal,
    "date": _date_equal,
    "text": lambda g, s, _: isinstance(s, str) and text_equal(g, s),
    "status": lambda g, s, _: s == g,
}


def score_facts(gold: GoldDoc, doc: Doc, alignment: Alignment) -> Section:
    counts = dict.fromkeys(("required", "found", "gold", "matched", "system", "system_correct"), 0)
    details: dict[str, list[Any]] = {"missed": [], "false": []}
    seen: set[str] = set()
    system = []
    for fact in doc.facts:
        if fact.modality == "denied":
            continue  # "опровергло сообщения о закрытии завода" claims no closure: not a triple
        # The same triple stated twice (two evidence spans) is one triple.
        key = json.dumps(
            [fact.subject, fact.predicate, fact.object], sort_keys=True, ensure_ascii=False, default=str
        )
        if fact.predicate in PREDICATES and alignment.gold_of(fact.subject) is not None and key not in seen:
            seen.add(key)
            system.append(fact)
    counts["system"] = len(system)
    order = sorted(range(len(gold.facts)), key=lambda i: not gold.facts[i].required)
    org_words = _org_words(gold)
    candidates = {
        gi: [si for si, s in enumerate(system) if _fact_equal(gold.facts[gi], s, alignment, org_words)]
        for gi in order
    }
    match = _max_matching(order, candidates)
    counts["gold"] = len(gold.facts)
    counts["matched"] = len(match)
    counts["system_correct"] = len(match)
    for gi, fact in enumerate(gold.facts):
        counts["required"] += fact.required
        if gi in match:
            counts["found"] += fact.required
        elif fact.required:
            near = [
                s
                for s in doc.facts
                if alignment.gold_of(s.subject) == fact.subject and s.predicate == fact.predicate
            ]
            details["missed"].append(
                {
                    "fact": _render_gold(fact),
                    "system_same_predicate": [_render_system(doc, alignment, s) for s in near],
                }
            )
    matched = set(match.values())
    details["false"] = [_render_system(doc, alignment, s) for si, s in enumerate(system) if si not in matched]
    return Section(counts, details)


def _fact_equal(
    gold: GoldFact, system: Any, alignment: Alignment, org_words: Callable[[str], set[str]] | None = None
) -> bool:
    return (
        system.predicate == gold.predicate
        and alignment.gold_of(system.subject) == gold.subject
        and object_equal(gold.object, system.object, alignment, org_words)
    )


def _org_words(gold: GoldDoc) -> Callable[[str], set[str]]:
    """Lemmas of a gold entity's names, aliases and mention strings, by entity id."""
    memo: dict[str, set[str]] = {}

    def words(entity_id: str) -> set[str]:
        if entity_id not in memo:
            entity = gold.entity(entity_id)
            names = (
                []
                if entity is None
                else [*entity.name.values(), *entity.aliases, *entity.mentions, *entity.optional_mentions]
            )
            memo[entity_id] = {lemma for name in names if name for lemma in lemmas(str(name))}
        return memo[entity_id]

    return words


def _max_matching(order: list[int], candidates: dict[int, list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths), gold triples taken in `order`.

    A gold triple matched earlier stays matched, so required triples (first in
    `order`) get the best matching before optional ones are added.
    """
    owner: dict[int, int] = {}  # system index → gold index

    def augment(gi: int, visited: set[int]) -> bool:
        for si in candidates[gi]:
            if si in visited:
                continue
            visited.add(si)
            if si not in owner or augment(owner[si], visited):
                owner[si] = gi
                return True
        return False

    for gi in order:
        augment(gi, set())
    return {gi: si for si, gi in owner.items()}


def _render_gold(fact: GoldFact) -> str:
    return f"{fact.subject} {fact.predicate} {json.dumps(fact.object, ensure_ascii=False)}"


def _render_system(doc: Doc, alignment: Alignment, fact: Any) -> str:
    obj = dict(fact.object) if isinstance(fact.object, dict) else fact.object
    if isinstance(obj, dict):
        for key in ("entity", "org"):
            if key in obj:
                obj[key] = alignment.gold_of(obj[key]) or f"{_system_name(doc, obj[key])} (unaligned)"
    subject = alignment.gold_of(fact.subject) or f"{_system_name(doc, fact.subject)} (unaligned)"
    evidence = snippet(doc.text, fact.start, fact.stop, 0) if fact.stop > fact.start else ""
    return f"{subject} {fact.predicate} {json.dumps(obj, ensure_ascii=False, default=str)}  {short(evidence, 80)}"


# --- stances -------------------------------------------------------------------


def score_stances(gold: GoldDoc, doc: Doc, alignment: Alignment) -> Section:
    """Accuracy over gold stances whose holder and target the system both found.

    The system's polarity for a pair is the one most of its stances on that
    pair have (one per quote); a tie is no answer. Stances may be records or
    dicts with holder, target and polarity.
    """
    counts = dict.fromkeys(("gold", "scorable", "correct", "system"), 0)
    details: dict[str, list[Any]] = {"wrong": []}
    system = [_stance_tuple(s, alignment) for s in getattr(doc, "stances", None) or []]
    counts["system"] = len(system)
    for stance in gold.stances:
        counts["gold"] += 1
        if stance.holder not in alignment.primary or stance.target not in alignment.primary:
            continue
        counts["scorable"] += 1
        said = Counter(p for h, t, p in system if (h, t) == (stance.holder, stance.target))
        if _verdict(said) == stance.polarity:
            counts["correct"] += 1
        else:
            details["wrong"].append(
                {
                    "holder": stance.holder,
                    "target": stance.target,
                    "expected": stance.polarity,
                    "got": dict(said) or None,
                }
            )
    return Section(counts, details)


def _verdict(said: Counter) -> Any:
    """The system's polarity for a holder and target: the one most of its stances have; None on a tie."""
    ranked = said.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _stance_tuple(stance: Any, alignment: Alignment) -> tuple[str | None, str | None, Any]:
    def get(key: str) -> Any:
        return stance.get(key) if isinstance(stance, dict) else getattr(stance, key, None)

    return alignment.gold_of(get("holder")), alignment.gold_of(get("target")), get("polarity")
