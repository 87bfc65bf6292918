"""Stances: what a quote's speaker thinks of the entities the quote names.

For every quote with a resolved speaker, each entity mentioned inside its
content gets a score from the words around the mention:

1. A *victim* reading first: a harm noun just before the mention, governing it
   ("подрыв авторитета России"), or a harm verb just after an object-case
   mention ("Россию … оставить за бортом", "от России отрезать"): the speaker
   deplores harm done to the target, which is sympathy (+1).
2. A subject with harm after it in its sentence: the doer when the harm has an
   object of its own ("коридор нужен, чтобы Россию … оставить за бортом"), the
   one harmed when it has none ("Индия останется за бортом").
3. Otherwise evaluative words in a window around the mention, within its
   sentence: negative words count -1, positive ones +1.

The scores of one holder and target in one article are summed into one stance
(positive, negative or neutral) whose evidence is the first quote naming it.
The lexicons describe Russian evaluative vocabulary, as lemmas or lemma prefixes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from newsgraph.model import Doc, Quote, Stance, Token
from newsgraph.pipeline import component

STAGE = "stances.lexicon.v1"
WINDOW = 8
HARM_BEFORE = 3
HARM_AFTER = 4

# Lemma prefixes: a prefix covers the noun, verb and adjective of one root.
NEGATIVE = (
    "угроз",
    "угрожа",
    "подрыв",
    "подорва",
    "разруш",
    "демонтаж",
    "агресс",
    "провокац",
    "провоцир",
    "враг",
    "враждеб",
    "оккупа",
    "террор",
    "санкци",
    "давлен",
    "шантаж",
    "лож",
    "лжив",
    "пропаганд",
    "преступ",
    "незакон",
    "нелегитим",
    "опасн",
    "кризис",
    "провал",
    "катастроф",
    "коррупц",
    "диктат",
    "марионет",
    "прокси",
    "экспанси",
    "вмешательств",
    "вмешива",
    "нарушен",
    "нарушать",
    "нарушить",
    "обвин",
    "осужд",
    "осуди",
    "критик",
    "противостоя",
    "конфронтац",
    "абсурд",
    "нелеп",
    "неприемлем",
    "недопустим",
    "позор",
    "отрезать",
    "изолир",
    "изоляц",
    "ослаб",
    "развал",
    "уничтож",
    "нападен",
    "напада",
    "захват",
    "эскалац",
    "милитариз",
    "русофоб",
    "антироссий",
    "отрыв",
    "вытесн",
    "ущерб",
    "вред",
    "дестабилиз",
    "репресс",
    "цензур",
    "мошен",
    "обман",
    "против",
)
POSITIVE = (
    "поддерж",
    "сотруднич",
    "партнер",
    "партнёр",
    "союзник",
    "дружб",
    "дружествен",
    "успех",
    "успешн",
    "достижен",
    "укрепл",
    "стабильн",
    "надежн",
    "надёжн",
    "эффективн",
    "конструктив",
    "уважен",
    "приветств",
    "благодар",
    "помощ",
    "помога",
    "прорыв",
    "взаимовыгод",
    "выгодн",
    "прогресс",
    "довери",
    "процвета",
    "гарант",
    "защищ",
    "защит",
)
# Words whose object or genitive is harmed: used for the victim reading.
HARM = (
    "подрыв",
    "подорва",
    "угроз",
    "угрожа",
    "разруш",
    "демонтаж",
    "давлен",
    "санкци",
    "удар",
    "атак",
    "нападен",
    "отрезать",
    "отрезан",
    "изолир",
    "изоляц",
    "ослаб",
    "вытесн",
    "ущерб",
    "вред",
    "дискримин",
    "уничтож",
    "борт",
    "отрыв",
    "изгна",
)
# A mention after these is the doer of the harm, not its victim.
AGENT_MARKERS = frozenset({"стороны", "из-за", "со"})
OBJECT_CASES = frozenset({"Gen", "Acc", "Dat"})


def _has_prefix(lemma: str, prefixes: tuple[str, ...]) -> bool:
    return lemma.startswith(prefixes)


def _victim(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the mention tokens[first:last+1] read as the one harmed."""
    head = tokens[first]
    if head.feats.get("Case") not in OBJECT_CASES:
        return False
    if first > 0 and tokens[first - 1].text.lower() in AGENT_MARKERS:
        return False
    for tok in tokens[max(0, first - HARM_BEFORE) : first]:
        if tok.pos == "NOUN" and _has_prefix(tok.lemma, HARM):
            return True
    for tok in tokens[last + 1 : last + 1 + HARM_AFTER]:
        if tok.text in ".!?;":
            break
        # "Россию … оставить за бортом": a harm verb, or the idiom's noun, after the object
        if (tok.pos == "VERB" or tok.lemma == "борт") and _has_prefix(tok.lemma, HARM):
            return True
    return False


