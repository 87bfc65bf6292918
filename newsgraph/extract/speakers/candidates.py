"""The speaker one token stands for, if any: a name (linked, in Latin script, or one the NER
missed), a personal pronoun, a counted group, an institution speaking through a plural verb
(`в Минфине заявили`), or a noun handed on to organisations, roles and unnamed sources."""

from __future__ import annotations

from functools import cache

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.entities import is_legal_form
from newsgraph.extract.quote_context import Referent
from newsgraph.extract.speakers.base import QUOTE_MARKS, FinderBase, Speaker, _at
from newsgraph.extract.speakers.grammar import (
    AGE_ADJECTIVE,
    PREPOSITIONS_FROM,
    PREPOSITIONS_OF_PLACE,
    _agreement,
    _agrees,
    _latin,
    _person_noun,
)
from newsgraph.extract.speakers.roles import ROLE_PHRASE_WINDOW, SPOUSE_NOUNS
from newsgraph.model import Token
from newsgraph.morph import analyzer

# Sources only in the singular (`обвинение` the prosecution, `обвинения` accusations).
SINGULAR_SOURCES = frozenset({"обвинение", "гособвинение", "защита", "следствие"})
# Posts held by each of two people named together before (`Макрон и Шольц … Лидеры заявили`).
PAIR_TITLES = frozenset(
    "лидер министр президент глава премьер премьер-министр канцлер руководитель председатель".split()
)

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})  # the dictionary's proper names
PLACE_ANAPHORS = frozenset({"там", "здесь"})  # the body named before, as a place (`Там уточнили`)
PLACE_BODY_NOUNS = frozenset({"пресс-служба", "офис", "штаб-квартира", "приёмная", "приемная"})
# Professions that, bare and opening a sentence, refer back to the person the article is about
PROFESSIONS = frozenset("журналист блогер дипломат чиновник военный комментатор деятель".split())
# `— ответил тот`: a demonstrative standing for the person the sentence before spoke of.
DEMONSTRATIVES = {"тот": "Masc", "та": "Fem"}
# Participles that stand for a person in court and incident news (`потерпевшая`, `задержанный`).
SUBSTANTIVISED_PEOPLE = frozenset(
    """
    потерпевший потерпевшая пострадавший пострадавшая подозреваемый подозреваемая обвиняемый
    обвиняемая задержанный задержанная осуждённый осужденный осуждённая осужденная подсудимый
    подсудимая выживший выжившая
    """.split()
)
COUNTED_SPEAKERS = frozenset(
    "страна государство сторона делегация команда издание".split()
)  # `несколько стран заявили`


GROUP_WORDS = 5  # words of the group after `один из` before a name (`авторов исследования`)
SHARE_WORDS = 5  # words after a share to the people counted (`52% опрошенных жителей столицы`)


