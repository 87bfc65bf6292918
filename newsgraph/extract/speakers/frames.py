"""Holders named outside the subject: in a frame (`по словам политолога`), a quoted document
(`говорится в сообщении Минобороны`, one an earlier sentence shows someone making), a citation
(`со ссылкой на источник`), a passive cue's agent, and the person an outlet quotes."""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.speakers.base import ANTECEDENT_PARAGRAPHS, QUOTE_MARKS, FinderBase, Speaker
from newsgraph.extract.speakers.organisations import BAND_NOUNS

AGENT_WINDOW = 6  # tokens from a passive cue to its agent
ADJECTIVE_LEMMA_ENDINGS = ("ый", "ий", "ой")  # `внештатный` read as a noun by the tagger
FAMILY_HOLDERS = frozenset({"семья"})  # `по данным семьи`: an unnamed source of its own
# Head nouns of bodies a frame names by a common noun (`по данным береговой охраны`, `по данным
# министерства`): the body speaks (the speaking-bodies pass makes it an entity).
BODY_NOUNS = cues.BODY_HEADS | cues.QUALIFIED_BODY_HEADS
# Documents an earlier sentence may give an author by making them, and the verbs that do.
MADE_DOCUMENTS = frozenset(
    """
    заявление обращение коммюнике декларация послание указ распоряжение постановление приказ директива
    комментарий доклад отчет отчёт пресс-релиз релиз письмо поздравление приветствие телеграмма приговор
    сообщение предупреждение уведомление нота меморандум резолюция петиция законопроект
    """.split()
)
# A document named by the noun of the act that made it (`Путин поздравил артиста … В поздравлении
# говорится`): the subject of that verb wrote it.
DOCUMENT_ACTS = {
    "поздравление": frozenset({"поздравить"}),
    "приветствие": frozenset({"приветствовать", "поприветствовать"}),
    "обращение": frozenset({"обратиться"}),
    "телеграмма": frozenset({"телеграфировать"}),
    "приговор": frozenset({"приговорить"}),  # `суд … приговорил его к двум годам … В приговоре отмечается`
}
# `Путин подписал распоряжение … В документе указано`: a bare `документ` is any of them, and so is
# a pronoun for one (`МИД опубликовал комментарий. В нём сказано`).
ANY_DOCUMENT = "документ"
DOCUMENT_PRONOUNS = frozenset("нём нем ней".split())
# Verbs that make a document besides those that make a statement (`выпустил доклад`).
DOCUMENT_MAKING_VERBS = cues.MAKING_VERBS | frozenset(
    "выпустить подготовить направить написать зачитать огласить распространить обнародовать".split()
)
QUOTED_PERSON_WINDOW = 30  # tokens from `цитирует` to the name of the person quoted
# Acts of power a person issues (`указ`): published on a body's site, they are still the issuer's.
DECREES = frozenset("указ распоряжение постановление приказ".split())
# Where a document is published, not who wrote it, when the document is a decree.
PUBLISHING_PLACES = frozenset("сайт портал страница".split())


