"""Unmarked speech: a first-person paragraph with no quotation marks that
continues the quotes of the speaker just before it (common in interviews
retold by the press). It is one quote (one utterance, as a quotation over
several sentences is): from the paragraph's start to the end of its first run of
first-person sentences, with a lower confidence and the reason it was attributed.
An interview's answer (`Мустафа Джемилев: Да, всё верно. …`) is unmarked speech
of the person named before the colon.
"""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import QuoteContext
from newsgraph.extract.quote_records import make_quote, trim
from newsgraph.extract.speakers import SpeakerFinder
from newsgraph.model import Quote

FIRST_PERSON_CONFIDENCE = 0.6
QUOTE_MARKS = '«»„“”"'
INTERVIEW_NAME_CHARS = 60  # the name before an interview answer's colon
INTERVIEW_MIN_WORDS = 4


def find_unmarked(ctx: QuoteContext, finder: SpeakerFinder, quotes: list[Quote]) -> list[Quote]:
    found: list[Quote] = []
    taken = [(q.start, q.stop) for q in quotes] + [(q.cue_start, q.cue_stop) for q in quotes if q.cue_start]
    for index, (pstart, pstop) in enumerate(ctx.paras):
        answer = _interview_answer(ctx, finder, pstart, pstop, taken)
        if answer is not None:
            found.append(answer)
            continue
        if index == 0 or any(c in ctx.text[pstart:pstop] for c in QUOTE_MARKS):
            continue
        if any(pstart <= start < pstop for start, _ in taken) or not _first_person(ctx, pstart, pstop):
            continue
        prev_start, prev_stop = ctx.paras[index - 1]
        previous = [
            q
            for q in quotes
            if prev_start <= q.start < prev_stop and q.kind != "unmarked" and (q.speaker or q.speaker_text)
        ]
        if not previous:
            continue
        last = max(previous, key=lambda q: q.start)
        speakers = [sp for sp in finder.previous(pstart, paragraphs=1) if sp.entity == last.speaker]
        if not speakers:
            continue
        speaker = speakers[0]
        name = speaker.name or speaker.text
        # one utterance, one quote: from the paragraph's start to the end of its first run of
        # first-person sentences; past that, nothing marks whose voice it is (the author's may resume)
        start = stop = None
        for unit in ctx.units:
            if not (pstart <= unit.start < pstop):
                continue
            marked = _first_person(ctx, unit.start, unit.stop)
            if not marked and stop is not None:
                break
            start = unit.start if start is None else start
            stop = unit.stop if marked else stop
        if start is None or stop is None:
            continue
        start, stop = trim(ctx.text, start, stop)
        quote = make_quote(
            ctx,
            "unmarked",
            start,
            stop,
            cue=None,
            speaker=speaker,
            confidence=FIRST_PERSON_CONFIDENCE,
            reason=f"unmarked: first-person paragraph after quotes of {name}",
        )
        quote.speaker_start = quote.speaker_stop = None  # no word here names the speaker
        found.append(quote)
    return found


def _first_person(ctx: QuoteContext, start: int, stop: int) -> bool:
    for i in ctx.token_range(start, stop):
        tok = ctx.tokens[i]
        if tok.text.lower() in cues.EDITORIAL_WE:
            continue
        if tok.text.lower() in cues.FIRST_PERSON or (
            tok.pos in ("VERB", "AUX") and tok.feats.get("Person") == "1"
        ):
            return True
    return False


def _interview_answer(
    ctx: QuoteContext, finder: SpeakerFinder, pstart: int, pstop: int, taken: list[tuple[int, int]]
) -> Quote | None:
    """`Мустафа Джемилев: Да, всё верно. …`: an interview's answer, the paragraph opened by the
    name of the person answering and a colon."""
    colon = ctx.text.find(":", pstart, min(pstop, pstart + INTERVIEW_NAME_CHARS))
    if colon < 0 or any(pstart <= start < pstop for start, _ in taken):
        return None
    toks = ctx.token_range(pstart, colon)
    first = toks.start if len(toks) else None
    ref = ctx.referent_at(first) if first is not None else None
    if ref is None or ref.type != "person" or ref.start != pstart or ctx.text[ref.stop : colon].strip():
        return None
    start, stop = trim(ctx.text, colon + 1, pstop)
    if len(ctx.text[start:stop].split()) < INTERVIEW_MIN_WORDS:
        return None
    speaker = finder.from_referent(ref, how="name")
    finder.remember(start, speaker)
    return make_quote(
        ctx,
        "unmarked",
        start,
        stop,
        cue=None,
        speaker=speaker,
        confidence=FIRST_PERSON_CONFIDENCE,
        reason="an interview's answer: the paragraph opens with the speaker's name and a colon",
    )
