"""Unnamed sources: the noun phrase describing a source (`источник в правительстве`), kept as its
text, unless it shows whom the source speaks for: a named body, a person spoken for
(`представитель Эрдогана`), the court of a judge, or the place an outlet's source is in."""

from __future__ import annotations

import re

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import Referent
from newsgraph.extract.speakers.base import ANTECEDENT_PARAGRAPHS, QUOTE_MARKS, FinderBase, Speaker, _at
from newsgraph.extract.speakers.roles import _of_whom
from newsgraph.model import Token

CIRCUMSTANCE_NOUNS = frozenset({"время", "ход", "рамка", "период", "заседание", "встреча", "визит"})
CIRCUMSTANCE_PREPOSITIONS = frozenset({"после", "перед", "накануне", "во", "вслед"})
APPOSED_NAME = 8  # tokens after a description's comma where the person it describes is named
# tokens from a passive participle to its noun, past its agent (`опрошенные «Известиями» эксперты`)
PARTICIPLE_AGENT = 4
# Who speaks for a person (`представитель Эрдогана`, `пресс-служба Кадырова`, `штаб кандидата`):
# the person speaks through them. An adviser, a lawyer or kin speak for themselves.
# `, пожелавший остаться неизвестным`, `, попросивший не называть его имени`: asked for anonymity
ANONYMITY = re.compile(r"\s*,\s*(?:пожелавш|попросивш)\w*\s+(?:остаться|не\s+называть)", re.IGNORECASE)
PERSON_VOICES = cues.SPOKESPEOPLE | cues.PRESS_OFFICES | frozenset("штаб пресс-атташе агент".split())
# A judge with no name speaks for the court the article names (`судья заявила`).
JUDGES = frozenset({"судья"})
COURT_HEADS = frozenset({"суд", "трибунал"})
# Words for whose an outlet is (`телеканал, принадлежащий организации «Хамас»`), and the words
# from them to the owner's name.
OWNING_WORDS = frozenset("принадлежащий подконтрольный контролируемый контролировать принадлежать".split())
OWNER_WINDOW = 4
OWNED_OUTLETS = cues.OUTLET_NOUNS | {"сми", "масс-медиа"}  # outlets described by their owner
SOURCE_NOUN_WORDS = 5  # words from `источник`/`собеседник` to the body it speaks for (`в Минфине`)
PRESS_SERVICE_OWNER = 5  # tokens from `пресс-служба` to its organisation's name (`столичного главка МВД`)
# Nouns of those who speak for an entity, kept as the description of a quote given to it.
VOICE_NOUNS = PERSON_VOICES | cues.ORG_VOICES | cues.SOURCES_TO_OUTLETS


