"""The quotes stage: direct, reported and unmarked speech, with who said it.

Steps:

1. Direct quotes, attributed by the dash, colon or cue around the marks.
2. Reported speech (frames and cue verbs), outside the direct quotes.
3. Quotations with no attribution that read as utterances go to the speaker
   of the quotes just before them; titles, names and scare quotes are dropped.
4. Unmarked first-person paragraphs after a speaker's quotes.
5. The speaker's role at the quote site is recorded on the speaker entity.
"""

from __future__ import annotations

from newsgraph.extract.direct_quotes import Group, find_direct, utterance_like
from newsgraph.extract.quote_context import QuoteContext, build_context
from newsgraph.extract.quote_records import make_quote, trim
from newsgraph.extract.reported_speech import find_reported
from newsgraph.extract.speakers import SpeakerFinder
from newsgraph.extract.unmarked_speech import find_unmarked
from newsgraph.model import Doc, Quote
from newsgraph.pipeline import component

CONTINUED_CONFIDENCE = 0.6


@component("quotes.rules.v1", requires=("tokens", "sentences", "mentions", "entities"), assigns=("quotes",))
def extract(doc: Doc) -> Doc:
    ctx = build_context(doc)
    finder = SpeakerFinder(ctx)
    direct, pending = find_direct(ctx, finder)
    claimed = [(q.start, q.stop) for q in direct] + [(q.cue_start, q.cue_stop) for q in direct if q.cue_start]
    # quotations that read as utterances are someone's words even unattributed: no cue inside them counts
    reported = find_reported(ctx, finder, claimed, [g for g in pending if utterance_like(ctx, g)])
    quotes = direct + reported
    quotes += _continued(ctx, finder, pending, quotes)
    quotes += find_unmarked(ctx, finder, quotes)
    quotes.sort(key=lambda q: (q.start, q.stop))
    doc.quotes = _dedupe(quotes)
    _record_roles(doc, finder)
    return doc


def _continued(
    ctx: QuoteContext, finder: SpeakerFinder, pending: list[Group], quotes: list[Quote]
) -> list[Quote]:
    """An unattributed quotation that reads as an utterance: the previous speaker's, with less confidence."""
    found = []
    for group in pending:
        if not utterance_like(ctx, group):
            continue
        if any(q.start <= group.start < q.stop or group.start <= q.start < group.stop for q in quotes):
            continue
        previous = finder.previous(group.open_at, paragraphs=1)
        if not previous:
            continue
        speaker = previous[0]
        start, stop = trim(ctx.text, group.start, group.stop)
        quote = make_quote(
            ctx,
            "direct",
            start,
            stop,
            cue=None,
            speaker=speaker,
            confidence=CONTINUED_CONFIDENCE,
            reason=f"no attribution: continues quotes of {speaker.name or speaker.text}",
        )
        quote.speaker_start = quote.speaker_stop = None
        found.append(quote)
    return found


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    kept: list[Quote] = []
    for quote in quotes:
        if any(k.start == quote.start and k.stop == quote.stop for k in kept):
            continue
        kept.append(quote)
    return kept


def _record_roles(doc: Doc, finder: SpeakerFinder) -> None:
    entities = {e.id: e for e in doc.entities}
    for _, speaker in finder.history:
        role = speaker.role
        if role is None or speaker.entity not in entities:
            continue
        roles = entities[speaker.entity].attributes.setdefault("roles", [])
        record = {"role": role.text, "org": role.org, "start": role.start, "stop": role.stop}
        if record not in roles:
            roles.append(record)
