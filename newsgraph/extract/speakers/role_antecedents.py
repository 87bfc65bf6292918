"""Roles and descriptions pointing back: the person named before whom a role noun (`Канцлер
заявила`), the noun that introduced them (`хакер`), a description said again, a kin or spouse
noun, a counterpart (`визави`) or a post in an organisation (`глава Пентагона`) refers to."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.institutions import adjective_countries
from newsgraph.extract.names import surname_forms
from newsgraph.extract.quote_context import Referent
from newsgraph.extract.speakers.base import QUOTE_MARKS, FinderBase, Role, Speaker, _at
from newsgraph.extract.speakers.grammar import APPOSITION_DASHES
from newsgraph.extract.speakers.roles import ROLE_PHRASE_WINDOW, SPOUSE_NOUNS
from newsgraph.model import Token

SAME_DESCRIPTION = 3  # words of a role description that, said again, name the person it introduced
LEADING_VERBS = frozenset({"возглавить", "возглавлять", "руководить"})  # `X возглавил Y`
# Role nouns that each name the others' post (`защитник` is the `адвокат`)
INTERCHANGEABLE_ROLES = (
    ("защитник", "адвокат"),
    ("прокурор", "обвинитель", "гособвинитель"),
    ("наставник", "тренер"),
)
# Role nouns that name the same post (`спикер` of a parliament is its `председатель`)
ROLE_SYNONYMS = {
    "спикер": ("председатель",),
    "монарх": ("король", "королева", "император", "султан", "эмир"),
    "лидер": ("глава", "председатель", "руководитель"),
    "руководитель": ("глава", "председатель", "директор"),
    "врач": (
        "доктор хирург терапевт дерматолог кардиолог онколог педиатр невролог психиатр инфекционист "
        "реаниматолог травматолог медик эпидемиолог вирусолог иммунолог нарколог стоматолог офтальмолог "
        "гинеколог уролог эндокринолог пульмонолог"
    ).split(),
    "доктор": ("врач",),
    **{noun: tuple(n for n in group if n != noun) for group in INTERCHANGEABLE_ROLES for noun in group},
    # a short form for the role said in full before (`Генеральный секретарь НАТО … Генсек`)
    "генсек": ("секретарь",),
    "госсекретарь": ("секретарь",),
    "генпрокурор": ("прокурор",),
    "гендиректор": ("директор",),
    "главком": ("главнокомандующий",),
    # the prime minister stated as the head of the government (`председатель кабинета министров`)
    **dict.fromkeys(
        ("премьер", "премьер-министр"),
        ("председатель правительства", "председатель кабинета", "глава правительства", "глава кабинета"),
    ),
    # the minister stated as the head of a ministry named by its short name (`Глава Минфина`)
    "министр": ("глава мин", "руководитель мин", "глава мид", "руководитель мид"),
    # a director, a head doctor, a rector named so or as the head (`Глава компании`, `главный врач`)
    "директор": ("гендиректор", "глава", "руководитель", "управляющий"),
    "главврач": ("главный врач", "врач"),
    "ректор": ("глава", "руководитель"),
    "заведующий": ("завотделением", "заведующая"),
    # `маэстро` is the conductor or musician named before, not the official who spoke of him
    "маэстро": tuple("дирижёр дирижер композитор музыкант пианист скрипач виолончелист певец".split()),
}
# Trades a noun names narrowly: `— сказал тренер` is no one the text gave another role
# (`генеральный директор клуба Олег Малышев`), though he spoke last.
TRADES = frozenset(
    """
    тренер наставник режиссёр режиссер врач хирург инженер прокурор судья следователь маэстро
    директор главврач заведующий рабочий учитель командующий ректор
    """.split()
)
# Posts that lead an organisation, as a headline's noun (`Генсек ООН`, `Глава МАГАТЭ`) and as the
# role the body gives the person (`Генеральный секретарь ООН`, `Генеральный директор МАГАТЭ`)
LEADING_TITLES = frozenset(
    "лидер глава председатель руководитель генсек гендиректор президент директор начальник".split()
)
# What a ministry's canonical name does not show by its first letters after `мин`
MINISTRY_FIELDS = {"мид": "иност"}
LEADER_AFTER_PARAGRAPHS = 1  # paragraphs after a headline's noun where the leader is named
COMPOUND_HEAD = 6  # letters of the first part of a hyphenated role that names it alone (`премьер`)
STEM_MIN = 7  # letters of a role noun long enough to be matched by its stem
PLACE_COMPLEMENT = 4  # tokens after a role noun where the places it is of are named (`Глава МИД Турции`)
PLACE_TYPES = frozenset({"country", "location"})
HOME_COUNTRIES = frozenset({"Россия"})  # where an official whose role names no place serves
# Titles of office that exclude one another: `президент` is no one named as `министр`.
OFFICES = frozenset(
    """
    президент вице-президент премьер премьер-министр вице-премьер министр губернатор мэр посол
    канцлер король госсекретарь генсек сенатор
    """.split()
)
# What the head of a place or body named by a common noun is called when the article names them:
# `глава региона` is the governor named before, `глава авиакомпании` its director.
_COMPANY_HEADS = frozenset("директор гендиректор президент председатель глава руководитель".split())
OFFICES_OF_ANAPHORS = {
    **dict.fromkeys("ведомство министерство".split(), frozenset({"министр"})),
    **dict.fromkeys("регион область край губерния".split(), frozenset({"губернатор"})),
    # the governor of a city that is a region (`Губернатор Санкт-Петербурга … глава города`)
    **dict.fromkeys("город столица".split(), frozenset({"мэр", "градоначальник", "губернатор"})),
    # `глава кабинета` is the prime minister, `глава украинской дипломатии` the foreign minister
    **dict.fromkeys(("кабинет", "кабмин"), frozenset({"премьер", "премьер-министр"})),
    "дипломатия": frozenset({"иностранный", "мид", "госсекретарь"}),
    **dict.fromkeys(
        "компания авиакомпания корпорация госкорпорация концерн холдинг банк".split(), _COMPANY_HEADS
    ),
}
# Nouns for whoever heads a body (`Начальник управления`, `глава разведки`).
HEAD_NOUNS = frozenset("глава руководитель начальник директор председатель командующий шеф".split())
HEADS_OF_ANY_OFFICE = ("глав", "лидер")  # stems: `глава РФ Дмитрий Медведев … Президент отметил`


class RoleAntecedents(FinderBase):
    """The person named before whom a role noun or a description refers to."""

    __slots__ = ()

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
        role = sp.role or self._introduced_roles(tok.start).get(sp.entity or "")
        if role is not None and not any(w in cues.KIN_NOUNS for w in _role_lemmas(self, role)):
            return None  # `— сообщила официальный представитель ведомства … Мать погибшего`: someone else
        k = self.ctx.token_at(tok.start)
        relative = self.ctx.referent_at(k + 1) if k is not None and k + 1 < len(self.ctx.tokens) else None
        if role is None and relative is not None and relative.type == "person":
            return None  # `Адвокат потерпевшего — Матвей Цзена посчитал … Отец Ивана Агафонова`: not him
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

    def _role_in_sentence(self, ref: Referent, tok: Token) -> bool:
        """The role noun `tok` stands again in the sentence naming the person (`X назначен министром`);
        `tok` itself is not that mention (`X освобожден, сообщил представитель мэрии`: someone else)."""
        lemma = tok.lemma
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
        # `Его адвокат сообщил, что Кинг умер`: a role with a possessive is someone else's
        return len(people) == 1 and any(
            self.ctx.tokens[k].lemma == lemma
            and self.ctx.tokens[k].start != tok.start
            and not (k > 0 and self.ctx.tokens[k - 1].text.lower() in cues.POSSESSIVE_DETERMINERS)
            for k in self.ctx.token_range(unit.start, unit.stop)
        )

    def _leader_named(self, tok: Token, org: Referent | Speaker) -> Speaker | None:
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

    def _leader_named_after(self, tok: Token, org: Referent | Speaker) -> Speaker | None:
        """A headline's `Генсек ООН призвал …` with no head named before: the one person named after
        it, up to the next paragraph, in a leading post in that organisation (`Генеральный секретарь
        ООН Антониу Гутерриш`)."""
        ctx = self.ctx
        if org.entity is None or tok.lemma not in LEADING_TITLES:
            return None
        para = ctx.para_index(tok.start)
        limit = ctx.paras[min(len(ctx.paras) - 1, para + LEADER_AFTER_PARAGRAPHS)][1]

        def fits(ref: Referent, first: int) -> bool:
            role = self.role_of(ref)
            return role is not None and role.org == org.entity and _leading(role.text)

        return self._one_introduced(tok, fits, [r for r in ctx.referents if tok.stop <= r.start < limit])

    def _minister_of(self, body: str, people: list[Referent], introduced: dict[str, Role]) -> Referent | None:
        """`Министр обороны Андрей Белоусов … Глава Минобороны пообещал`: the one person given the
        post of minister of what the ministry's short name names (`Минобороны`: `обороны`,
        `Минфин`: `фин…`), or None."""
        entity = self.ctx.doc.entity(body)
        name = (entity.name.get("ru") or "").lower() if entity is not None else ""
        words = name.split()
        if len(words) > 1 and words[0] == "министерство":
            field = words[1][:5]  # `Министерство иностранных дел`: `иност`
        elif len(words) == 1 and name.startswith("мин") and len(name) > 4:
            field = name[3:7]  # `Минобороны`: `обор`, `Минфин`: `фин`
        else:
            field = MINISTRY_FIELDS.get(name, "")
        if not field:
            return None
        found: dict[str, Referent] = {}
        for ref in people:
            role = self.role_of(ref) or introduced.get(ref.entity or "")
            words = role.text.lower().split() if role is not None else []
            if (
                ref.entity
                and any(w.startswith("министр") for w in words)
                and any(w.startswith(field) for w in words)
            ):
                found.setdefault(ref.entity, ref)
        return next(iter(found.values())) if len(found) == 1 else None

    def _office_named_after(self, tok: Token, country: Referent) -> Speaker | None:
        """A headline's `Премьер Японии объявил …` with no one named before: the one person named
        after it, up to the next paragraph, in that office of that country (`премьер-министром
        Японии Ёсихико Нода`)."""
        ctx = self.ctx
        if tok.lemma not in OFFICES or country.entity is None:
            return None
        if any(r.type == "person" for r in ctx.referents_before(tok.start, 0)):
            return None
        para = ctx.para_index(tok.start)
        limit = ctx.paras[min(len(ctx.paras) - 1, para + LEADER_AFTER_PARAGRAPHS)][1]

        def fits(ref: Referent, first: int) -> bool:
            role = self.role_of(ref)
            return role is not None and role.org == country.entity and _names_noun(role.text, tok.lemma)

        return self._one_introduced(tok, fits, [r for r in ctx.referents if tok.stop <= r.start < limit])

    def _body_named_after(self, tok: Token) -> str | None:
        """The organisation named right after the role noun, in the genitive or a form the tagger
        leaves without case (`Глава ВТБ`, `глава «Газпрома»`): its entity id, or None."""
        k = self.ctx.token_at(tok.start)
        if k is None:
            return None
        j = k + 1
        while j < len(self.ctx.tokens) and self.ctx.tokens[j].text in QUOTE_MARKS:
            j += 1
        ref = self.ctx.referent_at(j) if j < len(self.ctx.tokens) else None
        if ref is None or ref.type != "organization" or self.ctx.token_at(ref.start) != j:
            return None
        return ref.entity if self.ctx.tokens[j].feats.get("Case") in ("Gen", None) else None

    def _office_holder_before(self, i: int, stop: int) -> Speaker | None:
        """`Врио губернатора Брянской области Сергей Николаев … уточнил глава региона`, `Министр
        обороны … Глава военного ведомства`: a head noun (token `i`) over a common noun for a place
        or body (past adjectives) is the one person named before in the post that heads such a
        place or body, or None."""
        ctx = self.ctx
        k = i + 1
        while k < stop and ctx.tokens[k].pos == "ADJ":
            k += 1
        if k >= stop or ctx.tokens[k].feats.get("Case") != "Gen" or ctx.referent_at(k) is not None:
            return None
        posts = OFFICES_OF_ANAPHORS.get(ctx.tokens[k].lemma)
        last = k  # the body is the last noun of the description (`правления … организации`)
        for t in range(k + 1, stop):
            tok = ctx.tokens[t]
            if ctx.referent_at(t) is not None or not (
                tok.pos == "ADJ" or (tok.pos == "NOUN" and tok.feats.get("Case") == "Gen")
            ):
                break
            if tok.pos == "NOUN":
                last = t
        noun = ctx.tokens[last].lemma

        def fits(ref: Referent, first: int) -> bool:
            role = self.role_of(ref)
            if role is None:
                return False
            lemmas = [ctx.tokens[t].lemma for t in ctx.token_range(role.start, role.stop)]
            if posts is not None:
                return any(lemma in posts for lemma in lemmas)
            # `Начальник управления здравоохранения … По данным главы управления`, `Директор Службы
            # внешней разведки … отметил глава разведки`: a head of that very body
            return bool(lemmas) and lemmas[0] in HEAD_NOUNS and noun in lemmas[1:]

        if posts is None and ctx.tokens[i].lemma not in HEAD_NOUNS:
            return None
        return self._one_introduced(ctx.tokens[i], fits)

    def _introduced_with_role(self, tok: Token, org: Referent | Speaker) -> Speaker | None:
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

    def _one_introduced(
        self, tok: Token, fits: Callable[[Referent, int], bool], refs: list[Referent] | None = None
    ) -> Speaker | None:
        """The one person named (outside quotes) before `tok` (or among `refs`) whose introduction
        `fits` (the referent and its first token), as `tok`'s role; None for nobody or two people:
        which one is meant, the text does not say."""
        ctx, found = self.ctx, {}
        for ref in ctx.referents_before(tok.start, 0) if refs is None else refs:
            first = ctx.token_at(ref.start)
            if ref.type != "person" or not ref.entity or first is None or ctx.in_quote(ref.start):
                continue
            if fits(ref, first):
                found.setdefault(ref.entity, ref)
        if len(found) != 1:
            return None
        return _at(self.from_referent(next(iter(found.values())), how="name"), tok, "role")

    def resolve_role(self, tok: Token, gender: str | None, *, strict: bool = False) -> Speaker | None:
        body = self._body_named_after(tok) is not None  # `Председатель Госдумы`
        nation = self._nation_before(tok)
        places = self._places_after(tok)
        said = self._last_cue_unit(tok.start)
        introduced = self._introduced_roles(tok.start)
        people = [
            r
            for r in self._antecedents(tok.start)
            if r.type == "person"
            and (not gender or not r.gender or r.gender == gender)
            and not _other_office(self.role_of(r), tok.lemma, body=body)
            and not (tok.lemma in OFFICES and self._named_as_kin(r))
            and not self._of_other_nation(self.role_of(r), nation)
            and not self._of_other_place(r.entity, self.role_of(r), places, tok.start)
            and not _other_trade(self.role_of(r), tok.lemma)
            # `По его мнению, уйти должен министр Олег Сидоров. … — написал политик`: someone in what
            # the last speaker said is not the noun's antecedent
            and not (said is not None and said[0] < r.start < said[1] and r.entity != said[2])
            and not self._in_question(r, tok)  # `Отвечая на вопрос Путина, министр заявил`
        ]
        named_body = self._body_named_after(tok) if tok.lemma in cues.LEADER_NOUNS else None
        if named_body is not None:
            # `Глава ВТБ Андрей Костин и глава Сбербанка Герман Греф … Глава ВТБ считает`: the one who
            # heads the body the noun names, not the one named last
            for ref in people:
                role = self.role_of(ref) or introduced.get(ref.entity or "")
                if role is not None and role.org == named_body and tok.lemma in _role_lemmas(self, role):
                    return _at(self.from_referent(ref, how="name"), tok, "role")
            minister = self._minister_of(named_body, people, introduced)
            if minister is not None:
                return _at(self.from_referent(minister, how="name"), tok, "role")
        for ref in people:
            # the role at this mention, else the one the article gave the person before (`аспирант МГУ
            # Азат Мифтахов … Азата Мифтахова задержали. По словам аспиранта МГУ`)
            role = self.role_of(ref) or introduced.get(ref.entity or "")
            if (role is not None and _names_noun(role.text, tok.lemma)) or self._introduced_as(
                ref, tok.lemma
            ):
                # `Скульптор Георгий Франгулян … По мнению скульптора`: the person this noun introduced,
                # not the one quoted last
                return _at(self.from_referent(ref, how="name"), tok, "role")
        last = self.previous(tok.start)[:1]
        if not strict and tok.lemma in OFFICES and self._of_country(tok) and not self._just_quoted(last, tok):
            # `Ширвиндт изложил: … Поздравил Владимир Путин. В поздравлении президента России
            # говорится`: a title of office with its country names the person named just before, not
            # one quoted further up (`Путин подчеркнул, что Кастро … Президент России выразил`: Путин)
            recent = next(
                (r for r in people if self.is_nominative(r) and self._units_apart(r, tok) <= 1), None
            )
            if recent is not None:
                return _at(self.from_referent(recent, how="name"), tok, "role")
        if strict:
            for ref in people:
                # `Картер вступил в должность министра обороны. … Новый министр пообещал`: the role
                # said elsewhere in the sentence naming the person as its subject
                if self.is_nominative(ref) and self._role_in_sentence(ref, tok):
                    return _at(self.from_referent(ref, how="name"), tok, "role")
            return None
        for sp in self.previous(tok.start):
            if sp.type == "unnamed" and self._describes(sp, tok.lemma):
                return None  # `Его адвокат сообщил … По словам адвоката`: the unnamed source just quoted
            if (
                sp.type == "person"
                and sp.key
                and (not gender or not sp.gender or sp.gender == gender)
                and not _other_office(sp.role, tok.lemma, body=body)
                and not _other_trade(sp.role, tok.lemma)
                and not self._of_other_nation(sp.role, nation)
                and not self._of_other_place(sp.entity, sp.role, places, tok.start)
                and not self._subject_since(people, sp, tok)
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

    def _nation_before(self, tok: Token) -> tuple[str, ...]:
        """The stems of the country a national adjective before the noun names (`Немецкий министр`:
        `герман`, `фрг`), or ()."""
        k = self.ctx.token_at(tok.start)
        adj = self.ctx.tokens[k - 1] if k else None
        if not cues.national_adjective(adj):
            return ()
        if adj.lemma not in cues.NATIONAL_STEMS and adj.lemma not in adjective_countries():
            return ()  # `главный`, `городской`: no country
        return cues.national_stems(adj.lemma)

    def _of_other_nation(self, role: Role | None, nation: tuple[str, ...]) -> bool:
        """The role names a country other than the one the noun's adjective names (`Министр
        обороны Франции` is no `Немецкий министр`)."""
        if not nation or role is None:
            return False
        countries = [
            r.name.lower()
            for r in self.ctx.referents_before(role.stop, role.start)
            if r.type == "country" and r.start >= role.start and r.name
        ]
        return bool(countries) and not any(c.startswith(nation) for c in countries)

    def _places_after(self, tok: Token) -> dict[str, Referent]:
        """The places (by entity) the noun's genitive complement names (`Постпред Франции`,
        `Глава МИД Турции`, `Глава Дагестана`), past bodies named in it, or {}."""
        ctx, places = self.ctx, {}
        k = ctx.token_at(tok.start)
        j = k + 1 if k is not None else len(ctx.tokens)
        while j < min(len(ctx.tokens), (k or 0) + 1 + PLACE_COMPLEMENT):
            ref = ctx.referent_at(j)
            if ref is None or ref.entity is None or ref.type not in PLACE_TYPES | {"organization"}:
                break
            if ref.type in PLACE_TYPES:
                places[ref.entity] = ref
            j = ctx.token_range(ref.start, ref.stop).stop
        return places

    def _of_other_place(
        self, entity: str | None, role: Role | None, places: dict[str, Referent], before: int
    ) -> bool:
        """The roles the article gave a person before offset `before` name places, none of them
        the noun's (`Посол России Алексей Полищук` is no `Посол Германии`). A role with a complement
        naming no place nor body is taken for one at home, so no `Глава МИД Турции` is `Министр
        иностранных дел Сергей Лавров`. A person given no role, or a bare title (`Президент
        Корреа`), may hold any (`Эрдоган заявил … Президент Турции отметил`), and so may one of a
        named body (`генеральный секретарь ЦК КПК`)."""
        if not places:
            return False
        roles = [role] if role is not None else []
        roles += [
            found
            for ref in self.ctx.referents_before(before, 0)
            if entity and ref.entity == entity and (found := self.role_of(ref)) is not None
        ]
        own, bodies = set(), False
        for r in roles:
            for named in self.ctx.referents_before(r.stop, r.start):
                if named.start >= r.start and named.type in PLACE_TYPES and named.entity:
                    own.add(named.entity)
                bodies = bodies or (named.start >= r.start and named.type == "organization")
        if own:
            return not own & places.keys()
        if bodies or not any(len(r.text.split()) > 1 for r in roles):
            return False
        return any(place.type == "country" and place.name not in HOME_COUNTRIES for place in places.values())

    def _describes(self, sp: Speaker, lemma: str) -> bool:
        """An unnamed source's description has this lemma for its head noun (`Его адвокат`:
        `адвокат`; not `Пресс-служба губернатора`, the governor's office, not the governor)."""
        head = next(
            (
                k
                for k in self.ctx.token_range(sp.start, sp.stop)
                if self.ctx.tokens[k].pos in ("NOUN", "PROPN")
            ),
            None,
        )
        return head is not None and self.ctx.tokens[head].lemma == lemma

    def _subject_since(self, people: list[Referent], sp: Speaker, tok: Token) -> bool:
        """Someone else was named as a subject in `tok`'s paragraph after `sp` last spoke (`«…», —
        сказал Семак. ¶ Сенатор Джон Маккейн раскритиковал решение. Республиканец назвал …`)."""
        ctx = self.ctx
        para, unit = ctx.para_index(tok.start), ctx.unit_at(tok.start)

        def opens(ref: Referent) -> bool:  # the first person its sentence names, before the sentence of `tok`
            own = ctx.unit_at(ref.start)
            return (
                own is not None
                and own is not unit
                and own.start < tok.start
                and not any(r.type == "person" and own.start <= r.start < ref.start for r in ctx.referents)
            )

        return any(
            ref.start > sp.stop
            and ref.entity != sp.entity
            and ctx.para_index(ref.start) == para
            and self.is_nominative(ref)
            and opens(ref)
            for ref in people
        )

    def _introduced_roles(self, before: int) -> dict[str, Role]:
        """Each person's role phrase at their nearest mention before offset `before` that has one."""
        roles: dict[str, Role] = {}
        for ref in self.ctx.referents_before(before, 0):  # nearest first
            if ref.entity and ref.entity not in roles and (role := self.role_of(ref)) is not None:
                roles[ref.entity] = role
        return roles

    def _of_country(self, tok: Token) -> bool:
        """A country named right after the noun (`президента России`, `премьер-министр Индии`)."""
        k = self.ctx.token_at(tok.start)
        ref = self.ctx.referent_at(k + 1) if k is not None and k + 1 < len(self.ctx.tokens) else None
        return ref is not None and ref.type == "country" and self.ctx.token_at(ref.start) == k + 1

    def _just_quoted(self, last: list[Speaker], tok: Token) -> bool:
        """The last speaker spoke in the sentence holding `tok` or the one before."""
        return bool(last) and self._units_apart(last[0], tok) <= 1

    def _units_apart(self, ref: Referent | Speaker, tok: Token) -> int:
        """Sentences from the one naming `ref` to the one holding `tok`."""
        units = [self.ctx.unit_at(ref.start), self.ctx.unit_at(tok.start)]
        if units[0] is None or units[1] is None:
            return len(self.ctx.units)
        return self.ctx.units.index(units[1]) - self.ctx.units.index(units[0])

    def _named_as_kin(self, ref: Referent) -> bool:
        """`младший сын - семилетний Коля`: a name set after a kin noun names someone's relative."""
        k = (self.ctx.token_at(ref.start) or 0) - 1
        while k > 0 and (
            self.ctx.tokens[k].pos == "ADJ" or self.ctx.tokens[k].text in APPOSITION_DASHES | {","}
        ):
            k -= 1
        return k >= 0 and self.ctx.tokens[k].lemma in cues.KIN_NOUNS


def _other_office(role: Role | None, noun: str, *, body: bool = False) -> bool:
    """`Президент сообщил` is not the `руководитель фракции` named before: a title of office
    refers back to no one the text gave another role; nor does a post in a body named after it
    (`Председатель Госдумы заявил` is not the `первый зампред ЦК партии` quoted before)."""
    body = body and not noun.startswith(HEADS_OF_ANY_OFFICE)  # `глава МИД`: the minister named before
    if (noun not in OFFICES and not body) or role is None:
        return False
    words = role.text.lower().split()
    return not _names_noun(role.text, noun) and not any(w.startswith(HEADS_OF_ANY_OFFICE) for w in words)


def _other_trade(role: Role | None, noun: str) -> bool:
    """`— сказал врач` is not the `Директор компании` quoted before: a noun for a trade refers back
    to no one the text gave a role that does not name it."""
    return noun in TRADES and role is not None and not _names_noun(role.text, noun)


def _names_noun(text: str, noun: str) -> bool:
    """A role phrase holds the noun in any case (`художественным руководителем театра` holds
    `руководитель`): the lemma, or its stem when it ends in a soft sign or a vowel that the
    cases change (`прокурор` is no stem of `прокуратуры`)."""
    # `Председатель Госдумы Вячеслав Володин … — подчеркнул спикер`: a synonym names it too
    # (a synonym of several words is named by all of them: `глава кабинета министров` for `премьер`)
    low = text.lower()
    if noun.startswith("экс-") and len(noun) > len("экс-"):
        # `Бывший министр обороны Сергей Шойгу … Экс-министр заявил`: the former one, said so
        return any(w.startswith(("бывш", "экс")) for w in low.split()) and _names_noun(
            text, noun[len("экс-") :]
        )
    return any(
        all(_holds_word(low, word) for word in phrase.split())
        for phrase in (noun, *ROLE_SYNONYMS.get(noun, ()))
    )


def _holds_word(low: str, noun: str) -> bool:
    stem = noun[:-1] if noun[-1:] in "ьйаяо" and len(noun) >= STEM_MIN else noun
    head = noun.split("-")[0]
    # `премьер-министр` said before as `премьера`, `генерал-майор` as `генерала`
    # at a word's start: `замминистра`, `Премьер-министр` name no `министр`
    words = low.split()
    return any(word.startswith(stem) for word in words) or (
        "-" in noun and len(head) >= COMPOUND_HEAD and any(word.startswith(head) for word in words)
    )


def _role_lemmas(finder: RoleAntecedents, role: Role) -> list[str]:
    """The lemmas of a role phrase's words (`официальный представитель ведомства`)."""
    ctx = finder.ctx
    return [ctx.tokens[k].lemma for k in ctx.token_range(role.start, role.stop)]


def _leading(role_text: str) -> bool:
    """The role names a post that leads its organisation (`Генеральный директор`, `глава`)."""
    words = role_text.lower().split()
    return bool(words) and (words[0] in LEADING_TITLES or (words[0] == "генеральный" and len(words) > 1))
