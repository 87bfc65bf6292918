"""Turning a found quote into a `Quote` record: trimmed content, cue, speaker, outlet."""

from __future__ import annotations

from newsgraph.extract.quote_context import QuoteContext
from newsgraph.extract.speakers import Speaker
from newsgraph.model import Quote

STAGE = "quotes.rules.v2"
_TRAILING = " \t\n\xa0,;:—–-'"  # `'` : wiki text wraps quotations in ''…''
_LEADING = " \t\n\xa0,;:—–-'"


def trim(text: str, start: int, stop: int, *, period: bool = False) -> tuple[int, int]:
    """Drop surrounding spaces, dashes and commas (and a final period, for reported speech)."""
    strip_end = _TRAILING + (".…" if period else "")
    while stop > start and text[stop - 1] in strip_end:
        stop -= 1
    while start < stop and text[start] in _LEADING:
        start += 1
    return start, stop


def make_quote(
    ctx: QuoteContext,
    kind: str,
    start: int,
    stop: int,
    *,
    cue: tuple[int, int] | None,
    speaker: Speaker | None,
    outlet: str | None = None,
    confidence: float = 0.9,
    reason: str | None = None,
    carried: bool = False,
) -> Quote:
    """A quote record. `carried`: the speaker is carried over from elsewhere in the
    article (an unmarked paragraph, an interview answer), so no span at the quote
    site names it."""
    if speaker is not None and outlet == speaker.entity:
        outlet = None  # `пишет ТАСС`: the outlet is the speaker itself
    quote = Quote(
        start, stop, kind, confidence=round(confidence, 2), reason=reason, stage=STAGE, outlet=outlet
    )
    if cue is not None:
        quote.cue, quote.cue_start, quote.cue_stop = ctx.text[cue[0] : cue[1]], cue[0], cue[1]
    if speaker is not None:
        quote.speaker = speaker.entity
        if speaker.how != "omitted" and not carried:  # no word at the site names the speaker
            quote.speaker_start, quote.speaker_stop = speaker.start, speaker.stop
        quote.speaker_text = speaker.description if speaker.entity else speaker.text
    return quote


def add_reason(quote: Quote, why: str) -> None:
    """Add why a later pass changed the quote to the reasons it already has."""
    quote.reason = f"{quote.reason}; {why}" if quote.reason else why
