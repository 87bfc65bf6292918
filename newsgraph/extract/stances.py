"""Stances: what a quote's speaker thinks of the entities the quote is about.

For every quote with a resolved speaker, each entity mentioned in the quote's
content or in the sentence that carries it gets a score:

1. A *victim* reading: a harm noun just before the mention, governing it
   ("подрыв авторитета России"), or a harm verb just after an object-case
   mention ("Россию … оставить за бортом", "от России отрезать"): the speaker
   deplores harm done to the target, which is sympathy (+1).
2. A subject with harm after it in its sentence: the doer when the harm has an
   object of its own ("коридор нужен, чтобы Россию … оставить за бортом"), the
   one harmed when it has none ("Индия останется за бортом").
3. Evaluative words in a window around the mention, within its sentence
   (a "не" before a word, or a "не-" prefix, turns it round).
4. When those are silent: the tone of the whole quote and of its cue
   ("обвинил", "раскритиковал" against; "поблагодарил", "поддержал" for).

The scores of one holder and target in one article are summed into one stance
(positive, negative or neutral) whose evidence is the first quote naming it.
The lexicons are data: `newsgraph/data/stance_lexicon.txt`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from importlib import resources

from newsgraph.model import Doc, Quote, Stance, Token
from newsgraph.pipeline import component

STAGE = "stances.lexicon.v1"
WINDOW = 8
HARM_BEFORE = 3
HARM_AFTER = 4
PARTICLES = frozenset({"не", "ни"})  # negations reaching over verbs: "не хочет конфликтовать"
NEGATION_REACH = 2  # verbs or adverbs between the particle and the word it turns round
CHAIN_POS = frozenset({"VERB", "AUX", "ADV"})
AGENT_MARKERS = frozenset({"стороны", "из-за", "со"})  # "угроза со стороны X": X is the doer
OBJECT_CASES = frozenset({"Gen", "Acc", "Dat"})


class Lexicon:
    """One section of the lexicon: lemma prefixes and whole lemmas ("рад$")."""

    def __init__(self, words: list[str]) -> None:
        self.prefixes = tuple(w for w in words if not w.endswith("$"))
        self.exact = frozenset(w[:-1] for w in words if w.endswith("$"))

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and (lemma in self.exact or lemma.startswith(self.prefixes))


@cache
def lexicon() -> dict[str, Lexicon]:
    sections: dict[str, list[str]] = {}
    current = None
    text = resources.files("newsgraph").joinpath("data", "stance_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif line and current is not None:
            current.extend(line.split())
    return {name: Lexicon(words) for name, words in sections.items()}


def _has(lemma: str, section: str) -> bool:
    return lemma in lexicon()[section]


def _harm_at(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.lemma == "борт":  # the idiom "оставить за бортом"; "на борту" is neutral
        return i > 0 and tokens[i - 1].lemma == "за"
    return _has(tok.lemma, "harm")


def word_polarity(tokens: list[Token], i: int) -> int:
    """+1, -1 or 0 for one word; a negation before it, or a "не-" prefix, turns it round."""
    lemma = tokens[i].lemma
    if lemma == "борт":
        value = -1 if _harm_at(tokens, i) else 0
    elif _has(lemma, "negative"):
        value = -1
    elif _has(lemma, "positive"):
        value = 1
    elif lemma.startswith("не") and len(lemma) > 5 and _has(lemma[2:], "positive"):
        return -1  # "недипломатический", "непростой"
    else:
        return 0
    return -value if negated(tokens, i) else value


def negated(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is turned round: "не поддержал", "отсутствие доверия",
    "не хочет конфликтовать", "не будет поддерживать"."""
    if i > 0 and _has(tokens[i - 1].lemma, "negating_words"):
        return True
    for j in range(i - 1, max(-1, i - 2 - NEGATION_REACH), -1):
        if tokens[j].lemma in PARTICLES:
            return True
        if tokens[j].pos not in CHAIN_POS:
            return False
    return False