class UnnamedSources(FinderBase):
    """Unnamed sources and whom their description shows them speaking for."""

    __slots__ = ()

    def unnamed(self, i: int) -> Speaker | None:
        """An unnamed source described by the noun phrase around token `i`."""
        return self._unnamed(i)

    def _off_the_record(self, i: int, start: int, stop: int) -> bool:
        """A former member (`Экс-сотрудник`, `бывший инженер`) or one who asked not to be named
        (`, пожелавший остаться неизвестным`): no voice of the body the description names."""
        ctx = self.ctx
        head = ctx.tokens[i].text.lower()
        if head.startswith("экс-") or any(ctx.tokens[k].lemma == "бывший" for k in range(start, i)):
            return True
        tail = ctx.text[ctx.tokens[stop - 1].stop : ctx.tokens[stop - 1].stop + 60]
        return ANONYMITY.match(tail) is not None

    def _unnamed(self, i: int) -> Speaker | None:
        again = self._source_said_before(i)
        if again is not None:
            return again
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
        if i >= 2 and ctx.tokens[i - 1].text.lower() == "из" and ctx.tokens[i - 2].lemma in ("один", "одна"):
            start = i - 2  # `одного из источников`: one of them
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
            if self._channel_stop(stop) is not None and ctx.tokens[i].lemma not in cues.MEDIA_STAFF:
                break  # `глава региона в Telegram`, `сказал глава района ТАСС`: where, to whom
            if (
                (t.pos not in ("ADP", "NOUN", "PROPN", "ADJ", "DET", "NUM") and not _of_whom(t))
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
        noun = self._noun_of_participle(i)
        if noun is not None:
            # `опрошенные «Известиями» эксперты`: the experts, whom the paper asked
            found = self._described(noun)
            if found is not None and found.type == "unnamed":
                found.start = ctx.tokens[i].start
                found.text = ctx.text[found.start : found.stop]
            return found
        start, stop = self._description_span(i)
        first, last = ctx.tokens[start], ctx.tokens[stop - 1]
        head = ctx.tokens[i].lemma
        if self._off_the_record(i, start, stop):
            # `Экс-сотрудник OpenAI, пожелавший остаться неизвестным`: speaks for no one but himself
            return self._as_described(i, first, last)
        owner = self._owner_of_outlet(i, stop)
        if owner is not None:
            return owner
        spoken_for = self._spoken_for(i, stop) or self._court_of_judge(i, stop)
        if spoken_for is not None:
            spoken_for.start, spoken_for.stop = first.start, last.stop
            spoken_for.description = ctx.text[first.start : last.stop]
            return spoken_for
        # `представитель организации «Голос»`: a quoted name just after the description is looked at too
        quoted_next = stop < len(ctx.tokens) - 1 and ctx.tokens[stop].text in QUOTE_MARKS
        for j in range(i + 1, stop + 2 if quoted_next else stop):
            if head in cues.KIN_NOUNS:
                break  # `вдова актёра в Instagram`: someone's kin speaks for no organisation
            ref = ctx.referent_at(j)
            # `агентство Reuters`, `пресс-службы посольства США` (a state body with its country)
            named = ref is not None and ref.type != "person" and self._named_body(ref, head)
            if (
                named
                and ref.type != "organization"
                and any(
                    ctx.tokens[k].pos == "NOUN"
                    and (
                        ctx.tokens[k].feats.get("Animacy") == "Anim"
                        or ctx.tokens[k].lemma in cues.ORG_VOICES
                        or ctx.tokens[k].lemma in cues.QUALIFIED_BODY_HEADS
                    )
                    for k in range(i + 1, j)
                )
            ):
                # `представители партии президента Франции`: the country qualifies a person, not the
                # speaker; `представитель полицейского управления Вашингтона`, `представитель пожарной
                # службы Мюнхена`: a body of the city
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
            if named and ref.type == "country" and ctx.tokens[i].feats.get("Number") != "Plur":
                holder = self._office_named_after(ctx.tokens[i], ref)  # a headline's `Премьер Японии`
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
                and head not in cues.MEMBER_NOUNS  # `аспирант МГУ`: of it, not speaking for it
                and (ref.type == "organization" or head in cues.VOICES_OF_PLACES)
            ):
                if self._leads(
                    i
                ):  # `Новый глава Пентагона`, `Форвард «Реала»`: the person named before in that role
                    leader = self._leader_named(ctx.tokens[i], ref) or self._leader_named_after(
                        ctx.tokens[i], ref
                    )
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
            if ref is None and j == i + 1 == stop - 1 and ctx.tokens[j].lemma in cues.PRESS_OFFICES:
                # `Неназываемый сотрудник пресс-службы пояснил` after `пресс-службу главка МВД`
                body = self._press_service_named_before(j)
                if body is not None:
                    body.start, body.stop = first.start, last.stop
                    body.description = ctx.text[first.start : last.stop]
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
                # `представитель оборонного ведомства`: speaks for the organisation named before;
                # `Председатель правления компании`: its head, if named before in that post
                found = self._org_anaphor(j)
                leader = (
                    self._leader_named(ctx.tokens[i], found) if found is not None and self._leads(i) else None
                )
                if leader is not None:
                    return leader
                if found is not None:
                    return found
            if (
                anaphor
                and j == i + 1
                and head in cues.LEADER_NOUNS
                and ctx.tokens[j].feats.get("Case") == "Gen"
            ):
                # `Президент Торгово-промышленной палаты Евгений Примаков … слова руководителя палаты`:
                # the head of the body named before whose name that noun heads
                body = self._named_by_head(j, stop)
                leader = self._leader_named(ctx.tokens[i], body) if body is not None else None
                if leader is not None:
                    return leader
        if self._leads(i):
            holder = self._office_holder_before(i, stop)  # `Врио губернатора … уточнил глава региона`
            if holder is not None:
                return holder
        return self._as_described(i, first, last)

    def _noun_of_participle(self, i: int) -> int | None:
        """Token `i` is a passive participle before its noun with its agent between (`опрошенные
        «Известиями» эксперты`): the noun, else None."""
        ctx = self.ctx
        tok = ctx.tokens[i]
        if tok.feats.get("VerbForm") != "Part" or tok.feats.get("Voice") != "Pass":
            return None
        for k in range(i + 1, min(len(ctx.tokens), i + PARTICIPLE_AGENT + 1)):
            t = ctx.tokens[k]
            if t.text in QUOTE_MARKS or t.feats.get("Case") == "Ins":
                continue
            if t.pos == "NOUN" and t.feats.get("Case") == tok.feats.get("Case") and k > i + 1:
                return k
            return None
        return None

    def _person_apposed_after(self, last: Token) -> bool:
        """A comma after the description and a person named within a few words (`одного из
        участников пикетов, епископа … Григория Михнова-Вайтенко`): the one it describes."""
        ctx = self.ctx
        k = ctx.token_at(last.start)
        if k is None or k + 1 >= len(ctx.tokens) or ctx.tokens[k + 1].text != ",":
            return False
        return any(
            (ref := ctx.referent_at(j)) is not None and ref.type == "person"
            for j in range(k + 2, min(len(ctx.tokens), k + 2 + APPOSED_NAME))
        )

    def _as_described(self, i: int, first: Token, last: Token) -> Speaker:
        """An unnamed source kept with its description, from `first` to `last`, its head at `i`
        (`одного из источников`: one of them, singular)."""
        one_of = (
            first.lemma in ("один", "одна")
            and first.start < self.ctx.tokens[i].start
            and not self._person_apposed_after(last)
        )
        return Speaker(
            first.start,
            last.stop,
            "unnamed",
            text=self.ctx.text[first.start : last.stop],
            type="unnamed",
            number="Sing" if one_of else self.ctx.tokens[i].feats.get("Number", "Sing"),
        )

    def _press_service_named_before(self, j: int) -> Speaker | None:
        """A bare `пресс-служба` (`сотрудник пресс-службы`) is the press service the article named
        before with its organisation (`со ссылкой на пресс-службу столичного главка МВД`): that
        organisation, when only one is named so."""
        ctx = self.ctx
        floor = ctx.paras[max(0, ctx.para_index(ctx.tokens[j].start) - ANTECEDENT_PARAGRAPHS)][0]
        found: dict[str, Referent] = {}
        for k in range(j - 1, -1, -1):
            if ctx.tokens[k].start < floor:
                break
            if ctx.tokens[k].lemma not in cues.PRESS_OFFICES:
                continue
            for m in range(k + 1, min(j, k + PRESS_SERVICE_OWNER)):
                ref = ctx.referent_at(m)
                if ref is not None:
                    if ref.type == "organization" and ref.entity is not None:
                        found.setdefault(ref.entity, ref)
                    break
                if ctx.tokens[m].pos not in ("ADJ", "NOUN") or ctx.tokens[m].feats.get("Case") != "Gen":
                    break  # `пресс-служба сообщила`: no owner named after it
        if len(found) != 1:
            return None
        return self.from_referent(next(iter(found.values())), how="org")

    def _leads(self, i: int) -> bool:
        """The noun names one person's post in an organisation (`глава`, `форвард`), not its voice."""
        head = self.ctx.tokens[i]
        return head.lemma in cues.LEADER_NOUNS or (
            head.lemma not in cues.SPOKESPEOPLE and head.feats.get("Animacy") == "Anim"
        )

    def _court_of_judge(self, i: int, stop: int) -> Speaker | None:
        """`судья заявила` with nothing after: the judge gives the ruling of the one court the
        article named before (`Судом Партизанского района … судья заявила`); so does a bare
        `суд` (`Высокий суд Лондона отклонил иск … — говорится в решении суда`)."""
        tok = self.ctx.tokens[i]
        bare_court = tok.lemma in COURT_HEADS and (i == 0 or self.ctx.tokens[i - 1].pos != "ADJ")
        if (tok.lemma not in JUDGES and not bare_court) or stop != i + 1 or tok.feats.get("Number") == "Plur":
            return None
        courts: dict[str, Referent] = {}
        for ref in self._antecedents(tok.start):
            if ref.type == "person" and self._judge_named(ref) and not bare_court:
                return None  # `Судья … Елена Абрамова отклонила … Как пояснила судья`: that judge speaks
            if ref.type == "organization" and ref.entity and COURT_HEADS & set(ref.name.lower().split()[:3]):
                courts.setdefault(ref.entity, ref)
        if len(courts) != 1:
            return None
        return self.from_referent(next(iter(courts.values())), how="org")

    def _judge_named(self, ref: Referent) -> bool:
        """A person the article introduced as a judge (`Судья Мещанского суда Елена Абрамова`)."""
        role = self.role_of(ref)
        first = self.ctx.token_at(role.start) if role is not None else None
        return first is not None and self.ctx.tokens[first].lemma in JUDGES

    def _source_said_before(self, i: int) -> Speaker | None:
        """`Источник в Минфине сообщил, что … По словам собеседника, …`: a bare `источник` or
        `собеседник` is the source the last statement of the paragraph or the one before was
        given to, when it was introduced with that noun."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.lemma not in cues.SOURCES_TO_OUTLETS or tok.feats.get("Number") == "Plur":
            return None
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        before = ctx.tokens[i - 1] if i > 0 else None
        if (
            nxt is not None and (nxt.pos in ("NOUN", "PROPN", "ADJ", "ADP", "NUM") or nxt.text in QUOTE_MARKS)
        ) or (
            before is not None and before.pos in ("ADJ", "DET") and before.text.lower() not in ("этот", "тот")
        ):
            return None  # `другой источник`, `источник в мэрии`, `Собеседник «Коммерсанта»`: described anew
        last = self.previous(tok.start, paragraphs=1)[:1]
        if not last:
            return None
        k = ctx.token_at(last[0].start)
        if k is None or not any(
            ctx.tokens[j].lemma in cues.SOURCES_TO_OUTLETS
            for j in range(max(0, k - SOURCE_NOUN_WORDS), k + 1)
        ):
            return None
        return _at(last[0], tok, "role")

    def _owner_of_outlet(self, i: int, stop: int) -> Speaker | None:
        """`телеканал, принадлежащий организации «Хамас»`, `СМИ, подконтрольные правительству`: an
        unnamed outlet described by its owner speaks for the owner named there, its description
        kept."""
        ctx = self.ctx
        if ctx.tokens[i].lemma not in OWNED_OUTLETS or stop + 1 >= len(ctx.tokens):
            return None
        if ctx.tokens[stop].text != "," or ctx.tokens[stop + 1].lemma not in OWNING_WORDS:
            return None
        for k in range(stop + 2, min(len(ctx.tokens), stop + 2 + OWNER_WINDOW)):
            ref = ctx.referent_at(k)
            if ref is not None and ref.entity and ref.type in ("organization", "country"):
                owner = self.from_referent(ref, how="represented")
                end = self._last_token(ref)
                if end + 1 < len(ctx.tokens) and ctx.tokens[end + 1].text in QUOTE_MARKS:
                    end += 1  # `организации «Хамас»`
                owner.start, owner.stop = ctx.tokens[i].start, ctx.tokens[end].stop
                owner.description = ctx.text[owner.start : owner.stop]
                owner.number = ctx.tokens[i].feats.get("Number", "Sing")
                return owner
            if ref is not None or ctx.tokens[k].text in (",", ".", ";", ":"):
                return None
        return None

    def _spoken_for(self, i: int, stop: int) -> Speaker | None:
        """`Представитель Эрдогана назвал`, `Пресс-служба Кадырова заявила`, `пресс-секретарь
        губернатора заявил`: one who speaks for a person, named in the genitive right after the
        noun (maybe after the person's role) or named before with that role, speaks as that person."""
        ctx = self.ctx
        if ctx.tokens[i].lemma not in PERSON_VOICES or i + 1 >= stop:
            return None
        j, role = i + 1, None
        person = ctx.tokens[j]
        if (
            ctx.referent_at(j) is None
            and person.pos == "NOUN"
            and person.feats.get("Animacy") == "Anim"
            and person.feats.get("Case") == "Gen"
            and person.lemma not in cues.ROLE_NOUNS
        ):
            # `представители актёра`, `агент футболиста`: the one person introduced with that noun
            found = self._one_introduced(person, lambda ref, _first: self._introduced_as(ref, person.lemma))
            if found is None:
                return None
            found.how, found.gender, found.number = (
                "represented",
                None,
                ctx.tokens[i].feats.get("Number", "Sing"),
            )
            return found
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


def _capitalised(name: str) -> bool:
    """A name, not a common noun linked back: its first word or a later one is capitalised."""
    return name[:1].isupper() or any(w[:1].isupper() for w in name.split()[1:])
