"""Organisations, bodies, outlets and press services as speakers: a body's voice (`пресс-служба
Минобороны`, `руководство компании`), a noun of an organisation's kind referring back to one
named before (`компания`, `издание`, `суд`), a body by its members or an adjective, the
organisation a person leads, and the outlet a statement was given to (`заявил ТАСС`)."""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.entities import is_legal_form
from newsgraph.extract.quote_context import Referent
from newsgraph.extract.speakers.base import QUOTE_MARKS, FinderBase, Speaker
from newsgraph.extract.speakers.grammar import (
    PREPOSITIONS_FROM,
    PREPOSITIONS_OF_PLACE,
    _agreement,
    _clause_boundary,
    _latin,
)
from newsgraph.extract.speakers.subjects import MAX_SUBJECT_DISTANCE
from newsgraph.model import Token

LEADER_WINDOW = 12  # tokens from `лидер партии …` to the leader's name
MEMBERS_ORG_WINDOW = 8  # tokens from `депутатов от правящей партии` to the organisation's name
BAND_NOUNS = frozenset({"группа"})  # `по словам группы`: a band named before as `группа X`
# Nouns for the press alone (`газета`, `издание`; not `агентство`, which may be a state agency):
# they stand for an outlet, never for a company or a body.
PRESS_NOUNS = frozenset("издание газета телеканал радиостанция журнал телекомпания информагентство".split())
# Words of the names of courts and parliaments: bodies of state no `правительство`,
# `министерство`, `ведомство` refers back to.
# `министерство … Судана` is no court: whole words of the canonical (nominative) name.
NOT_EXECUTIVE_HEADS = frozenset("суд трибунал парламент дума госдума сенат конгресс собрание рада".split())
# Bodies named by their own noun (`Комиссия по …`, `Следственный комитет`): qualified by an
# adjective of their own, they refer back only to a body named with that noun.
SELF_NAMING_BODIES = frozenset("комиссия комитет совет инспекция".split())
GROUPINGS = frozenset({"коалиция", "альянс"})  # bodies of members that are bodies themselves
# adjectives pointing back at organisations named before (`эти компании`, `обе компании`)
POINTING_ADJECTIVES = frozenset(
    "этот тот данный оба указанный названный упомянутый вышеупомянутый такой сам".split()
)