def _victim(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the mention tokens[first:last+1] read as the one harmed."""
    head = tokens[first]
    if head.feats.get("Case") not in OBJECT_CASES:
        return False
    if first > 0 and tokens[first - 1].text.lower() in AGENT_MARKERS:
        return False
    for tok in tokens[max(0, first - HARM_BEFORE) : first]:
        if tok.pos == "NOUN" and _has(tok.lemma, "harm"):
            return True
    for i in range(last + 1, min(len(tokens), last + 1 + HARM_AFTER)):
        if tokens[i].text in ".!?;":
            break
        if (tokens[i].pos == "VERB" or tokens[i].lemma == "борт") and _harm_at(tokens, i):
            return True
    return False


def _subject_reading(tokens: list[Token], first: int, last: int, hi: int) -> int | None:
    """A subject followed by harm in its sentence: -1 for the doer, +1 for the harmed."""
    if tokens[first].feats.get("Case") != "Nom":
        return None
    end = min(hi, last + 1 + 2 * WINDOW)
    harm = next((i for i in range(last + 1, end) if _harm_at(tokens, i)), None)
    if harm is None:
        return None
    for i in range(last + 1, min(hi, harm + HARM_AFTER)):
        tok = tokens[i]
        if i != harm and tok.pos in ("NOUN", "PROPN", "PRON") and tok.feats.get("Case") in ("Acc", "Dat"):
            return -1
    return 1


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


class QuoteScorer:
    """Scores of the mentions a quote is about, within one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]

    def span_tokens(self, start: int, stop: int) -> range:
        return range(bisect_left(self.starts, start), bisect_left(self.starts, stop))

    def tone(self, quote: Quote) -> int:
        """The quote's overall tone: its words, and its cue's attitude."""
        score = sum(word_polarity(self.tokens, i) for i in self.span_tokens(quote.start, quote.stop))
        cue = (quote.cue or "").lower()
        cue_lemmas = [
            self.tokens[i].lemma for i in self.span_tokens(quote.cue_start or 0, quote.cue_stop or 0)
        ]
        words = cue_lemmas or cue.split()
        if any(_has(w, "negative_cues") for w in words):
            score -= 2
        elif any(_has(w, "positive_cues") for w in words):
            score += 2
        return _sign(score)

    def mention(self, first: int, last: int) -> int:
        tokens = self.tokens
        if _victim(tokens, first, last):
            return 1
        sentence = self.doc.sentence_at(tokens[first].start)
        lo = bisect_left(self.starts, sentence.start) if sentence else 0
        hi = bisect_right(self.starts, sentence.stop - 1) if sentence else len(tokens)
        reading = _subject_reading(tokens, first, last, hi)
        if reading is not None:
            return reading
        window = range(max(lo, first - WINDOW), min(hi, last + 1 + WINDOW))
        return _sign(sum(word_polarity(tokens, i) for i in window if not first <= i <= last))

    def targets(self, quote: Quote) -> list[tuple[str, int, int]]:
        """(entity, first token, last token) of each mention in the quote or in its sentence."""
        start, stop = quote.start, quote.stop
        for offset in (quote.start, max(quote.start, quote.stop - 1), quote.cue_start):
            sentence = self.doc.sentence_at(offset) if offset is not None else None
            if sentence:
                start, stop = min(start, sentence.start), max(stop, sentence.stop)
        found = []
        for mention in self.doc.mentions:
            if (
                mention.start < start
                or mention.stop > stop
                or mention.entity in (quote.speaker, quote.outlet)
            ):
                continue
            if (
                quote.speaker_start is not None
                and mention.start < (quote.speaker_stop or 0)
                and (mention.stop > quote.speaker_start)
            ):
                continue
            tokens = self.span_tokens(mention.start, mention.stop)
            if tokens:
                found.append((mention.entity, tokens[0], tokens[-1]))
        return found


@component(STAGE, requires=("tokens", "sentences", "mentions", "quotes"), assigns=("stances",))
def extract(doc: Doc) -> Doc:
    scorer = QuoteScorer(doc)
    scores: dict[tuple[str, str], int] = {}
    evidence: dict[tuple[str, str], Quote] = {}
    for quote in doc.quotes:
        if not quote.speaker:
            continue
        tone = None
        for target, first, last in scorer.targets(quote):
            key = (quote.speaker, target)
            score = scorer.mention(first, last)
            if score == 0:
                tone = scorer.tone(quote) if tone is None else tone
                score = tone
            scores[key] = scores.get(key, 0) + score
            evidence.setdefault(key, quote)
    doc.stances = [
        Stance(
            holder, target, _polarity(score), evidence[holder, target].start, evidence[holder, target].stop
        )
        for (holder, target), score in scores.items()
    ]
    return doc


def _polarity(score: int) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"