class Frames(FinderBase):
    """Holders named in frames, quoted documents, citations and passive agents."""

    __slots__ = ()

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
                if self.ctx.tokens[j].lemma in PUBLISHING_PLACES:
                    issuer = self._decree_issuer(j, hi)
                    if issuer is not None:
                        return issuer
                found = self.holder(j + 1, min(hi, j + 5)) or self._genitive_source(j + 1, hi)
                if found is not None:
                    return found  # else the next document may name it (`в заявлении на сайте клуба`)
        return None

    def _decree_issuer(self, site: int, hi: int) -> Speaker | None:
        """`Путин отпустил израильтянку. Об этом говорится в опубликованном на сайте Кремля указе`:
        a decree published on a body's site is the act of the person the sentence before shows
        acting (its subject), not of the body whose site it is; None when no decree is named or
        that sentence's subject is no person."""
        ctx = self.ctx
        if not any(ctx.tokens[k].lemma in DECREES for k in range(site + 1, min(hi, len(ctx.tokens)))):
            return None
        unit = ctx.unit_at(ctx.tokens[site].start)
        index = ctx.units.index(unit) if unit is not None else 0
        if index == 0 or ctx.units[index - 1].para < unit.para - 1:
            return None
        before = ctx.token_range(ctx.units[index - 1].start, ctx.units[index - 1].stop)
        if not before:
            return None
        subject = self.first_named_subject(before.start, before.stop, outside_marks=True)
        return subject if subject is not None and subject.type == "person" else None

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
            if ctx.tokens[j].feats.get("Case") == "Ins" and ctx.tokens[j - 1].pos != "ADP":
                author = self._made_by_instrument(j, floor)
                if author is not None:
                    return author  # `Путин своим указом освободил X … В указе отмечается`
            k = j - 1
            while k > floor and ctx.tokens[k].pos == "ADJ":
                k -= 1  # `совместное`
            if k > floor and ctx.tokens[k].text.lower() in ("с", "со"):
                k -= 1  # `выступил с обращением`
            if k - 1 > floor and ctx.tokens[k].pos == "NOUN" and ctx.tokens[k - 1].pos == "ADP":
                k -= 2  # `зачитала на брифинге заявление`: where it was made
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

    def _made_by_instrument(self, j: int, floor: int) -> Speaker | None:
        """`Путин своим указом освободил Астахова`: a document in the instrumental before a finite
        verb of its clause was made by that verb's subject."""
        ctx = self.ctx
        made_in = ctx.unit_at(ctx.tokens[j].start)
        stop = ctx.token_at(made_in.stop - 1) if made_in is not None else None
        for k in range(j + 1, min(j + 3, len(ctx.tokens), (stop or j + 2) + 1)):
            verb = ctx.tokens[k]
            if verb.pos == "VERB" and verb.feats.get("VerbForm") == "Fin":
                start = ctx.token_at(made_in.start) if made_in is not None else floor
                return self.subject_before(k, start or floor)
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
        j = first = lo
        while j < hi:
            tok = ctx.tokens[j]
            ref = ctx.referent_at(j)
            if ref is not None:  # a place stands for its government (`по словам Сеула`)
                return self.from_referent(ref, how="name")
            low = tok.text.lower()
            if (
                j == first
                and low not in cues.POSSESSIVES
                and (tok.pos == "ADJ" or self._adjective_read_as_noun(j, hi))
            ):
                j = first = j + 1  # `по словам 25-летней спортсменки`: the noun its adjectives qualify
                continue
            if (
                low in cues.POSSESSIVES
                and j + 1 < hi
                and ctx.tokens[j + 1].pos == "NOUN"
                and (
                    ctx.tokens[j + 1].feats.get("Animacy") == "Anim"
                    or ctx.tokens[j + 1].lemma in FAMILY_HOLDERS
                    or ctx.tokens[j + 1].lemma in cues.ORG_ANAPHORS
                    or ctx.tokens[j + 1].lemma in cues.ORG_VOICES
                )
            ):
                # `по словам его супруги Валентины`, `в заявлении его семьи`, `его клуба`: whose wife,
                # family or club, not the holder
                j = first = j + 1
                continue
            if low in cues.POSSESSIVES or low in cues.PERSONAL_PRONOUNS:
                gender, number = cues.PERSONAL_PRONOUNS[cues.POSSESSIVES.get(low, low)]
                return self.resolve_pronoun(gender, number, tok)
            if tok.lemma in cues.ROLE_NOUNS and tok.pos == "NOUN" and tok.feats.get("Number") != "Plur":
                return self._role_subject(j, (None, None), backwards=False, any_case=True)
            if (
                tok.lemma in BAND_NOUNS
                and j == first
                and not self._band_named_after(j, hi)
                and (band := self._org_anaphor(j)) is not None
            ):
                return band  # `по словам группы`, `в заявлении группы`: the band named before
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
            if j == first and tok.pos == "NOUN" and tok.lemma in BODY_NOUNS:
                return self._unnamed(j)  # `по данным береговой охраны (Италии)`: the body, said so
            members = self._members_of_body(j) if j == first else None  # `по словам полицейских`
            if members is not None:
                return members
            if (
                tok.lemma in cues.UNNAMED_SOURCES
                or tok.lemma in cues.ROLE_NOUNS
                or tok.lemma in FAMILY_HOLDERS
            ) and tok.pos == "NOUN":
                return self._unnamed(j)  # `по словам очевидцев`, `по данным семьи`
            if (
                tok.pos == "NOUN"
                and tok.feats.get("Animacy") == "Anim"
                and tok.feats.get("Number") == "Sing"
                and j == first
                and (
                    not self._qualified(j)
                    or self._name_at_or_apposed(j, self._past_genitives(j + 1, hi))
                    or tok.lemma in cues.MEMBER_NOUNS  # `по словам аспиранта МГУ`: the one introduced so
                )
            ):
                # `по словам спортсменки`: a person noun refers back as it does as a subject (`—
                # заявила спортсменка`); `по словам протоиерея Игоря Якимчука`: the name after it
                return self._role_subject(j, (tok.feats.get("Gender"), None), backwards=False, any_case=True)
            if tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim" and j == first:
                return self._unnamed(j)  # `по словам сослуживцев`, `по мнению коллег`, `соседки актёра`
            j += 1
        return None

    def _adjective_read_as_noun(self, j: int, hi: int) -> bool:
        """`главного внештатного инфекциониста`: a word with an adjective's ending the tagger read as
        a noun, before a person noun in the same case."""
        ctx = self.ctx
        tok, nxt = ctx.tokens[j], ctx.tokens[j + 1] if j + 1 < hi else None
        return (
            tok.pos == "NOUN"
            and tok.lemma.endswith(ADJECTIVE_LEMMA_ENDINGS)
            and nxt is not None
            and nxt.pos == "NOUN"
            and nxt.feats.get("Animacy") == "Anim"
            and nxt.feats.get("Case") == tok.feats.get("Case")
        )

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
                or (t.feats.get("VerbForm") == "Part" and t.feats.get("Case") == "Gen")  # `мужа погибшей`
            ):
                return k
            k += 1
        return k

    def _name_at_or_apposed(self, j: int, k: int) -> bool:
        """A person's name at token `k` after the noun at `j` and its qualifiers, or set off by a
        comma there (`по словам мужа погибшей, Дэвида Маккина,`)."""
        if self._person_at(k) or self._holder_by_gender(j):
            return True
        return (
            k < len(self.ctx.tokens)
            and self.ctx.tokens[k].text == ","
            and self._apposed_name(j, k + 1) is not None
        )

    def _band_named_after(self, j: int, hi: int) -> bool:
        """A name follows the noun at `j`, past quotation marks (`группы «Кино»`), before `hi`."""
        nxt = self._token_after(j)
        return nxt is not None and nxt < hi and self.ctx.referent_at(nxt) is not None

    def _person_at(self, k: int) -> bool:
        """A person's name begins at token `k`."""
        ref = self.ctx.referent_at(k) if k < len(self.ctx.tokens) else None
        return ref is not None and ref.type == "person" and self.ctx.token_at(ref.start) == k
