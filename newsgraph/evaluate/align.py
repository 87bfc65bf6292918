"""Gold mention occurrences in the analysed text, and system↔gold entity alignment.

A gold `mentions` string means every whole-word occurrence of it, except an
occurrence lying inside a longer occurrence of another entity's mention string
("ASPAN" inside "ASPAN-1"). A system entity is aligned to the gold entity whose
occurrences (mentions and optional mentions) its own mentions overlap most by
characters; the gold entity's *primary* system entity is the aligned one with
the largest overlap — the one its mentions must be linked to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from newsgraph.evaluate.gold import GoldDoc
from newsgraph.evaluate.textmatch import merge, occurrences, overlap
from newsgraph.model import Doc

Span = tuple[int, int]


@dataclass(slots=True)
class GoldOccurrences:
    """Per gold entity id: occurrences of its `mentions`, and of its optional mentions."""

    mentions: dict[str, list[Span]] = field(default_factory=dict)
    optional: dict[str, list[Span]] = field(default_factory=dict)
    absent: list[tuple[str, str]] = field(default_factory=list)  # (entity id, string) found nowhere

    def all(self, entity_id: str) -> list[Span]:
        return self.mentions.get(entity_id, []) + self.optional.get(entity_id, [])


def gold_occurrences(gold: GoldDoc, text: str) -> GoldOccurrences:
    found: dict[tuple[str, str], list[Span]] = {}
    for entity in gold.entities:
        for string in [*entity.mentions, *entity.optional_mentions]:
            found[entity.id, string] = occurrences(text, string)
    blockers = [
        (entity.id, span)
        for entity in gold.entities
        for string in entity.mentions
        for span in found[entity.id, string]
    ]
    result = GoldOccurrences()
    for entity in gold.entities:
        for strings, target in (
            (entity.mentions, result.mentions),
            (entity.optional_mentions, result.optional),
        ):
            spans = target.setdefault(entity.id, [])
            for string in strings:
                if not found[entity.id, string] and strings is entity.mentions:
                    result.absent.append((entity.id, string))
                spans.extend(s for s in found[entity.id, string] if not _nested(s, entity.id, blockers))
            spans[:] = sorted(set(spans))
    return result


def _nested(span: Span, owner: str, blockers: list[tuple[str, Span]]) -> bool:
    start, stop = span
    return any(
        other != owner and s <= start and stop <= e and e - s > stop - start for other, (s, e) in blockers
    )


@dataclass(slots=True)
class Alignment:
    system_to_gold: dict[str, str] = field(default_factory=dict)
    primary: dict[str, str] = field(default_factory=dict)  # gold id → system entity id
    overlaps: dict[str, int] = field(default_factory=dict)  # system entity id → overlap with its gold entity

    def gold_of(self, system_id: str | None) -> str | None:
        return self.system_to_gold.get(system_id) if system_id is not None else None


def system_spans(doc: Doc) -> dict[str, list[Span]]:
    """Per system entity id: the spans of its mentions."""
    spans: dict[str, list[Span]] = defaultdict(list)
    for mention in doc.mentions:
        spans[mention.entity].append((mention.start, mention.stop))
    return spans


def align(gold: GoldDoc, occ: GoldOccurrences, doc: Doc) -> Alignment:
    gold_spans = {entity.id: merge(occ.all(entity.id)) for entity in gold.entities}
    result = Alignment()
    for system_id, spans in system_spans(doc).items():
        best, best_overlap = None, 0
        for entity in gold.entities:  # gold order breaks ties, so the result is deterministic
            shared = overlap(spans, gold_spans[entity.id])
            if shared > best_overlap:
                best, best_overlap = entity.id, shared
        if best is None:
            continue
        result.system_to_gold[system_id] = best
        result.overlaps[system_id] = best_overlap
        current = result.primary.get(best)
        if current is None or best_overlap > result.overlaps[current]:
            result.primary[best] = system_id
    return result
