"""Pronouns and their antecedents: a plural pronoun's group or spokesmen, a singular one's person
(named, introduced by a common noun, or an unnamed speaker nearer), an organisation opening the
sentence (`Компания … В нём она сообщила`), and the last person named."""

from __future__ import annotations

import re

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import QuoteContext, Referent, Unit
from newsgraph.extract.speakers.base import FinderBase, Speaker, _at
from newsgraph.extract.speakers.grammar import APPOSITION_DASHES, _person_noun
from newsgraph.extract.speakers.unnamed import PERSON_VOICES
from newsgraph.model import Token

UNNAMED_ANTECEDENT_UNITS = 2  # sentences before a pronoun's own where an unnamed antecedent may stand
SUBJECT_OPENING = 4  # tokens from a sentence start to its subject organisation
COLLECTIVES = frozenset({"organization", "group"})  # speakers `они` may stand for, named in the singular


class Pronouns(FinderBase):
    """Pronouns and their antecedents."""

    __slots__ = ()

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
        # `Политик заявил, что … Сальвини осудили …, однако напомнил, что …`: from the first of the
        # speaker's cues in that sentence
        pos = min(p for p, other in before if unit.start <= p <= pos and other.entity == sp.entity)
        return pos, unit.stop, sp.entity, gender

    def resolve_pronoun(self, gender: str | None, number: str | None, tok: Token) -> Speaker | None:
        if number == "Plur":
            cited = self._plural_cited_before(tok)
            if cited is not None:
                return cited  # `… со ссылкой на источники в полиции. По их данным`: the sources
            group = self._group_antecedent(tok)
            for sp in self.previous(tok.start)[:4]:
                # `они`, `их`: a plural subject, or a body speaking as a collective (`армия`)
                if (sp.number == "Plur" or sp.type in COLLECTIVES) and (
                    group is None or sp.start > group.start
                ):
                    return _at(sp, tok, "pronoun")
            if group is not None:
                return _at(self.from_referent(group, how="name"), tok, "pronoun")
            voices = self._voices_before(tok) or self._pair_before(tok)
            if voices is not None:
                return _at(voices, tok, "pronoun")
            return Speaker(tok.start, tok.stop, "pronoun", text=tok.text, type="unnamed", number="Plur")
        relative = self._relative_antecedent(tok, gender)
        if relative is not None:
            return relative
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
            if self._in_relative_clause(ref) or self._in_question(ref, tok):
                # `Тренер Валерий Карпин, при котором Головин стал лидером, … — сказал он`: the main
                # clause's subject, not someone in a clause on it
                fallback = fallback or ref
                continue
            if (
                last
                and last[0].type == "person"
                and last[0].entity
                and last[0].start > ref.stop
                and (not gender or not last[0].gender or last[0].gender == gender)
            ):
                # `…, заявил председатель совета Игорь Рогов. Президент … заявлял, что … «…», — добавил
                # он`: the speaker named by a role noun after the name is nearer
                return _at(last[0], tok, "pronoun")
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
            if (
                sp.number != "Plur"
                and (sp.type in ("person", "unnamed") or sp.how == "org")
                # `Он заявил … Она заявила`: an unnamed source's gender, when known, agrees
                and not (sp.type == "unnamed" and gender and sp.gender and sp.gender != gender)
            ):
                return _at(sp, tok, "pronoun")
        return None

    def _plural_cited_before(self, tok: Token) -> Speaker | None:
        """The sentence before cites unnamed sources in the plural (`Об этом сообщает Los Angeles
        Times со ссылкой на источники в полиции`): a plural pronoun after it stands for them, not
        for the outlet that cited them."""
        ctx = self.ctx
        before = ctx.unit_before(tok.start)
        if before is None:
            return None
        span = ctx.token_range(before.start, before.stop)
        for k in span:
            begin = cues.citation_end(ctx.tokens, k)
            if begin is None or begin >= span.stop:
                continue
            head = ctx.tokens[begin]
            if head.lemma in cues.UNNAMED_SOURCES and head.feats.get("Number") == "Plur":
                stop = begin + 1
                while stop < span.stop and ctx.tokens[stop].pos not in ("PUNCT", "VERB"):
                    stop += 1
                text = ctx.text[head.start : ctx.tokens[stop - 1].stop]
                return Speaker(tok.start, tok.stop, "pronoun", text=text, type="unnamed", number="Plur")
        return None

    def _in_question(self, ref: Referent, tok: Token) -> bool:
        """The name stands in a question put to the speaker, in the pronoun's sentence before it
        (`На вопрос, встретится ли Путин с Трампом, он ответил`)."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None or not (unit.start <= ref.start < tok.start):
            return False
        k = (ctx.token_at(ref.start) or 0) - 1
        while k >= 0 and ctx.tokens[k].start >= unit.start:
            if ctx.tokens[k].lemma == "вопрос":
                return True
            k -= 1
        return False

    def _in_relative_clause(self, ref: Referent) -> bool:
        """The name stands in a relative clause set off by a comma (`, при котором Головин стал …`)."""
        ctx = self.ctx
        unit = ctx.unit_at(ref.start)
        k = (ctx.token_at(ref.start) or 0) - 1
        while k >= 0 and unit is not None and ctx.tokens[k].start >= unit.start and ctx.tokens[k].text != ",":
            if ctx.tokens[k].lemma == "который":
                j = k - 1 if k > 0 and ctx.tokens[k - 1].pos == "ADP" else k  # `, при котором`
                return j > 0 and ctx.tokens[j - 1].text == ","
            k -= 1
        return False

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

    def _sentence_before(self, tok: Token) -> Unit | None:
        """The sentence before the one `tok` opens (or closes as the subject of a quotation's cue:
        `«…», — заявили они.`), in the same paragraph, else None."""
        ctx = self.ctx
        unit = ctx.unit_at(tok.start)
        if unit is None:
            return None
        if ctx.token_at(unit.start) != ctx.token_at(tok.start) and not QUOTATION_AND_CUE.fullmatch(
            ctx.text, unit.start, tok.start
        ):
            return None
        index = ctx.units.index(unit)
        if index == 0 or ctx.units[index - 1].para != unit.para:
            return None
        return ctx.units[index - 1]

    def _voices_before(self, tok: Token) -> Speaker | None:
        """`Представители Роскосмоса не подтвердили … Они лишь сказали`: a plural pronoun opening
        its sentence stands for the plural subject opening the sentence before in its paragraph
        when that subject speaks for a named body (spokesmen, a press office's staff)."""
        ctx, before = self.ctx, self._sentence_before(tok)
        if before is None:
            return None
        for j in ctx.token_range(before.start, before.stop)[:SUBJECT_OPENING]:
            t = ctx.tokens[j]
            if t.pos != "NOUN" or t.feats.get("Case") != "Nom":
                continue
            if t.feats.get("Number") != "Plur" or t.lemma not in PERSON_VOICES | cues.ORG_VOICES:
                return None
            found = self._unnamed(j)
            return found if found is not None and found.entity else None
        return None

    def _pair_before(self, tok: Token) -> Speaker | None:
        """`Мин Си и Марио Хо поженились. Они сообщили об этом …`: a plural pronoun opening its
        sentence stands for people named as joint subject of the sentence before in its paragraph
        (`X и Y` before a plural verb); like `X и Y заявили`, the words go to the first named."""
        ctx, before = self.ctx, self._sentence_before(tok)
        if before is None:
            return None
        people: list[Referent] = []
        joined = False
        for j in ctx.token_range(before.start, before.stop):
            t = ctx.tokens[j]
            if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
                plural = t.feats.get("Number") == "Plur"
                return self.from_referent(people[0], how="name") if plural and joined else None
            ref = ctx.referent_at(j)
            if ref is not None and ref.type == "person" and (not people or people[-1] is not ref):
                if not self.is_nominative(ref):
                    return None
                if people:
                    between = ctx.tokens[self._last_token(people[-1]) + 1 : j]
                    joined = joined or (
                        any(x.text == "и" for x in between) and not any(x.pos == "PUNCT" for x in between)
                    )
                people.append(ref)
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
                and not ctx.in_said_marks(t.start)  # `«Погибла пожилая женщина», — написала она`
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
                    and (self.is_nominative(ref) or self._spoke_at(ref))
                ):
                    return None  # a name nearer (`По словам председателя комитета Михаила Фрейдлина`)
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
            elif ctx.in_quote(t.start) or ctx.in_said_marks(t.start):
                # `«Мне кажется, что гид бросил ребят», — сказал он`, `«Погибла пожилая женщина», —
                # написала она`: someone in the words
                pass
            elif _antecedent_noun(t, gender) and (t.lemma in cues.ROLE_NOUNS or t.lemma in cues.KIN_NOUNS):
                # `Представитель компании «СДС-Уголь» заявил … По его словам`: the representative who
                # spoke for the company; else a role noun nearer may be someone named
                # (`ученый не рекомендует. Он подчеркивает`)
                represented = self._represented_at(t)
                return _at(represented, tok, "pronoun") if represented is not None else None
            elif (
                _antecedent_noun(t, gender)
                and t.lemma not in cues.ROLE_NOUNS  # `Министр встретился …`: may be someone named
                and t.lemma not in cues.KIN_NOUNS  # `Брат северокорейского лидера`: the person named
                and (t.text.islower() or ctx.token_at(ctx.unit_at(t.start).start) == j)
                and not _in_capacity(ctx.tokens, j)  # `работал как актёр и режиссёр`: no one new
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

    def _spoke_at(self, ref: Referent) -> bool:
        """The name is a speaker's mention already found (a frame's holder in the genitive)."""
        return any(sp.entity == ref.entity and sp.start <= ref.start < sp.stop for _, sp in self.history)

    def _represented_at(self, t: Token) -> Speaker | None:
        """The organisation spoken for by the role noun at token `t`, as a speaker already found
        (`Представитель компании «СДС-Уголь» заявил`), or None."""
        unit = self.ctx.unit_at(t.start)
        for _, sp in self.history:
            if (
                sp.type == "organization"
                and sp.description
                and self.ctx.unit_at(sp.start) is unit
                and sp.description.split()[0].lower() == t.text.lower()
            ):
                return sp
        return None

    def _relative_antecedent(self, tok: Token, gender: str | None) -> Speaker | None:
        """`Кэтрин, у которой, по ее словам, забрали телефон`: a pronoun in a frame right after a
        relative pronoun of its gender is the person the relative clause is about, named right
        before it."""
        ctx = self.ctx
        k = ctx.token_at(tok.start)
        if k is None or k < 4:
            return None
        j = k - 1
        while j > 0 and ctx.tokens[j].pos == "ADP":
            j -= 1  # `по ее словам`
        if ctx.tokens[j].text != ",":
            return None
        rel = j - 1
        if ctx.tokens[rel].lemma != "который" or (gender and ctx.tokens[rel].feats.get("Gender") != gender):
            return None
        before = rel - 1
        while before > 0 and ctx.tokens[before].pos == "ADP":
            before -= 1  # `, у которой`
        if ctx.tokens[before].text != "," or before == 0:
            return None
        ref = ctx.referent_at(before - 1)
        if ref is None or ref.type != "person" or (gender and ref.gender and ref.gender != gender):
            return None
        return _at(self.from_referent(ref, how="name"), tok, "pronoun")

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
                if ctx.in_quote(ref.start):
                    continue  # `«Университет откроет …», — сообщил он`: the words' subject, not the speaker
                first = ctx.token_at(ref.start) or k
                if self._preposition_before(first) is not None or ref.name.lower() in cues.PLATFORMS:
                    continue  # `В своем микроблоге Twitter он отметил`: where, not who
                head = self._token_before(first)
                if head is None or head.lemma not in cues.ORG_ANAPHORS or toks.start > first - 1:
                    head = ctx.tokens[first]  # `Газпром заявил … Он …`: the name's own gender
                if head.feats.get("Case", "Nom") == "Nom" and head.feats.get("Gender") == gender:
                    return ref
                break
        return None


# A quotation, a dash and one verb before a pronoun (`«Мы едины», — заявили они`)
QUOTATION_AND_CUE = re.compile(r"\s*[«„“\"][^\n]*[»“”\"][,!?…]?\s*[—–-]\s*\w+\s+")


def _head_gender(ctx: QuoteContext, speaker: Speaker) -> str | None:
    """The gender of an unnamed speaker's head noun (`Владелец летной школы` -> Masc)."""
    for k in ctx.token_range(speaker.start, speaker.stop):
        t = ctx.tokens[k]
        if t.pos == "NOUN" and t.feats.get("Case") == "Nom":
            return t.feats.get("Gender")
        if t.lemma == "один" and k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].text.lower() == "из":
            return t.feats.get("Gender")  # `один из участников встречи`, `одна из матерей`
    return None


def ctx_unit(ctx: QuoteContext, offset: int) -> int | None:
    unit = ctx.unit_at(offset)
    return unit.start if unit is not None else None


def _antecedent_noun(t: Token, gender: str | None) -> bool:
    """An animate noun in the nominative singular of that gender: someone a pronoun may stand for."""
    return _person_noun(t) and t.feats.get("Number") == "Sing" and t.feats.get("Gender") == gender


def _in_capacity(tokens: list[Token], j: int) -> bool:
    """The noun at `j` says in what capacity someone acted (`как актёр и режиссёр`, `в качестве
    тренера`): `как` or `в качестве` before it, past another such noun joined by `и` or a comma."""
    k = j - 1
    if k >= 1 and tokens[k].text in ("и", ",") and tokens[k - 1].pos == "NOUN":
        k -= 2
    if k >= 0 and tokens[k].text.lower() == "как":
        return True
    return k >= 1 and tokens[k].lemma == "качество" and tokens[k - 1].text.lower() == "в"
