"""Full-text search: queries and snippets for SQLite FTS5 (over lemmas) and PostgreSQL.

Both databases index lemmas (see migrations/m001_base.py) and lemmatise the
query the same way. Snippets wrap matched words in ``[`` ``]``: PostgreSQL's
``ts_headline`` where it finds the words, else (and always on SQLite) a
passage cut from the original text around the words whose lemma was asked for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsgraph.model import Doc
from newsgraph.store.morph import WORD, lemma, lemmatise, words

MAX_INDEXED_CHARS = 300_000  # the same head of the text on both databases
SNIPPET_CHARS = 240
SNIPPET_BEFORE = 60
OPEN, CLOSE = "[", "]"
LATIN = re.compile(r"^[a-z]")
PHRASE_OR_WORD = re.compile(r'"([^"]+)"|(\S+)')
PG_HEADLINE = 'StartSel=[, StopSel=], MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'


def index_row(doc: Doc) -> dict[str, str]:
    """The FTS5 row of an article: its id and lemmatised title and text."""
    return {
        "article": doc.id,
        "title": lemmatise(doc.title or ""),
        "body": lemmatise(doc.text[:MAX_INDEXED_CHARS]),
    }


def query_lemmas(query: str) -> list[str]:
    return [lemma(match.group()) for match in words(query)]


def lemmatise_query(query: str) -> str:
    """The query with each word replaced by its lemma, operators and quotes kept."""
    return WORD.sub(lambda match: "or" if match.group().lower() == "или" else lemma(match.group()), query)


def fts5_match(query: str) -> str | None:
    """An FTS5 MATCH expression over lemmas, read like PostgreSQL's ``websearch_to_tsquery``.

    Every word or "quoted phrase" is required; ``or`` between two makes
    either enough; ``-word`` excludes articles with the word.
    """
    expression, operator = "", " AND "
    for match in PHRASE_OR_WORD.finditer(query):
        raw = match.group(1) or match.group(2)
        if match.group(2) and raw.lower() in ("or", "или"):
            operator = " OR " if expression else operator
            continue
        negated = bool(match.group(2)) and raw.startswith("-")
        lemmas = query_lemmas(raw)
        if not lemmas or (negated and not expression):
            continue
        phrase = '"' + " ".join(lemmas).replace('"', " ") + '"'
        expression += (" NOT " if negated else operator if expression else "") + phrase
        operator = " AND "
    return expression or None


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """The passage of `text` richest in the query's words, with them marked."""
    text = text[:MAX_INDEXED_CHARS]  # the part that was indexed, and no more work than that
    wanted = set(query_lemmas(query))
    # Each distinct word is looked at once, not each occurrence (a search page cuts 20 snippets).
    forms = {word for word in set(WORD.findall(text)) if _wanted(lemma(word), wanted)}
    hits = [m for m in words(text) if m.group() in forms]
    if not hits:
        return _shorten(text, 0, width)
    starts, stops = [h.start() for h in hits], [h.end() for h in hits]
    lemmas = [lemma(h.group()) for h in hits]

    def lemmas_within(start: int) -> int:
        """The distinct lemmas of the hits inside [start, start + width] (hits are in text order)."""
        return len(set(lemmas[bisect_left(starts, start) : bisect_right(stops, start + width)]))

    best = max(hits, key=lambda hit: lemmas_within(hit.start() - SNIPPET_BEFORE))
    start = max(0, best.start() - SNIPPET_BEFORE)
    start = _word_start(text, start)
    stop = min(len(text), start + width)
    pieces, cursor = [], start
    for hit in hits:
        if hit.start() >= start and hit.end() <= stop:
            pieces += [text[cursor : hit.start()], OPEN, hit.group(), CLOSE]
            cursor = hit.end()
    pieces.append(text[cursor:stop])
    return _ellipses("".join(pieces), start > 0, stop < len(text))


def _wanted(word: str, wanted: set[str]) -> bool:
    """The word, or for Latin script a word sharing its stem ("plants" for "plant"), was asked for."""
    if word in wanted:
        return True
    if not LATIN.match(word):
        return False
    return any(
        LATIN.match(w) and min(len(w), len(word)) >= 4 and (word.startswith(w) or w.startswith(word))
        for w in wanted
    )


def _word_start(text: str, offset: int) -> int:
    if offset == 0:
        return 0
    space = text.find(" ", offset)
    return space + 1 if 0 <= space < offset + 20 else offset


def _shorten(text: str, start: int, width: int) -> str:
    return _ellipses(text[start : start + width], start > 0, start + width < len(text))


def _ellipses(passage: str, before: bool, after: bool) -> str:
    passage = " ".join(passage.split())
    return ("… " if before else "") + passage + (" …" if after else "")
