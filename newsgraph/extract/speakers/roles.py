"""Role nouns as subjects: the person named after a role noun (`директор «Ростеха» Сергей
Чемезов`), or else whom it refers to, tried in order (a country's, a body's, kin, someone new
described); and the role phrase read before a person's name (`role_of`)."""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import RELATIVE_WORDS, Referent
from newsgraph.extract.speakers.base import QUOTE_MARKS, FinderBase, Role, Speaker, _at
from newsgraph.extract.speakers.grammar import (
    AGE_ADJECTIVE,
    PREPOSITIONS_FROM,
    PREPOSITIONS_OF_PLACE,
    _person_noun,
)
from newsgraph.model import Token
from newsgraph.morph import analyzer

ROLE_PREPOSITIONS = frozenset({"при", "по", "от"})  # `представитель СК при прокуратуре`
# Bare nouns for an official that refer back to a body's unnamed representative (`Чиновник подчеркнул`).
OFFICIAL_NOUNS = frozenset({"чиновник", "представитель", "сотрудник"})
# What public figures are known as (`политик`, `писатель`): with only an age before them, the
# person the article is about.
KNOWN_AS_NOUNS = frozenset(
    "политик деятель дипломат журналист писатель поэт актёр актер актриса певец певица музыкант "
    "режиссёр режиссер художник учёный ученый спортсмен спортсменка артист артистка композитор "
    "дирижёр дирижер балерина телеведущий телеведущая рэпер блогер бизнесмен миллиардер олигарх "
    "форвард нападающий полузащитник вратарь голкипер футболист хоккеист теннисист теннисистка "
    "боксёр боксер фигурист фигуристка гимнаст гимнастка пловец пловчиха биатлонист биатлонистка "
    "лыжник лыжница шахматист шахматистка гонщик тренер космонавт астронавт".split()
)
# `сам`, `сама`, `новоиспечённый кандидат`, `упомянутый чиновник`: the person named before, not
# someone new
POINTING_BACK = frozenset(
    "сам новоиспечённый новоиспеченный упомянутый вышеупомянутый указанный данный этот опальный бессменный".split()
)
APPOSITION_CHAIN_TOKENS = 40  # at most, between a role noun after its cue and the name closing its sentence
ONE_OF = frozenset({"одного", "одной"})  # `отец одного из погибших`
RETIRED_STATUS = frozenset({"отставка", "запас"})  # `полковник в отставке`: part of the rank
PLACE_PREPOSITIONS = PREPOSITIONS_OF_PLACE | PREPOSITIONS_FROM  # `археолог из Новоселова`
ROLE_PHRASE_WINDOW = 14  # tokens from a role noun to the name, a quoted organisation between
COUNTERPART_NOUNS = frozenset({"визави"})  # the one the last speaker spoke with
ROLE_WINDOW = 8  # tokens of a role phrase before a name
ROLE_PLACE_PREPOSITIONS = frozenset(
    {"в", "во", "при"}
)  # `депутат фракции в Госдуме`, `комиссия при президенте`
# Nouns of a husband or a wife (`Супруга заявила`): the spouse the article names.
SPOUSE_NOUNS = frozenset("жена супруга муж супруг".split())
# Nouns naming a person by gender and age alone (`по словам девушки`): the one person of that
# gender the article named before.
GENDER_NOUNS = frozenset("девушка женщина мужчина парень юноша".split())
TALK_NOUNS = frozenset("интервью беседа разговор эфир".split())
TITLE_IN_MARKS = 6  # tokens from `«` to `»` of a name in a role phrase
# People close to someone (`знакомый`, `друг`): someone else than the person named before
ACQUAINTANCE_NOUNS = frozenset(
    "знакомый знакомая друг подруга приятель приятельница сосед соседка одноклассник однокурсник сослуживец".split()
)
# A profession's field: stems of the words naming its places and its work. The bare noun
# (`— сказал врач`) refers back to the person who spoke just before if his description names
# them (`Заведующий отделением политравм киевской больницы № 17 Дмитрий Мясников`).
PROFESSION_FIELDS = {
    "врач": (
        "больниц",
        "клиник",
        "госпитал",
        "поликлиник",
        "медицин",
        "медцентр",
        "хирург",
        "травматолог",
        "реанимац",
        "главврач",
        "роддом",
        "медик",
    ),
    "медик": ("больниц", "клиник", "госпитал", "поликлиник", "медицин", "медцентр", "хирург", "реанимац"),
    "следователь": ("следствен",),
    "прокурор": ("прокуратур",),
    "судья": ("суд",),
}


