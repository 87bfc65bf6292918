"""The sentence around a span: from the article's stored sentences, or by punctuation."""

from __future__ import annotations

import re
from collections.abc import Sequence

SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]*\s+|\n+")
MAX_SENTENCE_CHARS = 600


def sentence_span(
    text: str, sentences: Sequence[Sequence[int]] | None, start: int, stop: int
) -> tuple[int, int]:
    """(start, stop) of the sentence(s) covering text[start:stop]."""
    if sentences:
        covering = [(s, e) for s, e in sentences if s < max(stop, start + 1) and e > start]
        if covering:
            return covering[0][0], covering[-1][1]
    return _by_punctuation(text, start, stop)


def _by_punctuation(text: str, start: int, stop: int) -> tuple[int, int]:
    begin = max(0, start - MAX_SENTENCE_CHARS)
    ends_before = [m.end() for m in SENTENCE_END.finditer(text, begin, start)]
    left = ends_before[-1] if ends_before else begin
    after = SENTENCE_END.search(text, stop, min(len(text), stop + MAX_SENTENCE_CHARS))
    right = (
        after.start() + len(after.group().rstrip()) if after else min(len(text), stop + MAX_SENTENCE_CHARS)
    )
    return left, right


def sentence_text(text: str, sentences: Sequence[Sequence[int]] | None, start: int, stop: int) -> dict:
    left, right = sentence_span(text, sentences, start, stop)
    # Newlines become spaces, so that offsets into the sentence stay offsets into the text.
    return {"start": left, "stop": right, "text": text[left:right].replace("\n", " ")}
