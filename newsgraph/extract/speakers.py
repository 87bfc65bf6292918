"""Who is speaking: the subject of a cue, resolved to a doc entity.

A speaker is read from the tokens around a cue verb: a name (mention or raw
NER span), a personal pronoun (`он`, `она`, `они`), a role noun that refers
back (`эксперт`, `политолог`), an organisation (`в Минобороны заявили`,
`пресс-служба компании`), or an unnamed source kept with its description
(`источник в правительстве`). The cue verb's gender and number must agree
with the candidate (`сказала` never resolves to a man).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.names import surname_forms
from newsgraph.extract.quote_context import QuoteContext, Referent
from newsgraph.model import Token
from newsgraph.morph import analyzer

MAX_SUBJECT_DISTANCE = 25  # tokens between a cue and its subject
CITED_PHRASE = 8  # tokens of the noun phrase after `со ссылкой на`
ANTECEDENT_PARAGRAPHS = 3  # how far back a pronoun or role noun may look
UNNAMED_ANTECEDENT_UNITS = 2  # sentences before a pronoun's own where an unnamed antecedent may stand
PREPOSITIONS_OF_PLACE = frozenset({"в", "во", "на"})
PREPOSITIONS_FROM = frozenset({"из"})  # `сообщили из прокуратуры`
ROLE_PREPOSITIONS = frozenset({"при", "по", "от"})  # `представитель СК при прокуратуре`
QUOTE_MARKS = frozenset("«»„“”\"'")  # `''Reuters''`: wiki markup for a title, one apostrophe a token
NATIONAL_OFFICIALS = frozenset({"министр", "представитель", "дипломат", "чиновник", "посол"})
# Bare nouns for an official that refer back to a body's unnamed representative (`Чиновник подчеркнул`).
OFFICIAL_NOUNS = frozenset({"чиновник", "представитель", "сотрудник"})
POINTING_BACK = frozenset({"сам"})  # `сам`, `сама`: the person named before, not someone new
SAME_DESCRIPTION = 3  # words of a role description that, said again, name the person it introduced
ROLE_PHRASE_WINDOW = 14  # tokens from a role noun to the name, a quoted organisation between
SUBJECT_OPENING = 4  # tokens from a sentence start to its subject organisation
LEADER_WINDOW = 12  # tokens from `лидер партии …` to the leader's name
LEADING_VERBS = frozenset({"возглавить", "возглавлять", "руководить"})  # `X возглавил Y`
CIRCUMSTANCE_NOUNS = frozenset({"время", "ход", "рамка", "период", "заседание", "встреча", "визит"})
CIRCUMSTANCE_PREPOSITIONS = frozenset({"после", "перед", "накануне", "во", "вслед"})
AGENT_WINDOW = 6  # tokens from a passive cue to its agent
COLLECTIVES = frozenset({"organization", "group"})  # speakers `они` may stand for, named in the singular
# Documents an earlier sentence may give an author by making them, and the verbs that do.
COUNTED_SPEAKERS = frozenset(
    "страна государство сторона делегация команда издание".split()
)  # `несколько стран заявили`
MADE_DOCUMENTS = frozenset(
    """
    заявление обращение коммюнике декларация послание указ распоряжение постановление приказ директива
    комментарий доклад отчет отчёт пресс-релиз релиз письмо поздравление приветствие телеграмма
    """.split()
)
# A document named by the noun of the act that made it (`Путин поздравил артиста … В поздравлении
# говорится`): the subject of that verb wrote it.
DOCUMENT_ACTS = {
    "поздравление": frozenset({"поздравить"}),
    "приветствие": frozenset({"приветствовать", "поприветствовать"}),
    "обращение": frozenset({"обратиться"}),
    "телеграмма": frozenset({"телеграфировать"}),
}
# `Путин подписал распоряжение … В документе указано`: a bare `документ` is any of them, and so is
# a pronoun for one (`МИД опубликовал комментарий. В нём сказано`).
ANY_DOCUMENT = "документ"
DOCUMENT_PRONOUNS = frozenset("нём нем ней".split())
# Verbs that make a document besides those that make a statement (`выпустил доклад`).
DOCUMENT_MAKING_VERBS = cues.MAKING_VERBS | frozenset("выпустить подготовить направить написать".split())
# Words of the names of courts and parliaments: bodies of state no `правительство`,
# `министерство`, `ведомство` refers back to.
# `министерство … Судана` is no court: whole words of the canonical (nominative) name.
NOT_EXECUTIVE_HEADS = frozenset("суд трибунал парламент дума госдума сенат конгресс собрание рада".split())
# Titles of office that exclude one another: `президент` is no one named as `министр`.
OFFICES = frozenset(
    """
    президент вице-президент премьер премьер-министр вице-премьер министр губернатор мэр посол
    канцлер король госсекретарь генсек сенатор
    """.split()
)
COUNTERPART_NOUNS = frozenset({"визави"})  # the one the last speaker spoke with
APPOSITION_DASHES = frozenset({"—", "–", "-"})
ROLE_WINDOW = 8  # tokens of a role phrase before a name
ROLE_PLACE_PREPOSITIONS = frozenset(
    {"в", "во", "при"}
)  # `депутат фракции в Госдуме`, `комиссия при президенте`
HEADS_OF_ANY_OFFICE = ("глав", "лидер")  # stems: `глава РФ Дмитрий Медведев … Президент отметил`
QUOTED_PERSON_WINDOW = 30  # tokens from `цитирует` to the name of the person quoted
# Who speaks for a person (`представитель Эрдогана`, `пресс-служба Кадырова`, `штаб кандидата`):
# the person speaks through them. An adviser, a lawyer or kin speak for themselves.
PERSON_VOICES = cues.SPOKESPEOPLE | frozenset("пресс-служба пресс-центр пресс-бюро штаб пресс-атташе".split())
# A judge with no name speaks for the court the article names (`судья заявила`).
JUDGES = frozenset({"судья"})
COURT_HEADS = frozenset({"суд", "трибунал"})
# Nouns of a husband or a wife (`Супруга заявила`): the spouse the article names.
SPOUSE_NOUNS = frozenset("жена супруга муж супруг".split())
# Nouns of those who speak for an entity, kept as the description of a quote given to it.
VOICE_NOUNS = PERSON_VOICES | cues.ORG_VOICES | cues.SOURCES_TO_OUTLETS


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
class SpeakerFinder:
    ctx: QuoteContext
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    _roles: dict[int, Role | None] = field(default_factory=dict)
    _ceiling: int | None = None  # while looking right of a cue: where its clause ends

    # --- the subject of a cue -------------------------------------------------
    def subject_before(self, verb: int, floor: int) -> Speaker | None:
        """The nearest agreeing subject left of the cue token, not before token `floor`.

        A name right before the cue that disagrees only in gender is taken when
        nothing else is found: the tagger guesses the gender of foreign names.
        """
        i, unsure, aside = verb - 1, None, range(0)
        for k in range(verb - 3, max(floor, verb - MAX_SUBJECT_DISTANCE) - 1, -1):
            words = [t.text.lower() for t in self.ctx.tokens[k : k + 3]]
            if words == [",", "а", "также"]:
                i = k - 1  # `УДАР и Свобода, а также ряд депутатов заявили`: the first conjuncts speak
                break
            if _clause_boundary(self.ctx.tokens[k]) or self.ctx.tokens[k].text in (":", ";", "."):
                break
        while i >= max(floor, verb - MAX_SUBJECT_DISTANCE):
            tok = self.ctx.tokens[i]
            if tok.text == ",":
                i = self._skip_inserted_clause(i, floor)
                tok = self.ctx.tokens[i]
            if tok.text == ")":  # `(Zimbabwe Election Support Network, ZESN) назвал`: an aside
                k = i - 1
                while k > floor and self.ctx.tokens[k].text != "(":
                    k -= 1
                if k > floor:
                    if i == verb - 1:
                        aside = range(k + 1, i)  # `Международная амнистия (Amnesty International) обвиняет`
                    i = k - 1
                    continue
            if _clause_boundary(tok) or tok.text in (":", ";"):
                if tok.lemma == "который" and tok.feats.get("Case", "Nom") == "Nom" and i - 2 >= floor:
                    # `Хиллари Клинтон, которая объявила …`: the relative pronoun stands for the name
                    ref = self.ctx.referent_at(i - 2) if self.ctx.tokens[i - 1].text == "," else None
                    gender = _agreement(self.ctx.tokens[verb])[0]
                    if ref is not None and ref.type != "person":
                        return self.from_referent(ref, how="name")
                    if ref is not None and (not gender or not ref.gender or gender == ref.gender):
                        return self.from_referent(ref, how="name")  # its case is the main clause's
                comma = self._oblique_relative(i, verb, floor)
                if comma is not None:
                    i = comma - 1  # `Она закашлялась, после которого отшутилась`: the main clause's subject
                    continue
                break
            ref = self.ctx.referent_at(i)
            if ref is not None and self._addressed_outlet(ref, verb, floor):
                i = (self.ctx.token_at(ref.start) or i) - 1
                continue  # `В Минпромторге ТАСС сообщили`: the outlet told, the institution speaks
            found = self._candidate(i, verb, backwards=True)
            citing = self._citing_word(i, floor) if found is not None else None
            if citing is not None:
                i = citing - 1  # `СМИ со ссылкой на агентство Fitch сообщили`: the cited, not the subject
                continue
            if found is not None:
                return self._first_conjunct(found, verb, floor)
            if ref is not None and unsure is None and ref.type == "person" and self.is_nominative(ref):
                unsure = ref if self._last_token(ref) == verb - 1 else None
            i = min(i, self.ctx.token_at(ref.start) or i) - 1 if ref else i - 1
        if unsure is not None and _agreement(self.ctx.tokens[verb])[1] != "Plur":
            return self.from_referent(unsure, how="name")
        for k in aside:  # the name the NER missed before the aside is given again inside it
            tok = self.ctx.tokens[k]
            if self.ctx.referent_at(k) is None and not (_latin(tok.text) and tok.text[:1].isupper()):
                continue  # `двое республиканцев (сенаторы от …)`: not a name
            found = self._candidate(k, verb, backwards=True)
            if found is not None:
                return found
        return None

    def _oblique_relative(self, i: int, verb: int, floor: int) -> int | None:
        """Token `i` is `который` governed by a preposition (`, после которого`, `, в ходе
        которой`) and the cue follows it with no subject of its own between: the clause shares
        the main clause's subject. The comma that opens the clause, or None."""
        ctx = self.ctx
        if ctx.tokens[i].lemma != "который" or ctx.tokens[i].feats.get("Case", "Nom") == "Nom":
            return None
        if any(t.pos in ("NOUN", "PROPN", "PRON") for t in ctx.tokens[i + 1 : verb]):
            return None  # `, на которого ссылается CNN`, `, о котором он сказал`
        for k in range(i - 2, max(floor, i - 3) - 1, -1):
            if ctx.tokens[k].text == ",":
                return k if ctx.tokens[k + 1].pos == "ADP" else None
        return None

    def _citing_word(self, i: int, floor: int) -> int | None:
        """Token `i` is in the noun phrase a citation names (`со ссылкой на данные агентства
        Fitch`, `ссылаясь на Reuters`): the citation's first word, or None."""
        ctx, k = self.ctx, i - 1
        while (
            k > floor
            and k > i - CITED_PHRASE
            and (ctx.tokens[k].pos in ("NOUN", "ADJ", "PROPN", "DET") or ctx.tokens[k].text in QUOTE_MARKS)
        ):
            k -= 1  # the cited phrase's other words
        if k <= floor or ctx.tokens[k].text.lower() != "на":
            return None
        return next(
            (c for c in (k - 1, k - 2) if c >= floor and cues.citation_end(ctx.tokens, c) == k + 1), None
        )

    def _first_conjunct(self, found: Speaker, verb: int, floor: int) -> Speaker:
        """`Питер Семнеби и представители ПАСЕ призывают`: of subjects joined by `и` before a
        plural cue, the first named speaks for them all."""
        ctx = self.ctx
        k = ctx.token_at(found.start)
        if k is None or _agreement(ctx.tokens[verb])[1] != "Plur":
            return found
        k -= 1
        while k > floor and (
            ctx.tokens[k].text in QUOTE_MARKS
            or (ctx.tokens[k].pos in ("NOUN", "ADJ") and ctx.tokens[k].feats.get("Case") == "Nom")
        ):
            k -= 1  # the head of the second conjunct (`представители`)
        if k - 1 < max(floor, 0) or ctx.tokens[k].text.lower() != "и":
            return found
        k -= 1
        while k > max(floor, 0) and ctx.tokens[k].text in QUOTE_MARKS:
            k -= 1  # `Компания «Газпром» и …`
        ref = ctx.referent_at(k)
        if (
            ref is None
            or ref.type not in ("person", "organization", "country")
            or not self.is_nominative(ref)
        ):
            return found
        return self.from_referent(ref, how="name", number="Plur")

    def _addressed_outlet(self, ref: Referent, verb: int, floor: int) -> bool:
        """An outlet right before a plural cue, after an institution's place (`В Минобороны ТАСС
        сообщили`, `в пресс-службе компании РИА Новости пояснили`): the outlet is told (an
        indeclinable dative), the institution speaks; `«Известия» сообщили` alone is the outlet's."""
        ctx = self.ctx
        if self._last_token(ref) != verb - 1 or _agreement(ctx.tokens[verb])[1] != "Plur":
            return False
        if self._kind(ref) != "media":
            return False
        first = ctx.token_at(ref.start) or 0
        lo = max(floor, first - MAX_SUBJECT_DISTANCE)
        for k in range(first - 1, lo - 1, -1):
            tok = ctx.tokens[k]
            if _clause_boundary(tok) or tok.text in (":", ";", "."):
                return False
            if tok.text.lower() in PREPOSITIONS_OF_PLACE | PREPOSITIONS_FROM and tok.pos == "ADP":
                nxt = ctx.tokens[k + 1]
                place = ctx.referent_at(k + 1)
                return (place is not None and place.type == "organization") or nxt.lemma in (
                    cues.ORG_VOICES | cues.ORG_ANAPHORS
                )
        return False

    def _skip_inserted_clause(self, comma: int, floor: int) -> int:
        """`Bayer, который приобрел Monsanto, заявил`: step over a relative or participial clause."""
        k = comma - 1
        while k > floor and self.ctx.tokens[k].text != ",":
            k -= 1
        if k <= floor or k + 1 >= comma:
            return comma
        first = self.ctx.tokens[k + 1]
        if first.lemma == "который" or first.feats.get("VerbForm") in ("Part", "Conv"):
            return k - 1
        if first.pos == "ADP" and k + 2 < comma and self.ctx.tokens[k + 2].lemma == "который":
            return k - 1  # `Чиновник, на которого ссылается CNN, заявил`
        if (first.lemma in cues.ROLE_NOUNS or first.lemma in cues.ROLE_MODIFIERS) and (
            (ref := self.ctx.referent_at(k - 1)) is not None and ref.type == "person"
        ):
            return k - 1  # `Сергей Иванов, генеральный директор «Ромашки», сообщил`: an apposition
        named = self._named_before_nouns(comma, floor)
        if named is not None:
            return named  # `Адриано Челентано, известный певец, актёр и общественный деятель, написал`
        second = self.ctx.tokens[k + 2] if k + 2 < comma else None
        if second is not None and (
            (first.text.lower() == "по" and second.lemma in cues.FRAME_NOUNS)
            or (first.text.lower() == "как" and second.pos == "VERB")
            or first.text.lower() == "согласно"
        ):
            return k - 1  # `Полиция, по данным газеты, отметила`: the frame names where it was read
        return comma

    def _named_before_nouns(self, comma: int, floor: int) -> int | None:
        """Person nouns in the nominative joined by commas and `и` (with their adjectives and
        genitives) between a person's name and token `comma`: the name's last token, or None."""
        ctx, nouns = self.ctx, 0
        for k in range(comma - 1, floor, -1):
            t = ctx.tokens[k]
            if t.text == ",":
                ref = ctx.referent_at(k - 1)
                if ref is not None and ref.type == "person":
                    return k - 1 if nouns else None
                continue
            ref = ctx.referent_at(k)
            if ref is not None and ref.type == "person":
                return None
            if _person_noun(t) or t.lemma in cues.ROLE_NOUNS:
                nouns += 1
            elif not (
                t.text == "и"
                or t.text in QUOTE_MARKS
                or t.pos == "ADJ"
                or (t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen")
            ):
                return None
        return None

    def subject_after(self, verb: int, ceiling: int) -> Speaker | None:
        """The first agreeing subject right of the cue token, before token `ceiling`."""
        i = verb + 1
        self._ceiling = ceiling
        try:
            while i < min(ceiling, verb + MAX_SUBJECT_DISTANCE, len(self.ctx.tokens)):
                tok = self.ctx.tokens[i]
                if _clause_boundary(tok) or tok.text in (":", ";", ".", "!", "?", "("):
                    return None  # `(штат Калифорния)`: an aside names no subject
                if tok.text == "," and self._adverbial_after(i):
                    # `объявили, выступив в Сан-Франциско`: the place of another action; the
                    # subject may follow the clause (`заявил, выступая в Москве, Сергей Лавров`)
                    i = self._clause_end(i + 1, ceiling)
                    continue
                found = self._candidate(i, verb, backwards=False)
                ref = self.ctx.referent_at(i)
                if found is not None and ref is not None and ref.type == "organization":
                    person = self._person_after(ref)
                    if person is not None:  # `— рассказал CEO Vector Robotics Тимур Галиев`
                        return self.from_referent(person, how="name")
                    if self._first_after(verb, i):
                        found = self._subject_after_addressee(ref, verb, ceiling) or found
                if found is not None:
                    return found
                i = max(i, self._last_token(ref)) + 1 if ref else i + 1
            return None
        finally:
            self._ceiling = None

    def _first_after(self, verb: int, i: int) -> bool:
        """Token `i` is the first word after the cue, past quotation marks."""
        return all(t.text in QUOTE_MARKS for t in self.ctx.tokens[verb + 1 : i])

    def _subject_after_addressee(self, ref: Referent, verb: int, ceiling: int) -> Speaker | None:
        """`сообщила РБК его помощница Галина Лякишева`: an organisation right after the cue and
        a person agreeing with the cue right after it. The organisation is whom it was said to,
        whatever its case (an abbreviation or a foreign name does not decline); the person speaks."""
        k = self._last_token(ref) + 1
        stop = min(ceiling, len(self.ctx.tokens))
        while k < stop and (
            self.ctx.tokens[k].text in QUOTE_MARKS or self.ctx.tokens[k].text.lower() in cues.POSSESSIVES
        ):
            k += 1
        while k < stop and self.ctx.tokens[k].pos == "ADJ":
            k += 1
        if k >= stop or self.ctx.tokens[k].feats.get("Case", "Nom") != "Nom":
            return None
        person = self.ctx.referent_at(k)
        tok = self.ctx.tokens[k]
        if not (
            _person_noun(tok)
            or tok.lemma in cues.UNNAMED_SOURCES
            or (person is not None and person.type == "person")
        ):
            return None  # `объявила компания Apple новый iPhone`: what it announced
        found = self._candidate(k, verb, backwards=False)
        if found is None or found.type not in ("person", "unnamed") or found.number == "Plur":
            return None
        return found if _agrees(_agreement(self.ctx.tokens[verb]), found.gender, found.number) else None

    def _adverbial_after(self, comma: int) -> bool:
        """A comma opening an adverbial participle's clause (`, выступив на форуме`)."""
        k = comma + 1
        while k < len(self.ctx.tokens) and self.ctx.tokens[k].pos == "ADV":
            k += 1
        return k < len(self.ctx.tokens) and self.ctx.tokens[k].feats.get("VerbForm") == "Conv"

    def _clause_end(self, i: int, ceiling: int) -> int:
        """The token after the comma closing the clause that starts at `i`, or `ceiling`."""
        stop = min(ceiling, len(self.ctx.tokens))
        while i < stop and self.ctx.tokens[i].text != ",":
            i += 1
        return min(i + 1, stop)

    def _person_after(self, ref: Referent) -> Referent | None:
        """The person named right after an organisation (`гендиректор «Ростеха» Сергей Чемезов`):
        the organisation names where the person works, the person speaks."""
        k = self._last_token(ref) + 1
        while k < len(self.ctx.tokens) and self.ctx.tokens[k].text in QUOTE_MARKS:
            k += 1
        person = self.ctx.referent_at(k) if k < len(self.ctx.tokens) else None
        if person is None or person.type != "person" or self.ctx.token_at(person.start) != k:
            return None
        return person

    def _candidate(self, i: int, verb: int | None, *, backwards: bool) -> Speaker | None:
        ctx, tok = self.ctx, self.ctx.tokens[i]
        agree = _agreement(ctx.tokens[verb]) if verb is not None else (None, None)
        ref = ctx.referent_at(i)
        if (ref is None or ref.entity is None) and tok.feats.get("Case", "Nom") == "Nom":
            national = self._national_body(i)  # `государственные СМИ Северной Кореи`: the country
            if national is not None:
                return national
        if ref is not None and ref.entity is None and tok.lemma in SPOUSE_NOUNS and ref.stop <= tok.stop:
            ref = None  # `Супруга «оружейного барона»` the NER took for a name: the noun
        first = ctx.token_at(ref.start) if ref is not None else None
        if ref is not None and ref.entity is None and first is not None and self._press_service(first):
            return self._org_voice(first, agree)  # `Служба прессы` the NER took for a name: the body's voice
        if ref is not None:
            return self._from_referent(ref, agree)
        low = tok.text.lower()
        if low in cues.PERSONAL_PRONOUNS and tok.feats.get("Case", "Nom") == "Nom":
            gender, number = cues.PERSONAL_PRONOUNS[low]
            if _agrees(agree, gender, number):
                return self.resolve_pronoun(gender or agree[0], number, tok)
            return None
        if low in cues.ENGLISH_PRONOUNS:
            gender, number = cues.ENGLISH_PRONOUNS[low]
            return self.resolve_pronoun(gender, number, tok)
        if _latin(tok.text) and tok.text[:1].isupper() and tok.pos in ("PROPN", "X", "NOUN"):
            if self._governed(i):
                before = self._token_before(i)
                if (
                    agree[1] == "Plur"
                    and before is not None
                    and before.pos == "ADP"
                    and before.text.lower() in PREPOSITIONS_OF_PLACE | PREPOSITIONS_FROM
                ):  # `в ''Freixenet'' заявляли`: an institution speaking through a plural verb
                    found = self._foreign_name(i)
                    found.how, found.number = "institution", "Plur"
                    return found
                return None  # `в своем Twitter написал`: where, not who
            return self._foreign_name(i)  # `said John Smith`, `Lenta.ru напоминает`
        if (
            tok.pos == "PROPN"
            and tok.text[:1].isupper()
            and tok.feats.get("Case", "Nom") == "Nom"
            and not any(q.start <= tok.start < stop for q, stop in ctx.quoted)  # `«Опер слил»`: a title
            and not _lexical(tok)  # `Российский Президент`: a role written with a capital
            and not tok.text.isupper()  # `РИА`: an acronym names an organisation, not a person
            and _may_be_name(tok.text)  # `Избранный накануне премьером …`: a capital opening the sentence
        ):
            # a name the NER missed (`Керри заявил`): kept as written
            if agree[1] == "Plur" or (
                agree[0] and tok.feats.get("Gender") and agree[0] != tok.feats["Gender"]
            ):
                return None
            return self._bare_name(i)
        determiner = i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].pos in ("NOUN", "ADJ")  # `все подозрения`
        governed = i > 0 and ctx.tokens[i - 1].pos == "ADP"  # `за несколько часов до …`: a time, not a group
        if not governed and (
            (low in cues.INDEFINITE_GROUPS and tok.feats.get("Number") == "Plur" and not determiner)
            or low in cues.QUANTIFIERS
        ):
            if (
                low in cues.QUANTIFIERS
                and tok.pos != "NOUN"  # `ряд СМИ сообщил`: a noun agrees in its own gender
                and agree[1] == "Sing"
                and agree[0] in ("Masc", "Fem")
            ):
                return None  # `написала несколько книг`: a number of things takes a neuter or plural verb
            if low in cues.QUANTIFIERS and not self._may_speak(i + 1):
                return None  # `представили несколько положительных характеристик`: things, not speakers
            if low in cues.QUANTIFIERS and i + 1 < len(ctx.tokens):
                members = self._people_of(i + 1)  # `двое республиканцев заявили`: their party
                if members is not None:
                    members.start = tok.start
                    return members
            return self._unnamed(i)  # `некоторые считают`, `несколько источников сообщают`
        if low == "один" and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].text == "из":
            # `один из участников встречи`, unless named in apposition (`…, генерал Питер Цвак,`)
            return self._named_in_apposition(i) or self._unnamed(i)
        if (tok.feats.get("Case", "Nom") != "Nom" and not _nominative_alike(tok, agree)) or tok.pos not in (
            "NOUN",
            "PROPN",
        ):
            return self._institution(i, agree)
        if tok.lemma in cues.ORG_VOICES or tok.lemma in cues.ORG_ANAPHORS:
            return self._org_voice(i, agree)
        if tok.lemma in cues.OUTLET_NOUNS:  # `телеграм-канал «Опер слил»`, `агентство Reuters`
            # `Издание сообщило`: the outlet named before
            anaphor = self._org_anaphor(i) if tok.feats.get("Number") != "Plur" else None
            return self._org_voice(i, agree) or anaphor or self._unnamed(i)
        if tok.lemma in cues.ROLE_NOUNS and tok.feats.get("Number") != "Plur":
            return self._role_subject(i, agree, backwards=backwards)
        if tok.lemma in cues.UNNAMED_SOURCES:
            return self._named_by_head(i) or self._unnamed(i)
        if (
            tok.lemma in cues.MEMBERS_OF_BODIES
            and tok.feats.get("Number") == "Plur"
            and (
                i == 0 or ctx.tokens[i - 1].pos != "ADJ"
            )  # `республиканские сенаторы`: a party's, not the body
        ):
            body = self._body_of_members(tok)  # `Законодатели потребовали` after `парламент Пакистана`
            if body is not None:
                return body
        if tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim":
            people = self._people_of(i) if agree[1] in ("Plur", None) else None
            if people is not None:
                return people  # `считают американцы`: the country
            if tok.feats.get("Number") == "Plur":  # `политологи заключили`, `адвокаты Мингазова`
                return self._unnamed(i) if agree[1] in ("Plur", None) else None
            # any person noun refers back like a role does: `— заявил музыкант`
            return self._role_subject(i, agree, backwards=backwards)
        return None

    def _may_speak(self, j: int) -> bool:
        """The noun a quantifier counts (its adjectives skipped) names people, sources, bodies or
        outlets, not things (`несколько источников`, `ряд СМИ`; not `несколько характеристик`)."""
        ctx = self.ctx
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ":
            j += 1
        if j >= len(ctx.tokens) or ctx.referent_at(j) is not None:
            return True
        head = ctx.tokens[j]
        return not (
            head.pos == "NOUN"
            and head.feats.get("Animacy") == "Inan"
            and head.lemma not in cues.UNNAMED_SOURCES
            and head.lemma not in cues.OUTLET_NOUNS
            and head.lemma not in cues.ORG_VOICES
            and head.lemma not in cues.ORG_ANAPHORS
            and head.lemma not in cues.STATEMENT_NOUNS
            and head.lemma not in COUNTED_SPEAKERS
        )

    def _named_in_apposition(self, i: int) -> Speaker | None:
        """`один из участников празднования, отставной генерал США Питер Цвак, …`: the person
        the description is followed by, set off by a comma, role words and a name only."""
        ctx = self.ctx
        end = min(len(ctx.tokens), i + ROLE_PHRASE_WINDOW)
        comma = next((k for k in range(i + 2, end) if ctx.tokens[k].pos == "PUNCT"), None)
        if comma is None or ctx.tokens[comma].text not in (",", "—", "–"):
            return None
        dash = ctx.tokens[comma].text != ","  # `один из адвокатов потерпевшего — Оксана Михалкина заявила`
        for k in range(comma + 1, min(len(ctx.tokens), comma + ROLE_PHRASE_WINDOW)):
            ref = ctx.referent_at(k)
            if ref is not None and ref.type == "person":
                after = self._last_token(ref) + 1
                if (
                    after < len(ctx.tokens)
                    and (
                        ctx.tokens[after].text in (",", "—")
                        or (dash and ctx.tokens[after].pos in ("VERB", "AUX"))
                    )
                    and self.is_nominative(ref)
                ):
                    return self.from_referent(ref, how="name")
                return None
            tok = ctx.tokens[k]
            if ref is None and tok.pos not in ("ADJ", "NOUN", "PROPN"):
                return None
        return None

    # --- kinds of subject -----------------------------------------------------
    def _from_referent(self, ref: Referent, agree: tuple[str | None, str | None]) -> Speaker | None:
        first = self.ctx.token_at(ref.start)
        if first is None:
            return None
        conj = first - 1
        while conj > 0 and self.ctx.tokens[conj].text in QUOTE_MARKS:
            conj -= 1  # `«Яблоко» и «Родина» заявили`
        if ref.type != "person" and agree[1] != "Sing" and conj >= 1 and self.ctx.tokens[conj].text == "и":
            # `Израиль и США отвергают …, заявляя`: the first named stands for the pair
            other = self.ctx.referent_at(conj - 1)
            if other is None and conj >= 2 and self.ctx.tokens[conj - 1].text in QUOTE_MARKS:
                other = self.ctx.referent_at(conj - 2)
            if other is not None and other.type in ("country", "organization", "location"):
                ref, first = other, self.ctx.token_at(other.start) or first
        if ref.type == "person" and first >= 2:
            represented = self._party_of(ref, first)
            if represented is not None:
                return represented
        tok = self.ctx.tokens[first]
        before = self._token_before(first)
        if (
            before is not None
            and before.lemma in cues.OUTLET_NOUNS
            and before.feats.get("Case") != "Nom"
            and ref.type != "person"  # `член совета при агентстве Ярослав Емельяненко`: a role's place
        ):
            return None  # `для издания The Hill`: the outlet, not the speaker
        prep = self._preposition_before(first)
        if (
            prep is not None
            and (prep.text.lower() in PREPOSITIONS_OF_PLACE or prep.text.lower() in PREPOSITIONS_FROM)
            and agree[1] == "Plur"
            and ref.type != "person"
            and not self._qualifies_noun(prep)  # `парламентарии из Батькивщины заявили`: who, not where
        ):
            return self.from_referent(ref, how="institution", number="Plur")  # `в российском Минфине заявили`
        if (before is not None and before.pos == "ADP") or prep is not None:
            return None  # an object or a place, not the subject (`в своем Twitter написал`)
        if (
            ref.type != "person"
            and before is not None
            and before.lemma in cues.LEADER_NOUNS
            and before.feats.get("Case", "Nom") == "Nom"
            and self._token_before(first) is self.ctx.tokens[first - 1]
        ):
            return None  # `глава RT сообщила`: the head of the body, read from the noun before it
        if (
            ref.type == "person"
            and before is not None
            and before.lemma in cues.SERVANT_NOUNS
            and agree[0] == "Masc"
            and self.ctx.token_at(ref.stop - 1) == first
            and cues.man_in_genitive(tok.text)
        ):
            return None  # `адвокат Маркива заявил`: a man's genitive, whom the lawyer serves, not a woman
        if (
            ref.type == "person"
            and before is not None
            and before.lemma in cues.KIN_NOUNS
            and before.feats.get("Case") not in ("Nom", None)
        ):
            return None  # `из квартиры своей дочери Челси, объявила`: the name stands in the kin noun's case
        if (
            ref.type != "person"
            and before is not None
            and before.pos == "NOUN"
            and before.feats.get("Case") not in ("Nom", None)
            and before.lemma not in cues.TIME_NOUNS  # `На прошлой неделе Франция заявила`: when, then who
            and not self._addressee_first(before, tok)
        ):
            return None  # `рабочий из цеха Vestas`, `директор компании «Ромашка»`: a name qualifying a noun
        if not self.is_nominative(ref) and tok.pos in ("NOUN", "PROPN", "ADJ"):
            return None
        if ref.type == "person" and agree[1] == "Plur":
            first_conjunct = self._coordinated(ref)
            if first_conjunct is None:
                return None
            # `Трамп и Путин заявили`: the first named stands for the pair
            return self.from_referent(first_conjunct, how="name", number="Plur")
        if ref.type == "person":
            if agree[0] == "Neut" or (agree[0] and ref.gender and agree[0] != ref.gender):
                return None
        elif ref.type not in ("organization", "group", "country", "location", "facility"):
            return None
        return self.from_referent(ref, how="name")

    @staticmethod
    def _addressee_first(before: Token, name: Token) -> bool:
        """`Россиянам МИД советует …`: people in the dative put first are whom it is said to, and
        the name after them, tagged nominative, is the subject (names qualify nouns in the genitive)."""
        return (
            before.feats.get("Case") == "Dat"
            and before.feats.get("Animacy") == "Anim"
            and name.feats.get("Case") == "Nom"
        )

    def _qualifies_noun(self, prep: Token) -> bool:
        """A prepositional phrase right after a noun qualifies it (`депутаты из фракции`)."""
        k = self.ctx.token_at(prep.start)
        before = self.ctx.tokens[k - 1] if k else None
        return before is not None and before.pos == "NOUN" and before.feats.get("Animacy") == "Anim"

    def _governed(self, i: int) -> bool:
        """A preposition governs token `i`, past its adjectives and determiners (`в своем Twitter`)."""
        k = i - 1
        while k >= 0 and (self.ctx.tokens[k].pos in ("ADJ", "DET") or self.ctx.tokens[k].text in QUOTE_MARKS):
            k -= 1
        return k >= 0 and self.ctx.tokens[k].pos == "ADP"

    def _token_before(self, i: int) -> Token | None:
        """The token before `i`, looking past quotation marks (`в «Газпроме»`)."""
        i -= 1
        while i >= 0 and self.ctx.tokens[i].text in QUOTE_MARKS:
            i -= 1
        return self.ctx.tokens[i] if i >= 0 else None

    def _preposition_before(self, i: int) -> Token | None:
        """The preposition governing token `i`, looking past adjectives and quotation marks."""
        i -= 1
        while i >= 0 and (self.ctx.tokens[i].text in QUOTE_MARKS or self.ctx.tokens[i].pos in ("ADJ", "DET")):
            i -= 1  # `в своем Twitter`
        return self.ctx.tokens[i] if i >= 0 and self.ctx.tokens[i].pos == "ADP" else None

    def _token_after(self, i: int) -> int | None:
        i += 1
        while i < len(self.ctx.tokens) and self.ctx.tokens[i].text in QUOTE_MARKS:
            i += 1
        return i if i < len(self.ctx.tokens) else None

    def _coordinated(self, ref: Referent) -> Referent | None:
        """The first of two people joined by `и` (`Трамп и Путин`), or None when `ref` stands alone."""
        ctx = self.ctx
        first, last = ctx.token_at(ref.start), self._last_token(ref)
        if first is not None and first >= 2 and ctx.tokens[first - 1].text.lower() == "и":
            other = ctx.referent_at(first - 2)
            if other is not None and other.type == "person":
                return other
        if last + 2 < len(ctx.tokens) and ctx.tokens[last + 1].text.lower() == "и":
            other = ctx.referent_at(last + 2)
            if other is not None and other.type == "person":
                return ref
        return None

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
        return speaker

    def _institution(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None:
        """`в пресс-службе компании заявили`: an organisation speaking through a plural verb."""
        tok = self.ctx.tokens[i]
        before = self._preposition_before(i)  # `в российском Минфине`, `из областной прокуратуры`
        if agree[1] != "Plur" or before is None:
            return None
        prep = before.text.lower()
        where = tok.feats.get("Case")
        if not (
            (prep in PREPOSITIONS_OF_PLACE and where in ("Loc", None))
            or (prep in PREPOSITIONS_FROM and where in ("Gen", None))
        ):
            return None  # `в полицию сообщили`: where it was reported to, not who reported
        if tok.lemma in cues.ORG_VOICES or tok.lemma in cues.ORG_ANAPHORS:
            found = self._org_voice(i, (None, None))
            if found is not None:
                found.how, found.number = "institution", "Plur"
            return found
        if tok.lemma in cues.UNNAMED_SOURCES and tok.feats.get("Animacy") != "Anim":
            return self._unnamed(i)  # `в полиции рассказали`
        return None

    def last_person(self, offset: int, gender: str | None) -> Speaker | None:
        """The nearest person named in the nominative before `offset`, outside quotes."""
        for ref in self._antecedents(offset):
            if (
                ref.type == "person"
                and self.is_nominative(ref)
                and (not gender or not ref.gender or gender == ref.gender)
            ):
                return self.from_referent(ref, how="name")
        return None

    def _org_voice(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None:
        """`пресс-служба Минобороны`, `служба прессы суда`, `руководство компании`, `компания заявила`."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if agree[1] == "Plur" and tok.feats.get("Number") != "Plur" and tok.feats.get("Case") == "Nom":
            return None
        press = self._press_service(i)
        nxt = self._token_after(i + press)
        if press and nxt is not None:
            ref = ctx.referent_at(nxt)
            if ref is not None and ref.type != "person":
                return self.from_referent(ref, how="org")  # `Служба прессы Конституционного суда`
        if tok.lemma in cues.ORG_ANAPHORS and nxt is not None and nxt > i + 1:
            ref = ctx.referent_at(nxt)  # `фирма «Спейс адвентчерс»`: the name in quotes is the firm
            if ref is not None and ref.type != "person":
                return self.from_referent(ref, how="org")
            named = self._named_in_quotes(i, nxt)
            if named is not None:
                return named
        if tok.lemma in cues.ORG_ANAPHORS and nxt == i + 1:
            ref = ctx.referent_at(nxt)  # `в компании Vector Robotics`: the name in apposition is the firm
            if ref is not None and ref.type == "organization" and ctx.token_at(ref.start) == nxt:
                return self.from_referent(ref, how="org")
        if (tok.lemma in cues.ORG_VOICES or tok.lemma in cues.OUTLET_NOUNS) and nxt is not None:
            ref = ctx.referent_at(nxt)
            if ref is not None and ref.type != "person":
                return self.from_referent(ref, how="org")  # `агентство «Интерфакс»`
            if ctx.tokens[nxt].lemma in cues.ORG_ANAPHORS:
                named = self._named_after_kind(nxt)  # `пресс-служба фракции ЛДПР`: the name after the kind
                return named or self._org_anaphor(nxt) or self._unnamed(i)
            if nxt > i + 1:  # a quoted name the entities stage did not link: keep it as written
                return self._named_in_quotes(i, nxt)
        if tok.lemma in cues.ORG_ANAPHORS:
            return self._org_anaphor(i) or self._named_next(i) or self._unnamed(i)
        if tok.lemma in cues.ORG_VOICES:
            return self._unnamed(i)  # `пресс-служба полиции`: kept as a description
        return None

    def _named_next(self, i: int) -> Speaker | None:
        """`…, подтвердила его партия. Лидер партии «Родина» …`: a noun of an organisation's kind
        with nothing before it to refer to is the organisation the next sentence names with that
        same noun, or names as led by someone (`лидер Всеобщего народного конгресса`), when it may
        be of that kind (of no kind known, or that one) (test6 gold)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        unit = ctx.unit_at(tok.start)
        index = ctx.units.index(unit) if unit is not None else len(ctx.units)
        if index + 1 >= len(ctx.units):
            return None
        following = ctx.units[index + 1]
        for k in ctx.token_range(following.start, following.stop):
            same = ctx.tokens[k].lemma == tok.lemma
            if not same and ctx.tokens[k].lemma not in cues.LEADER_NOUNS:
                continue
            nxt = self._token_after(k)
            ref = ctx.referent_at(nxt) if nxt is not None else None
            if ref is None or ref.type != "organization" or ctx.token_at(ref.start) != nxt:
                continue
            if same or self._kind(ref) == "other" or self._fits_anaphor(ref, tok.lemma):
                speaker = self.from_referent(ref, how="org")
                speaker.start, speaker.stop = tok.start, tok.stop
                return speaker
        return None

    def _press_service(self, i: int) -> bool:
        """`служба прессы` opens at token `i`."""
        tokens = self.ctx.tokens
        return i + 1 < len(tokens) and (tokens[i].lemma, tokens[i + 1].lemma) == cues.PRESS_SERVICE

    def _named_after_kind(self, k: int) -> Speaker | None:
        """`пресс-служба фракции ЛДПР`, `руководство компании «Газпром»`: the organisation named
        right after the noun of its kind, in quotes or not."""
        nxt = self._token_after(k)
        ref = self.ctx.referent_at(nxt) if nxt is not None else None
        if ref is None or ref.type != "organization" or self.ctx.token_at(ref.start) != nxt:
            return None
        return self.from_referent(ref, how="org")

    def _named_in_quotes(self, i: int, first: int) -> Speaker | None:
        """`агентство "Интерфакс"` with no entity: the description with the name."""
        ctx, k = self.ctx, first
        while k < len(ctx.tokens) and ctx.tokens[k].text not in QUOTE_MARKS and k < first + 6:
            k += 1
        if k >= len(ctx.tokens) or ctx.tokens[k].text not in QUOTE_MARKS:
            return None
        start, stop = ctx.tokens[i].start, ctx.tokens[k].stop
        return Speaker(start, stop, "unnamed", text=ctx.text[start:stop], type="unnamed")

    def _national_body(self, i: int) -> Speaker | None:
        """`Американские власти`, `государственные СМИ Северной Кореи`: a country's authorities
        speak for the country named by an adjective before or a genitive after; its media only
        for one named in the genitive."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.lemma not in cues.NATIONAL_BODIES:
            return None
        nxt = i + 1
        ref = ctx.referent_at(nxt) if nxt < len(ctx.tokens) else None
        if ref is not None and ref.type in ("country", "location") and ctx.token_at(ref.start) == nxt:
            if ctx.tokens[nxt].feats.get("Case") in ("Gen", None):
                return self.from_referent(ref, how="name")  # `Власти Японии`: the name is the speaker
        adj = ctx.tokens[i - 1] if i > 0 else None
        if adj is None or adj.pos != "ADJ" or not adj.lemma.endswith(("ский", "цкий")):
            return None
        if tok.lemma not in cues.NATIONAL_BY_ADJECTIVE:
            return None  # `американские СМИ`: anonymous media of that country
        stems = cues.NATIONAL_STEMS.get(adj.lemma, (adj.lemma[:4],))
        for ref in ctx.referents_before(tok.start, 0):
            if ref.type in ("country", "location") and ref.entity:
                if any(ref.name.lower().startswith(stem) for stem in stems):
                    speaker = _at(self.from_referent(ref, how="name"), tok, "name")
                    speaker.start = adj.start
                    return speaker
        return None

    def _named_by_head(self, i: int) -> Speaker | None:
        """`Европейский суд по правам человека … Суд счел`: a bare singular noun standing alone
        (no adjective, no complement) refers to the organisation named before whose name has
        that noun for its head."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.feats.get("Number") == "Plur" or tok.feats.get("Animacy") == "Anim":
            return None
        if i > 0 and ctx.tokens[i - 1].pos in ("ADJ", "DET"):
            return None  # `районный суд`: another court
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ") and nxt.feats.get("Case") == "Gen":
            return None  # `суд Москвы`: named by its complement
        for ref in self._antecedents(tok.start):
            if ref.type != "organization":
                continue
            entity = ctx.doc.entity(ref.entity) if ref.entity else None
            names = [ref.name] + [n for n in (entity.name.values() if entity is not None else ()) if n]
            if any(tok.lemma in name.lower().split()[:3] for name in names):
                speaker = self.from_referent(ref, how="org")
                speaker.start, speaker.stop = tok.start, tok.stop
                return speaker
        return None

    def _org_anaphor(self, i: int) -> Speaker | None:
        tok = self.ctx.tokens[i]
        candidates = [r for r in self._antecedents(tok.start) if r.type == "organization"]
        if tok.lemma in cues.OUTLET_NOUNS:  # `издание`, `агентство`: a media outlet named before
            # the nearest outlet: media, or a name that looks like one (`"Коммерсантъ"` … `газеты`)
            # a known outlet or a name like one as a subject (`опубликовал «Коммерсантъ»`) nearby, then
            # the outlet the article follows named in its lead only, then any name like an outlet
            near = [
                r
                for r in candidates
                if self._kind(r) == "media" or (self._looks_like_outlet(r, tok) and self.is_nominative(r))
            ]
            lead = [
                r
                for r in self.ctx.referents_before(tok.start, 0)
                if r.type == "organization" and self._kind(r) == "media" and not self.ctx.in_quote(r.start)
            ]
            candidates = near or lead or [r for r in candidates if self._looks_like_outlet(r, tok)]
            # `сообщает The Guardian со ссылкой на The Times. Издание отмечает`: the outlet reporting,
            # not the one it cites (test6 gold)
            candidates = [r for r in candidates if not self._cited(r)] or candidates
        for ref in candidates:
            if self._fits_anaphor(ref, tok.lemma):
                speaker = self.from_referent(ref, how="org")
                speaker.start, speaker.stop = tok.start, tok.stop
                return speaker
        return None

    def _cited(self, ref: Referent) -> bool:
        """`со ссылкой на The Times`, `со ссылкой на газету «Израиль»`: a source cited by a report."""
        first = self.ctx.token_at(ref.start)
        return first is not None and self._citing_word(first, -1) is not None

    def _looks_like_outlet(self, ref: Referent, tok: Token) -> bool:
        """An organisation not known as media may be the outlet meant when named just before,
        quoted or in Latin script, as titles of outlets are (`"Коммерсантъ"`, `The Hill`)."""
        ctx = self.ctx
        if self._kind(ref) not in (None, "other"):
            return False  # a company is no outlet (`IKEA`)
        unit = ctx.unit_at(tok.start)
        index = ctx.units.index(unit) if unit is not None else 0
        floor = ctx.units[max(0, index - 1)].start if unit is not None else 0
        before = ctx.text[max(0, ref.start - 1) : ref.start]
        return ref.start >= floor and (
            before in ('"', "«", "„", "“") or _latin(ctx.text[ref.start : ref.stop])
        )

    def _fits_anaphor(self, ref: Referent, lemma: str) -> bool:
        """`правительство` may stand for a government, `компания` for a company, not for a court."""
        kind = self._kind(ref)
        wanted = cues.ORG_ANAPHOR_KINDS.get(lemma)
        name = ref.name.lower()
        if lemma[:5] in name:
            return True
        if wanted == cues.ORG_ANAPHOR_KINDS["правительство"] and any(
            w in NOT_EXECUTIVE_HEADS for w in name.split()
        ):
            return False  # `Верховный суд … Правительство призвало`: a court or a parliament governs not
        return kind is None or wanted is None or kind in wanted

    def _role_subject(
        self, i: int, agree: tuple[str | None, str | None], *, backwards: bool, any_case: bool = False
    ) -> Speaker | None:
        ctx = self.ctx
        if agree[0] is None and ctx.tokens[i].feats.get("Gender") == "Fem":
            agree = ("Fem", agree[1])  # `27-летняя женщина утверждает`: a feminine noun names a woman
        tok_lemma = ctx.tokens[i].lemma
        if not backwards:
            j = i + 1
            while j < min(len(ctx.tokens), i + ROLE_PHRASE_WINDOW):
                ref = ctx.referent_at(j)
                if ref is not None and ref.type == "person":
                    represented = self._party_of(ref, j) if j >= 2 else None
                    if represented is not None:
                        return represented
                    if any_case or self.is_nominative(ref):
                        return self.from_referent(ref, how="name")
                    after = self._last_token(ref) + 1
                    named = ctx.referent_at(after) if after < len(ctx.tokens) else None
                    if (
                        named is not None
                        and named.type == "person"
                        and ctx.token_at(named.start) == after
                        and self.is_nominative(named)
                    ):
                        return self.from_referent(
                            named, how="name"
                        )  # `защитник Алёхиной Александр Подрабинёк`
                    if tok_lemma in SPOUSE_NOUNS:  # `супруга Виктора Бута`: the wife the article names
                        spouse = self._spouse_named(i, agree[0], partner=ref)
                        if spouse is not None:
                            return spouse
                    return self._unnamed(
                        i
                    )  # `представитель Обамы`: speaks for a named person (`_spoken_for`)
                t = ctx.tokens[j]
                if t.text in QUOTE_MARKS:  # `директор «Ростеха» Сергей Чемезов`
                    j += 1
                    continue
                if t.text == "(":  # `представитель союза (Unión …) Сесар Дуран`: an aside
                    close = next(
                        (k for k in range(j + 1, min(len(ctx.tokens), j + 12)) if ctx.tokens[k].text == ")"),
                        None,
                    )
                    if close is not None:
                        j = close + 1
                        continue
                if (t.text in (",", "и") or _person_noun(t)) and (self._ceiling is None or j < self._ceiling):
                    named = self._name_after_nouns(j, i + ROLE_PHRASE_WINDOW)
                    if named is not None:
                        j = named  # `комедиантка и телеведущая Эллен Дедженерес`: roles joined
                        continue
                if (
                    t.text == ","
                    and self._role_follows(j + 1) > 0
                    and (self._ceiling is None or j < self._ceiling)
                ):
                    # `лидер Меджлиса …, народный депутат Украины Мустафа Джемилев`: a second role
                    j = self._role_follows(j + 1) + 1
                    continue
                if (
                    t.pos in ("PUNCT", "VERB")
                    or (
                        t.pos == "ADP" and t.text.lower() not in ROLE_PREPOSITIONS and not self._role_place(j)
                    )
                    or (t.feats.get("Case") == "Nom" and ref is None and t.lemma not in cues.ROLE_NOUNS)
                ):
                    break
                j = self._last_token(ref) + 1 if ref is not None else j + 1
        if i >= 2 and ctx.tokens[i - 1].text == ",":
            ref = ctx.referent_at(i - 2)
            appositive = self._from_referent(ref, agree) if ref is not None and ref.type == "person" else None
            if appositive is not None:
                return appositive  # `Иванов, глава компании, заявил`
            # `Говоря о программах Кинга, глава RT сообщила`: a name in another case ends a clause before
        tok = ctx.tokens[i]
        if agree[1] == "Plur" and tok.feats.get("Number") == "Sing":
            group = self._unnamed(i)  # `родители и адвокат погибшего настаивают`
            group.number = "Plur"
            return group
        if tok.lemma in SPOUSE_NOUNS and agree[1] != "Plur":
            spouse = self._spouse_named(i, agree[0])
            if spouse is not None:
                return spouse
        if i > 0 and ctx.tokens[i - 1].text.lower() in cues.POSSESSIVE_DETERMINERS:
            return self._unnamed(i)  # `его адвокат`: someone close to a person, not the person
        if i > 0 and ctx.tokens[i - 1].lemma in cues.ANONYMOUS:
            return self._unnamed(i)  # `неназванный представитель министерства`
        if agree[0] == "Fem" and tok.feats.get("Gender") == "Masc" and not self._of_person(i):
            # `— отметила представитель компании`: the woman quoted just before holds the role
            for sp in self.previous(tok.start):
                if sp.type == "person" and sp.entity and sp.gender == "Fem":
                    return _at(sp, tok, "role")
        if tok.lemma in COUNTERPART_NOUNS:
            counterpart = self._counterpart(tok, agree[0])
            if counterpart is not None:
                return counterpart
        national = (
            self._national_role(i, agree[0]) or self._head_of_state(i, agree[0]) or self._national_official(i)
        )
        if national is not None:
            return national
        if tok.lemma in cues.KIN_NOUNS:
            kin = self._kin_quoted_before(tok, agree[0])
            if kin is not None:
                return kin
        body = self._body_represented_before(i)
        if body is not None:
            return body
        if self._qualified(i) or tok.lemma in cues.FUNCTIONAL_ROLES:  # `министр информации`: someone new
            unnamed = self._unnamed(i)
            if unnamed is not None and unnamed.how in ("org", "represented"):
                return unnamed  # `представитель организации «Голос»`: the organisation named with the role
            return (
                self.resolve_role(tok, agree[0], strict=True) or self._same_description(i, unnamed) or unnamed
            )
        return self.resolve_role(tok, agree[0]) or self._described_as(tok, agree[0]) or self._unnamed(i)

    def _body_represented_before(self, i: int) -> Speaker | None:
        """`Представитель Министерства сельского хозяйства Германии сообщил … Чиновник подчеркнул`:
        a bare official noun (`чиновник`, `представитель`, `сотрудник`, `официальный представитель`)
        is the unnamed representative of a body quoted last, so the body speaks again. A person
        quoted since, or another body, is nearer: nothing is found."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.lemma not in OFFICIAL_NOUNS or tok.feats.get("Number") == "Plur" or self._qualified(i):
            return None
        if i > 0 and ctx.tokens[i - 1].pos in ("ADJ", "DET") and ctx.tokens[i - 1].lemma != "официальный":
            return None  # `британский чиновник`, `этот сотрудник`: described anew
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and (nxt.pos in ("ADP", "PROPN") or ctx.referent_at(i + 1) is not None):
            return None  # `представитель в Москве`, `чиновник Иван Петров`: someone else
        entity = None
        for sp in self.previous(tok.start):
            if sp.type in ("person", "unnamed") or not sp.entity or (entity and sp.entity != entity):
                return None
            entity = sp.entity
            words = [w for w in (sp.description or "").lower().split() if not w.startswith("официальн")]
            if words and words[0] in cues.SPOKESPEOPLE | OFFICIAL_NOUNS:
                found = _at(sp, tok, "represented")
                found.description = sp.description
                return found
        return None

    def _counterpart(self, tok: Token, gender: str | None) -> Speaker | None:
        """`Президент сообщил депутату … В ответ визави подтвердил`: the person the last speaker
        spoke with, the nearest agreeing one named before who is not that speaker."""
        last = self.previous(tok.start)[:1]
        if not last or last[0].type != "person" or not last[0].entity:
            return None
        for ref in self._antecedents(tok.start):
            if ref.type == "person" and ref.entity and ref.entity != last[0].entity:
                if not gender or not ref.gender or ref.gender == gender:
                    return _at(self.from_referent(ref, how="name"), tok, "role")
        return None

    def _same_description(self, i: int, unnamed: Speaker | None) -> Speaker | None:
        """`Председатель правления межрегиональной общественной организации … уверен` after
        `Председатель правления межрегиональной общественной организации … Андрей Столбунов`: a
        role described again word for word (at least `SAME_DESCRIPTION` words) is the one person the
        article introduced with it, however far back."""
        ctx = self.ctx
        if unnamed is None or unnamed.type != "unnamed":
            return None
        words = [ctx.tokens[k].lemma for k in range(i, ctx.token_at(unnamed.stop - 1) + 1)]
        if len(words) < SAME_DESCRIPTION:
            return None

        def fits(ref: Referent, first: int) -> bool:
            lemmas = [t.lemma for t in ctx.tokens[max(0, first - ROLE_PHRASE_WINDOW) : first]]
            return any(lemmas[k : k + len(words)] == words for k in range(len(lemmas)))

        return self._one_introduced(ctx.tokens[i], fits)

    def _name_after_nouns(self, j: int, end: int) -> int | None:
        """`актер, продюсер и директор Нейл Патрик Харрис`: from token `j`, person nouns in the
        nominative joined by commas and `и` (with their adjectives and genitives) up to a person's
        name; the name's first token, or None."""
        ctx = self.ctx
        nouns = 0
        for k in range(j, min(len(ctx.tokens), end)):
            ref = ctx.referent_at(k)
            if ref is not None:
                if ref.type == "person":
                    return k if nouns and ctx.token_at(ref.start) == k else None
                return None
            t = ctx.tokens[k]
            if _person_noun(t):
                nouns += 1
            elif not (
                t.text in (",", "и")
                or t.pos == "ADJ"
                or (t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen")
            ):
                return None
        return None

    def _described_as(self, tok: Token, gender: str | None) -> Speaker | None:
        """`передать хакера Гэри Мак-Киннона … хакер подчёркивает`: the person the article
        introduced with this noun just before the name (`хакера X`), however far back."""
        ctx = self.ctx
        for ref in ctx.referents_before(tok.start, 0):
            if (
                ref.type != "person"
                or ctx.in_quote(ref.start)
                or (gender and ref.gender and ref.gender != gender)
            ):
                continue
            if self._introduced_as(ref, tok.lemma):
                return _at(self.from_referent(ref, how="name"), tok, "role")
        return None

    def _introduced_as(self, ref: Referent, lemma: str) -> bool:
        """The word right before the person's name has this lemma (`хакера Гэри Мак-Киннона`)."""
        first = self.ctx.token_at(ref.start)
        return first is not None and first > 0 and self.ctx.tokens[first - 1].lemma == lemma

    def _kin_quoted_before(self, tok: Token, gender: str | None) -> Speaker | None:
        """`— рассказала Алла Бут. ¶ Как пояснила жена бизнесмена, …`: a kin noun (`жена`,
        `мать погибшего`) refers again to the person quoted just before when the gender agrees."""
        gender = gender or tok.feats.get("Gender")
        previous = self.previous(tok.start, paragraphs=1)
        if not previous or gender is None:
            return None
        sp = previous[0]
        if sp.type != "person" or not sp.entity or sp.gender != gender:
            return None
        return _at(sp, tok, "role")

    def _spouse_named(self, i: int, gender: str | None, partner: Referent | None = None) -> Speaker | None:
        """`Супруга «оружейного барона» рассчитывает …` (the article names Алла Бут, wife of Виктор
        Бут): a spouse noun with no name of its own is the one person of its gender the article
        names as someone's spouse, by the noun before or after the name (`его жена Присцилла Чан`,
        `Александра Панфилова, жена Кинчева`) or by the
        surname of a person of the other gender (`Алла Бут` beside `Виктор Бут`); with the partner
        named after the noun (`супруга Виктора Бута`), by the partner's surname. Two such people:
        an unnamed source."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        gender = gender or tok.feats.get("Gender")
        if gender not in ("Masc", "Fem"):
            return None
        people = [r for r in ctx.referents if r.type == "person" and r.entity and not ctx.in_quote(r.start)]
        surnames: dict[str, set[str]] = {}  # surname form -> genders of the people bearing it
        for ref in [partner] if partner is not None else people:
            for form in surname_forms(ref.name.split()[-1]):
                surnames.setdefault(form, set()).add(ref.gender or "")
        other = "Fem" if gender == "Masc" else "Masc"
        found: dict[str, Referent] = {}
        for ref in people:
            if ref.gender != gender or len(ref.name.split()) < 2:
                continue
            first = ctx.token_at(ref.start)
            before = [ctx.tokens[k].lemma for k in range(max(0, (first or 0) - 3), first or 0)]
            if any(w in cues.KIN_NOUNS and w not in SPOUSE_NOUNS for w in before):
                continue  # `его дочь Лиза Бут`: kin of another kind
            last = self._last_token(ref)
            after = [t.lemma for t in ctx.tokens[last + 1 : last + 3]]
            if after[:1] == [","] and after[1:] and after[1] in SPOUSE_NOUNS:
                before.append(after[1])  # `Александра Панфилова, жена Кинчева, сказала`
            if any(w in SPOUSE_NOUNS for w in before) or any(
                other in surnames.get(form, ()) for form in surname_forms(ref.name.split()[-1])
            ):
                found.setdefault(ref.entity, ref)
        if len(found) > 1:
            return self._unnamed(i)  # two couples named: which wife, the text does not say
        if not found:
            return None
        return _at(self.from_referent(next(iter(found.values())), how="name"), tok, "role")

    def _role_in_sentence(self, ref: Referent, lemma: str) -> bool:
        """The role noun stands in the sentence naming the person (`X назначен министром`)."""
        unit = self.ctx.unit_at(ref.start)
        if unit is None:
            return False
        first = self.ctx.token_at(ref.start)
        if first is not None and first > 0 and self.ctx.tokens[first - 1].lemma == lemma:
            return (
                True  # `Французский актёр Ален Делон … режиссёра Патриса Леконта`: the noun before the name
            )
        people = {
            r.entity or r.name
            for r in self.ctx.referents
            if r.type == "person" and unit.start <= r.start < unit.stop
        }
        return len(people) == 1 and any(
            self.ctx.tokens[k].lemma == lemma for k in self.ctx.token_range(unit.start, unit.stop)
        )

    def _role_holder(self, tok: Token, place: Referent) -> Speaker | None:
        """The person named before with this role of this country (`президент России X`)."""
        stem, country = tok.lemma[:5], place.name.lower()[:4]
        for ref in self._antecedents(tok.start):
            role = self.role_of(ref) if ref.type == "person" else None
            if role is None:
                continue
            text = role.text.lower()
            if text.startswith(stem) and (role.org == place.entity or country in text):
                return _at(self.from_referent(ref, how="name"), tok, "role")
        return None

    def _leader_named(self, tok: Token, org: Referent) -> Speaker | None:
        """The person said before to head this organisation (by role, or a role word in the
        sentence naming them both), seen through `глава X`."""
        for ref in self._antecedents(tok.start):
            if ref.type != "person":
                continue
            role = self.role_of(ref)
            if role is not None and org.entity is not None and role.org == org.entity:
                return _at(self.from_referent(ref, how="name"), tok, "role")
            unit = self.ctx.unit_at(ref.start)
            if unit is None or org.entity is None:
                continue
            if any(
                r.entity == org.entity and unit.start <= r.start < unit.stop for r in self.ctx.referents
            ) and any(
                self.ctx.tokens[k].lemma in cues.ROLE_NOUNS or self.ctx.tokens[k].lemma in LEADING_VERBS
                for k in self.ctx.token_range(unit.start, unit.stop)
            ):
                return _at(self.from_referent(ref, how="name"), tok, "role")
        return self._introduced_with_role(tok, org)

    def _introduced_with_role(self, tok: Token, org: Referent) -> Speaker | None:
        """`Председатель правления организации «Справедливость» Андрей Столбунов …` many
        paragraphs before `Председатель правления «Справедливости» уверен`: the one person the
        article named right after this very role noun and this organisation, however far back."""
        ctx = self.ctx

        def fits(ref: Referent, first: int) -> bool:
            para = ctx.paras[ctx.para_index(ref.start)][0] if ctx.paras else 0
            window = [
                k for k in range(max(0, first - ROLE_PHRASE_WINDOW), first) if ctx.tokens[k].start >= para
            ]
            return any(ctx.tokens[k].lemma == tok.lemma for k in window) and any(
                r.entity == org.entity and ctx.tokens[window[0]].start <= r.start < ref.start
                for r in ctx.referents_before(ref.start, para)
            )

        return self._one_introduced(tok, fits)

    def _one_introduced(self, tok: Token, fits: Callable[[Referent, int], bool]) -> Speaker | None:
        """The one person named (outside quotes) before `tok` whose introduction `fits` (the
        referent and its first token), as `tok`'s role; None for nobody or two people: which one
        is meant, the text does not say."""
        ctx, found = self.ctx, {}
        for ref in ctx.referents_before(tok.start, 0):
            first = ctx.token_at(ref.start)
            if ref.type != "person" or not ref.entity or first is None or ctx.in_quote(ref.start):
                continue
            if fits(ref, first):
                found.setdefault(ref.entity, ref)
        if len(found) != 1:
            return None
        return _at(self.from_referent(next(iter(found.values())), how="name"), tok, "role")

    def _role_place(self, j: int) -> bool:
        """`лидер демократов в сенате Гарри Рид`, `посол России в США`: where the role is held."""
        ctx = self.ctx
        nxt = ctx.tokens[j + 1] if j + 1 < len(ctx.tokens) else None
        return (
            ctx.tokens[j].text.lower() in PREPOSITIONS_OF_PLACE
            and nxt is not None
            and nxt.pos in ("NOUN", "PROPN")
            and nxt.feats.get("Case") in ("Loc", None)
            and nxt.lemma not in cues.TIME_NOUNS
        )

    def _body_by_adjective(self, j: int) -> Speaker | None:
        """The organisation of the kind an adjective names, named last before (`армейского
        командования` → `армия Египта`), unless its noun names a body of its own (`комиссии`)."""
        tok = self.ctx.tokens[j]
        noun = self.ctx.tokens[j + 1] if j + 1 < len(self.ctx.tokens) else None
        if noun is None or noun.pos != "NOUN" or noun.lemma in cues.ORG_ANAPHORS:
            return None
        stems = cues.BODY_ADJECTIVES[tok.lemma]
        # the kind is distinctive enough to look back past the antecedent paragraphs
        for ref in self.ctx.referents_before(tok.start, 0):
            if self.ctx.in_quote(ref.start):
                continue
            words = ref.name.lower().split()[:3]
            if ref.type == "organization" and any(w.startswith(stems) for w in words):
                return self.from_referent(ref, how="org")
        return None

    def _body_of_members(self, tok: Token) -> Speaker | None:
        """The body named before whose members these are (`законодатели` → `Парламент Пакистана`)."""
        heads = cues.MEMBERS_OF_BODIES[tok.lemma]
        for ref in self._antecedents(tok.start):
            words = ref.name.lower().split()
            if ref.type in ("organization", "group") and any(
                w.startswith(h) for w in words[:2] for h in heads
            ):
                speaker = self.from_referent(ref, how="org")
                speaker.start, speaker.stop, speaker.number = tok.start, tok.stop, "Plur"
                return speaker
        return None

    def _role_follows(self, j: int) -> int:
        """The role noun, maybe after its adjectives, opening the words at `j` (`народный депутат`); -1 if none."""
        ctx = self.ctx
        for k in range(j, min(len(ctx.tokens), j + 3)):
            t = ctx.tokens[k]
            if t.lemma in cues.ROLE_NOUNS:
                return k
            if t.pos != "ADJ" and t.lemma not in cues.ROLE_MODIFIERS:
                return -1
        return -1

    def _last_cue_unit(self, offset: int) -> tuple[int, int, str | None, str | None] | None:
        """From the latest cue before `offset` to the end of its sentence, with its speaker's entity and gender."""
        before = [(pos, sp) for pos, sp in self.history if pos < offset]
        if not before:
            return None
        pos, sp = max(before, key=lambda h: h[0])
        unit = self.ctx.unit_at(pos)
        if unit is None or sp.type != "person":
            return None
        gender = sp.gender or next(
            (r.gender for r in self.ctx.referents if r.entity and r.entity == sp.entity and r.gender), None
        )
        return pos, unit.stop, sp.entity, gender

    def _of_person(self, i: int) -> bool:
        """`пресс-секретарь главы государства`: a role held for another person."""
        nxt = self.ctx.tokens[i + 1] if i + 1 < len(self.ctx.tokens) else None
        return nxt is not None and nxt.feats.get("Case") == "Gen" and nxt.feats.get("Animacy") == "Anim"

    def _national_role(self, i: int, gender: str | None) -> Speaker | None:
        """`Французский лидер заявил`: the person named before with a role of that country (`президент Франции`)."""
        ctx = self.ctx
        adj = ctx.tokens[i - 1] if i > 0 else None
        if adj is None or adj.pos != "ADJ" or not adj.lemma.endswith(("ский", "цкий")):
            return None
        stems = cues.NATIONAL_STEMS.get(adj.lemma, (adj.lemma[:4],))
        national: list[tuple[Referent, list[str]]] = []
        for ref in self._antecedents(ctx.tokens[i].start):
            if ref.type != "person" or (gender and ref.gender and gender != ref.gender):
                continue
            role = self.role_of(ref)
            if role is None:
                continue
            # `председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин`: roles joined before the name
            words = role.text.lower().replace("-", " ").split() + self._roles_before(role)
            if any(w.startswith(stem) for w in words for stem in stems):
                national.append((ref, words))
        # `президента Сербии Бориса Тадича … командира армии боснийских сербов Ратко Младича …
        # По словам сербского президента`: the one whose role is that noun; a leader noun (`Французский
        # лидер`) stands for any role of that country, another noun for its own role only
        noun = ctx.tokens[i].lemma
        same = [ref for ref, words in national if any(w.startswith(noun) for w in words)]
        if not same and noun in cues.LEADER_NOUNS:
            same = [ref for ref, _ in national]
        if same:
            return _at(self.from_referent(same[0], how="name"), ctx.tokens[i], "role")
        # `белорусского лидера` with only one person named so far: that person
        people = {
            r.entity: r
            for r in self._antecedents(ctx.tokens[i].start)
            if r.type == "person" and r.entity and (not gender or not r.gender or gender == r.gender)
        }
        if len(people) == 1 and ctx.tokens[i].lemma in cues.LEADER_NOUNS:
            return _at(self.from_referent(next(iter(people.values())), how="name"), ctx.tokens[i], "role")
        return None

    def _national_official(self, i: int) -> Speaker | None:
        """`Венесуэльский министр информации заявил`, `британский дипломат сообщил`: an unnamed
        official of the country the adjective names speaks for that country, when the article names
        it (`британский эксперт`, `американский журналист` speak for no one; `российский
        представитель компании` for the company)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        adj = ctx.tokens[i - 1] if i > 0 else None
        if (
            tok.lemma not in NATIONAL_OFFICIALS
            or tok.feats.get("Number") == "Plur"
            or adj is None
            or adj.pos != "ADJ"
            or not adj.lemma.endswith(("ский", "цкий"))
            or adj.lemma in cues.BODY_ADJECTIVES
        ):
            return None
        for k in range(i + 1, min(len(ctx.tokens), i + 4)):
            ref = ctx.referent_at(k)
            if ref is not None and ref.type in ("person", "organization"):
                return None  # `представитель компании «Х»`, `посол Иван Петров`: named otherwise
            if ctx.tokens[k].pos in ("PUNCT", "VERB"):
                break
        stems = cues.NATIONAL_STEMS.get(adj.lemma, (adj.lemma[:4],))
        for ref in ctx.referents:
            if ref.type == "country" and ref.entity and ref.name.lower().startswith(stems):
                found = self.from_referent(ref, how="represented")
                start, stop = self._description_span(i)
                found.start = ctx.tokens[start].start
                found.stop = ctx.tokens[stop - 1].stop
                found.description = ctx.text[found.start : found.stop]
                found.gender, found.number = None, "Sing"
                return found
        return None

    def _roles_before(self, role: Role) -> list[str]:
        """Words of the roles listed before a role phrase, joined by commas, back to the verb or
        the sentence start (`председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин`)."""
        ctx = self.ctx
        first = ctx.token_at(role.start)
        if first is None or first < 2 or ctx.tokens[first - 1].text != ",":
            return []
        words: list[str] = []
        for k in range(first - 2, max(-1, first - 2 - ROLE_PHRASE_WINDOW), -1):
            t = ctx.tokens[k]
            ref = ctx.referent_at(k)
            if (
                t.pos in ("VERB", "AUX", "ADP")
                or t.text in (".", ";", ":", "«", "»")
                or (ref is not None and ref.type == "person")
            ):
                break
            words.append(t.text.lower())
        return words if any(w in cues.ROLE_NOUNS for w in words) else []

    def _head_of_state(self, i: int, gender: str | None) -> Speaker | None:
        """`Глава (российского) государства заявил`: the president named before (of that country)."""
        ctx = self.ctx
        if ctx.tokens[i].lemma != cues.HEAD_OF_STATE[0]:
            return None
        j, adj = i + 1, None
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ" and ctx.tokens[j].feats.get("Case") == "Gen":
            adj, j = ctx.tokens[j], j + 1
        if j >= len(ctx.tokens) or ctx.tokens[j].lemma != cues.HEAD_OF_STATE[1]:
            return None
        stems = cues.NATIONAL_STEMS.get(adj.lemma, (adj.lemma[:4],)) if adj is not None else ()
        found: dict[str, Referent] = {}
        for ref in self._antecedents(ctx.tokens[i].start):
            if ref.type != "person" or not ref.entity or (gender and ref.gender and gender != ref.gender):
                continue
            role = self.role_of(ref)
            words = role.text.lower().replace("-", " ").split() if role is not None else []
            if not any(w in cues.PRESIDENTS for w in words):
                continue
            if stems and not any(w.startswith(stem) for w in words for stem in stems):
                continue
            found[ref.entity] = ref
        if not found:  # `Дмитрий Медведев пообещал … Глава российского государства заявил`: the one person
            people = {
                r.entity: r
                for r in self._antecedents(ctx.tokens[i].start)
                if r.type == "person" and r.entity and (not gender or not r.gender or gender == r.gender)
            }
            found = people if len(people) == 1 else {}
        if len(found) != 1:
            return None
        return _at(self.from_referent(next(iter(found.values())), how="name"), ctx.tokens[i], "role")

    def _people_of(self, i: int) -> Speaker | None:
        """`считают американцы`: the country whose people they are, when the text names it."""
        tok = self.ctx.tokens[i]
        party = cues.PARTY_MEMBERS.get(tok.lemma)
        stems = party or cues.DEMONYMS.get(tok.lemma)
        if stems is None or tok.feats.get("Number") != "Plur":
            return None
        kinds = ("organization",) if party else ("country", "location")
        for ref in self._antecedents(tok.start):
            if ref.type in kinds and ref.entity:
                name = ref.name.lower()
                if any(name.startswith(stem) for stem in stems):
                    return _at(self.from_referent(ref, how="name"), tok, "name")
        return None

    def _qualified(self, i: int) -> bool:
        """A role noun with its own modifiers names someone new, unless they point back (`глава компании`)."""
        ctx = self.ctx
        j = i + 1
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ" and ctx.tokens[j].feats.get("Case") == "Gen":
            j += 1
        nxt = ctx.tokens[j] if j < len(ctx.tokens) else None
        after = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if (
            after is not None
            and after.feats.get("Case") == "Gen"
            and (after.feats.get("Animacy") == "Anim" or after.feats.get("VerbForm") == "Part")
        ):
            return True  # `адвокат погибшего`: someone of a person, not that person
        if nxt is not None and nxt.pos == "NOUN" and nxt.feats.get("Case") == "Gen":
            if j > i + 1:  # `представитель следственного управления`
                return True
            return (
                nxt.lemma not in cues.ORG_ANAPHORS
            )  # `глава корпорации` points back, `глава пресс-службы` not
        if (
            after is not None
            and after.text.lower() == "из"
            and i + 2 < len(ctx.tokens)
            and ctx.tokens[i + 2].feats.get("Case") == "Gen"
        ):
            return True  # `Агент из города Мобил рассказал`: someone from a place, new to the text
        prev = ctx.tokens[i - 1] if i > 0 else None
        return (
            prev is not None
            and prev.pos == "ADJ"
            and prev.lemma not in cues.ROLE_MODIFIERS
            and prev.lemma not in POINTING_BACK  # `Сама женщина утверждает`: the woman named before
        )

    def _foreign_name(self, i: int) -> Speaker:
        """A Latin-script name the Russian NER does not tag: `said John Smith`."""
        ctx, stop = self.ctx, i + 1
        while stop < len(ctx.tokens) and "A" <= ctx.tokens[stop].text[:1] <= "Z":
            stop += 1
        start, end = ctx.tokens[i].start, ctx.tokens[stop - 1].stop
        return Speaker(start, end, "name", text=ctx.text[start:end], name=ctx.text[start:end])

    def _bare_name(self, i: int) -> Speaker:
        """Capitalised proper nouns in a row, a person's name no stage linked."""
        ctx, start, stop = self.ctx, i, i + 1
        while start > 0 and ctx.tokens[start - 1].pos == "PROPN" and ctx.tokens[start - 1].text[:1].isupper():
            start -= 1
        while (
            stop < len(ctx.tokens) and ctx.tokens[stop].pos == "PROPN" and ctx.tokens[stop].text[:1].isupper()
        ):
            stop += 1
        first, last = ctx.tokens[start].start, ctx.tokens[stop - 1].stop
        return Speaker(first, last, "name", text=ctx.text[first:last], name=ctx.text[first:last])

    def unnamed(self, i: int) -> Speaker | None:
        """An unnamed source described by the noun phrase around token `i`."""
        return self._unnamed(i)

    def _unnamed(self, i: int) -> Speaker | None:
        found = self._described(i)
        if (
            found is not None
            and found.entity is not None
            and found.description is None
            and self.ctx.tokens[i].lemma in VOICE_NOUNS
        ):
            # `представитель ZANU-PF`, `источник агентства в военной прокуратуре`: the entity it
            # speaks for is the speaker, the description is kept
            start, stop = self._description_span(i)
            found.description = self.ctx.text[self.ctx.tokens[start].start : self.ctx.tokens[stop - 1].stop]
        return found

    def _description_span(self, i: int) -> tuple[int, int]:
        """The tokens of the noun phrase describing an unnamed source around its head `i`."""
        ctx = self.ctx
        start = i
        while start > 0 and (
            # its adjectives, agreeing in case (`официальных лиц`)
            (
                ctx.tokens[start - 1].pos == "ADJ"
                and ctx.tokens[start - 1].feats.get("Case") in ("Nom", ctx.tokens[i].feats.get("Case"))
            )
            or ctx.tokens[start - 1].text.lower() in cues.POSSESSIVES
        ):
            start -= 1
        stop = i + 1
        while stop < min(len(ctx.tokens), i + 6):
            t = ctx.tokens[stop]
            if (
                t.pos not in ("ADP", "NOUN", "PROPN", "ADJ", "DET", "NUM")
                or (t.feats.get("Case") == "Nom" and t.pos != "PROPN")
                or t.feats.get("Variant") == "Short"  # `журналист уверен`
                # `прокурор журналистам`: the addressee
                or (t.feats.get("Case") == "Dat" and ctx.tokens[stop - 1].pos != "ADP")
                # `представители партии в четверг`, `глава государства во время форума`: when, not who
                or (
                    t.pos == "ADP"
                    and stop + 1 < len(ctx.tokens)
                    and (
                        ctx.tokens[stop + 1].lemma in cues.TIME_NOUNS
                        or ctx.tokens[stop + 1].lemma in CIRCUMSTANCE_NOUNS
                        or t.text.lower() in CIRCUMSTANCE_PREPOSITIONS
                    )
                )
            ):
                break
            stop += 1
        while stop > i + 1 and ctx.tokens[stop - 1].pos == "ADP":
            stop -= 1
        return start, stop

    def _described(self, i: int) -> Speaker | None:
        ctx = self.ctx
        start, stop = self._description_span(i)
        first, last = ctx.tokens[start], ctx.tokens[stop - 1]
        head = ctx.tokens[i].lemma
        spoken_for = self._spoken_for(i, stop) or self._court_of_judge(i, stop)
        if spoken_for is not None:
            spoken_for.start, spoken_for.stop = first.start, last.stop
            spoken_for.description = ctx.text[first.start : last.stop]
            return spoken_for
        # `представитель организации «Голос»`: a quoted name just after the description is looked at too
        quoted_next = stop < len(ctx.tokens) - 1 and ctx.tokens[stop].text in QUOTE_MARKS
        for j in range(i + 1, stop + 2 if quoted_next else stop):
            ref = ctx.referent_at(j)
            # `агентство Reuters`, `пресс-службы посольства США` (a state body with its country)
            named = ref is not None and ref.type != "person" and self._named_body(ref, head)
            if (
                named
                and ref.type != "organization"
                and any(
                    ctx.tokens[k].pos == "NOUN"
                    and (
                        ctx.tokens[k].feats.get("Animacy") == "Anim" or ctx.tokens[k].lemma in cues.ORG_VOICES
                    )
                    for k in range(i + 1, j)
                )
            ):
                # `представители партии президента Франции`: the country qualifies a person, not the
                # speaker; `представитель полицейского управления Вашингтона`: a body of the city
                break
            if (
                named
                and ref.type in ("country", "location")
                and head in cues.ROLE_NOUNS
                and ctx.tokens[i].feats.get("Number") == "Plur"
            ):
                holder = self._role_holder(ctx.tokens[i], ref)  # `президентов России и США`: Russia's
                if holder is not None:
                    return holder
            inside = j > 0 and ctx.tokens[j - 1].text.lower() in ("в", "во", "из")  # `источник в Роскосмосе`
            if named and head in cues.SOURCES_TO_OUTLETS and not inside and ref.type == "organization":
                placed = self._source_placed(start, self._last_token(ref) + 1)
                if placed is not None:
                    return placed  # `источник РБК в минобороны`, `собеседник «Ъ» в отрасли`
                # `собеседники РБК`, `источник ТАСС`: an unnamed source kept with its description,
                # the outlet only relays it (recorded as the outlet)
                end = self._last_token(ref)
                if end + 1 < len(ctx.tokens) and ctx.tokens[end + 1].text in QUOTE_MARKS:
                    end += 1  # `собеседник «Ъ»`
                return Speaker(
                    first.start,
                    ctx.tokens[end].stop,
                    "unnamed",
                    text=ctx.text[first.start : ctx.tokens[end].stop],
                    type="unnamed",
                    number=ctx.tokens[i].feats.get("Number", "Sing"),
                )
            if (
                ref is None
                and head == "источник"  # `собеседник агентства`: whoever spoke to it (quotes.py)
                and j == i + 1
                and ctx.tokens[j].lemma in cues.OUTLET_NOUNS
                and ctx.tokens[j].feats.get("Case") == "Gen"
            ):
                # `источники издания`: an unnamed source of the outlet named before, unless placed
                # (`источник агентства в военной прокуратуре`: that body)
                placed = self._source_placed(start, j + 1)
                if placed is not None and placed.entity is not None:
                    return placed
                break
            if (
                named
                and (head not in cues.SOURCES_TO_OUTLETS or inside)
                and (ref.type == "organization" or head in cues.VOICES_OF_PLACES)
            ):
                if self._leads(
                    i
                ):  # `Новый глава Пентагона`, `Форвард «Реала»`: the person named before in that role
                    leader = self._leader_named(ctx.tokens[i], ref)
                    if leader is not None:
                        return leader
                # `представитель ZANU-PF`, `агентство Reuters`: the named organisation speaks
                # (`представители армии`: as a plural subject, that `они` may refer back to)
                return self.from_referent(ref, how="org", number=ctx.tokens[i].feats.get("Number", "Sing"))
            # `неназванный представитель министерства`: a common noun the entities stage linked back
            linked_word = ref is not None and ctx.token_range(ref.start, ref.stop) == range(j, j + 1)
            if (
                (ref is None or (ref.type == "organization" and not named and linked_word))
                and head in cues.SPOKESPEOPLE
                and j == i + 1
                and ctx.tokens[j].lemma in cues.UNNAMED_SOURCES
                and ctx.tokens[j].feats.get("Case") == "Gen"
            ):
                # `представители прокуратуры` after `федеральная прокуратура Бельгии`: the body named
                # before whose name that noun heads
                body = self._named_by_head(j)
                if body is not None:
                    return body
            if ref is None and head in cues.SPOKESPEOPLE and ctx.tokens[j].lemma in cues.BODY_ADJECTIVES:
                # `представитель армейского командования`; `правительственной комиссии`: a body of its own
                body = self._body_by_adjective(j)
                if body is not None:
                    body.start, body.stop = first.start, last.stop
                    return body
            if ref is None and ctx.tokens[j].lemma in cues.MEMBERS_OF_BODIES:
                body = self._body_of_members(ctx.tokens[j])  # `представитель талибов`
                if body is not None:
                    body.start, body.stop, body.number = ctx.tokens[start].start, ctx.tokens[j].stop, "Sing"
                    return body
            if ref is not None and ref.type == "person" and ctx.tokens[j - 1].lemma in cues.ORG_ANAPHORS:
                # `представитель партии Цвангираи`: the organisation the person leads speaks
                led = self.led_by(ref)
                if led is not None:
                    led.start, led.stop = ctx.tokens[start].start, ref.stop
                    return led
            anaphor = ref is None or (ref.type == "organization" and not named and linked_word)
            if anaphor and head in cues.ROLE_NOUNS and ctx.tokens[j].lemma in cues.ORG_ANAPHORS:
                nxt = self._token_after(j)
                named_next = ctx.referent_at(nxt) if nxt is not None and nxt > j + 1 else None
                if named_next is not None and named_next.type == "organization":
                    # `представитель организации «Голос»`: the quoted name is the organisation itself;
                    # `председатель организации «Справедливость»`: its head named before, if any
                    leader = self._leader_named(ctx.tokens[i], named_next) if self._leads(i) else None
                    return leader or self.from_referent(named_next, how="org")
                # `представитель оборонного ведомства`: speaks for the organisation named before
                found = self._org_anaphor(j)
                if found is not None:
                    return found
        number = ctx.tokens[i].feats.get("Number", "Sing")
        return Speaker(
            first.start,
            last.stop,
            "unnamed",
            text=ctx.text[first.start : last.stop],
            type="unnamed",
            number=number,
        )

    def _leads(self, i: int) -> bool:
        """The noun names one person's post in an organisation (`глава`, `форвард`), not its voice."""
        head = self.ctx.tokens[i]
        return head.lemma in cues.LEADER_NOUNS or (
            head.lemma not in cues.SPOKESPEOPLE and head.feats.get("Animacy") == "Anim"
        )

    def _court_of_judge(self, i: int, stop: int) -> Speaker | None:
        """`судья заявила` with nothing after: the judge gives the ruling of the one court the
        article named before (`Судом Партизанского района … судья заявила`)."""
        tok = self.ctx.tokens[i]
        if tok.lemma not in JUDGES or stop != i + 1 or tok.feats.get("Number") == "Plur":
            return None
        courts: dict[str, Referent] = {}
        for ref in self._antecedents(tok.start):
            if ref.type == "organization" and ref.entity and COURT_HEADS & set(ref.name.lower().split()[:3]):
                courts.setdefault(ref.entity, ref)
        if len(courts) != 1:
            return None
        return self.from_referent(next(iter(courts.values())), how="org")

    def _spoken_for(self, i: int, stop: int) -> Speaker | None:
        """`Представитель Эрдогана назвал`, `Пресс-служба Кадырова заявила`, `пресс-секретарь
        губернатора заявил`: one who speaks for a person, named in the genitive right after the
        noun (maybe after the person's role) or named before with that role, speaks as that person."""
        ctx = self.ctx
        if ctx.tokens[i].lemma not in PERSON_VOICES or i + 1 >= stop:
            return None
        j, role = i + 1, None
        if ctx.referent_at(j) is None and ctx.tokens[j].lemma in cues.ROLE_NOUNS:
            role = ctx.tokens[j]  # `пресс-секретарь президента (России Владимира Путина)`
            if role.feats.get("Case") != "Gen":
                return None
            j += 1
            while j < stop and ctx.referent_at(j) is None and ctx.tokens[j].pos == "ADJ":
                j += 1
            place = ctx.referent_at(j) if j < stop else None
            if place is not None and place.type in ("country", "location"):
                j = self._last_token(place) + 1  # `губернатора Санкт-Петербурга`
        ref = ctx.referent_at(j) if j < stop else None
        if ref is not None and ref.type == "person" and ctx.token_at(ref.start) == j:
            lone = ctx.token_at(ref.start) == self._last_token(ref)
            if self.is_nominative(ref) and not (lone and cues.man_in_genitive(ctx.tokens[j].text)):
                return None  # `пресс-секретарь Мария Захарова`: the name is the spokesman's own
            found = self.from_referent(ref, how="represented")
        elif role is not None:
            # `пресс-служба главы государства`: the one person the article gives that role
            holder = self._holder_of(i + 1)
            if holder is None:
                return None
            found = self.from_referent(holder, how="represented")
        else:
            return None
        found.gender, found.number = None, ctx.tokens[i].feats.get("Number", "Sing")
        return found

    def _holder_of(self, k: int) -> Referent | None:
        """The one person the article names with the role noun at token `k` as their own role
        (`президент Узбекистана Ислам Каримов`, not `дочь президента … Лолла Каримова`); `глава
        государства` is a president."""
        ctx, noun = self.ctx, self.ctx.tokens[k]
        j = k + 1
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ":
            j += 1
        state = noun.lemma == cues.HEAD_OF_STATE[0] and j < len(ctx.tokens)
        state = state and ctx.tokens[j].lemma == cues.HEAD_OF_STATE[1]
        found: dict[str, Referent] = {}
        for ref in ctx.referents:
            if ref.type != "person" or not ref.entity or ctx.in_quote(ref.start):
                continue
            role = self.role_of(ref)
            head = ctx.token_at(role.start) if role is not None else None
            if role is None or head is None:
                continue
            if any(r.type == "person" for r in ctx.referents if role.start <= r.start < role.stop):
                continue  # `дочь президента Ислама Каримова`: the role of another
            lemma = ctx.tokens[head].lemma
            if (lemma in cues.PRESIDENTS) if state else (lemma == noun.lemma):
                found.setdefault(ref.entity, ref)
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_body(self, ref: Referent, head: str) -> bool:
        """A body named, not a common noun linked back: capitalised (`агентство Reuters`), or, for
        those who speak for it, an organisation whose name is a phrase in lower case
        (`представители администрации президента`; a source `в палестинском правительстве` is no
        spokesman and stays unnamed)."""
        if _capitalised(self.ctx.text[ref.start : ref.stop]):
            return True
        return (
            head in cues.SPOKESPEOPLE
            and ref.type == "organization"
            and ref.entity is not None
            and len(self.ctx.token_range(ref.start, ref.stop)) > 1
        )

    def _source_placed(self, first: int, k: int) -> Speaker | None:
        """`источник РБК в сербском минобороны`, `собеседник «Ъ» в отрасли`: an outlet's source
        whose place is said after the outlet speaks from that place: the organisation named
        there, else an unnamed source with its description (the outlet only relays it)."""
        ctx = self.ctx
        while k < len(ctx.tokens) and ctx.tokens[k].text in QUOTE_MARKS:
            k += 1
        if k + 1 >= len(ctx.tokens) or ctx.tokens[k].text.lower() not in ("в", "во", "из"):
            return None
        j = k + 1
        while j < len(ctx.tokens) - 1 and ctx.tokens[j].pos == "ADJ" and ctx.referent_at(j) is None:
            j += 1  # `в сербском минобороны`
        ref = ctx.referent_at(j)
        if ref is not None and ref.type == "organization":
            return self.from_referent(ref, how="org")
        tok = ctx.tokens[j]
        if (
            ref is not None
            or tok.pos != "NOUN"
            or tok.lemma in cues.TIME_NOUNS
            or tok.lemma in CIRCUMSTANCE_NOUNS
        ):
            return None  # `источник ТАСС в понедельник`: when, not where
        return Speaker(
            ctx.tokens[first].start,
            tok.stop,
            "unnamed",
            text=ctx.text[ctx.tokens[first].start : tok.stop],
            type="unnamed",
            number=ctx.tokens[first].feats.get("Number", "Sing"),
        )

    def _party_of(self, ref: Referent, first: int) -> Speaker | None:
        """`представитель партии Цвангираи`: the person leads the organisation that speaks."""
        ctx = self.ctx
        org_word, head = ctx.tokens[first - 1], ctx.tokens[first - 2]
        if org_word.lemma not in cues.ORG_ANAPHORS or head.lemma not in cues.SPOKESPEOPLE:
            return None
        led = self.led_by(ref)
        if led is not None:
            led.start, led.stop, led.how = head.start, ref.stop, "org"
        return led

    def led_by(self, person: Referent) -> Speaker | None:
        """The organisation a person is said to lead (`лидер партии «Яблоко» Иван Петров`), if the text says."""
        if person.entity is None:
            return None
        ctx = self.ctx
        for ref in ctx.referents:
            if ref.entity != person.entity:
                continue
            first = ctx.token_at(ref.start)
            if first is None:
                continue
            for j in range(max(0, first - LEADER_WINDOW), first):
                org = ctx.referent_at(j)
                if org is None or org.type != "organization" or org.entity is None:
                    continue
                k = (ctx.token_at(org.start) or j) - 1
                while k >= 0 and (
                    ctx.tokens[k].text in QUOTE_MARKS
                    or ctx.tokens[k].pos == "ADJ"
                    or ctx.tokens[k].lemma in cues.ORG_ANAPHORS  # `лидер партии «…»`
                ):
                    k -= 1
                if k >= 0 and ctx.tokens[k].lemma in cues.LEADER_NOUNS:
                    return self.from_referent(org, how="org")
        return None

    # --- anaphora -------------------------------------------------------------
    def resolve_pronoun(self, gender: str | None, number: str | None, tok: Token) -> Speaker | None:
        if number == "Plur":
            group = self._group_antecedent(tok)
            for sp in self.previous(tok.start)[:4]:
                # `они`, `их`: a plural subject, or a body speaking as a collective (`армия`)
                if (sp.number == "Plur" or sp.type in COLLECTIVES) and (
                    group is None or sp.start > group.start
                ):
                    return _at(sp, tok, "pronoun")
            if group is not None:
                return _at(self.from_referent(group, how="name"), tok, "pronoun")
            voices = self._voices_before(tok)
            if voices is not None:
                return _at(voices, tok, "pronoun")
            return Speaker(tok.start, tok.stop, "pronoun", text=tok.text, type="unnamed", number="Plur")
        introduced = self._introduced_before(tok, gender) or self._unnamed_nearer(tok, gender)
        if introduced is not None:
            return introduced
        fallback = None
        subject_org = self._subject_org(tok, gender)
        last = self.previous(tok.start)[:1]
        last_speaker = last[0].entity if last else None
        said = self._last_cue_unit(tok.start)
        for ref in self._antecedents(tok.start):
            if (
                said is not None
                and said[0] < ref.start < said[1]
                and ref.entity != said[2]
                and said[3] == gender
            ):
                continue  # `Политик заявил, что Сальвини осудил … По его словам`: someone in what was said
            if subject_org is not None and ref.start < subject_org.start:
                break  # the organisation that opened the sentence before is nearer
            if (
                subject_org is not None
                and ctx_unit(self.ctx, ref.start) == ctx_unit(self.ctx, subject_org.start)
                and not (ref.entity and ref.entity == last_speaker)  # `Член совета X заявил … он`: X spoke
            ):
                continue  # `Белый дом охарактеризовал Ли Куан Ю … Он`: an object, not the subject
            if ref.type != "person" or (gender and ref.gender and gender != ref.gender):
                continue
            if (self.is_nominative(ref) and not self._oblique_apposition(ref)) or (
                last and last[0].start == ref.start and last[0].how == "name"
            ):
                # `По словам главы ведомства Александра Жарова, … При этом он подчеркнул`: the person
                # named as the speaker of the words just before, in whatever case
                return _at(self.from_referent(ref, how="name"), tok, "pronoun")
            fallback = fallback or ref
        if subject_org is not None and fallback is None:
            return _at(self.from_referent(subject_org, how="org"), tok, "pronoun")
        for sp in self.previous(tok.start):
            if sp.type == "person" and sp.key and (not gender or not sp.gender or sp.gender == gender):
                return _at(sp, tok, "pronoun")
        if fallback is not None:
            return _at(self.from_referent(fallback, how="name"), tok, "pronoun")
        for sp in self.previous(tok.start, paragraphs=1):
            # `Представитель министерства сообщил … Он заявил`; a named outlet is not `он`
            if sp.number != "Plur" and (sp.type in ("person", "unnamed") or sp.how == "org"):
                return _at(sp, tok, "pronoun")
        return None

    def _oblique_apposition(self, ref: Referent) -> bool:
        """`носят русские имена — Алёша и Соня`, `из квартиры своей дочери Челси`: a name set after a
        noun in an oblique case (after a dash, or right after a kin noun) stands in that noun's case,
        whatever case the tagger gives an indeclinable or listed name; it is no subject."""
        ctx = self.ctx
        k = (ctx.token_at(ref.start) or 0) - 1
        while k > 0:
            other = ctx.referent_at(k)
            if other is not None and other.type == "person":
                k = (ctx.token_at(other.start) or k) - 1  # `Алёша и Соня`: the names listed before
            elif ctx.tokens[k].text in (",", "и"):
                k -= 1
            else:
                break
        if k <= 0:
            return False
        tok = ctx.tokens[k]
        if tok.text in APPOSITION_DASHES:
            tok = ctx.tokens[k - 1]
        elif tok.lemma not in cues.KIN_NOUNS:
            return False
        return tok.pos == "NOUN" and tok.feats.get("Case", "Nom") != "Nom"

    def _group_antecedent(self, tok: Token) -> Referent | None:
        """`Мятежники захватили город. Они заявили, что …`: a plural pronoun stands for the collective
        (a `group` entity, or an organisation named by its members, `Повстанцы «Талибана»`) that is
        the subject of its sentence or of one of the two before, in the same paragraph, when no
        other speaker came after it; not for one named in what someone said (`Иванов заявил, что
        мятежники отступили. Они …`)."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None:
            return None
        index = ctx.units.index(unit)
        first = ctx.units[max(0, index - UNNAMED_ANTECEDENT_UNITS)]
        while first.para != unit.para:
            first = ctx.units[ctx.units.index(first) + 1]
        for ref in self._antecedents(tok.start):
            if ref.start < first.start:
                return None
            head = ctx.tokens[ctx.token_at(ref.start) or 0]
            plural = ref.type == "group" or (  # `Повстанцы «Талибана»`: the movement's members
                ref.type in COLLECTIVES and head.pos == "NOUN" and head.feats.get("Number") == "Plur"
            )
            if not plural or not ref.entity or not self.is_nominative(ref):
                continue
            said = any(
                pos <= ref.start
                and sp.entity != ref.entity
                and ctx_unit(ctx, pos) == ctx_unit(ctx, ref.start)
                for pos, sp in self.history
            )
            if not said:
                return ref
        return None

    def _voices_before(self, tok: Token) -> Speaker | None:
        """`Представители Роскосмоса не подтвердили … Они лишь сказали`: a plural pronoun opening
        its sentence stands for the plural subject opening the sentence before in its paragraph
        when that subject speaks for a named body (spokesmen, a press office's staff)."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None or ctx.token_at(unit.start) != ctx.token_at(tok.start):
            return None
        index = ctx.units.index(unit)
        if index == 0 or ctx.units[index - 1].para != unit.para:
            return None
        before = ctx.units[index - 1]
        for j in ctx.token_range(before.start, before.stop)[:SUBJECT_OPENING]:
            t = ctx.tokens[j]
            if t.pos != "NOUN" or t.feats.get("Case") != "Nom":
                continue
            if t.feats.get("Number") != "Plur" or t.lemma not in PERSON_VOICES | cues.ORG_VOICES:
                return None
            found = self._unnamed(j)
            return found if found is not None and found.entity else None
        return None

    def _introduced_before(self, tok: Token, gender: str | None) -> Speaker | None:
        """`Был задержан 27-летний житель села. Он сказал, что …`: a pronoun opening its sentence
        refers to the person the sentence before introduces by a common noun in the nominative
        (no name in that sentence): an unnamed speaker with that description, not a name further up."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None or gender is None or ctx.token_at(unit.start) != ctx.token_at(tok.start):
            return None
        index = ctx.units.index(unit)
        if index == 0 or ctx.units[index - 1].para < unit.para - 1:
            return None
        before = ctx.units[index - 1]
        if any(r.type == "person" and before.start <= r.start < before.stop for r in ctx.referents):
            return None
        for j in ctx.token_range(before.start, before.stop):
            t = ctx.tokens[j]
            if (
                _antecedent_noun(t, gender)
                and t.lemma not in cues.ROLE_NOUNS
                and ctx.referent_at(j) is None
                and j > 0
                and ctx.tokens[j - 1].pos in ("ADJ", "NUM")  # `27-летний житель`: someone new
            ):
                found = self._unnamed(j)
                if found is not None:
                    return _at(found, tok, "pronoun")
        return None

    def _unnamed_nearer(self, tok: Token, gender: str | None) -> Speaker | None:
        """`Владелец школы сообщил, что … Он также сказал`, `мой кузен сказал мне … Он сказал`,
        `33-летний мужчина вышел во двор … Хотя он сообщил`: the nearest person the pronoun agrees
        with, looking back over its sentence and the two before, is someone unnamed (a speaker kept
        with a description, or a common noun for a person in the nominative, not in apposition to a
        name): the pronoun is that person, not a named person further up. A named person (or a role
        noun that refers back to one) nearer, or none found: the usual rules decide."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None or gender is None:
            return None
        index = ctx.units.index(unit)
        first_unit = index
        while (
            first_unit > 0
            and index - first_unit < UNNAMED_ANTECEDENT_UNITS
            and ctx.units[first_unit - 1].para >= unit.para - 1
        ):
            first_unit -= 1
        floor = ctx.units[first_unit].start
        named_units = {
            ctx.units.index(u)
            for r in ctx.referents
            if r.type == "person"
            and floor <= r.start < tok.start
            and self.is_nominative(r)
            and (not r.gender or r.gender == gender)
            for u in (ctx.unit_at(r.start),)
            if u is not None
        }
        k = ctx.token_at(tok.start)
        if k is None:
            return None
        j = k - 1
        while j >= 0 and ctx.tokens[j].start >= floor:
            t = ctx.tokens[j]
            ref = ctx.referent_at(j)
            if ref is not None:
                if (
                    ref.type == "person"
                    and (not ref.gender or ref.gender == gender)
                    and self.is_nominative(ref)
                ):
                    return None  # a name nearer
                j = (ctx.token_at(ref.start) or j) - 1
                continue
            spoken = next((sp for pos, sp in self.history if sp.start <= t.start < sp.stop), None)
            if spoken is not None and spoken.number == "Sing":
                if spoken.type == "unnamed" and _head_gender(ctx, spoken) == gender:
                    if self._words_follow(spoken, tok):
                        return None  # `Племянник сказал: ¶ Он был убеждён …`: someone in their words
                    return _at(spoken, tok, "pronoun")
                if spoken.type == "person" and (not spoken.gender or spoken.gender == gender):
                    return None  # a speaker resolved to a name (a role noun, a pronoun) is nearer
            elif (
                _antecedent_noun(t, gender)
                and t.lemma not in cues.ROLE_NOUNS  # `Министр встретился …`: may be someone named
                and t.lemma not in cues.KIN_NOUNS  # `Брат северокорейского лидера`: the person named
                and (t.text.islower() or ctx.token_at(ctx.unit_at(t.start).start) == j)
            ):
                u = ctx.unit_at(t.start)
                if u is None or ctx.units.index(u) in named_units:
                    return None  # `Иванов — опытный врач`: said of the person named
                found = self._unnamed(j)
                if found is None or found.type != "unnamed" or self._named_after(j):
                    return None
                return _at(found, tok, "pronoun")
            j -= 1
        return None

    def _words_follow(self, spoken: Speaker, tok: Token) -> bool:
        """The speaker's paragraph closes with a colon and `tok` stands in a paragraph after it."""
        para = self.ctx.para_index(spoken.start)
        start, stop = self.ctx.paras[para]
        return self.ctx.text[start:stop].rstrip().endswith(":") and self.ctx.para_index(tok.start) > para

    def _named_after(self, j: int) -> bool:
        """`мужчина по имени Антон`, `адвокат Алёхиной Оксана Дарова`: a name follows the noun."""
        ctx = self.ctx
        for k in range(j + 1, min(len(ctx.tokens), j + 5)):
            ref = ctx.referent_at(k)
            if ref is not None and ref.type == "person":
                return True
            if ctx.tokens[k].pos in ("VERB", "PUNCT") and ctx.tokens[k].text not in ("—", "–"):
                return False
        return False

    def _subject_org(self, tok: Token, gender: str | None) -> Referent | None:
        """`Компания «Яндекс» выпустила отчёт. В нём она сообщила …`: an organisation opening the
        sentence before (or this one), whose head noun agrees with the pronoun in gender."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None or gender is None:
            return None
        index = ctx.units.index(unit)
        for u in (unit, ctx.units[index - 1] if index > 0 else None):
            if u is None or u.para != unit.para:
                return None
            toks = ctx.token_range(u.start, min(u.stop, tok.start))
            for k in toks[:SUBJECT_OPENING]:
                ref = ctx.referent_at(k)
                if ref is None or ref.type not in ("organization", "facility"):  # `Белый дом`, `Кремль`
                    continue
                first = ctx.token_at(ref.start) or k
                head = self._token_before(first)
                if head is None or head.lemma not in cues.ORG_ANAPHORS or toks.start > first - 1:
                    head = ctx.tokens[first]  # `Газпром заявил … Он …`: the name's own gender
                if head.feats.get("Case", "Nom") == "Nom" and head.feats.get("Gender") == gender:
                    return ref
                break
        return None

    def resolve_role(self, tok: Token, gender: str | None, *, strict: bool = False) -> Speaker | None:
        people = [
            r
            for r in self._antecedents(tok.start)
            if r.type == "person"
            and (not gender or not r.gender or r.gender == gender)
            and not _other_office(self.role_of(r), tok.lemma)
            and not (tok.lemma in OFFICES and self._named_as_kin(r))
        ]
        for ref in people:
            role = self.role_of(ref)
            if (role is not None and tok.lemma in role.text.lower()) or self._introduced_as(ref, tok.lemma):
                # `Скульптор Георгий Франгулян … По мнению скульптора`: the person this noun introduced,
                # not the one quoted last
                return _at(self.from_referent(ref, how="name"), tok, "role")
        if strict:
            for ref in people:
                # `Картер вступил в должность министра обороны. … Новый министр пообещал`: the role
                # said elsewhere in the sentence naming the person as its subject
                if self.is_nominative(ref) and self._role_in_sentence(ref, tok.lemma):
                    return _at(self.from_referent(ref, how="name"), tok, "role")
            return None
        for sp in self.previous(tok.start):
            if (
                sp.type == "person"
                and sp.key
                and (not gender or not sp.gender or sp.gender == gender)
                and not _other_office(sp.role, tok.lemma)
            ):
                return _at(sp, tok, "role")
        for ref in people:
            if self.role_of(ref) is not None or self.is_nominative(ref):
                return _at(self.from_referent(ref, how="name"), tok, "role")
        entities = {ref.entity for ref in people if ref.entity}
        if gender and len(entities) == 1 and all(ref.entity for ref in people):
            # `Трамп встретился с Ангелой Меркель. Канцлер заявила`: the one person of that gender
            # named before, in whatever case
            return _at(self.from_referent(people[0], how="name"), tok, "role")
        return None

    def _named_as_kin(self, ref: Referent) -> bool:
        """`младший сын - семилетний Коля`: a name set after a kin noun names someone's relative."""
        k = (self.ctx.token_at(ref.start) or 0) - 1
        while k > 0 and (
            self.ctx.tokens[k].pos == "ADJ" or self.ctx.tokens[k].text in APPOSITION_DASHES | {","}
        ):
            k -= 1
        return k >= 0 and self.ctx.tokens[k].lemma in cues.KIN_NOUNS

    def previous(self, offset: int, paragraphs: int = ANTECEDENT_PARAGRAPHS) -> list[Speaker]:
        """Speakers of quotes found before `offset` in the last few paragraphs, nearest first."""
        para = self.ctx.para_index(offset)
        floor = self.ctx.paras[max(0, para - paragraphs)][0] if self.ctx.paras else 0
        return [sp for pos, sp in sorted(self.history, key=lambda h: -h[0]) if floor <= pos < offset]

    def remember(self, offset: int, speaker: Speaker | None) -> None:
        if speaker is not None and speaker.key:
            self.history.append((offset, speaker))

    def quoted_person(self, lo: int, hi: int) -> Speaker | None:
        """The person an outlet quotes (`цитирует Иванова`, `приводит слова главы МИД`), in any case."""
        first = self.ctx.tokens[lo] if lo < len(self.ctx.tokens) else None
        if first is not None and first.text.lower() in cues.POSSESSIVES:  # `— цитирует его «Интерфакс»`
            gender, number = cues.PERSONAL_PRONOUNS[cues.POSSESSIVES[first.text.lower()]]
            found = self.resolve_pronoun(gender, number, first)
            if found is not None:
                return found
        for j in range(lo, min(hi, lo + QUOTED_PERSON_WINDOW)):
            ref = self.ctx.referent_at(j)
            if ref is not None and ref.type == "person":
                # `цитирует издание директора по развитию компании Ирину Петрову`: the name after the role
                return self.from_referent(ref, how="name")
            if self.ctx.tokens[j].pos == "VERB" and self.ctx.tokens[j].feats.get("VerbForm") == "Fin":
                break
        for j in range(lo, min(hi, lo + 6)):
            ref = self.ctx.referent_at(j)
            if ref is not None and ref.type == "person":
                return self.from_referent(ref, how="name")
            if self.ctx.tokens[j].lemma in cues.ROLE_NOUNS:
                return self._role_subject(j, (None, None), backwards=False, any_case=True)
        return None

    def document_source(self, lo: int, hi: int) -> Speaker | None:
        """`говорится в сообщении Минобороны`: the source whose document is quoted."""
        for j in range(lo, min(hi, len(self.ctx.tokens))):
            if self.ctx.tokens[j].lemma in cues.DOCUMENT_NOUNS:
                if j + 1 < len(self.ctx.tokens) and self.ctx.tokens[j + 1].text.lower() in ("о", "об"):
                    continue  # `после сообщения об уходе X`: what it was about, not who wrote it
                found = self.holder(j + 1, min(hi, j + 5)) or self._genitive_source(j + 1, hi)
                if found is not None:
                    return found  # else the next document may name it (`в заявлении на сайте клуба`)
        return None

    def document_author(self, lo: int, hi: int) -> Speaker | None:
        """A quoted document's author: the source named with it, or the one an earlier sentence
        shows making it (`Путин поздравил артиста … В поздравлении говорится`)."""
        return self.document_source(lo, hi) or self.document_made(lo, hi)

    def document_made(self, lo: int, hi: int) -> Speaker | None:
        """`Трамп и Путин сделали совместное заявление … — говорится в совместном заявлении`: a
        document named with no source is the one of that name an earlier sentence gave its
        author, as the subject making it (`сделал заявление`, `выступил с обращением`, `подписал
        указ`); a bare `документ` is any such document (`Путин подписал распоряжение … В документе
        указано`)."""
        ctx = self.ctx
        nouns = {
            ctx.tokens[j].lemma
            for j in range(lo, min(hi, len(ctx.tokens)))
            if ctx.tokens[j].lemma in MADE_DOCUMENTS
        }
        if any(
            ctx.tokens[j].lemma == ANY_DOCUMENT
            or (
                ctx.tokens[j].text.lower() in DOCUMENT_PRONOUNS
                and j > 0
                and ctx.tokens[j - 1].text.lower() in ("в", "во")
            )
            for j in range(lo, min(hi, len(ctx.tokens)))
        ):
            nouns = set(MADE_DOCUMENTS)  # `В документе говорится`, `В нём сказано`: the one made before
        if not nouns:
            return None
        para = ctx.para_index(ctx.tokens[lo].start)
        floor = ctx.token_at(ctx.paras[max(0, para - ANTECEDENT_PARAGRAPHS)][0]) or 0
        unit = ctx.unit_at(ctx.tokens[lo].start)
        top = ctx.token_at(unit.start) if unit is not None else None
        acts = frozenset().union(*(DOCUMENT_ACTS.get(n, frozenset()) for n in nouns))
        for j in range((lo if top is None else top) - 1, floor - 1, -1):
            if ctx.in_quote(ctx.tokens[j].start):
                continue
            if ctx.tokens[j].lemma in acts and ctx.tokens[j].feats.get("VerbForm") == "Fin":
                made_in = ctx.unit_at(ctx.tokens[j].start)
                span = (
                    ctx.token_range(made_in.start, made_in.stop) if made_in is not None else range(j, j + 1)
                )
                author = self.subject_before(j, span.start) or self.subject_after(j, span.stop)
                if author is not None:
                    return author
                continue
            if ctx.tokens[j].lemma not in nouns:
                continue
            k = j - 1
            while k > floor and ctx.tokens[k].pos == "ADJ":
                k -= 1  # `совместное`
            if k > floor and ctx.tokens[k].text.lower() in ("с", "со"):
                k -= 1  # `выступил с обращением`
            verb = ctx.tokens[k]
            if (
                verb.pos != "VERB"
                or verb.feats.get("VerbForm") != "Fin"
                or verb.lemma not in DOCUMENT_MAKING_VERBS
            ):
                continue
            made_in = ctx.unit_at(verb.start)
            start = ctx.token_at(made_in.start) if made_in is not None else floor
            author = self.subject_before(k, start or floor)
            if author is not None:
                return author
        return None

    def agent(self, lo: int, hi: int) -> Speaker | None:
        """`было заявлено министром Сергеем Лавровым`: the agent of a passive cue, in the instrumental."""
        ctx = self.ctx
        for j in range(lo, min(hi, lo + AGENT_WINDOW, len(ctx.tokens))):
            tok = ctx.tokens[j]
            if tok.pos == "PUNCT":
                return None
            ref = ctx.referent_at(j)
            if ref is not None and ref.type in ("person", "organization", "country"):
                first = ctx.tokens[ctx.token_at(ref.start) or j]
                return self.from_referent(ref, how="name") if first.feats.get("Case") == "Ins" else None
            if tok.lemma in cues.ROLE_NOUNS and tok.pos == "NOUN" and tok.feats.get("Case") == "Ins":
                return self._role_subject(j, (None, None), backwards=False, any_case=True)
        return None

    def cited_source(self, lo: int, hi: int) -> Speaker | None:
        """`со ссылкой на источник в Генштабе`: the source a report cites."""
        ctx = self.ctx
        for j in range(max(0, lo - 1), min(hi, len(ctx.tokens))):
            first = cues.citation_end(ctx.tokens, j)
            if first is not None:
                return self.holder(first, min(hi, first + 6))
        return None

    def _genitive_source(self, lo: int, hi: int) -> Speaker | None:
        """`в заявлении полиции`: a source named by a common noun, kept as a description."""
        ctx, stop = self.ctx, lo
        while (
            stop < min(hi, lo + 4)
            and ctx.tokens[stop].feats.get("Case") == "Gen"
            and ctx.tokens[stop].pos in ("NOUN", "ADJ", "PROPN")
        ):
            stop += 1
        if stop == lo or not any(ctx.tokens[k].pos in ("NOUN", "PROPN") for k in range(lo, stop)):
            return None
        start, end = ctx.tokens[lo].start, ctx.tokens[stop - 1].stop
        return Speaker(start, end, "unnamed", text=ctx.text[start:end], type="unnamed")

    def holder(self, lo: int, hi: int) -> Speaker | None:
        """The holder in a frame (`по словам политолога Ивана Петрова`, `по его мнению`)."""
        ctx = self.ctx
        j = lo
        while j < hi:
            tok = ctx.tokens[j]
            ref = ctx.referent_at(j)
            if ref is not None:  # a place stands for its government (`по словам Сеула`)
                return self.from_referent(ref, how="name")
            low = tok.text.lower()
            if low in cues.POSSESSIVES or low in cues.PERSONAL_PRONOUNS:
                gender, number = cues.PERSONAL_PRONOUNS[cues.POSSESSIVES.get(low, low)]
                return self.resolve_pronoun(gender, number, tok)
            if tok.lemma in cues.ROLE_NOUNS and tok.pos == "NOUN" and tok.feats.get("Number") != "Plur":
                return self._role_subject(j, (None, None), backwards=False, any_case=True)
            if (
                tok.lemma in cues.ORG_VOICES
                or tok.lemma in cues.ORG_ANAPHORS
                or tok.lemma in cues.OUTLET_NOUNS
            ):
                nxt = self._token_after(j)
                ref = ctx.referent_at(nxt) if nxt is not None and nxt < hi else None
                if ref is not None and ref.type != "person":
                    return self.from_referent(ref, how="org")
                found = self._org_voice(j, (None, None))
                if found is None and tok.lemma in cues.OUTLET_NOUNS:  # `газеты`: the tagger may say plural
                    found = self._org_anaphor(j)
                if found is not None:
                    return found
            national = self._national_body(j)  # `по данным узбекской стороны`: the country named
            if national is not None:
                return national
            if (tok.lemma in cues.UNNAMED_SOURCES or tok.lemma in cues.ROLE_NOUNS) and tok.pos == "NOUN":
                return self._unnamed(j)
            if (
                tok.pos == "NOUN"
                and tok.feats.get("Animacy") == "Anim"
                and tok.feats.get("Number") == "Sing"
                and j == lo
                and (not self._qualified(j) or self._person_at(self._past_genitives(j + 1, hi)))
            ):
                # `по словам спортсменки`: a person noun refers back as it does as a subject (`—
                # заявила спортсменка`); `по словам протоиерея Игоря Якимчука`: the name after it
                return self._role_subject(j, (tok.feats.get("Gender"), None), backwards=False, any_case=True)
            if tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim" and j == lo:
                return self._unnamed(j)  # `по словам сослуживцев`, `по мнению коллег`, `соседки актёра`
            j += 1
        return None

    def _past_genitives(self, k: int, hi: int) -> int:
        """`шерифа округа Харрис Эда Гонзалеса`: the token after the inanimate genitives (and the
        places or bodies named in them) that qualify a person noun; a person in the genitive
        (`соседки актёра`) is no qualifier to step past."""
        ctx = self.ctx
        while k < hi:
            ref = ctx.referent_at(k)
            if ref is not None:
                if ref.type == "person":
                    return k
                k = self._last_token(ref) + 1
                continue
            t = ctx.tokens[k]
            if not (
                t.text in QUOTE_MARKS
                or (t.pos == "ADJ" and t.feats.get("Case") == "Gen")
                or (t.pos == "NOUN" and t.feats.get("Case") == "Gen" and t.feats.get("Animacy") != "Anim")
            ):
                return k
            k += 1
        return k

    def _person_at(self, k: int) -> bool:
        """A person's name begins at token `k`."""
        ref = self.ctx.referent_at(k) if k < len(self.ctx.tokens) else None
        return ref is not None and ref.type == "person" and self.ctx.token_at(ref.start) == k

    def _antecedents(self, offset: int) -> list[Referent]:
        para = self.ctx.para_index(offset)
        floor = self.ctx.paras[max(0, para - ANTECEDENT_PARAGRAPHS)][0] if self.ctx.paras else 0
        return [r for r in self.ctx.referents_before(offset, floor) if not self.ctx.in_quote(r.start)]

    def _kind(self, ref: Referent) -> str | None:
        entity = self.ctx.doc.entity(ref.entity) if ref.entity else None
        return entity.kind if entity is not None else None

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

    # --- roles and outlets ----------------------------------------------------
    def role_of(self, ref: Referent) -> Role | None:
        """The role phrase right before a person's name (`заместитель министра обороны`)."""
        if ref.start in self._roles:
            return self._roles[ref.start]
        ctx, role = self.ctx, None
        first = ctx.token_at(ref.start)
        i, head, org = (first or 0) - 1, None, None
        reach = (first or 0) - ROLE_WINDOW
        while first is not None and i >= 0 and i >= reach:
            t = ctx.tokens[i]
            if "\n" in ctx.text[t.stop : ctx.tokens[i + 1].start]:
                break  # `… главой СК РФ ¶ Президент России Дмитрий Медведев`: a heading's words are not the role
            other = ctx.referent_at(i)
            if other is not None and other.type != "person":
                i = (ctx.token_at(other.start) or i) - 1
                if (
                    i >= 0
                    and ctx.tokens[i].pos == "ADP"
                    and ctx.tokens[i].text.lower() in ROLE_PLACE_PREPOSITIONS
                ):
                    # `руководитель фракции «Единая Россия» в Государственной Думе`: where the role is
                    # held, not counted in the role's reach
                    reach -= (ctx.token_at(other.stop - 1) or i) - i + 1
                    i -= 1
                    continue
                org = org or other.entity
                continue
            if t.lemma in cues.ROLE_NOUNS or t.text.lower() in cues.ROLE_NOUNS:
                head = i
            elif not (
                t.lemma in cues.ROLE_MODIFIERS
                or (t.pos in ("NOUN", "ADJ", "PROPN") and t.feats.get("Case") == "Gen")
                or t.text == "-"
                or t.text in QUOTE_MARKS
            ):
                break
            i -= 1
        while head is not None and head > 0 and ctx.tokens[head - 1].lemma in cues.ROLE_MODIFIERS:
            head -= 1  # `генеральный директор`
        if head is not None:
            start, stop = ctx.tokens[head].start, ctx.tokens[first - 1].stop
            role = Role(ctx.text[start:stop], start, stop, org)
        self._roles[ref.start] = role
        return role

    def outlet(self, verb: int, ceiling: int) -> str | None:
        """The outlet a statement was given to: `заявил ТАСС`, `в интервью «Известиям»`."""
        ctx = self.ctx
        for i in range(max(0, verb - 12), min(ceiling, verb + 8, len(ctx.tokens))):
            t = ctx.tokens[i]
            framed = t.lemma in cues.OUTLET_FRAMES and i > 0 and ctx.tokens[i - 1].text.lower() in ("в", "во")
            if framed or t.lemma in cues.OUTLET_NOUNS:
                found = self._outlet_ref(range(i + 1, min(i + 4, len(ctx.tokens))), dative=False)
            elif (
                t.lemma in cues.SOURCES_TO_OUTLETS
                and i + 1 < len(ctx.tokens)
                and ctx.tokens[i + 1].pos != "ADP"
            ):
                found = self._outlet_ref(range(i + 1, min(i + 3, len(ctx.tokens))), dative=False)
                entity = ctx.doc.entity(found) if found else None
                found = found if entity is not None and entity.kind == "media" else None  # `источник ТАСС`
            elif verb < i <= verb + 2:
                found = self._outlet_ref(range(i, i + 1), dative=True)
            elif (
                i == verb - 1
                and (ref := ctx.referent_at(i)) is not None
                and self._addressed_outlet(ref, verb, 0)
            ):
                found = ref.entity  # `В Минобороны ТАСС сообщили`
            else:
                continue
            if found:
                return found
        return None

    def _outlet_ref(self, indices: range, *, dative: bool) -> str | None:
        for j in indices:
            ref = self.ctx.referent_at(j)
            if ref is None:
                continue
            head = self.ctx.tokens[self.ctx.token_at(ref.start) or j]
            entity = self.ctx.doc.entity(ref.entity) if ref.entity else None
            media = entity is not None and entity.kind == "media"
            if dative and not media and self._person_after(ref) is not None:
                return None  # `рассказал основатель Vector Robotics Тимур Галиев`: the employer
            if (
                ref.type == "organization"
                and ref.entity
                and (media or not dative or head.feats.get("Case") in ("Dat", None))
            ):
                return ref.entity
            return None
        return None

    def _last_token(self, ref: Referent) -> int:
        rng = self.ctx.token_range(ref.start, ref.stop)
        return rng.stop - 1 if len(rng) else 0


def _person_noun(tok: Token) -> bool:
    """An animate noun in the nominative (`телеведущая`, `продюсер`)."""
    return tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim" and tok.feats.get("Case") == "Nom"


def _head_gender(ctx: QuoteContext, speaker: Speaker) -> str | None:
    """The gender of an unnamed speaker's head noun (`Владелец летной школы` -> Masc)."""
    for k in ctx.token_range(speaker.start, speaker.stop):
        t = ctx.tokens[k]
        if t.pos == "NOUN" and t.feats.get("Case") == "Nom":
            return t.feats.get("Gender")
    return None


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


def ctx_unit(ctx: QuoteContext, offset: int) -> int | None:
    unit = ctx.unit_at(offset)
    return unit.start if unit is not None else None


@cache
def _may_be_name(word: str) -> bool:
    """A word the dictionary knows as a name, or does not know at all (`Керри`), not a common word."""
    parses = analyzer().parse(word)
    if not parses or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return True
    return not any(p.is_known for p in parses)


def _lexical(tok: Token) -> bool:
    """A word the speech lexicons know as a role, a voice or a source: not a name."""
    lemma = tok.lemma.lower()
    return any(
        lemma in words
        for words in (
            cues.ROLE_NOUNS,
            cues.ORG_VOICES,
            cues.ORG_ANAPHORS,
            cues.OUTLET_NOUNS,
            cues.UNNAMED_SOURCES,
        )
    )


def _nominative_alike(tok: Token, agree: tuple[str | None, str | None]) -> bool:
    """An inanimate noun tagged accusative whose nominative is the same word (`заявило
    ведомство`, `сообщают органы`): the subject when it agrees with the cue."""
    if tok.feats.get("Case") != "Acc" or tok.feats.get("Animacy") != "Inan" or agree[1] is None:
        return False
    if agree[1] != tok.feats.get("Number"):
        return False
    return agree[1] == "Plur" or (agree[0] is not None and agree[0] == tok.feats.get("Gender"))


def _capitalised(name: str) -> bool:
    """A name, not a common noun linked back: its first word or a later one is capitalised."""
    return name[:1].isupper() or any(w[:1].isupper() for w in name.split()[1:])


def _latin(word: str) -> bool:
    """A Latin-script word: Russian case tags say nothing about it (`Lenta.ru`, `Reuters`)."""
    return "A" <= word[:1] <= "z"


def _clause_boundary(tok: Token) -> bool:
    """`что`, `чтобы`, `который` open another clause (`после чего` does not)."""
    low = tok.text.lower()
    return tok.lemma == "который" or low == "чтобы" or (low == "что" and tok.pos == "SCONJ")


PAST_ENDINGS = (
    ("ла", ("Fem", "Sing")),
    ("ло", ("Neut", "Sing")),
    ("ли", (None, "Plur")),
    ("л", ("Masc", "Sing")),
)


def _agreement(verb: Token) -> tuple[str | None, str | None]:
    """Gender and number of a cue; a past-tense ending says them more surely than the tagger."""
    if verb.feats.get("Tense") == "Past" and verb.pos in ("VERB", "AUX"):
        word = verb.text.lower().removesuffix("ся").removesuffix("сь")
        for ending, agreement in PAST_ENDINGS:
            if word.endswith(ending):
                return agreement
    return verb.feats.get("Gender"), verb.feats.get("Number")


def _other_office(role: Role | None, noun: str) -> bool:
    """`Президент сообщил` is not the `руководитель фракции` named before: a title of office
    refers back to no one the text gave another role."""
    if noun not in OFFICES or role is None:
        return False
    words = role.text.lower().split()
    return noun not in role.text.lower() and not any(w.startswith(HEADS_OF_ANY_OFFICE) for w in words)


def _agrees(agree: tuple[str | None, str | None], gender: str | None, number: str | None) -> bool:
    if agree[1] and number and agree[1] != number:
        return False
    return not (agree[0] and gender and agree[0] != gender)


def omitted_subject(finder: SpeakerFinder, ctx: QuoteContext, i: int) -> Speaker | None:
    """`«…», — добавил.` or `Также добавил: «…»`: a cue verb with no subject of its own
    speaks for the last person named, if gender and number agree."""
    verb = ctx.tokens[i]
    if verb.feats.get("Number") == "Plur":
        return None
    gender = verb.feats.get("Gender")
    for sp in finder.previous(verb.start, paragraphs=1):
        # a singular verb never speaks for a plural source (`Эксперты сходятся во мнении …`)
        if (
            sp.type == "person"
            and sp.number != "Plur"
            and (not gender or not sp.gender or gender == sp.gender)
        ):
            return Speaker(
                verb.start,
                verb.stop,
                "omitted",
                entity=sp.entity,
                name=sp.name,
                text=sp.text,
                type=sp.type,
                gender=sp.gender,
            )
    return None


def _antecedent_noun(t: Token, gender: str | None) -> bool:
    """An animate noun in the nominative singular of that gender: someone a pronoun may stand for."""
    return _person_noun(t) and t.feats.get("Number") == "Sing" and t.feats.get("Gender") == gender