def _harm_at(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.lemma == "борт":  # the idiom "оставить за бортом"; "на борту" is neutral
        return i > 0 and tokens[i - 1].lemma == "за"
    return _has_prefix(tok.lemma, HARM)


def _subject_reading(tokens: list[Token], first: int, last: int, hi: int) -> int | None:
    """A subject-case mention followed in its sentence by harm: the doer when the harm has
    an object of its own ("коридор нужен, чтобы Россию … оставить за бортом", "угрожает
    Украине"), the one harmed when it has none ("Индия останется за бортом")."""
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


def _window_score(tokens: list[Token], first: int, last: int, lo: int, hi: int) -> int:
    score = 0
    for i in range(max(lo, first - WINDOW), min(hi, last + 1 + WINDOW)):
        lemma = tokens[i].lemma
        if (lemma != "борт" and _has_prefix(lemma, NEGATIVE)) or (lemma == "борт" and _harm_at(tokens, i)):
            score -= 1
        elif _has_prefix(lemma, POSITIVE):
            score += 1
    return score


def _mention_score(doc: Doc, starts: list[int], first: int, last: int) -> int:
    tokens = doc.tokens
    if _victim(tokens, first, last):
        return 1
    sentence = doc.sentence_at(tokens[first].start)
    lo = bisect_left(starts, sentence.start) if sentence else 0
    hi = bisect_right(starts, sentence.stop - 1) if sentence else len(tokens)
    reading = _subject_reading(tokens, first, last, hi)
    if reading is not None:
        return reading
    return max(-1, min(1, _window_score(tokens, first, last, lo, hi)))


def _polarity(score: int) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


def _quote_targets(doc: Doc, quote: Quote) -> list[tuple[str, int, int]]:
    """(entity, first token, last token) of each mention inside the quote's content."""
    starts = [t.start for t in doc.tokens]
    found = []
    for mention in doc.mentions:
        if mention.start < quote.start or mention.stop > quote.stop:
            continue
        if mention.entity in (quote.speaker, quote.outlet):
            continue
        first = bisect_left(starts, mention.start)
        last = max(first, bisect_left(starts, mention.stop) - 1)
        if first < len(doc.tokens):
            found.append((mention.entity, first, last))
    return found


@component(STAGE, requires=("tokens", "sentences", "mentions", "quotes"), assigns=("stances",))
def extract(doc: Doc) -> Doc:
    starts = [t.start for t in doc.tokens]
    scores: dict[tuple[str, str], int] = {}
    evidence: dict[tuple[str, str], Quote] = {}
    for quote in doc.quotes:
        if not quote.speaker:
            continue
        for target, first, last in _quote_targets(doc, quote):
            key = (quote.speaker, target)
            scores[key] = scores.get(key, 0) + _mention_score(doc, starts, first, last)
            evidence.setdefault(key, quote)
    doc.stances = [
        Stance(
            holder, target, _polarity(score), evidence[holder, target].start, evidence[holder, target].stop
        )
        for (holder, target), score in scores.items()
    ]
    return doc