class Roles(FinderBase):
    """Role nouns as subjects, and the role phrase before a person's name."""

    __slots__ = ()

    def _apposition_name(self, k: int) -> int:
        """Where the name of an apposition set off by a comma at token `k` starts (`, сенатор Ими
        Маркос,`: a role's words, then the name), or `k` itself when none is there."""
        if k >= len(self.ctx.tokens) or self.ctx.tokens[k].text != ",":
            return k
        return self._name_after_nouns(k + 1, k + ROLE_PHRASE_WINDOW) or k

    def apposed_person(self, k: int) -> tuple[Speaker, int] | None:
        """The person named in an apposition set off by commas from token `k` (`, замминистра Андрей
        Руденко,`), with the offset where its closing comma ends; None if there is none."""
        ctx = self.ctx
        j = self._apposition_name(k)
        ref = ctx.referent_at(j) if j != k else None
        if ref is None or ref.type != "person":
            return None
        after = self._last_token(ref) + 1
        if after >= len(ctx.tokens) or ctx.tokens[after].text != ",":
            return None
        return self.from_referent(ref, how="name"), ctx.tokens[after].stop

    def _woman_in_role(self, i: int, ref: Referent, agree: tuple[str | None, str | None]) -> bool:
        """`Как рассказала официальный представитель МВД Евгения Семёнова`: a woman named after a
        masculine role noun her verb agrees with in the feminine is the speaker herself, whatever
        case the tagger read in her name (`представителя Евгения` for a man's genitive)."""
        return agree[0] == "Fem" and ref.gender == "Fem" and self.ctx.tokens[i].feats.get("Gender") == "Masc"

    def _role_subject(
        self, i: int, agree: tuple[str | None, str | None], *, backwards: bool, any_case: bool = False
    ) -> Speaker | None:
        ctx = self.ctx
        if agree[0] is None and ctx.tokens[i].feats.get("Gender") == "Fem":
            agree = ("Fem", agree[1])  # `27-летняя женщина утверждает`: a feminine noun names a woman
        tok_lemma = ctx.tokens[i].lemma
        if not backwards:
            j, limit = i + 1, i + ROLE_PHRASE_WINDOW
            while j < min(len(ctx.tokens), limit):
                ref = ctx.referent_at(j)
                if (
                    ref is not None
                    and ref.type == "person"
                    and self._names_a_thing(j, ref, i + ROLE_PHRASE_WINDOW)
                ):
                    j = self._last_token(ref) + 1  # `куратор музея По в Балтиморе Джефф Джером`
                    continue
                if ref is not None and ref.type == "person":
                    represented = self._party_of(ref, j) if j >= 2 else None
                    if represented is not None:
                        return represented
                    if self._relative_after_kin(i, ref):
                        # `По словам матери Майкла Джексона`: his mother, introduced so before, or unnamed
                        return self._kin_introduced(i, ref) or self._unnamed(i)
                    apposed = self._apposition_name(self._last_token(ref) + 1)
                    named = ctx.referent_at(apposed) if apposed < len(ctx.tokens) else None
                    if tok_lemma in cues.KIN_NOUNS and named is not None and named.type == "person":
                        # `Как рассказала дочь Имельды Маркос, сенатор Ими Маркос, …`: the daughter
                        return self.from_referent(named, how="name")
                    named = self._person_right_after(ref)
                    if named is not None and (self.inflected_surname(ref) or self.oblique_by_form(ref)):
                        # `адвокат Гуськовой Елена Орлова`: whose lawyer, then the lawyer
                        return self.from_referent(named, how="name")
                    if any_case or self.is_nominative(ref) or self._woman_in_role(i, ref, agree):
                        return self.from_referent(ref, how="name")
                    if named is not None and self.is_nominative(named):
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
                title = self._title_in_marks(j)
                if title is not None and ctx.referent_at(j + 1) is None:
                    j = title + 1  # `сооснователь сервиса «Синхронизация» Екатерина Панина`: a title, whole
                    continue
                if t.text in QUOTE_MARKS:  # `директор «Ростеха» Сергей Чемезов`
                    j += 1
                    continue
                if (
                    t.text.lower() in ONE_OF
                    and j + 1 < len(ctx.tokens)
                    and ctx.tokens[j + 1].text.lower() == "из"
                ):
                    j += 2  # `отец одного из погибших Андрей Ковальчук`: whose father, then the name
                    continue
                if t.text == "(":  # `представитель союза (Unión …) Сесар Дуран`: an aside
                    close = next(
                        (k for k in range(j + 1, min(len(ctx.tokens), j + 12)) if ctx.tokens[k].text == ")"),
                        None,
                    )
                    if close is not None:
                        limit += close + 1 - j  # the aside does not count against the phrase
                        j = close + 1
                        continue
                if (t.text in (",", "и") or _person_noun(t)) and (self._ceiling is None or j < self._ceiling):
                    named = self._name_after_nouns(j, i + ROLE_PHRASE_WINDOW, ctx.tokens[i].feats.get("Case"))
                    if named is not None:
                        j = named  # `комедиантка и телеведущая Эллен Дедженерес`: roles joined
                        continue
                if t.text == "," and (self._ceiling is None or j < self._ceiling):
                    named = self._apposed_name(i, j + 1)
                    if named is not None:
                        return self.from_referent(named, how="name")  # `мужа погибшей, Дэвида Маккина`
                if (
                    t.text == ","
                    and self._role_follows(j + 1) > 0
                    and (self._ceiling is None or j < self._ceiling)
                ):
                    # `лидер Меджлиса …, народный депутат Украины Мустафа Джемилев`: a second role
                    j = self._role_follows(j + 1) + 1
                    continue
                if (
                    t.pos == "PUNCT"
                    or t.lemma in TALK_NOUNS  # `сказал актер в интервью Собчак`: whom he talked to
                    or (t.pos == "VERB" and not _of_whom(t))
                    or (
                        t.pos == "ADP"
                        and t.text.lower() not in ROLE_PREPOSITIONS
                        and not self._role_place(j)
                        # `директор по связям с органами власти Ozon`: `по` and its noun's `с`
                        and not (t.text.lower() == "с" and j >= 2 and ctx.tokens[j - 2].text.lower() == "по")
                    )
                    or (t.feats.get("Case") == "Nom" and ref is None and t.lemma not in cues.ROLE_NOUNS)
                ):
                    break
                j = self._last_token(ref) + 1 if ref is not None else j + 1
            closing = self._name_closing_sentence(i)
            if closing is not None:
                return self.from_referent(closing, how="name")
        appositive = self._named_before_apposition(i, agree)
        if appositive is not None:
            # `Иванов, глава компании, заявил` (not `Говоря о программах Кинга, глава RT сообщила`: a
            # name in another case ends a clause before)
            return appositive
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
        k = i - 1
        while k >= 0 and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].lemma != "сам":
            k -= 1
        party = tok.text.lower().endswith(("ый", "ий", "ой", "ая"))  # `сам пострадавший`: one of the events
        if k >= 0 and ctx.tokens[k].lemma == "сам" and agree[1] != "Plur" and not party:
            # `Сам итальянский политик отрицает вину`: the person introduced with this noun
            # (`певицей Флоридой Чантурией … сама певица`), else the one the article names most
            introduced = self.resolve_role(tok, agree[0], strict=True)
            if introduced is not None:
                return introduced
            himself = self.most_named(tok, agree[0] or tok.feats.get("Gender"))
            if himself is not None:
                return _at(self.from_referent(himself, how="name"), tok, "role")
        if i > 0 and ctx.tokens[i - 1].lemma in cues.ANONYMOUS:
            return self._unnamed(i)  # `неназванный представитель министерства`
        if [t.text.lower() for t in ctx.tokens[i + 1 : i + 3]] in (["одного", "из"], ["одной", "из"]):
            return self._unnamed(i)  # `мать одной из погибших девочек`: of one of many, someone new
        if (
            agree[0] == "Fem"
            and tok.feats.get("Gender") == "Masc"
            and not self._of_person(i)
            and not self._unknown_name_after(i)
        ):
            # `— отметила представитель компании`: the woman quoted just before holds the role,
            # unless another woman was given this very role (`Вице-премьер Татьяна Голикова и глава
            # ЦБ Эльвира Набиуллина … Глава ЦБ отметила`)
            stated = self.resolve_role(tok, "Fem", strict=True)
            if stated is not None:
                return stated
            for sp in self.previous(tok.start):
                if sp.type == "person" and sp.entity and sp.gender == "Fem":
                    return _at(sp, tok, "role")
            woman = self._woman_named_before(i)
            if woman is not None:
                return woman  # `Мария Захарова выступила на брифинге. Официальный представитель МИД заявила`
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
        working = self._of_field_spoken_before(i, agree[0])
        if working is not None:
            return working
        profession = self._profession_said_before(i, agree)  # `Журналист уверен`: the one written about
        if profession is not None:
            return profession
        if self._qualified(i) or tok.lemma in cues.FUNCTIONAL_ROLES:  # `министр информации`: someone new
            unnamed = self._unnamed(i)
            if unnamed is not None and unnamed.how in ("org", "represented"):
                return unnamed  # `представитель организации «Голос»`: the organisation named with the role
            return (
                self.resolve_role(tok, agree[0], strict=True) or self._same_description(i, unnamed) or unnamed
            )
        if tok.lemma in GENDER_NOUNS:
            one = self._one_of_gender(i, agree[0] or tok.feats.get("Gender"))
            if one is not None:
                return one
        if tok.lemma in ACQUAINTANCE_NOUNS:
            # `Юсуфов отказался. По словам знакомого с ним бизнесмена, …`: not Юсуфов himself, unless
            # introduced so (`Друг семьи Андрей Смирнов … — сказал друг`)
            return self.resolve_role(tok, agree[0], strict=True) or self._unnamed(i)
        return self.resolve_role(tok, agree[0]) or self._described_as(tok, agree[0]) or self._unnamed(i)

    def _title_in_marks(self, j: int) -> int | None:
        """The closing mark of a short quotation opening at token `j` (a name in marks), or None."""
        ctx = self.ctx
        q = next(
            (q for q, _ in ctx.quoted if q.open_at == ctx.tokens[j].start and q.close_at is not None), None
        )
        close = ctx.token_at(q.close_at) if q is not None and q.close_at is not None else None
        return close if close is not None and close - j < TITLE_IN_MARKS else None

    def _unknown_name_after(self, i: int) -> bool:
        """A capitalised word no entity holds follows the role phrase at `i` before its verb
        (`Еврокомиссар по расширению Марта Кос возразила`): a name the NER missed holds the role."""
        ctx = self.ctx
        for k in range(i + 1, min(len(ctx.tokens), i + ROLE_PHRASE_WINDOW)):
            t = ctx.tokens[k]
            if t.pos in ("VERB", "AUX") or t.text in (",", ".", ";", ":", "—", "–"):
                return False
            if t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "X") and ctx.referent_at(k) is None:
                return not ctx.in_quote(t.start) and t.text not in QUOTE_MARKS and not t.text.isupper()
        return False

    def _relative_after_kin(self, i: int, ref: Referent) -> bool:
        """A kin noun (token `i`) right before a person named of the other gender (`матери Майкла
        Джексона`) or in a case other than the nominative (`Мать Валиевой`): the person is the
        relative, not the one the noun names."""
        ctx = self.ctx
        kin = ctx.tokens[i]
        gender = kin.feats.get("Gender")
        return (
            kin.lemma in cues.KIN_NOUNS
            and ctx.token_at(ref.start) == i + 1
            and (
                (gender in ("Masc", "Fem") and ref.gender in ("Masc", "Fem") and ref.gender != gender)
                # `Мать Валиевой`: a name that cannot be the subject the kin noun is (not `по словам
                # его супруги Валентины Бондаревой`, where both stand in the frame's case)
                or (kin.feats.get("Case") == "Nom" and self.oblique_by_form(ref))
            )
        )

    def _kin_introduced(self, i: int, relative: Referent) -> Speaker | None:
        """The one person named before right after the same kin noun and the same relative
        (`Мать Майкла Джексона Кэтрин Джексон`), as the kin noun at `i`."""
        ctx = self.ctx
        kin = ctx.tokens[i].lemma

        def fits(ref: Referent, first: int) -> bool:
            before = ctx.referent_at(first - 1) if first > 0 else None
            if before is None or before.entity != relative.entity or ref.entity == relative.entity:
                return False
            k = ctx.token_at(before.start)
            return k is not None and k > 0 and ctx.tokens[k - 1].lemma == kin

        return self._one_introduced(ctx.tokens[i], fits)

    def _holder_by_gender(self, i: int) -> bool:
        """`дочери народного артиста Екатерины Дуровой`: a name past the genitives after a person
        noun, in its case and gender, where those genitives' nouns are of the other gender, names
        the holder of the role, not the one in between (`сына режиссёра Алексея Германа` is left
        as it is: either could be named)."""
        ctx = self.ctx
        gender, case = ctx.tokens[i].feats.get("Gender"), ctx.tokens[i].feats.get("Case")
        j = i + 1
        while j < len(ctx.tokens) and ctx.referent_at(j) is None and ctx.tokens[j].feats.get("Case") == "Gen":
            j += 1
        ref = ctx.referent_at(j) if j < len(ctx.tokens) else None
        between = [t for t in ctx.tokens[i + 1 : j] if t.pos == "NOUN"]
        return (
            ref is not None
            and ref.type == "person"
            and gender in ("Masc", "Fem")
            and ref.gender == gender
            and bool(between)
            and all(t.feats.get("Gender") not in (None, gender) for t in between)
            and ctx.tokens[j].feats.get("Case") == case
        )

    def _apposed_name(self, i: int, k: int) -> Referent | None:
        """`мужа погибшей, Дэвида Маккина,`: a person's name set off by commas right after a role
        noun in an oblique case, in the same case, names the holder of the role."""
        ctx = self.ctx
        case = ctx.tokens[i].feats.get("Case")
        ref = ctx.referent_at(k) if k < len(ctx.tokens) else None
        if case in (None, "Nom") or ref is None or ref.type != "person" or ctx.token_at(ref.start) != k:
            return None
        after = self._last_token(ref) + 1
        if after >= len(ctx.tokens) or ctx.tokens[after].text != ",":
            return None
        return ref if ctx.tokens[k].feats.get("Case") == case else None

    def _woman_named_before(self, i: int) -> Speaker | None:
        """The one woman named in the sentence of token `i` or the one before it, or None."""
        ctx = self.ctx
        floor = ctx.sentence_floor(ctx.tokens[i].start)
        if floor is None:
            return None
        women = {
            ref.entity: ref
            for ref in ctx.referents_before(ctx.tokens[i].start, floor)
            if ref.type == "person" and ref.entity and ref.gender == "Fem" and not ctx.in_quote(ref.start)
        }
        if len(women) != 1:
            return None
        return _at(self.from_referent(next(iter(women.values())), how="name"), ctx.tokens[i], "role")

    def _one_of_gender(self, i: int, gender: str | None) -> Speaker | None:
        """`Гражданку Израиля и США 25-летнюю Нааму Иссахар задержали … ¶ По первоначальным словам
        девушки, она везла …`: a bare gender noun (`девушка`, `мужчина`) is the one person of that
        gender the article named before it outside quotes; a woman is known also by the feminine
        words that introduce her name (`израильтянку`, `25-летнюю`: the tagger guesses foreign
        names' genders). Described anew (`другая женщина`, `мужчина из Москвы`) or with two
        such people named, nothing is found."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if gender not in ("Masc", "Fem") or tok.feats.get("Number") == "Plur" or self._qualified(i):
            return None
        if (
            i > 0
            and ctx.tokens[i - 1].pos in ("ADJ", "DET", "NUM")
            and ctx.tokens[i - 1].lemma not in POINTING_BACK
        ):
            return None  # `одна женщина`, `27-летний мужчина`: someone described anew
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and (nxt.pos in ("ADP", "PROPN") or ctx.referent_at(i + 1) is not None):
            return None  # `женщина из Москвы`, `девушка Анна`: someone else
        genders: dict[str, set[str]] = {}
        feminine: set[str] = set()  # shown feminine by the words introducing the name
        first: dict[str, Referent] = {}
        for ref in ctx.referents_before(tok.start, 0):
            if ref.type != "person" or not ref.entity or ctx.in_quote(ref.start):
                continue
            first.setdefault(ref.entity, ref)
            if self._introduced_feminine(ref):
                feminine.add(ref.entity)
            if ref.gender:
                genders.setdefault(ref.entity, set()).add(ref.gender)
        for entity in feminine:
            genders[entity] = {"Fem"}
        of_gender = [e for e, g in genders.items() if g == {gender}]
        # one person the article named twice apart (`Израильтянка Наама Иссахар` in the headline):
        # one surname
        surnames = {first[e].name.split()[-1].lower() for e in of_gender}
        if len(surnames) != 1:
            return None
        nearest = min(of_gender, key=lambda e: tok.start - first[e].start)
        return _at(self.from_referent(first[nearest], how="name"), tok, "role")

    def _introduced_feminine(self, ref: Referent) -> bool:
        """A feminine noun or adjective right before a name (`израильтянку`, `25-летнюю`,
        `гражданку`), read from its form (the tagger errs on these): a woman. A masculine one
        shows nothing (`министр Ирина Волкова`)."""
        ctx = self.ctx
        before = (ctx.token_at(ref.start) or 0) - 1
        for k in range(before, max(-1, before - 3), -1):
            t = ctx.tokens[k]
            if not (t.pos == "ADJ" or (t.pos in ("NOUN", "PROPN") and t.feats.get("Animacy") == "Anim")):
                return False
            parses = [p for p in analyzer().parse(t.text.split("-")[-1].lower()) if "sing" in p.tag]
            if parses and all(p.tag.gender == "femn" for p in parses):
                return True
            if t.pos in ("NOUN", "PROPN"):
                return False  # `Мать рядового Владислава Челаха`: the noun before the name is his
        return False

    def _of_field_spoken_before(self, i: int, gender: str | None) -> Speaker | None:
        """`Заведующий отделением политравм киевской больницы № 17 Дмитрий Мясников заявил …
        ¶ «…», — сказал врач.`: a bare profession noun refers to the person who spoke just before
        (in this paragraph or the one before) when his role names that profession's place or work
        (`больница` for `врач`, `прокуратура` for `прокурор`); anyone else is someone new."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        field = PROFESSION_FIELDS.get(tok.lemma)
        if field is None or tok.feats.get("Number") == "Plur" or self._qualified(i):
            return None
        if i > 0 and ctx.tokens[i - 1].pos in ("ADJ", "DET"):
            return None  # `другой врач`, `дежурный врач`: described anew
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and (nxt.pos in ("ADP", "PROPN") or ctx.referent_at(i + 1) is not None):
            return None  # `врач из Москвы`, `врач Иван Петров`: someone else
        last = self.previous(tok.start, paragraphs=1)[:1]
        if not last or last[0].type != "person" or not last[0].entity:
            return None
        sp = last[0]
        if gender and sp.gender and sp.gender != gender:
            return None
        words: list[str] = sp.role.text.lower().replace("-", " ").split() if sp.role is not None else []
        for ref in ctx.referents_before(tok.start, 0):
            if ref.entity == sp.entity and not ctx.in_quote(ref.start):
                words += self._words_before_name(ref)
        if not any(w.startswith(field) for w in words) or any(w in cues.SPOKESPEOPLE for w in words):
            return None  # `представитель прокуратуры`: speaks for the office, holds no such post
        return _at(sp, tok, "role")

    def _words_before_name(self, ref: Referent) -> list[str]:
        """The description right before a person's name, up to `ROLE_PHRASE_WINDOW` words back to
        the punctuation before it (`заведующий отделением политравм киевской больницы № 17`)."""
        ctx, words = self.ctx, []
        k = (ctx.token_at(ref.start) or 0) - 1
        while k >= 0 and len(words) < ROLE_PHRASE_WINDOW:
            t = ctx.tokens[k]
            if t.pos == "PUNCT" and t.text not in QUOTE_MARKS and t.text != "№":
                break
            words.append(t.text.lower())
            k -= 1
        return words

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

    def _name_after_nouns(self, j: int, end: int, case: str | None = None) -> int | None:
        """`актер, продюсер и директор Нейл Патрик Харрис`: from token `j`, person nouns in the
        nominative (or in `case`, the first role's) joined by commas and `и` (with their
        adjectives, genitives, titles and places) up to a person's name; the name's first token, or
        None. A person noun in another case after a comma starts a clause of its own (`По словам
        тренера, нападающий Педро получил травму`)."""
        ctx = self.ctx
        nouns, k = 0, j
        while k < min(len(ctx.tokens), end):
            ref = ctx.referent_at(k)
            t = ctx.tokens[k]
            if ref is not None:
                if ref.type == "person" and not (nouns and self._held_at(k, ref)):
                    return k if nouns and ctx.token_at(ref.start) == k else None
                if not nouns:
                    return None
                # `директор «Ростеха»`, `коллега по группе «Блестящие»`; `директор музея и археолог
                # из Новоселова, Александр Кержаев` (a village the tagger may take for a surname)
            elif _person_noun(t):
                if case and t.feats.get("Case") not in (case, None) and self._after_comma(k, j):
                    return None
                nouns += 1
            elif nouns and t.text in QUOTE_MARKS and (title := self._title_in_marks(k)) is not None:
                k = title  # `партнёрша по сериалу «Кухня»`
            elif not (
                t.text in (",", "и")
                or t.text in QUOTE_MARKS
                or t.pos in ("ADJ", "DET")  # `подруга певицы и её коллега`
                or (t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen")
                or (nouns and t.text.lower() in PLACE_PREPOSITIONS and self._name_starting(k + 1) is not None)
                # `полковник в отставке Михаил Ходарёнок`, `генерал в запасе`
                or (
                    nouns
                    and t.text.lower() == "в"
                    and k + 1 < len(ctx.tokens)
                    and ctx.tokens[k + 1].lemma in RETIRED_STATUS
                )
                or (k > 0 and ctx.tokens[k - 1].text.lower() == "в" and t.lemma in RETIRED_STATUS)
                # `коллега по группе`, `партнёр по команде`
                or (
                    nouns
                    and t.text.lower() == "по"
                    and k + 1 < len(ctx.tokens)
                    and ctx.tokens[k + 1].pos == "NOUN"
                )
                or (k > 0 and ctx.tokens[k - 1].text.lower() == "по" and t.pos == "NOUN")
            ):
                return None
            k += 1
        return None

    def _after_comma(self, k: int, floor: int) -> bool:
        """A comma stands before token `k`, past its adjectives and possessives."""
        k -= 1
        while k > floor and self.ctx.tokens[k].pos in ("ADJ", "DET"):
            k -= 1
        return k >= floor and self.ctx.tokens[k].text == ","

    def _name_starting(self, k: int) -> Referent | None:
        """The name whose first token is `k`, if any."""
        ref = self.ctx.referent_at(k) if k < len(self.ctx.tokens) else None
        return ref if ref is not None and self.ctx.token_at(ref.start) == k else None

    def _held_at(self, k: int, ref: Referent) -> bool:
        """Token `k` is in a person's one-word name said after `из`/`в` (`археолог из Новоселова`)
        with a comma and a person's name after it: a place, not the role's holder."""
        ctx = self.ctx
        first, last = ctx.token_at(ref.start), self._last_token(ref)
        if first is None or first == 0 or ctx.tokens[first - 1].text.lower() not in PLACE_PREPOSITIONS:
            return False
        holder = self._name_starting(last + 2) if last + 1 < len(ctx.tokens) else None
        return (
            first == last
            and ctx.tokens[last + 1].text == ","
            and holder is not None
            and holder.type == "person"
        )

    def _role_place(self, j: int) -> bool:
        """`лидер демократов в сенате Гарри Рид`, `посол России в США`, `руководитель направления в
        «Яндексе» Андрей Законов`: where the role is held."""
        ctx = self.ctx
        k = j + 1
        while k < len(ctx.tokens) - 1 and ctx.tokens[k].text in QUOTE_MARKS:
            k += 1
        nxt = ctx.tokens[k] if k < len(ctx.tokens) else None
        return (
            ctx.tokens[j].text.lower() in PREPOSITIONS_OF_PLACE
            and nxt is not None
            and nxt.pos in ("NOUN", "PROPN")
            and nxt.feats.get("Case") in ("Loc", None)
            and nxt.lemma not in cues.TIME_NOUNS
        )

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

    def _names_a_thing(self, j: int, ref: Referent, hi: int) -> bool:
        """The person's name at `j` follows an inanimate noun in the genitive, naming a thing after
        them (`музея По`, `премии Нобеля`), and another person's name in the nominative follows
        before any punctuation: that one holds the role (`куратор музея По в Балтиморе Джефф
        Джером`; in `министр финансов Антон Силуанов` the name is the holder's)."""
        ctx = self.ctx
        before = ctx.tokens[j - 1] if j > 0 else None
        if not (
            before is not None
            and before.pos == "NOUN"
            and before.feats.get("Animacy") == "Inan"
            and before.feats.get("Case") == "Gen"
        ):
            return False
        k = self._last_token(ref) + 1
        while k < min(hi, len(ctx.tokens)) and ctx.tokens[k].pos != "PUNCT":
            later = ctx.referent_at(k)
            if later is not None and later.type == "person":
                return later.entity != ref.entity and self.is_nominative(later)
            k = self._last_token(later) + 1 if later is not None else k + 1
        return False

    def _name_closing_sentence(self, i: int) -> Referent | None:
        """`— отметил заместитель главного судьи «…», олимпийский чемпион (1996), чемпион мира
        … Николай Крюков.`: after a cue, a role noun and the appositions that follow it, set off by
        commas with no verb among them, end with the holder's name in the nominative, closing the
        sentence."""
        ctx = self.ctx
        unit = ctx.unit_at(ctx.tokens[i].start)
        if unit is None:
            return None
        last = ctx.token_range(unit.start, unit.stop).stop - 1
        while last > i and ctx.tokens[last].pos == "PUNCT":
            last -= 1
        ref = ctx.referent_at(last)
        if (
            ref is None
            or ref.type != "person"
            or self._last_token(ref) != last
            or not self.is_nominative(ref)
        ):
            return None
        first = ctx.token_at(ref.start)
        between = ctx.tokens[i + 1 : first]
        if (
            first is None
            or first - i > APPOSITION_CHAIN_TOKENS
            or not any(t.text == "," for t in between)
            or any(t.pos in ("VERB", "AUX") or t.lemma in RELATIVE_WORDS for t in between)
            or any(r.type == "person" for r in ctx.referents if ctx.tokens[i].stop <= r.start < ref.start)
        ):
            return None
        return ref

    def _of_person(self, i: int) -> bool:
        """`пресс-секретарь главы государства`: a role held for another person."""
        nxt = self.ctx.tokens[i + 1] if i + 1 < len(self.ctx.tokens) else None
        return nxt is not None and nxt.feats.get("Case") == "Gen" and nxt.feats.get("Animacy") == "Anim"

    def most_named(self, tok: Token, gender: str | None) -> Referent | None:
        """The person of this gender named most often before `tok` (twice at least): whom the
        article is about."""
        counts: dict[str, list[Referent]] = {}
        for ref in self.ctx.referents_before(tok.start, 0):
            if ref.type == "person" and ref.entity and gender and ref.gender == gender:
                counts.setdefault(ref.entity, []).append(ref)
        best = max(counts.values(), key=len, default=[])
        ties = [refs for refs in counts.values() if len(refs) == len(best)]
        return best[0] if len(best) >= 2 and len(ties) == 1 else None

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
            # `глава корпорации` points back, `глава пресс-службы` not, nor `представитель мэрии`: a
            # spokesman of a body is no one named before
            return nxt.lemma not in cues.ORG_ANAPHORS or ctx.tokens[i].lemma in cues.SPOKESPEOPLE
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
            and prev.feats.get("Variant") != "Short"  # `— уверен экс-капитан`: the cue, no attribute
            and prev.lemma not in cues.ROLE_MODIFIERS
            and prev.lemma not in POINTING_BACK  # `Сама женщина утверждает`: the woman named before
            # `87-летнего политика`: someone known, given by an age and what they are known as
            # (`45-летний водитель`: someone new)
            and not (AGE_ADJECTIVE.match(prev.text) and ctx.tokens[i].lemma in KNOWN_AS_NOUNS)
        )

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
            if (
                t.lemma in cues.ROLE_NOUNS
                or t.text.lower() in cues.ROLE_NOUNS
                or t.lemma in cues.MEMBER_NOUNS
                or t.lemma in cues.STATED_TRADES
            ):
                head = i  # `заместитель министра`, `аспирант МГУ`
            elif not (
                t.lemma in cues.ROLE_MODIFIERS
                or (t.pos in ("NOUN", "ADJ", "PROPN") and t.feats.get("Case") == "Gen")
                or t.text == "-"
                or t.text in QUOTE_MARKS
                or self._joins_genitives(i)
            ):
                break
            i -= 1
        while head is not None and head > 0 and ctx.tokens[head - 1].lemma in cues.ROLE_MODIFIERS:
            head -= 1  # `генеральный директор`
        if head is not None and self._held_by_next(ref, head):
            head = None  # `Защитник Фургала Борис Кожемякин`: the role is the holder's, named next
        if head is not None:
            start, stop = ctx.tokens[head].start, ctx.tokens[first - 1].stop
            role = Role(ctx.text[start:stop], start, stop, org)
        self._roles[ref.start] = role
        return role

    def _joins_genitives(self, i: int) -> bool:
        """`и` between two genitives inside a role (`Министр топлива и энергетики`, `министр науки и
        высшего образования`): the role goes on past it."""
        toks = self.ctx.tokens
        if toks[i].text.lower() != "и" or i == 0 or i + 1 >= len(toks):
            return False
        before, after = toks[i - 1], toks[i + 1]
        return all(t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Gen" for t in (before, after))

    def _held_by_next(self, ref: Referent, head: int) -> bool:
        """A role in the nominative before a name in the genitive that a name in the nominative
        follows (`Защитник Фургала Борис Кожемякин`, not `Дочь президента Ислама Каримова Лолла`,
        whose `президента` is in the genitive)."""
        return self._person_right_after(ref) is not None and self.ctx.tokens[head].feats.get("Case") == "Nom"

    def _person_right_after(self, ref: Referent) -> Referent | None:
        """A person named right after `ref`, starting at the next token (`Фургала Борис Кожемякин`)."""
        ctx = self.ctx
        after = self._last_token(ref) + 1
        named = ctx.referent_at(after) if after < len(ctx.tokens) else None
        if named is None or named.type != "person" or ctx.token_at(named.start) != after:
            return None
        return named


def _of_whom(tok: Token) -> bool:
    """A participle standing for a person in the genitive (`мужа погибшей`): whose the role is."""
    return tok.feats.get("VerbForm") == "Part" and tok.feats.get("Case") == "Gen"