class Candidates(FinderBase):
    """The speaker a single token stands for, if any."""

    __slots__ = ()

    def _body_named_as_place(self, i: int) -> Speaker | None:
        """The organisation last named after `в`/`во`/`из` before token `i`, in its sentence or the
        one before (`Запрос был направлен в Минфин. Там пояснили`), or None."""
        ctx = self.ctx
        floor = ctx.sentence_floor(ctx.tokens[i].start)
        if floor is None:
            return None
        for k in range(i - 1, -1, -1):
            if ctx.tokens[k].start < floor:
                return None
            ref = ctx.referent_at(k)
            if ref is None or ref.type != "organization" or not ref.entity:
                continue
            first = ctx.token_at(ref.start) or k
            j = first - 1
            while j >= 0 and (ctx.tokens[j].text in QUOTE_MARKS or ctx.tokens[j].lemma in PLACE_BODY_NOUNS):
                j -= 1  # `в «Ростелекоме»`, `в пресс-службу «Магнита»`
            if j >= 0 and ctx.tokens[j].text.lower() in PREPOSITIONS_OF_PLACE | PREPOSITIONS_FROM:
                return self.from_referent(ref, how="institution")
        return None

    def _candidate(self, i: int, verb: int | None, *, backwards: bool) -> Speaker | None:
        ctx, tok = self.ctx, self.ctx.tokens[i]
        agree = _agreement(ctx.tokens[verb]) if verb is not None else (None, None)
        ref = ctx.referent_at(i)
        if (ref is None or ref.entity is None) and tok.feats.get("Case", "Nom") == "Nom":
            national = self._national_body(i)  # `государственные СМИ Северной Кореи`: the country
            if national is not None:
                return national
        if (
            ref is not None
            and ref.entity is None
            and (tok.lemma in SPOUSE_NOUNS or (tok.lemma in cues.UNNAMED_SOURCES and not tok.text.isupper()))
            and ref.stop <= tok.stop
        ):
            ref = None  # `Супруга «оружейного барона»`, `Источник` (not `СМИ`) the NER took for a name: the noun
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
        if (
            low in DEMONSTRATIVES
            and verb is not None
            and i > verb
            and _agrees(agree, DEMONSTRATIVES[low], "Sing")
            and not self._noun_after(i)
        ):
            return self._last_object(tok, DEMONSTRATIVES[low])  # `— ответил тот`: the one asked
        if low in PLACE_ANAPHORS and agree[1] == "Plur" and verb is not None:
            # `В ЦБ ответили сдержанно. Там напомнили`, `дают в Альфа-банке: там считают`, `— сказали
            # там`: the body last named as a place; else the body that spoke just before (`В ОСК
            # сообщили, что … Там уточнили`)
            placed = self._body_named_as_place(i)
            if placed is not None:
                return _at(placed, tok, "institution")
            body = next(
                (
                    sp
                    for sp in self.previous(tok.start, paragraphs=1)[:1]
                    if sp.type == "organization" and sp.entity
                ),
                None,
            )
            return _at(body, tok, "institution") if body is not None and i < verb else None
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
            # `Несколько торговых сетей объявили`: what is counted before a plural cue is its subject
            subject = (
                verb is not None
                and i < verb
                and agree[1] == "Plur"
                and not self._counts_time(i + 1)
                and not self._object_of_verb(i)
            )
            if low in cues.QUANTIFIERS and not subject and not self._may_speak(i + 1):
                return None  # `представили несколько положительных характеристик`: things, not speakers
            if low in cues.QUANTIFIERS and i + 1 < len(ctx.tokens):
                members = self._people_of(i + 1)  # `двое республиканцев заявили`: their party
                if members is not None:
                    members.start = tok.start
                    return members
            return self._unnamed(i)  # `некоторые считают`, `несколько источников сообщают`
        if (low == "%" or tok.lemma == "процент") and not governed:
            share = self._share_of_people(i)
            if share is not None:
                return share  # `52% опрошенных полагают`, `57 процентов россиян считают`
        if low in ("один", "одна") and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].text == "из":
            # `один из участников встречи`, `одна из матерей`, unless named in apposition
            # (`…, генерал Питер Цвак,`)
            return (
                self._named_in_apposition(i)
                or self._named_after_group(i)
                or self._named_before_apposition(i, agree)
                or self._unnamed(i)
            )
        if self._substantivised(i, agree):
            return self._unnamed(i)  # `оставшиеся в живых утверждали`: people described, unnamed
        if tok.text.lower() in SUBSTANTIVISED_PEOPLE and _agrees(
            agree, tok.feats.get("Gender"), tok.feats.get("Number")
        ):
            # `— рассказала потерпевшая`: the one introduced so (`потерпевшую Ольгу Соколову`); read
            # as a participle, someone unnamed; read as a noun, as person nouns are, below
            introduced = self._introduced_with(tok, agree[0])
            if introduced is not None or tok.pos == "VERB":
                return introduced or self._unnamed(i)
        nominative = tok.feats.get("Case", "Nom") == "Nom" or _nominative_alike(tok, agree)
        members = self._members_of_body(i) if nominative else None  # `Законодатели потребовали`
        if members is not None:
            return members
        if not nominative or tok.pos not in ("NOUN", "PROPN"):
            return self._institution(i, agree)
        if tok.lemma == "группа" and self._group_of_people(i):
            return self._unnamed(i)  # `Группа учёных сообщила`: people, described, not a band
        if tok.lemma in cues.ORG_VOICES or tok.lemma in cues.ORG_ANAPHORS:
            return self._org_voice(i, agree)
        if tok.lemma in cues.OUTLET_NOUNS:  # `телеграм-канал «Опер слил»`, `агентство Reuters`
            # `Издание сообщило`: the outlet named before
            anaphor = self._org_anaphor(i) if tok.feats.get("Number") != "Plur" else None
            return self._org_voice(i, agree) or anaphor or self._unnamed(i)
        if tok.lemma in cues.ROLE_NOUNS and tok.feats.get("Number") != "Plur":
            return self._role_subject(i, agree, backwards=backwards)
        if tok.lemma in cues.UNNAMED_SOURCES:
            if tok.lemma in SINGULAR_SOURCES and tok.feats.get("Number") == "Plur":
                return None  # `В посольстве обвинения назвали «клеветой»`: accusations, not the prosecution
            before = self.ctx.tokens[i - 1] if i > 0 else None
            if tok.lemma == "семья" and before is not None and _person_noun(before):
                return None  # `Друзья семьи рассказали`: the friends (`семьи` read as a plural)
            return (
                self._named_by_head(i)
                or self._source_named_after(i, agree)
                or self._profession_said_before(i, agree)
                # `Свидетель Андрей Горбунов рассказал … — сказал свидетель`: the one it introduced
                or (self._introduced_with(tok, agree[0]) if self._may_name_again(i) else None)
                or self._unnamed(i)
            )
        if (tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim") or self._capitalised_person_noun(i):
            people = self._people_of(i) if agree[1] in ("Plur", None) else None
            if people is not None:
                return people  # `считают американцы`: the country
            if tok.feats.get("Number") == "Plur":  # `политологи заключили`, `адвокаты Мингазова`
                if agree[1] not in ("Plur", None):
                    return None
                pair = self._pair_before(tok) if tok.lemma in PAIR_TITLES else None
                if pair is not None:  # `Макрон и Шольц провели переговоры. Лидеры заявили`: the pair
                    return _at(pair, tok, "role")
                named = self._name_after_nouns(i, i + ROLE_PHRASE_WINDOW)
                ref = self.ctx.referent_at(named) if named is not None else None
                if ref is not None and self.is_nominative(ref):
                    # `сказали родители спортсмена Игорь и Ольга Смирновы`: the first named stands for them
                    return self.from_referent(ref, how="name", number="Plur")
                return self._members_introduced(i) or self._unnamed(i)
            # any person noun refers back like a role does: `— заявил музыкант`
            return self._role_subject(i, agree, backwards=backwards)
        return None

    def _capitalised_person_noun(self, i: int) -> bool:
        """`Индонезиец рассказал`: a common noun for a person that the tagger, seeing a capital
        opening the sentence, reads as a name; no name is there and the dictionary knows no name
        of that spelling."""
        tok = self.ctx.tokens[i]
        return (
            tok.pos == "PROPN" and self.ctx.referent_at(i) is None and _common_person_noun(tok.text.lower())
        )

    def _profession_said_before(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None:
        """`Журналист уверен, что …` in an article about a journalist, `Своё решение 85-летний
        понтифик объяснил …`: a bare profession noun (or a person noun with only an age), said of
        someone earlier in the article, is the person of its gender the article names most (twice
        at least)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        aged = i > 0 and AGE_ADJECTIVE.match(ctx.tokens[i - 1].text) is not None  # `85-летний понтифик`
        if tok.feats.get("Number") == "Plur" or not (
            tok.lemma in PROFESSIONS
            or (aged and tok.feats.get("Animacy") == "Anim" and tok.lemma not in cues.UNNAMED_SOURCES)
        ):
            return None
        k = i - 2 if aged else i - 1
        before = ctx.tokens[k] if k >= 0 else None
        if before is not None and (
            before.pos in ("ADJ", "DET", "NUM") or before.text.lower() in cues.POSSESSIVE_DETERMINERS
        ):
            return None  # `главный журналист`, `его дипломат`: described anew, or someone's
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and (
            nxt.pos == "ADP" or (nxt.pos in ("NOUN", "PROPN") and nxt.feats.get("Case") == "Gen")
        ):
            return None  # `журналист из Лондона`, `журналист газеты`: someone described anew
        said = any(t.lemma == tok.lemma and not ctx.in_marks(t.start) for t in ctx.tokens[:i])
        person = self.most_named(tok, agree[0] or tok.feats.get("Gender")) if said else None
        return _at(self.from_referent(person, how="name"), tok, "role") if person is not None else None

    def _source_named_after(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None:
        """`житель штата Массачусетс Джеймс Костелло`: a person a source's description is followed
        by, named in the nominative (the role phrase a role noun reads), not someone named before."""
        tok = self.ctx.tokens[i]
        if tok.feats.get("Animacy") != "Anim" or tok.feats.get("Number") == "Plur":
            return None
        if i > 0 and self.ctx.tokens[i - 1].lemma in cues.ANONYMOUS:
            return None  # `один очевидец`, `неназванный представитель`
        found = self._role_subject(i, agree, backwards=False)
        if found is not None and found.how == "name" and found.start > tok.start:
            return found
        return None

    def _members_of_body(self, i: int) -> Speaker | None:
        """`Законодатели потребовали` after `парламент Пакистана`, `По словам полицейских` after
        `полиция арестовала`: members of a body named before speak for it (as a subject in the
        nominative, in a frame in any case), unless an adjective of their own qualifies them
        (`республиканские сенаторы`: a party's, not the body)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if (
            tok.lemma not in cues.MEMBERS_OF_BODIES
            or tok.feats.get("Number") != "Plur"
            or (i > 0 and ctx.tokens[i - 1].pos == "ADJ")
        ):
            return None
        return self._body_of_members(tok)

    def _substantivised(self, i: int, agree: tuple[str | None, str | None]) -> bool:
        """A plural participle or adjective in the nominative used as a noun (`оставшиеся в живых`,
        `собравшиеся`, `опрошенные`, `задержанные`): the people it describes, when it agrees with
        a plural cue and no noun follows it that it would qualify (`оставшиеся пассажиры`)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if not (
            agree[1] == "Plur"
            and tok.feats.get("Case") == "Nom"
            and tok.feats.get("Number") == "Plur"
            and (tok.pos == "ADJ" or (tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part"))
            and tok.text.lower() not in cues.POSSESSIVES
        ):
            return False
        if i >= 2 and ctx.tokens[i - 1].text == "," and _plural_noun(ctx.tokens[i - 2]):
            return False  # `Газеты, близкие к Кремлю, пишут`: a phrase on the noun before, the subject
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        # a noun in the form of a plural nominative is its head (`проведенные исследования`, the
        # tagger reading an inanimate plural as an accusative)
        return nxt is None or not (
            (nxt.pos in ("NOUN", "PROPN", "ADJ") and nxt.feats.get("Case") in ("Nom", "Acc"))
            or ctx.referent_at(i + 1)
        )

    def _object_of_verb(self, i: int) -> bool:
        """A finite verb stands before token `i` in its clause (`представили суду сразу несколько
        характеристик`): what follows it is its object, not a subject."""
        for k in range(i - 1, -1, -1):
            t = self.ctx.tokens[k]
            if t.pos == "PUNCT" or t.text.lower() in ("и", "но", "а"):
                return False
            if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
                return True
        return False

    def _counts_time(self, j: int) -> bool:
        """The noun a quantifier counts (its adjectives skipped) is a span of time (`несколько лет`)."""
        ctx = self.ctx
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ":
            j += 1
        return j < len(ctx.tokens) and ctx.tokens[j].lemma in cues.TIME_NOUNS

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

    def _group_of_people(self, i: int) -> bool:
        """`группа учёных`, `группа военных`: a plural noun or participle for people after it."""
        nxt = self.ctx.tokens[i + 1] if i + 1 < len(self.ctx.tokens) else None
        return (
            nxt is not None
            and nxt.feats.get("Case") == "Gen"
            and nxt.feats.get("Number") == "Plur"
            and (nxt.feats.get("Animacy") == "Anim" or nxt.pos == "ADJ")
            and self.ctx.referent_at(i + 1) is None
        )

    def _share_of_people(self, i: int) -> Speaker | None:
        """`52% опрошенных респондентов`, `57 процентов россиян`: a share of people polled, an
        unnamed source described from its number to the people counted (a people noun or a
        participle for them in the genitive plural); None for a share of anything else."""
        ctx = self.ctx
        start = i - 1 if i > 0 and ctx.tokens[i - 1].pos == "NUM" else i
        k, people = i + 1, None
        while k < min(len(ctx.tokens), i + 1 + SHARE_WORDS):
            t = ctx.tokens[k]
            if t.feats.get("Case") != "Gen" or t.pos not in ("NOUN", "ADJ", "VERB", "PROPN"):
                break
            if t.feats.get("Number") == "Plur" and (
                t.feats.get("Animacy") == "Anim" or t.feats.get("VerbForm") == "Part"
            ):
                people = k
            k += 1
        if people is None:
            return None
        return self._as_described(i, ctx.tokens[start], ctx.tokens[people])

    def _named_after_group(self, i: int) -> Speaker | None:
        """`один из авторов исследования Иван Петров из МГУ`: a name in the nominative right after
        the group's words, with no comma, is the one of them who spoke."""
        ctx = self.ctx
        k = i + 2
        while k < min(len(ctx.tokens), i + 2 + GROUP_WORDS) and ctx.referent_at(k) is None:
            if ctx.tokens[k].pos not in ("NOUN", "ADJ") or not ctx.tokens[k].text.islower():
                return None
            k += 1
        ref = ctx.referent_at(k) if k < len(ctx.tokens) else None
        if ref is None or ref.type != "person" or k == i + 2:
            return None
        first = ctx.token_at(ref.start)
        if first is None or ctx.tokens[first].feats.get("Case", "Nom") != "Nom":
            return None
        return self.from_referent(ref, how="name")

    def _noun_after(self, i: int) -> bool:
        nxt = self.ctx.tokens[i + 1] if i + 1 < len(self.ctx.tokens) else None
        return nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ")  # `тот человек`: a determiner

    def _last_object(self, tok: Token, gender: str) -> Speaker | None:
        """`Журналист спросил министра Ивана Петрова … — ответил тот`: the person of that gender
        named last before, in the sentence before, not as its subject (the one spoken to)."""
        before = self.ctx.unit_before(tok.start)
        floor = before.start if before is not None else 0
        for ref in self._antecedents(tok.start):
            if ref.start < floor:
                break
            if (
                ref.type == "person"
                and (not ref.gender or ref.gender == gender)
                and not self.is_nominative(ref)
            ):
                return _at(self.from_referent(ref, how="name"), tok, "pronoun")
        return None

    def _opening_adverbial(self, first: int) -> bool:
        """A prepositional phrase of two or three words opens the sentence right before token
        `first` (`В ответ`, `В свою очередь`, `В итоге`): a circumstance, not a noun it qualifies."""
        unit = self.ctx.unit_at(self.ctx.tokens[first].start)
        start = self.ctx.token_at(unit.start) if unit is not None else None
        return (
            start is not None
            and 2 <= first - start <= 3
            and self.ctx.tokens[start].pos == "ADP"
            and self.ctx.tokens[first - 1].pos == "NOUN"
            and all(self.ctx.tokens[k].pos in ("DET", "ADJ") for k in range(start + 1, first - 1))
        )

    def _named_before_apposition(self, i: int, agree: tuple[str | None, str | None]) -> Speaker | None:
        """`Инженер Павел Орлов, один из разработчиков ракеты «Ангара», заявил`, `Анна Кикина,
        единственная женщина в отряде Роскосмоса, рассказала`: the description (token `i`, its
        adjectives before it) is an apposition set off after a person's name, who speaks."""
        ctx = self.ctx
        comma = i - 1
        while comma > 0 and ctx.tokens[comma].pos in ("ADJ", "DET", "NUM"):
            comma -= 1
        if comma < 1 or ctx.tokens[comma].text != ",":
            return None
        ref = ctx.referent_at(comma - 1)
        return self._from_referent(ref, agree) if ref is not None and ref.type == "person" else None

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
                    after >= len(ctx.tokens)
                    or ctx.tokens[after].text
                    in (",", "—", ".", "!", "?", ";")  # `…, 62-летний Хоакин Ортис.`
                    or (dash and ctx.tokens[after].pos in ("VERB", "AUX"))
                ) and self.is_nominative(ref):
                    return self.from_referent(ref, how="name")
                return None
            tok = ctx.tokens[k]
            if ref is None and tok.pos not in ("ADJ", "NOUN", "PROPN"):
                return None
        return None

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
            and (cues.man_in_genitive(tok.text) or self.inflected_surname(ref))
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
            ref.type == "person"
            and before is not None
            and before.lemma in cues.KIN_NOUNS
            and before.feats.get("Case") == "Nom"
            and self.oblique_by_form(ref)
        ):
            return None  # `Мать Валиевой рассказала`, `Жена Ивана Смирнова`: the relative, not the speaker
        if ref.type != "person" and before is not None and before.lemma in cues.SOURCES_TO_OUTLETS:
            return None  # `Источник Reuters в Минобороны сообщил`: whose source, not the subject
        if (
            ref.type != "person"
            and before is not None
            and before.pos == "NOUN"
            and before.feats.get("Animacy") == "Anim"
            and _latin(self.ctx.text[ref.start : ref.stop])
        ):
            return None  # `Бывший инженер Tesla заявил`: a caseless name of whom he works for
        if (
            ref.type != "person"
            and before is not None
            and before.pos == "NOUN"
            and before.feats.get("Case") not in ("Nom", None)
            and before.lemma not in cues.TIME_NOUNS  # `На прошлой неделе Франция заявила`: when, then who
            and not is_legal_form(before.text)  # `ПАО «Магнит» сообщило`: the form is no noun it qualifies
            and not self._opening_adverbial(first)  # `В ответ Пекин заявил`: how, then who
            and not _addressee_first(before, tok)
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

    def _introduced_with(self, tok: Token, gender: str | None) -> Speaker | None:
        """The one person the article introduced with this very noun right before the name
        (`Свидетель Андрей Горбунов`), of the gender the verb agrees with."""
        return self._one_introduced(
            tok,
            lambda ref, _: (
                (not gender or not ref.gender or ref.gender == gender) and self._introduced_as(ref, tok.lemma)
            ),
        )

    def _may_name_again(self, i: int) -> bool:
        """A singular noun for a witness or the like that may stand for the person it introduced,
        not a source's (`источник`, `собеседник`: anonymous by nature) nor one marked as someone
        else (`Другой свидетель`)."""
        tok = self.ctx.tokens[i]
        return (
            tok.feats.get("Number") != "Plur"
            and tok.feats.get("Animacy") == "Anim"  # not `следствие`, `оппозиция`, `защита`
            and tok.lemma not in cues.SOURCES_TO_OUTLETS
            and not (i > 0 and self.ctx.tokens[i - 1].lemma in cues.ANONYMOUS)
        )

    def _qualifies_noun(self, prep: Token) -> bool:
        """A prepositional phrase right after a noun qualifies it (`депутаты из фракции`), or follows
        people in the nominative plural who are the clause's subject (`Жители многоквартирного дома
        в Балашихе рассказали`: the residents, not the town)."""
        k = self.ctx.token_at(prep.start)
        before = self.ctx.tokens[k - 1] if k else None
        if before is not None and before.pos == "NOUN" and before.feats.get("Animacy") == "Anim":
            return True
        j = (k or 0) - 1
        # past other nouns, their phrases and participles (`Родственники погибших при крушении
        # вертолёта на Камчатке заявили`: the relatives)
        while j >= 0 and self.ctx.tokens[j].pos in ("NOUN", "ADJ", "PROPN", "DET", "NUM", "ADP", "VERB"):
            t = self.ctx.tokens[j]
            if t.pos == "VERB" and t.feats.get("VerbForm") != "Part":
                return False
            if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and t.feats.get("Case") == "Nom":
                return t.feats.get("Number") == "Plur"
            if (
                t.pos in ("ADJ", "VERB")
                and t.feats.get("Case") == "Nom"
                and t.feats.get("Number") == "Plur"
                and (j == 0 or self.ctx.tokens[j - 1].pos == "PUNCT")
            ):
                return True  # `Пострадавшие при взрыве в Магнитогорске`, `Близкие погибшего в Сочи туриста`
            j -= 1
        return False

    def _governed(self, i: int) -> bool:
        """A preposition governs token `i`, past its adjectives and determiners (`в своем Twitter`)."""
        k = i - 1
        while k >= 0 and (self.ctx.tokens[k].pos in ("ADJ", "DET") or self.ctx.tokens[k].text in QUOTE_MARKS):
            k -= 1
        return k >= 0 and self.ctx.tokens[k].pos == "ADP"

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
        if tok.lemma in cues.PUBLICATION_PLACES:
            return self._page_owner(i)  # `на сайте Минобороны сообщили`: whose page it is speaks
        if (
            tok.lemma in cues.UNNAMED_SOURCES
            or tok.lemma in cues.BODY_HEADS
            or tok.lemma in cues.QUALIFIED_BODY_HEADS
        ) and tok.feats.get("Animacy") != "Anim":
            return self._unnamed(i)  # `в полиции рассказали`, `в береговой охране сообщили`
        return None

    def _page_owner(self, i: int) -> Speaker | None:
        """The owner named right after a page or account noun at token `i`, in the genitive
        (`группе Института Пушкина`, `аккаунте «Роскосмоса»`), or None."""
        nxt = self._token_after(i)
        ref = self.ctx.referent_at(nxt) if nxt is not None else None
        if ref is None and nxt is not None and self.ctx.tokens[nxt].lemma in cues.ORG_ANAPHORS:
            # `в телеграм-канале компании «Ростех»`; `на сайте клуба`: the club named before
            named = self._named_after_kind(nxt) or self._org_anaphor(nxt)
            if named is not None:
                named.how, named.number = "institution", "Plur"
            return named
        if (
            ref is None
            or self.ctx.token_at(ref.start) != nxt
            or self.ctx.tokens[nxt].feats.get("Case") == "Nom"
        ):
            return None
        found = self.from_referent(ref, how="name" if ref.type == "person" else "institution")
        found.number = "Plur"
        return found

    def on_owned_page(self, ref: Referent) -> bool:
        """`ref` names the network a page is on (`в аккаунте Минобороны в Twitter`, `на странице
        в Facebook`): the preposition before it follows a page noun or its owner."""
        ctx = self.ctx
        k = (ctx.token_at(ref.start) or 0) - 1
        while k >= 0 and ctx.tokens[k].text in QUOTE_MARKS:
            k -= 1
        if k < 1 or ctx.tokens[k].text.lower() not in PREPOSITIONS_OF_PLACE:
            return False
        k -= 1
        while k >= 0 and ctx.tokens[k].text in QUOTE_MARKS:
            k -= 1
        if k < 0:
            return False
        if ctx.tokens[k].lemma in cues.PUBLICATION_PLACES:
            return True
        owner = ctx.referent_at(k)
        before = self._token_before(ctx.token_at(owner.start) or 0) if owner is not None else None
        return before is not None and before.lemma in cues.PUBLICATION_PLACES

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
        found = Speaker(first, last, "name", text=ctx.text[first:last], name=ctx.text[first:last])
        return self.misspelt_person(found)


def _addressee_first(before: Token, name: Token) -> bool:
    """`Россиянам МИД советует …`: people in the dative put first are whom it is said to, and
    the name after them, tagged nominative, is the subject (names qualify nouns in the genitive)."""
    return (
        before.feats.get("Case") == "Dat"
        and before.feats.get("Animacy") == "Anim"
        and name.feats.get("Case") == "Nom"
    )


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
    ведомство`, `сообщают органы`): the subject when it agrees with the cue; or a capitalised
    common noun the tagger read as a name in another case (`Газеты, близкие к Кремлю, пишут`)."""
    if (
        tok.pos == "PROPN"
        and agree[1] == "Plur"
        and tok.text[1:].islower()
        and _common_noun(tok.text.lower())
        and _may_be_plural_nominative(tok.text.lower())
    ):
        return True
    if tok.feats.get("Case") != "Acc" or tok.feats.get("Animacy") != "Inan" or agree[1] is None:
        return False
    if agree[1] != tok.feats.get("Number"):
        return False
    return agree[1] == "Plur" or (agree[0] is not None and agree[0] == tok.feats.get("Gender"))


def _plural_noun(tok: Token) -> bool:
    """A noun in the nominative plural (`Газеты`, `СМИ`), by the tagger or, for a word opening a
    sentence that it may read otherwise, by the dictionary."""
    if tok.pos not in ("NOUN", "PROPN"):
        return False
    if tok.feats.get("Number") == "Plur" and tok.feats.get("Case") in ("Nom", None):
        return True
    return _may_be_plural_nominative(tok.text.lower())


@cache
def _common_noun(word: str, *, animate: bool = False) -> bool:
    """Every reading of the word is a common noun (an animate one, with `animate`), none a proper name."""
    parses = analyzer().parse(word)
    return bool(parses) and all(
        p.tag.POS == "NOUN" and (not animate or "anim" in p.tag) and not (NAME_GRAMMEMES & p.tag.grammemes)
        for p in parses
    )


@cache
def _may_be_plural_nominative(word: str) -> bool:
    """The dictionary has a reading of the word as a noun in the nominative plural."""
    return any(p.tag.POS == "NOUN" and {"plur", "nomn"} <= p.tag.grammemes for p in analyzer().parse(word))


@cache
def _common_person_noun(word: str) -> bool:
    """Every reading of the word is an animate common noun, none a proper name (`индонезиец`)."""
    return _common_noun(word, animate=True)