class Organisations(FinderBase):
    """Organisations, bodies, outlets and press services as speakers."""

    __slots__ = ()

    def _addressed_outlet(self, ref: Referent, verb: int, floor: int) -> bool:
        """An outlet right before a plural cue, after an institution's place (`В Минобороны ТАСС
        сообщили`, `в пресс-службе компании РИА Новости пояснили`): the outlet is told (an
        indeclinable dative), the institution speaks; `«Известия» сообщили` alone is the outlet's."""
        ctx = self.ctx
        # past the outlet's marks (`в пресс-службе «Роснефти» «Ъ» сообщили`)
        if self._token_after(self._last_token(ref)) != verb or _agreement(ctx.tokens[verb])[1] != "Plur":
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
                named = self._token_after(k)  # `в «Роснефти» «Ъ» сообщили`: past the name's marks
                place = ctx.referent_at(named) if named is not None else None
                return (place is not None and place.type == "organization") or nxt.lemma in (
                    cues.ORG_VOICES | cues.ORG_ANAPHORS
                )
        return False

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
            owner = self._person_owning(i, nxt, ref)
            if owner is not None:
                return owner  # `официальный сайт главы государства`, `блог Алексея Навального`
            if ctx.tokens[nxt].lemma in cues.ORG_ANAPHORS:
                named = self._named_after_kind(nxt)  # `пресс-служба фракции ЛДПР`: the name after the kind
                return named or self._org_anaphor(nxt) or self._unnamed(i)
            if nxt > i + 1:  # a quoted name the entities stage did not link: keep it as written
                return self._named_in_quotes(i, nxt)
        if tok.lemma in cues.ORG_ANAPHORS:
            return self._org_anaphor(i) or self._named_next(i) or self._unnamed(i)
        owner = self._press_office_of_pronoun(i)
        if owner is not None:
            return owner
        if tok.lemma in cues.ORG_VOICES:
            return self._unnamed(i)  # `пресс-служба полиции`: kept as a description
        return None

    def _press_office_of_pronoun(self, i: int) -> Speaker | None:
        """`Её пресс-служба сообщила` after `Дина Болуарте`: the press office of whom the pronoun
        stands for speaks for them (as `пресс-служба президента` does), its words kept as the
        description."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        pronoun = ctx.tokens[i - 1] if i > 0 else None
        if tok.lemma not in cues.PRESS_OFFICES or pronoun is None:
            return None
        gender = {"его": "Masc", "её": "Fem", "ее": "Fem"}.get(pronoun.text.lower())
        if gender is None:
            return None
        owner = self.resolve_pronoun(gender, "Sing", pronoun)
        if owner is None or owner.entity is None:
            return None
        owner.start, owner.stop = pronoun.start, tok.stop
        owner.description = ctx.text[pronoun.start : tok.stop]
        return owner

    def _person_owning(self, i: int, nxt: int, ref: Referent | None) -> Speaker | None:
        """The person whose page or blog the noun at `i` is, named or given by a role right after
        it in the genitive (`сайт главы государства`: the head of state named before)."""
        if self.ctx.tokens[i].lemma not in cues.PUBLICATION_PLACES:
            return None
        if ref is not None and ref.type == "person" and self.ctx.token_at(ref.start) == nxt:
            return self.from_referent(ref, how="name")
        owner = self.ctx.tokens[nxt]
        if ref is None and owner.lemma in cues.ROLE_NOUNS and owner.feats.get("Case") == "Gen":
            found = self._role_subject(nxt, (None, None), backwards=False, any_case=True)
            return found if found is not None and found.entity is not None else None
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

    def _named_by_head(self, i: int, stop: int | None = None) -> Speaker | None:
        """`Европейский суд по правам человека … Суд счел`: a bare singular noun standing alone
        (no adjective, no complement before token `stop`, where its phrase ends) refers to the
        organisation named before whose name has that noun for its head."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.feats.get("Number") == "Plur" or tok.feats.get("Animacy") == "Anim":
            return None
        if i > 0 and ctx.tokens[i - 1].pos in ("ADJ", "DET"):
            return None  # `районный суд`: another court
        nxt = ctx.tokens[i + 1] if i + 1 < min(len(ctx.tokens), stop or len(ctx.tokens)) else None
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

    def outlet_named_before(self, i: int) -> Speaker | None:
        """`Как стало известно изданию`: the outlet the noun at token `i` refers back to, or None."""
        return self._org_anaphor(i) if self.ctx.tokens[i].lemma in cues.OUTLET_NOUNS else None

    def _org_anaphor(self, i: int) -> Speaker | None:
        tok = self.ctx.tokens[i]
        if self._described_kind(i):
            return None
        candidates = [r for r in self._antecedents(tok.start) if r.type == "organization"]
        if tok.lemma in BAND_NOUNS:
            # `по словам группы`, `в заявлении группы`: the band the article introduced as `группа X`
            # (`группа экспертов`, `группы` in the plural: people, no organisation named)
            nxt = self.ctx.tokens[i + 1] if i + 1 < len(self.ctx.tokens) else None
            if tok.feats.get("Number") == "Plur" or (nxt is not None and nxt.feats.get("Case") == "Gen"):
                return None
            candidates = [
                r
                for r in self.ctx.referents_before(tok.start, 0)
                if r.type == "organization"
                and not self.ctx.in_quote(r.start)
                and self._introduced_as(r, tok.lemma)
            ][:1]
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
        if tok.lemma in SELF_NAMING_BODIES and self._described_anew(i):
            # `антикоррупционная комиссия объявила`: a body of its own, unless one named with that noun
            candidates = [r for r in candidates if tok.lemma[:5] in r.name.lower()]
        if tok.lemma in GROUPINGS:
            # `Правительственная коалиция из ODS и TOP 09 … Коалиция заявила`: the grouping, never one
            # of its members; one named with that noun or a known alliance
            candidates = [
                r for r in candidates if tok.lemma[:5] in r.name.lower() or self._kind(r) == "alliance"
            ]
        candidates = self._anaphor_order(tok, candidates)
        for ref in candidates:
            if self._fits_anaphor(ref, tok.lemma):
                speaker = self.from_referent(ref, how="org")
                speaker.start, speaker.stop = tok.start, tok.stop
                return speaker
        return None

    def _anaphor_order(self, tok: Token, candidates: list[Referent]) -> list[Referent]:
        """The organisations an anaphor may stand for, the likeliest first: one the article named
        with the same noun (`Корпорация Microsoft договорилась о покупке Activision Blizzard.
        Корпорация заявила`), else, in the nearest sentence naming one that fits, the subject of
        that sentence over the others it names (`Корпорация Boeing объявила … после инцидента с
        самолётом авиакомпании Alaska Airlines. Концерн сообщил`); else the nearest."""
        fitting = [r for r in candidates if r.entity is not None and self._fits_anaphor(r, tok.lemma)]
        if not fitting:
            return candidates
        same = [r for r in fitting if self._introduced_as(r, tok.lemma)]
        if same:
            return same + candidates
        unit = self.ctx.unit_at(fitting[0].start)
        subjects = [r for r in fitting if self.ctx.unit_at(r.start) is unit and self._org_subject(r)]
        # the first in its sentence (`Роскомнадзор направил в адрес Google, Яндекс, Рамблер …`)
        return sorted(subjects, key=lambda r: r.start)[:1] + candidates

    def _org_subject(self, ref: Referent) -> bool:
        """An organisation in the nominative: by the noun before it when there is one (`Корпорация
        Boeing`, not `авиакомпании Alaska Airlines`, nor `движения «Талибан»`), else by its own
        case, a name in Latin letters (caseless) only when it opens its sentence (`Apple
        представила`); never after a preposition."""
        first = self.ctx.token_at(ref.start)
        unit = self.ctx.unit_at(ref.start)
        if first is None or unit is None:
            return False
        k = first - 1
        while k >= 0 and self.ctx.tokens[k].text in QUOTE_MARKS:
            k -= 1
        inside = k >= 0 and self.ctx.tokens[k].start >= unit.start
        head = self.ctx.tokens[k] if inside and self.ctx.tokens[k].pos in ("NOUN", "PROPN") else None
        if head is not None and is_legal_form(head.text):
            head = None  # `ПАО «Магнит» купило`: the form, indeclinable, says no case
        start = k if head is not None else first
        if inside and self._preposition_before(start) is not None:
            return False
        if head is not None:
            return head.feats.get("Case") == "Nom"
        opens = self.ctx.token_at(unit.start) == first
        return opens if _latin(self.ctx.text[ref.start : ref.stop]) else self.is_nominative(ref)

    def _described_anew(self, i: int) -> bool:
        """An adjective of its own before the noun, not one pointing back (`антикоррупционная
        комиссия`, not `эта комиссия`, `сама комиссия`)."""
        before = self.ctx.tokens[i - 1] if i > 0 else None
        return before is not None and before.pos == "ADJ" and before.lemma not in POINTING_ADJECTIVES

    def _described_kind(self, i: int) -> bool:
        """`Правозащитные организации выступают …`: a plural noun of a kind qualified by an adjective
        of its own describes organisations anew, none named before (`эти компании`, `обе компании`
        still point back)."""
        tok = self.ctx.tokens[i]
        if tok.feats.get("Number") != "Plur" or i == 0:
            return False
        before = self.ctx.tokens[i - 1]
        return before.pos == "ADJ" and before.lemma not in POINTING_ADJECTIVES and before.text[:1].isalpha()

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
        if lemma in cues.ORG_NAMED_KINDS:
            return self._introduced_as(ref, lemma)  # `театр` stands for no museum and no ministry
        if wanted == cues.ORG_ANAPHOR_KINDS["правительство"] and any(
            w in NOT_EXECUTIVE_HEADS for w in name.split()
        ):
            return False  # `Верховный суд … Правительство призвало`: a court or a parliament governs not
        if kind == "media" and wanted is None and lemma not in cues.OUTLET_NOUNS:
            return False  # `сообщили РИА Новости в пресс-службе клуба`: an outlet is no club
        if lemma in PRESS_NOUNS and kind is not None and kind != "media":
            return False  # `Как сообщает Financial Times, BP … По данным газеты`: a company is no newspaper
        return kind is None or wanted is None or kind in wanted

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

    def _members_introduced(self, i: int) -> Speaker | None:
        """`встреча депутатов от правящей партии «Грузинская мечта» … ¶ После встречи депутаты
        опровергли …`: a bare plural person noun said again is the organisation the article named
        right after the same noun before (`депутатов от партии X`, `активисты движения X`), when
        it named one only. Qualified (`депутаты Госдумы`) or described (`некоторые депутаты`), or
        with no organisation, nothing is found."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if (i > 0 and ctx.tokens[i - 1].pos in ("ADJ", "DET", "NUM")) or (
            nxt is not None and (nxt.pos in ("NOUN", "PROPN", "ADP") or ctx.referent_at(i + 1) is not None)
        ):
            return None
        found: dict[str, Referent] = {}
        for k in range(i):
            t = ctx.tokens[k]
            if t.lemma != tok.lemma or t.feats.get("Number") != "Plur" or ctx.in_quote(t.start):
                continue
            j = k + 1
            while j < min(len(ctx.tokens), k + MEMBERS_ORG_WINDOW):
                ref = ctx.referent_at(j)
                if ref is not None:
                    if ref.type == "organization" and ref.entity:
                        found.setdefault(ref.entity, ref)
                    break
                w = ctx.tokens[j]
                if not (
                    w.text.lower() in ("от", "из")
                    or w.text in QUOTE_MARKS
                    or w.lemma in cues.ORG_ANAPHORS
                    or (w.pos == "NOUN" and w.feats.get("Case") == "Gen" and w.feats.get("Animacy") == "Inan")
                    or w.pos == "ADJ"
                    or w.feats.get("VerbForm") == "Part"  # `правящей`
                ):
                    break
                j += 1
        if len(found) != 1:
            return None
        speaker = self.from_referent(next(iter(found.values())), how="org")
        speaker.start, speaker.stop, speaker.number = tok.start, tok.stop, "Plur"
        return speaker

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
                between = range((ctx.token_at(org.stop - 1) or j) + 1, first)
                if any(
                    ctx.tokens[b].text in (".", "!", "?", ";")
                    or ((other := ctx.referent_at(b)) is not None and other.type == "person")
                    for b in between
                ):
                    continue  # `глава Bundesbank А.Вебер покинет пост. По словам Ш.Зайберта`: Вебер leads it
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

    def outlet(self, verb: int, ceiling: int) -> str | None:
        """The outlet a statement was given to: `заявил ТАСС`, `в интервью «Известиям»`."""
        ctx = self.ctx
        unit = ctx.unit_at(ctx.tokens[verb].start)
        # `— сказал Дуда в интервью газете Rzeczpospolita. Премьер … Туск заявил`: not Туск's outlet
        # (`Об этом сообщается на сайте Кремля. ¶ В поздравлении говорится`: the site before, still)
        own = unit is not None and not cues.impersonal_cue(ctx.tokens[verb])
        first = ctx.token_at(unit.start) if own else None
        for i in range(max(0, verb - 12, first or 0), min(ceiling, verb + 8, len(ctx.tokens))):
            t = ctx.tokens[i]
            framed = t.lemma in cues.OUTLET_FRAMES and i > 0 and ctx.tokens[i - 1].text.lower() in ("в", "во")
            if t.lemma in cues.OUTLET_NOUNS and not framed and self._employer_of(i):
                continue  # `главный редактор журнала «Экспорт вооружений»`: where he works, not whom he told
            asked = t.lemma == "вопрос" and i > 0 and ctx.tokens[i - 1].text.lower() == "на"
            if asked:  # `Отвечая на вопрос «Известий»`, `на вопрос корреспондента РИА Новости`
                found = self._outlet_ref(range(i + 1, min(i + 5, len(ctx.tokens))), dative=False, media=True)
            elif framed or t.lemma in cues.OUTLET_NOUNS:
                found = self._outlet_ref(range(i + 1, min(i + 4, len(ctx.tokens))), dative=False)
            elif (
                t.lemma in cues.SOURCES_TO_OUTLETS
                and i + 1 < len(ctx.tokens)
                and ctx.tokens[i + 1].pos != "ADP"
            ):
                found = self._outlet_ref(range(i + 1, min(i + 3, len(ctx.tokens))), dative=False)
                entity = ctx.doc.entity(found) if found else None
                found = found if entity is not None and entity.kind == "media" else None  # `источник ТАСС`
            elif verb < i <= verb + 2 and not (i == verb + 2 and _person_noun_at(ctx.tokens[verb + 1])):
                # `сказал ТАСС`, `сказал он ТАСС`; not `сказал основатель SpaceX`: his company
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

    def _employer_of(self, i: int) -> bool:
        """The outlet noun at `i` follows a person noun not in the dative (past adjectives): the
        outlet someone works for (`главный редактор журнала`), not the one told (`корреспонденту
        газеты`)."""
        k = i - 1
        while k >= 0 and self.ctx.tokens[k].pos == "ADJ":
            k -= 1
        tok = self.ctx.tokens[k] if k >= 0 else None
        return tok is not None and _person_noun_at(tok) and tok.feats.get("Case") != "Dat"

    def _outlet_ref(self, indices: range, *, dative: bool, media: bool = False) -> str | None:
        """The organisation named first at `indices` (an outlet; with `media`, only one the
        entities stage typed so), or None."""
        for j in indices:
            if self.ctx.tokens[j].text in (".", "!", "?", ";"):
                return None  # `— сказал собеседник агентства. В Кремле …`: the next sentence's name
            ref = self.ctx.referent_at(j)
            if ref is None:
                tok = self.ctx.tokens[j]
                if (
                    tok.pos == "NOUN"
                    and tok.feats.get("Animacy") == "Anim"
                    and not (media and tok.lemma in cues.MEDIA_STAFF)
                ):
                    return None  # `в телеграм-канале основатель «Додо»`: a person's employer, no outlet
                continue
            if media:
                entity = self.ctx.doc.entity(ref.entity) if ref.entity else None
                return ref.entity if entity is not None and entity.kind == "media" else None
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


def _person_noun_at(tok: Token) -> bool:
    """A noun for a person (`основатель`, `глава`): what follows it is his, not an outlet."""
    return tok.pos == "NOUN" and (tok.feats.get("Animacy") == "Anim" or tok.lemma in cues.ROLE_NOUNS)
