"""What the quote rules look at: tokens by offset, paragraphs, sentences, referents.

A *referent* is a named thing a speaker can be: a mention of a doc entity, or
(where the entities stage found none) a raw NER span. Sentences are clipped to
their paragraph because the segmenter sometimes joins a heading to the next
line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from newsgraph.extract.names import CASES, WOMANS_GENITIVE_ENDINGS
from newsgraph.extract.quote_marks import Quoted, paragraphs, quoted_spans
from newsgraph.model import Doc, Token
from newsgraph.morph import analyzer

NER_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
TAGGER_VOTES = 2  # at most, from the tagger's genders of a name's words
AGREEMENT_VOTES = 3  # a word agreeing with a name outweighs the tagger's guess at one of its words
RELATIVE_WORDS = frozenset({"который", "чей"})  # `Рено, чей рост …, сказала`: the clause is stepped over
RELATIVE_CLAUSE_TOKENS = 15  # tokens of such a clause at most
PHRASE_TOKENS = 7  # tokens of a prepositional phrase between a name and its verb at most
NAME_WORDS = 4  # a quotation this long or longer holds words said, not a name
DIALOGUE_LINE = re.compile(r"\s*[—–]\s+([^—–\n]+?)[,!?…]\s*[—–]\s")  # `— Слова, — сказал он`
SAID_AFTER = re.compile(r"[»“”\"']*\s*,?\s*[—–]")  # after a closing mark: the dash before the cue
# Wiki markup of a link whose words stay in the sentence (`Буркхальтер [http://osce.org/… заявил], что`):
# the bracket and address before the words, and the closing bracket after them.
LINK_OPENING = re.compile(r"\[(?:https?://|www\.)[^\s\]]*[ \t]+(?=[^\]\n]*\])")


@dataclass(slots=True)
class Referent:
    start: int
    stop: int
    type: str
    entity: str | None  # doc entity id; None for a raw NER span
    name: str  # canonical name (entity name, or the NER normal form)
    gender: str | None = None  # "Masc" / "Fem" for persons, when known


@dataclass(slots=True)
class Unit:
    """A sentence clipped to its paragraph."""

    start: int
    stop: int
    para: int


@dataclass(slots=True)
class QuoteContext:
    doc: Doc
    tokens: list[Token]
    starts: list[int]
    paras: list[tuple[int, int]]
    units: list[Unit]
    referents: list[Referent]
    quoted: list[tuple[Quoted, int]]
    ref_starts: list[int] = field(default_factory=list)
    dialogue: list[tuple[int, int]] = field(default_factory=list)  # the words of each dialogue line

    @property
    def text(self) -> str:
        return self.doc.text

    def token_range(self, start: int, stop: int) -> range:
        """Indices of the tokens lying inside [start, stop)."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, stop))

    def token_at(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].stop:
            return i
        return None

    def para_index(self, offset: int) -> int:
        for i, (start, stop) in enumerate(self.paras):
            if start <= offset <= stop:
                return i
        return max(0, bisect_right([p[0] for p in self.paras], offset) - 1)

    def unit_at(self, offset: int) -> Unit | None:
        for unit in self.units:
            if unit.start <= offset < unit.stop:
                return unit
        return None

    def unit_before(self, offset: int) -> Unit | None:
        """The sentence before the one holding `offset`, or None."""
        unit = self.unit_at(offset)
        before = [u for u in self.units if unit is not None and u.stop <= unit.start]
        return before[-1] if before else None

    def sentence_floor(self, offset: int) -> int | None:
        """Where the sentence before the one holding `offset` starts, if it stands in the same
        paragraph or the one before; else where that sentence starts; None outside any sentence."""
        unit = self.unit_at(offset)
        if unit is None:
            return None
        before = self.unit_before(unit.start)
        return before.start if before is not None and before.para >= unit.para - 1 else unit.start

    def unit_after(self, offset: int) -> Unit | None:
        """The sentence after the one holding `offset`, or None."""
        unit = self.unit_at(offset)
        return next((u for u in self.units if unit is not None and u.start >= unit.stop), None)

    def referent_at(self, token: int) -> Referent | None:
        """The referent covering this token (the longest one, when several do)."""
        offset = self.tokens[token].start
        best = None
        i = bisect_right(self.ref_starts, offset) - 1
        while i >= 0 and self.referents[i].start > offset - 200:
            ref = self.referents[i]
            if ref.start <= offset < ref.stop and (
                best is None or ref.stop - ref.start > best.stop - best.start
            ):
                best = ref
            i -= 1
        return best

    def referents_before(self, offset: int, floor: int) -> list[Referent]:
        """Referents ending at or before `offset` and starting after `floor`, nearest first."""
        i = bisect_left(self.ref_starts, offset)
        found = [r for r in self.referents[max(0, i - 400) : i] if r.stop <= offset and r.start >= floor]
        return sorted(found, key=lambda r: r.start, reverse=True)

    def in_quote(self, offset: int) -> bool:
        """Inside someone's quoted words: a quotation of a few words is a name (`"Коммерсантъ"`)."""
        return any(
            q.start <= offset < stop and len(self.text[q.start : stop].split()) >= NAME_WORDS
            for q, stop in self.quoted
        )

    def in_said_marks(self, offset: int) -> bool:
        """Inside quotation marks closed before a dash (`«Погибла женщина», — написала она`), or
        inside a dialogue line before its dash (`— Деньги выделены, подрядчик выбран, — сказал
        он`): someone's words, however few."""
        if any(
            q.start <= offset < stop and SAID_AFTER.match(self.text, stop + 1) is not None
            for q, stop in self.quoted
        ):
            return True
        return any(start <= offset < stop for start, stop in self.dialogue)

    def in_marks(self, offset: int) -> bool:
        """Inside quotation marks, a name's (`по делу «X и другие»`) or someone's words."""
        return any(q.start <= offset < stop for q, stop in self.quoted)

    def is_media(self, entity: str | None) -> bool:
        """The entity is a medium (a newspaper, an agency, a channel)."""
        found = self.doc.entity(entity) if entity else None
        return found is not None and found.kind == "media"


def build_context(doc: Doc) -> QuoteContext:
    paras = paragraphs(doc.text)
    referents = _referents(doc)
    tokens = _without_link_markup(doc)
    return QuoteContext(
        doc=doc,
        tokens=tokens,
        starts=[t.start for t in tokens],
        paras=paras,
        units=_units(doc, paras),
        referents=referents,
        quoted=quoted_spans(doc.text),
        ref_starts=[r.start for r in referents],
        dialogue=[
            line.span(1) for pstart, pstop in paras if (line := DIALOGUE_LINE.match(doc.text, pstart, pstop))
        ],
    )


def _without_link_markup(doc: Doc) -> list[Token]:
    """The tokens but those of a wiki link's markup, so that the words it wraps read as the
    sentence's own (`[http://… заявил], что` is `заявил, что`)."""
    markup: list[tuple[int, int]] = []
    for m in LINK_OPENING.finditer(doc.text):
        close = doc.text.index("]", m.end())
        markup += [(m.start(), m.end()), (close, close + 1)]
    if not markup:
        return doc.tokens
    return [t for t in doc.tokens if not any(start <= t.start < stop for start, stop in markup)]


def _units(doc: Doc, paras: list[tuple[int, int]]) -> list[Unit]:
    units = []
    for index, (pstart, pstop) in enumerate(paras):
        for sent in doc.sentences:
            start, stop = max(sent.start, pstart), min(sent.stop, pstop)
            if start < stop and doc.text[start:stop].strip():
                units.append(Unit(start, stop, index))
    return units


def _referents(doc: Doc) -> list[Referent]:
    entities = {e.id: e for e in doc.entities}
    genders = _entity_genders(doc)
    found: list[Referent] = []
    for m in doc.mentions:
        entity = entities.get(m.entity)
        if entity is None:
            continue
        name = entity.name.get("ru") or entity.name.get("en") or m.text
        found.append(Referent(m.start, m.stop, entity.type, entity.id, name, genders.get(entity.id)))
    covered = [(r.start, r.stop) for r in found]
    for span in doc.ner:
        if any(start < span.stop and span.start < stop for start, stop in covered):
            continue
        gender = span_gender(doc, span.start, span.stop) if span.type == "PER" else None
        found.append(
            Referent(
                span.start,
                span.stop,
                NER_TYPES.get(span.type, "organization"),
                None,
                span.normal or span.text,
                gender,
            )
        )
    found.sort(key=lambda r: (r.start, -r.stop))
    return found


def _entity_genders(doc: Doc) -> dict[str, str]:
    """Each entity's gender from all its mentions; the words agreeing with them, where they all say
    one gender, win over the tagger's guesses at the names (`Соной Ованнисян` is tagged masculine,
    `Ованнисян сообщила` is a woman)."""
    votes: dict[str, Counter] = {}
    agreeing: dict[str, set[str]] = {}
    for m in doc.mentions:
        said = _agreeing_words(doc, m.start, m.stop)
        votes.setdefault(m.entity, Counter()).update(_gender_votes(doc, m.start, m.stop, said))
        agreeing.setdefault(m.entity, set()).update(said)
    genders = {eid: gender for eid, counter in votes.items() if (gender := _decide(counter))}
    for eid, said in agreeing.items():
        if len(said) == 1:
            genders[eid] = next(iter(said))
    return genders


def span_gender(doc: Doc, start: int, stop: int) -> str | None:
    return _decide(_gender_votes(doc, start, stop))


def _decide(votes: Counter) -> str | None:
    """A gender only when the evidence is clear: foreign names fool the tagger."""
    ranked = votes.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _gender_votes(doc: Doc, start: int, stop: int, agreeing: list[str] | None = None) -> Counter:
    """The tagger's gender of the name's words (two at most), twice the dictionary gender of a
    first name, and three times the gender of a word agreeing with it."""
    first = bisect_left(doc.tokens, start, key=lambda t: t.start)
    counter: Counter = Counter()
    # the words agreeing with the name say its gender more surely than the tagger's guess at a
    # foreign name: `65-летнюю Аун Сан Су Чжи`, `Аун Сан Су Чжи заявила`
    for gender in _agreeing_words(doc, start, stop) if agreeing is None else agreeing:
        counter[gender] += AGREEMENT_VOTES
    tagged: Counter = Counter()
    for t in doc.tokens[first:]:
        if t.start >= stop:
            break
        if t.pos != "PROPN":
            continue
        if t.feats.get("Gender") in ("Masc", "Fem"):
            tagged[t.feats["Gender"]] += 1
        name_gender = _first_name_gender(t.text, CASES.get(t.feats.get("Case", "")))
        if name_gender:
            counter[name_gender] += 2
        elif t.text.lower().endswith(WOMANS_GENITIVE_ENDINGS):  # `Муртазиной`: no man's form ends so
            counter["Fem"] += 2 * TAGGER_VOTES  # `Зухрой Муртазиной`: outweighs the tagger's guesses
    for gender, votes in tagged.items():  # a long foreign name does not outvote the words agreeing with it
        counter[gender] += min(votes, TAGGER_VOTES)
    return counter


def agreeing_gender(doc: Doc, start: int, stop: int) -> str | None:
    """The gender the words agreeing with the name at `start:stop` give it, where they agree with
    one another; None where no such word says it: `Рено` alone has no gender."""
    genders = set(_agreeing_words(doc, start, stop))
    return genders.pop() if len(genders) == 1 else None


def _agreeing_words(doc: Doc, start: int, stop: int) -> list[str]:
    """The genders of an adjective right before a name (`77-летняя Бардо`) and of a past-tense
    verb right after it, past a relative clause (`Рено, чей рост был велик, сказала`)."""
    found = []
    first = bisect_left(doc.tokens, start, key=lambda t: t.start)
    before = doc.tokens[first - 1] if first > 0 else None
    if before is not None and before.pos == "ADJ" and (gender := _adjective_gender(before)):
        found.append(gender)
    after = _predicate_after(
        doc.tokens, _past_phrases(doc.tokens, bisect_left(doc.tokens, stop, key=lambda t: t.start))
    )
    if _governed(doc, first, stop):
        after = None  # `у его девушки Кэрри Саймондс родился сын`: the verb is another subject's
    if after is not None and _past_singular(after, finite=False):
        found.append(after.feats["Gender"])
    if (
        before is not None
        and _past_singular(before)
        and (after is None or after.pos == "PUNCT")
        and tagged_nominative(t for t in doc.tokens[first:] if t.start < stop)
    ):
        found.append(before.feats["Gender"])  # `— добавила Семёнова.`: the subject after its verb
    return found


def _past_phrases(tokens: list[Token], i: int) -> int:
    """Past a prepositional phrase between a name and its verb (`Крис Дженнер в интервью журналу
    People заявила`): where the verb may be, or `i` when no such phrase is there."""
    if i >= len(tokens) or tokens[i].pos != "ADP" or not tokens[i].text.islower():
        return i  # a capital opens another sentence (a title line: `Владимир Путин ¶ В результате …`)
    k = i + 1
    while k < min(len(tokens), i + PHRASE_TOKENS) and (
        tokens[k].pos in ("ADP", "ADJ", "PROPN", "NUM")
        or tokens[k].text in '«»"'
        or (tokens[k].pos == "NOUN" and tokens[k].feats.get("Case") not in ("Nom", None))
    ):
        k += 1
    return (
        k if k < len(tokens) and tokens[k].pos == "VERB" and tokens[k].feats.get("VerbForm") == "Fin" else i
    )


def _past_singular(tok: Token, *, finite: bool = True) -> bool:
    """A verb in the past singular that says a gender (`сказала`); a participle too unless `finite`."""
    return (
        tok.pos == "VERB"
        and tok.feats.get("Tense") == "Past"
        and (not finite or tok.feats.get("VerbForm") == "Fin")
        and tok.feats.get("Number") == "Sing"
        and tok.feats.get("Gender") in ("Masc", "Fem")
    )


def _governed(doc: Doc, first: int, stop: int) -> bool:
    """The name whose tokens start at index `first` follows a preposition or a noun that governs
    it, and none of its words is tagged nominative: it is no verb's subject."""
    if first == 0 or doc.tokens[first - 1].pos not in ("ADP", "NOUN"):
        return False
    return not tagged_nominative(t for t in doc.tokens[first:] if t.start < stop)


def tagged_nominative(words: Iterable[Token]) -> bool:
    """Some word of a name is tagged nominative (the tagger guesses the case of foreign names)."""
    return any(t.feats.get("Case") == "Nom" for t in words)


def _predicate_after(tokens: list[Token], i: int) -> Token | None:
    """The token after a name, stepping over a relative clause set off by commas."""
    if i + 1 < len(tokens) and tokens[i].text == "," and tokens[i + 1].lemma in RELATIVE_WORDS:
        k = i + 2
        while k < min(len(tokens), i + RELATIVE_CLAUSE_TOKENS) and tokens[k].text not in (",", ".", ";"):
            k += 1
        i = k + 1 if k < len(tokens) and tokens[k].text == "," else len(tokens)
    return tokens[i] if i < len(tokens) else None


def _adjective_gender(tok: Token) -> str | None:
    """An adjective's gender by its ending where the ending is sure (`65-летнюю` is feminine
    whatever the tagger says), else the tagger's for a singular."""
    word = tok.text.lower()
    if word.endswith(("ая", "яя", "ую", "юю")):
        return "Fem"
    if word.endswith(("ый", "ий")):
        return "Masc"
    if tok.feats.get("Number") == "Sing" and tok.feats.get("Gender") in ("Masc", "Fem"):
        return tok.feats["Gender"]
    return None


@cache
def _first_name_gender(word: str, case: str | None = None) -> str | None:
    """The dictionary gender of a first name, from its readings in `case` when the tagger gives one
    (`шерифа Эда Гонзалеса` is Ed's genitive, not the woman's name Эда)."""
    genders = {
        p.tag.gender
        for p in analyzer().parse(word)
        if "Name" in p.tag and (case is None or p.tag.case == case)
    }
    if len(genders) != 1:
        return None
    return {"masc": "Masc", "femn": "Fem"}.get(genders.pop())
