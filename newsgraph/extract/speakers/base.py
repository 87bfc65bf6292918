"""The records a speaker is kept in (`Speaker`, `Role`) and what every part of the finder shares.

`FinderBase` holds the finder's state (the quote context, the speakers of the quotes found so
far, the role phrases read) and the small steps every concern takes: a referent as a speaker,
the speakers and referents before an offset, a name's case, the tokens around one. The
concerns are mixins over it (see `finder.py`); the methods one of them calls in another are
declared here for type checkers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.names import ends_in_consonant
from newsgraph.extract.quote_context import QuoteContext, Referent
from newsgraph.extract.speakers.grammar import _latin
from newsgraph.model import Token
from newsgraph.morph import analyzer

ANTECEDENT_PARAGRAPHS = 3  # how far back a pronoun or role noun may look
MISSPELT_MIN = 5  # letters a surname needs before a one-letter slip in it is read as a slip
MISSPELT_LONG = 8  # letters from which two slips are allowed
INFLECTED_STEM_MIN = 4  # letters of a canonical surname whose other forms are read as its cases
QUOTE_MARKS = frozenset("«»„“”\"'")  # `''Reuters''`: wiki markup for a title, one apostrophe a token


@dataclass(slots=True)
class Role:
    text: str
    start: int
    stop: int
    org: str | None = None


@dataclass(slots=True)
class Speaker:
    start: int
    stop: int
    how: str  # name, pronoun, role, org, institution, unnamed
    entity: str | None = None
    name: str | None = None  # canonical name of the entity or raw NER span
    text: str | None = None  # description of an unnamed source, or an unlinked name
    type: str = "person"
    gender: str | None = None
    number: str = "Sing"
    role: Role | None = None
    # who spoke for the entity, as written (`Представитель Эрдогана`, `пресс-служба Кадырова`): kept
    # with the quote so that an unnamed spokesman pointed to the one it speaks for is not lost
    description: str | None = None

    @property
    def key(self) -> str | None:
        return self.entity or self.name or self.text


@dataclass(slots=True)
class FinderBase:
    """The finder's state and the steps every concern takes (see the module docstring)."""

    ctx: QuoteContext
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    _roles: dict[int, Role | None] = field(default_factory=dict)
    _ceiling: int | None = None  # while looking right of a cue: where its clause ends

    if TYPE_CHECKING:
        # Defined by the concern mixins that `SpeakerFinder` combines, called from other concerns.
        # subjects.py
        def subject_before(self, verb: int, floor: int) -> Speaker | None: ...
        def _citing_word(self, i: int, floor: int) -> int | None: ...
        def subject_after(self, verb: int, ceiling: int) -> Speaker | None: ...
        def _person_after(self, ref: Referent) -> Referent | None: ...
        def first_named_subject(
            self, floor: int, verb: int, *, outside_marks: bool = False
        ) -> Speaker | None: ...
        # candidates.py
        def _candidate(self, i: int, verb: int | None, *, backwards: bool) -> Speaker | None: ...
        def _members_of_body(self, i: int) -> Speaker | None: ...
        def _profession_said_before(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None: ...
        def _from_referent(self, ref: Referent, agree: tuple[str | None, str | None]) -> Speaker | None: ...
        def _named_before_apposition(
            self, i: int, agree: tuple[str | None, str | None]
        ) -> Speaker | None: ...
        # organisations.py
        def _addressed_outlet(self, ref: Referent, verb: int, floor: int) -> bool: ...
        def _org_voice(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None: ...
        def _press_service(self, i: int) -> bool: ...
        def _named_by_head(self, i: int, stop: int | None = None) -> Speaker | None: ...
        def _org_anaphor(self, i: int) -> Speaker | None: ...
        def _body_by_adjective(self, j: int) -> Speaker | None: ...
        def _body_of_members(self, tok: Token) -> Speaker | None: ...
        def _members_introduced(self, i: int) -> Speaker | None: ...
        def _party_of(self, ref: Referent, first: int) -> Speaker | None: ...
        def led_by(self, person: Referent) -> Speaker | None: ...
        # nations.py
        def _national_body(self, i: int, *, bare: bool = True) -> Speaker | None: ...
        def _role_holder(self, tok: Token, place: Referent) -> Speaker | None: ...
        def _national_role(self, i: int, gender: str | None) -> Speaker | None: ...
        def _national_official(self, i: int) -> Speaker | None: ...
        def _head_of_state(self, i: int, gender: str | None) -> Speaker | None: ...
        def _people_of(self, i: int) -> Speaker | None: ...
        # roles.py
        def _role_subject(
            self, i: int, agree: tuple[str | None, str | None], *, backwards: bool, any_case: bool = False
        ) -> Speaker | None: ...
        def _qualified(self, i: int) -> bool: ...
        def _name_after_nouns(self, j: int, end: int, case: str | None = None) -> int | None: ...
        def _apposed_name(self, i: int, k: int) -> Referent | None: ...
        def _holder_by_gender(self, i: int) -> bool: ...
        def most_named(self, tok: Token, gender: str | None) -> Referent | None: ...
        def role_of(self, ref: Referent) -> Role | None: ...
        # role_antecedents.py
        def _counterpart(self, tok: Token, gender: str | None) -> Speaker | None: ...
        def _same_description(self, i: int, unnamed: Speaker | None) -> Speaker | None: ...
        def _described_as(self, tok: Token, gender: str | None) -> Speaker | None: ...
        def _kin_quoted_before(self, tok: Token, gender: str | None) -> Speaker | None: ...
        def _spouse_named(
            self, i: int, gender: str | None, partner: Referent | None = None
        ) -> Speaker | None: ...
        def _leader_named(self, tok: Token, org: Referent | Speaker) -> Speaker | None: ...
        def _leader_named_after(self, tok: Token, org: Referent | Speaker) -> Speaker | None: ...
        def _office_named_after(self, tok: Token, country: Referent) -> Speaker | None: ...
        def resolve_role(self, tok: Token, gender: str | None, *, strict: bool = False) -> Speaker | None: ...
        def _one_introduced(
            self, tok: Token, fits: Callable[[Referent, int], bool], refs: list[Referent] | None = None
        ) -> Speaker | None: ...
        def _office_holder_before(self, i: int, stop: int) -> Speaker | None: ...
        def _of_other_nation(self, role: Role | None, nation: tuple[str, ...]) -> bool: ...
        # unnamed.py
        def _unnamed(self, i: int) -> Speaker | None: ...
        def _description_span(self, i: int) -> tuple[int, int]: ...
        # pronouns.py
        def resolve_pronoun(self, gender: str | None, number: str | None, tok: Token) -> Speaker | None: ...
        def _last_cue_unit(self, offset: int) -> tuple[int, int, str | None, str | None] | None: ...
        def _in_question(self, ref: Referent, tok: Token) -> bool: ...
        def _pair_before(self, tok: Token) -> Speaker | None: ...

    def _introduced_as(self, ref: Referent, lemma: str) -> bool:
        """The word right before the name, past quotation marks, has this lemma (`хакера Гэри
        Мак-Киннона`, `группы «U2»`)."""
        first = self.ctx.token_at(ref.start)
        before = self._token_before(first) if first is not None else None
        return before is not None and before.lemma == lemma

    def _channel_stop(self, k: int) -> int | None:
        """Where a social network named at token `k` ends, the preposition before it included (`в
        Telegram`, `в соцсети X`), or a medium named there with no preposition (`сказал глава
        района ТАСС`): where someone's words appeared or whom they were said to, not whom the
        speaker speaks for (`поясняли в Fitch` is the agency speaking); None when none is named."""
        ctx = self.ctx
        placed = ctx.tokens[k].text.lower() in ("в", "во", "на")
        start = k + 1 if placed else k
        k = start
        while placed and k < len(ctx.tokens) and ctx.tokens[k].lemma in cues.NETWORK_NOUNS:
            k += 1  # `в соцсети X`
        if k >= len(ctx.tokens):
            return None
        ref = ctx.referent_at(k)
        name = ref.name.lower() if ref is not None else ctx.tokens[k].text.lower()
        # a one-letter network only after its noun (`в соцсети X`, not `в X веке`)
        platform = name in cues.PLATFORMS and (len(name) > 1 or k > start)
        if ref is None:
            return k + 1 if platform else None
        if platform or (not placed and ctx.is_media(ref.entity)):
            return self._last_token(ref) + 1
        return None

    def _token_before(self, i: int) -> Token | None:
        """The token before `i` in its paragraph, looking past quotation marks (`в «Газпроме»`); a
        headline with no full stop does not run into the paragraph after it."""
        para = self.ctx.para_index(self.ctx.tokens[i].start)
        i -= 1
        while i >= 0 and self.ctx.tokens[i].text in QUOTE_MARKS:
            i -= 1
        return (
            self.ctx.tokens[i] if i >= 0 and self.ctx.para_index(self.ctx.tokens[i].start) == para else None
        )

    def _preposition_before(self, i: int) -> Token | None:
        """The preposition governing token `i` in its paragraph, looking past adjectives and
        quotation marks."""
        para = self.ctx.para_index(self.ctx.tokens[i].start)
        # the tagger's case of a word in Latin letters says nothing (`в своём Telegram-канале`)
        case = None if _latin(self.ctx.tokens[i].text) else self.ctx.tokens[i].feats.get("Case")
        i -= 1
        while i >= 0 and (
            self.ctx.tokens[i].text in QUOTE_MARKS
            or self.ctx.tokens[i].pos in ("ADJ", "DET")
            or self.ctx.tokens[i].feats.get("VerbForm") == "Part"  # `в управляющей компании`
        ):
            if case is not None and self.ctx.tokens[i].feats.get("Case") not in (case, None):
                return None  # `из задержанных Олег Ким`: no modifier of the word, which it would agree with
            i -= 1  # `в своем Twitter`
        if i < 0 or self.ctx.para_index(self.ctx.tokens[i].start) != para:
            return None
        return self.ctx.tokens[i] if self.ctx.tokens[i].pos == "ADP" else None

    def _token_after(self, i: int) -> int | None:
        i += 1
        while i < len(self.ctx.tokens) and self.ctx.tokens[i].text in QUOTE_MARKS:
            i += 1
        return i if i < len(self.ctx.tokens) else None

    def from_referent(self, ref: Referent, *, how: str, number: str = "Sing") -> Speaker:
        speaker = Speaker(
            ref.start,
            ref.stop,
            how,
            entity=ref.entity,
            name=ref.name,
            text=None if ref.entity else ref.name,
            type=ref.type,
            gender=ref.gender,
            number=number,
        )
        if ref.type == "person":
            speaker.role = self.role_of(ref)
            return self.misspelt_person(speaker)  # `сказал Буфье` the NER found and no entity took
        return speaker

    def misspelt_person(self, speaker: Speaker) -> Speaker:
        """`Сабурова отмечает` in an article about `Екатерина Сабирова`: a one-word name no entity
        has (or an entity of its own named by that word alone, `Буффье` beside `Фолькер Буфье`), a
        letter or so away from the surname of exactly one person of the document (same first letter,
        same ending, so the same case and gender), is that person misspelt. People whose surnames
        differ so (`Иванов` and `Иванова`, `Сабирова` and `Сабитова`) are told apart by the ending or
        left unlinked as ambiguous; a different first letter (`Забирова`) is another name."""
        word = speaker.text or speaker.name or ""
        if speaker.type != "person" or not _surname_like(word):
            return speaker
        found: dict[str, Referent] = {}
        for ref in self.ctx.referents:
            if ref.type != "person" or ref.entity is None or ref.entity == speaker.entity:
                continue
            surname = self.ctx.text[ref.start : ref.stop].split()[-1]
            if surname == word:
                return speaker  # the same word names someone: not a slip
            if _slip(word, surname):
                found.setdefault(ref.entity, ref)
        if len(found) != 1:
            return speaker
        ref = next(iter(found.values()))  # the same ending is the same gender: no tagger's guess asked
        return replace(
            speaker,
            entity=ref.entity,
            name=ref.name,
            text=None,
            type=ref.type,
            gender=ref.gender,
            description=None,
        )

    def previous(self, offset: int, paragraphs: int = ANTECEDENT_PARAGRAPHS) -> list[Speaker]:
        """Speakers of quotes found before `offset` in the last few paragraphs, nearest first."""
        para = self.ctx.para_index(offset)
        floor = self.ctx.paras[max(0, para - paragraphs)][0] if self.ctx.paras else 0
        return [sp for pos, sp in sorted(self.history, key=lambda h: -h[0]) if floor <= pos < offset]

    def remember(self, offset: int, speaker: Speaker | None) -> None:
        if speaker is not None and speaker.key:
            self.history.append((offset, speaker))

    def _antecedents(self, offset: int) -> list[Referent]:
        para = self.ctx.para_index(offset)
        floor = self.ctx.paras[max(0, para - ANTECEDENT_PARAGRAPHS)][0] if self.ctx.paras else 0
        return [r for r in self.ctx.referents_before(offset, floor) if not self.ctx.in_quote(r.start)]

    def _kind(self, ref: Referent) -> str | None:
        entity = self.ctx.doc.entity(ref.entity) if ref.entity else None
        return entity.kind if entity is not None else None

    def oblique_by_form(self, ref: Referent) -> bool:
        """A word of the name the dictionary knows has no nominative reading at all (`Валиевой`,
        `Ивана Смирнова`): the name stands in another case, whatever the tagger says (a foreign
        name it does not know, `Дорит`, tells nothing)."""
        morph = analyzer()
        words = (self.ctx.tokens[k].text.lower() for k in self.ctx.token_range(ref.start, ref.stop))
        return any(
            morph.word_is_known(word) and not any("nomn" in p.tag for p in morph.parse(word))
            for word in words
            if word[:1].isalpha()
        )

    def inflected_surname(self, ref: Referent) -> bool:
        """The person's surname stands here in a form other than the canonical name's (a
        nominative), one ending it inflects (`Фургала` of `Сергей Фургал`): another case."""
        said, canonical = self.ctx.text[ref.start : ref.stop].split(), (ref.name or "").split()
        if ref.type != "person" or not said or not canonical:
            return False
        word, name = said[-1].lower().replace("ё", "е"), canonical[-1].lower().replace("ё", "е")
        return word != name and len(name) >= INFLECTED_STEM_MIN and word.startswith(name[:-1])

    def is_nominative(self, ref: Referent) -> bool:
        """A name's head case; any word of a person's name will do (the tagger errs on foreign names)."""
        rng = self.ctx.token_range(ref.start, ref.stop)
        if not len(rng):
            return False
        words = rng if ref.type == "person" else rng[:1]
        if any(
            self.ctx.tokens[k].feats.get("Case", "Nom") == "Nom" or _latin(self.ctx.tokens[k].text)
            for k in words
        ):
            return True
        if ref.type in ("person", "organization") and all(
            _indeclinable(self.ctx.tokens[k].text) for k in words
        ):
            # `Кэрри оставалась дома`, `Минобороны России заявило`: a name that does not decline
            # is in whatever case its verb after it wants; the tagger's case for it is a guess
            # (`кандидатура Керри будет утверждена`: a noun before it governs it)
            after = self.ctx.tokens[rng[-1] + 1] if rng[-1] + 1 < len(self.ctx.tokens) else None
            if ref.type != "person":
                # past `России`, `также`, `в пятницу`, `в своём Telegram-канале`, `, которое …,`
                after = self._verb_after_adjuncts(rng[-1] + 1)
            opening = rng[0]
            while (
                ref.type != "person" and opening > 0 and _nominative_adjective(self.ctx.tokens[opening - 1])
            ):
                opening -= 1  # `Российское Минобороны в свою очередь заявило`
            before = self.ctx.tokens[opening - 1] if opening > 0 else None
            # `из Венесуэлы и Никарагуа сообщил`: a body after `и` may be governed with the one before
            joins = ("PUNCT", "CCONJ") if ref.type == "person" else ("PUNCT",)
            opens = (
                before is None
                or before.pos in joins
                or self.ctx.unit_at(before.start) != self.ctx.unit_at(self.ctx.tokens[opening].start)
            )
            if (
                opens
                and after is not None
                and after.feats.get("VerbForm") == "Fin"
                and after.feats.get("Number") != "Plur"
            ):
                return True
        # `США в связи с … заявили`: an acronym does not decline; opening its sentence it is the subject
        first = self.ctx.tokens[rng[0]]
        unit = self.ctx.unit_at(first.start)
        return (
            len(rng) == 1
            and first.text.isupper()
            and len(first.text) > 1
            and unit is not None
            and not self.ctx.text[unit.start : first.start].strip(' «"')
        )

    def _verb_after_adjuncts(self, k: int) -> Token | None:
        """The token at `k`, or past what may stand between a body's name and its verb: genitive
        names (`Минобороны России`), adverbs and particles (`также`), prepositional phrases (`в
        пятницу`, `в свою очередь`) and a clause set off by commas opened by `который` or a
        participle (`Минобороны, которое возглавляет …, сообщило`)."""
        tokens, n = self.ctx.tokens, len(self.ctx.tokens)
        limit = min(n, k + ADJUNCT_WINDOW)
        while k < limit:
            t = tokens[k]
            if (past := self._past_aside(k)) != k:
                k = past  # `Минобороны, однако, заявило`
            elif t.pos == "PROPN" and t.feats.get("Case") == "Gen":
                k += 1
            elif t.pos in ("ADV", "PART") and t.text.isalpha():
                k += 1
            elif t.pos == "ADP":
                k += 1  # the preposition, then its phrase: anything but a nominative
                while k < limit and (
                    tokens[k].text in QUOTE_MARKS
                    or (
                        tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "X")
                        and tokens[k].feats.get("Case") != "Nom"
                    )
                ):
                    k += 1
            elif (
                t.text == ","
                and k + 1 < n
                and (tokens[k + 1].lemma == "который" or tokens[k + 1].feats.get("VerbForm") == "Part")
            ):
                close = next((j for j in range(k + 2, limit) if tokens[j].text == ","), None)
                if close is None:
                    return None
                k = close + 1
            else:
                break
        return tokens[k] if k < n else None

    def _past_aside(self, k: int) -> int:
        """The token after an aside opening at `k`, set off by commas (`, однако,`, `, в свою
        очередь,`) or not (`в свою очередь`), else `k`."""
        tokens = self.ctx.tokens
        comma = k < len(tokens) and tokens[k].text == ","
        start = k + 1 if comma else k
        n = cues.aside_at([t.text.lower() for t in tokens[start : start + cues.ASIDE_WORDS]])
        if not n:
            return k
        if not comma:
            return start + n
        return start + n + 1 if start + n < len(tokens) and tokens[start + n].text == "," else k

    def _before_asides(self, verb: int, floor: int) -> int:
        """The last token before the cue `verb` past adverbs and asides between them (`Захарова,
        однако, заявила`, `Песков в свою очередь заявил`, `Захарова также заявила`)."""
        tokens, k = self.ctx.tokens, verb - 1
        while k > floor:
            t = tokens[k]
            if t.pos in ("ADV", "PART") and t.text.isalpha() and t.text.lower() != "не":
                k -= 1
                continue
            for opening in range(k, max(floor, k - cues.ASIDE_WORDS - 1) - 1, -1):
                if self._past_aside(opening) == k + 1:
                    k = opening - 1
                    break
            else:
                return k
        return k

    def caseless(self, ref: Referent) -> bool:
        """The last word of a person's name hides its case: it does not decline (`Кэрри`), or it
        is a woman's surname ending in a consonant (`Аленка Братушек`, `Анна Ковач`)."""
        rng = self.ctx.token_range(ref.start, ref.stop)
        return bool(len(rng)) and all(
            _indeclinable(self.ctx.tokens[k].text)
            or (ref.gender == "Fem" and ends_in_consonant(self.ctx.tokens[k].text))
            for k in rng[-1:]
        )

    def feminine_nominative(self, ref: Referent, verb: Token) -> bool:
        """A person's name before a feminine verb whose last word reads as a woman's nominative
        (`Захарова, однако, заявила`): the tagger may have read a man's genitive in it."""
        rng = self.ctx.token_range(ref.start, ref.stop)
        return (
            bool(len(rng))
            and verb.feats.get("Gender") == "Fem"
            and verb.feats.get("Number") != "Plur"
            and _womans_nominative(self.ctx.tokens[rng[-1]].text)
        )

    def _last_token(self, ref: Referent) -> int:
        rng = self.ctx.token_range(ref.start, ref.stop)
        return rng.stop - 1 if len(rng) else 0


ADJUNCT_WINDOW = 16  # tokens from a body's name to its verb past what stands between them


def _nominative_adjective(tok: Token) -> bool:
    return tok.pos == "ADJ" and tok.feats.get("Case") == "Nom"


@cache
def _womans_nominative(word: str) -> bool:
    return any({"femn", "nomn"} <= p.tag.grammemes for p in analyzer().parse(word) if "NOUN" in p.tag)


@cache
def _indeclinable(word: str) -> bool:
    """Every reading of the word is indeclinable (`Кэрри`, `Шоу`): its case cannot be seen."""
    parses = analyzer().parse(word.lower())
    return bool(parses) and all("Fixd" in p.tag for p in parses)


def _surname_like(word: str) -> bool:
    """One capitalised Cyrillic word long enough for a slip in it to be told from another name."""
    return (
        len(word) >= MISSPELT_MIN
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and not _latin(word)
    )


def _slip(word: str, surname: str) -> bool:
    """`Сабурова` for `Сабирова`, `Буффье` for `Буфье`: the same first letter and ending, and one
    letter changed, added or dropped between them (two in a long name)."""
    if not _surname_like(surname) or word[0] != surname[0] or word[-2:] != surname[-2:]:
        return False
    allowed = 2 if min(len(word), len(surname)) >= MISSPELT_LONG else 1
    return abs(len(word) - len(surname)) <= allowed and _edit_distance(word, surname) <= allowed


def _edit_distance(a: str, b: str) -> int:
    """Letters changed, added or dropped to turn `a` into `b` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _at(speaker: Speaker, tok: Token, how: str) -> Speaker:
    """The same speaker seen through a pronoun or role noun at this site."""
    return Speaker(
        tok.start,
        tok.stop,
        how,
        entity=speaker.entity,
        name=speaker.name,
        text=speaker.text,
        type=speaker.type,
        gender=speaker.gender,
        number=speaker.number,
        role=None,
    )
