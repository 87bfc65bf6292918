"""Quotation marks: find quoted stretches of text in every style, nested or not.

Russian uses «ёлочки» with „лапки“ inside; English uses “ ” and ' ' (single
quotes are left alone: they are mostly apostrophes); plain " serve both. A
quotation never runs past its paragraph here: a quote that continues into the
next paragraph is left open (`closed=False`) and its paragraphs are joined by
the quotes stage, following the Russian convention of opening each paragraph
again and closing only the last.
"""

from __future__ import annotations

from dataclasses import dataclass

# Which closing marks end which opening marks.
CLOSERS = {"«": "»", "„": "“”", "“": "”“", '"': '"', "‚": "‘’"}
OPENERS = frozenset(CLOSERS)
ALL_MARKS = frozenset('«»„“”"‚‘’')
_OPEN_BEFORE = frozenset(" \t\n\xa0([{«„“—–-/:")


@dataclass(slots=True)
class Quoted:
    open_at: int
    close_at: int | None  # None: the paragraph ended first
    depth: int  # 0 for an outermost quotation

    @property
    def start(self) -> int:
        return self.open_at + 1

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each non-empty line: news text keeps one paragraph a line."""
    spans, start = [], 0
    for line in text.split("\n"):
        stop = start + len(line)
        if line.strip():
            spans.append((start, stop))
        start = stop + 1
    return spans


def quoted_spans(text: str) -> list[tuple[Quoted, int]]:
    """Every quotation with its content stop, outermost first within a paragraph."""
    found: list[tuple[Quoted, int]] = []
    for start, stop in paragraphs(text):
        found.extend(_scan(text, start, stop))
    found.sort(key=lambda item: (item[0].open_at, item[0].depth))
    return found


def _scan(text: str, start: int, stop: int) -> list[tuple[Quoted, int]]:
    stack: list[tuple[str, int]] = []
    found: list[tuple[Quoted, int]] = []
    for i in range(start, stop):
        char = text[i]
        if char not in ALL_MARKS:
            continue
        top = stack[-1][0] if stack else None
        if top is not None and char in CLOSERS[top] and _may_close(text, i, start, char, top):
            _, at = stack.pop()
            found.append((Quoted(at, i, len(stack)), i))
        elif char == "»" and any(mark == "«" for mark, _ in stack):
            while stack and stack[-1][0] != "«":
                stack.pop()  # an inner quotation left open: drop it, keep the outer one
            _, at = stack.pop()
            found.append((Quoted(at, i, len(stack)), i))
        elif char in OPENERS and _may_open(text, i, start, stop):
            stack.append((char, i))
    if stack and stack[0][0] in '«„“"':
        # Only the outermost open mark can run on into the next paragraph.
        found.append((Quoted(stack[0][1], None, 0), _trim_end(text, start, stop)))
    return found


def _may_open(text: str, i: int, start: int, stop: int) -> bool:
    if text[i] == "«" or text[i] == "„":
        return True
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < stop else " "
    return (before in _OPEN_BEFORE or before in ALL_MARKS) and not after.isspace()


def _may_close(text: str, i: int, start: int, char: str, top: str) -> bool:
    if char == "“" and top == "“":
        # English text sometimes closes with “: accept it only after a word.
        return i > start and not text[i - 1].isspace()
    if char == '"':
        return i > start and not text[i - 1].isspace()
    return True


def _trim_end(text: str, start: int, stop: int) -> int:
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop
