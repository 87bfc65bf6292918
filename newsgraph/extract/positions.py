"""The `position` rule: a person's role, with the organisation or country where stated.

Two constructions carry nearly all of them in news prose:

- before the name: ``[генеральный] директор [компании] Great Sky Иван Петров``,
  ``заместитель министра иностранных дел Грузии Александр Налбандов``,
  ``посол Италии в Грузии Виторио Сандали``, ``российский президент Дмитрий Медведев``;
- after the name, in apposition: ``Сергей Лавров, министр иностранных дел России,``.

Others, less frequent, are read as well: a predicate (``X стал / назначен /
занимал пост / покинул пост / освобождён от должности …``, also after ``, который``
or a participial clause), the object of an appointing verb or noun (``назначил X
министром``, ``указ об освобождении X от должности …``), the role before the verb
(``Новым главой X стал Y``, ``Пост министра занимает Y``), succession (``X сменит на
посту главы Y Z``), ``в качестве``, acting roles (``исполняющий обязанности``,
``врио``, ``и. о.``), plural roles paired with their states (``президенты России и
США X и Y``) and roles chained before another (``наблюдатель от ОБСЕ португальский
парламентарий X``).

The role is the head noun (a lemma of ``data/positions.txt``), its agreeing
adjectives and its genitive dependents; the organisation is the entity in the
genitive after it, or the entity an adjective names ("российский" → Россия); a
state's own body gives the state (``глава правительства Израиля`` → глава
правительства, Israel). A head-of-state title with none stated takes the country
a possessive points to (``её премьер-министр``), else one named before it in an
oblique case, else the country of the preceding sentences ("Ранее президент Токаев
…" in an article about Kazakhstan).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from newsgraph.extract import fact_lexicon as lex
from newsgraph.extract import speech_cues as cues
from newsgraph.extract.fact_context import Anchor, Context
from newsgraph.extract.fact_lexicon import country_adjectives
from newsgraph.extract.phrases import nominative

# a facility by its own name stands for the body that runs it ("советник Белого дома", "начальник
# космодрома Плесецк")
ORG_TYPES = ("organization", "country", "location", "facility")
QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})
# verbs that give a person a role ("стал", "назначен", "занял пост")
COPULAS = frozenset(
    {
        "стать",
        "становиться",
        "являться",
        "назначить",
        "назначать",
        "избрать",
        "избирать",
        "занять",
        "занимать",
        "работать",
        "служить",
        "возглавить",
        "переизбрать",
        "вступить",  # "вступил в должность министра обороны"
        "вступать",
        "перейти",  # "перешёл на должность заместителя директора"
        "переходить",
        "заступить",  # "заступил на пост"
        "вернуться",  # "вернулся на пост главы"
        "остаться",  # "остался на посту министра"
        "оставаться",
        "сохранить",  # "сохранил пост министра"
        "сохранять",
        "совмещать",  # "совмещает две должности: директора X и …"
        "совместить",
        "переизбираться",  # "четыре раза переизбирался главой региона"
        "проработать",  # "проработала в должности генерального прокурора восемь лет"
        "поработать",
        "состоять",  # "состоял начальником округа"
    }
)
COMBINE_VERBS = frozenset({"совмещать", "совместить"})
LEAD_VERBS = frozenset({"возглавлять", "возглавить", "руководить", "командовать", "head", "lead"})
# the title a leading verb gives: "возглавлял Минобороны" → глава, "командовал армией" → командующий
LEAD_TITLES = {"командовать": "командующий"}
# verbs that take a role away: "покинул пост министра", "освобождён от должности губернатора"
EXIT_VERBS = frozenset(
    {
        "покинуть",
        "покидать",
        "оставить",
        "освободить",
        "освобождать",
        "уволить",
        "увольнять",
        "уйти",
        "уходить",
        "снять",  # "снят с должности начальника"
        "снимать",
        "отправить",  # "отправлен в отставку с поста губернатора"
        "подать",  # "подал в отставку с поста министра"
        "отстранить",
    }
)
# verbs whose object gets or loses a role: "назначил Ивана Петрова министром", "освободил X от должности"
APPOINT_VERBS = frozenset(
    {
        "назначить",
        "назначать",
        "утвердить",
        "избрать",
        "освободить",
        "уволить",
        "отстранить",
        "переназначить",
        # their nouns: "указ об освобождении X от должности …", "назначение X на пост …"
        "назначение",
        "освобождение",
        "увольнение",
        "избрание",
        "утверждение",
    }
)
SUCCEED_VERBS = frozenset({"сменить", "сменять", "заменить", "replace", "succeed"})
# a state's own bodies: "глава правительства Израиля" holds a post of the state ("глава правительства")
STATE_BODY_NOUNS = {"правительство": "правительства", "кабинет": "кабинета", "администрация": "администрации"}
# roles that name the body they sit in: "сенатор Джон Керри" sits in the Senate the article names
BODY_OF_ROLE = {"сенатор": "сенат", "конгрессмен": "конгресс", "senator": "senate", "congressman": "congress"}
INSTRUMENTAL_ROLES = frozenset({"управляющий", "заведующий", "командующий", "руководящий"})
APPOSITION_BRACKET = (
    11  # tokens of a bracket between a name and its apposition ("(на илл.)", "(Scott Horowitz)")
)
ASIDE_REACH = 40  # tokens of a bracketed aside between a name and a dash before its role
RELATIVE_REACH = 3  # words between "который" and its verb ("которая с 2013 года возглавляет")
CLAUSE_REACH = 12  # tokens of a participial clause after a name (", ранее работавший в «Газпроме»,")
OFFICE_NOUNS = frozenset({"пост", "должность", "место"})
BRACKETS = frozenset({"(", ")"})  # "секретарь Объединённого фронта … (ОФДД) Наттавута Сайкыа"
# "по словам адвоката X", "по данным представителя X": a source's words, whose name follows its role
SOURCE_NOUNS = frozenset(
    {"слово", "мнение", "данные", "оценка", "информация", "сведение", "утверждение", "версия"}
)
# "по" phrases that say how or why, not what a role covers ("советником по совместительству", "по приглашению")
NOT_REMITS = SOURCE_NOUNS | frozenset(
    "приглашение просьба указание поручение решение итог результат причина совместительство случай"
    " настояние инициатива приказ распоряжение закон контракт договор требование совет"
    # "экономист по образованию": how the holder was trained, not what the role covers
    " образование профессия специальность происхождение национальность призвание".split()
)
PLANT_NOUNS = frozenset({"завод", "предприятие", "фабрика", "комбинат", "верфь"})
LEGAL_FORMS = frozenset({"оао", "зао", "пао", "ао", "ооо", "фгуп", "гк", "нк", "ск", "ук", "нао"})
# nouns that say what kind of body a name that follows them is ("председатель [политической партии]
# «Родина»", "руководитель [некоммерческой организации] «X»"): with their adjectives, the name's words
NAME_TYPE_NOUNS = frozenset(
    "партия организация фонд банк агентство издательство общество объединение движение ассоциация"
    " газета журнал телеканал радиостанция сеть".split()
)
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
LINK_PREPOSITIONS = frozenset({"в", "во", "при", "по", "на", "от"})
LEFT_REACH = 9  # tokens between a role's head and the name
# roles held for someone else ("помощник президента по …"), whose genitive is a person
SERVING_ROLES = frozenset(
    {"помощник", "советник", "заместитель", "представитель", "спецпредставитель", "референт", "секретарь"}
)
# occupations, not posts: no organisation is theirs by sharing a second role's ("политик и лидер партии X")
UNATTACHED_ROLES = frozenset(
    {"политик", "бизнесмен", "предприниматель", "миллиардер", "олигарх", "общественник"}
)
# bodies named after the leader in the genitive ("в кабинете Абэ", "в администрации Буша")
LEADERS_BODIES = frozenset({"кабинет", "администрация", "правительство", "команда", "окружение", "штаб"})
ROLE_PREFIXES = frozenset({"экс", "вице", "зам", "обер", "унтер", "контр", "генерал"})
AGE = re.compile(r"^\d+-(?:летн|лет)\w*$")
ORDINAL = re.compile(r"^\d+-(?:[а-я]{1,3})$")  # "25-м министром", "47-й президент"

Span = tuple[int, int, int, Anchor | None]  # start, head, end (exclusive), organisation


def _participle_role(ctx: Context, i: int) -> bool:
    """ "управляющий компанией", "командующий войсками" tagged as the verb's participle."""
    token = ctx.tokens[i]
    if token.pos != "VERB" or token.feats.get("VerbForm") != "Part":
        return False
    lemma = ctx.lemma(i)
    text = token.text.lower()
    # the present participle only: "нападавший" is no "нападающий"
    return any(
        w in lex.positions() and text[: len(w) - 3] == w[:-3] and "вш" not in text
        for w in (lemma[:-2] + "ющий", lemma[:-5] + "ующий")
    )


def _is_head(ctx: Context, i: int) -> bool:
    # adjectival nouns ("управляющий", "командующий") and prefixed ones ("экс-председатель") come out ADJ
    if _participle_role(ctx, i):
        return True
    if ctx.tokens[i].pos not in ("NOUN", "PROPN", "X", "ADJ"):
        return False
    lemma = ctx.lemma(i)
    # "экс-председатель", "женщина-спикер": the role is the hyphenated part
    return (
        lemma in lex.positions()
        or ("-" in lemma and any(p in lex.positions() for p in lemma.split("-")))
        or _deputy_of(lemma)
    )


def _deputy_of(lemma: str) -> bool:
    """ "замкомандующего", "замначальника", "замгенпрокурора": a deputy's title, written as "зам" and
    the role in the genitive, which the lemmatiser leaves as it stands."""
    if not lemma.startswith("зам") or len(lemma) < 7:
        return False
    rest = lemma[3:]
    return any(len(p) >= 6 and rest.startswith(p[:-2]) and len(rest) <= len(p) + 3 for p in lex.positions())


DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "сам", "указанный", "наш", "свой"})


def _org_anchor(ctx: Context, si: int, i: int) -> Anchor | None:
    anchor = ctx.anchor_at(si, i)
    if anchor is None or anchor.type not in ORG_TYPES:
        return None
    if anchor.type == "facility" and anchor.referring:
        return None  # "директор предприятия": a facility employs a holder only by its own name
    if anchor.referring and anchor.start > 0:
        before = ctx.tokens[anchor.start - 1]
        if before.pos == "ADJ" and ctx.lemma(anchor.start - 1) not in DEMONSTRATIVES:
            return None  # "работник экспедиторской фирмы": a firm of its own, not one named before
    return anchor


def _acting(ctx: Context, si: int, start: int) -> int | None:
    """ "исполняющий обязанности губернатора", "врио главы", "и. о. министра": where the prefix of
    an acting role before `start` begins, or None."""
    a, _ = ctx.spans[si]
    k = start - 1
    if k >= a and ctx.lemma(k) in ("врио", "ио", "и.о.", "и.о"):
        return k
    if k - 1 >= a and ctx.lemma(k) == "обязанность" and ctx.lemma(k - 1) == "исполнять":
        return k - 1
    # "и. о.": four tokens
    if k - 3 >= a and [ctx.tokens[x].text.lower() for x in range(k - 3, k + 1)] == ["и", ".", "о", "."]:
        return k - 3
    return None


def _role_value(ctx: Context, start: int, head: int, end: int, org: Anchor | None) -> dict:
    """A position fact's object: the role in the nominative, and the organisation when one is named."""
    obj: dict = {"text": role_text(ctx, start, head, end)}
    if org is not None:
        obj["org"] = org.entity
    return obj


def role_text(ctx: Context, start: int, head: int, end: int) -> str:
    """The role in the nominative; an acting prefix keeps the role it stands for as written
    ("исполняющий обязанности губернатора")."""
    tokens = ctx.tokens
    if ctx.lemma(start) == "исполнять" and start + 1 < head:
        rest = " ".join(t.text if t.pos == "PROPN" else t.text.lower() for t in tokens[start + 2 : end])
        return f"исполняющий обязанности {rest}".replace("ё", "е")
    if ctx.lemma(start) in ("врио", "ио", "и.о.", "и.о", "и") and start < head:
        k = start + 1
        while k < head and tokens[k].text in (".", "о"):
            k += 1
        rest = " ".join(t.text if t.pos == "PROPN" else t.text.lower() for t in tokens[k:end])
        prefix = "врио" if ctx.lemma(start) == "врио" else "и. о."
        return f"{prefix} {rest}".replace("ё", "е")
    if _participle_role(ctx, head):
        lemma = ctx.lemma(head)
        word = next(w for w in (lemma[:-2] + "ющий", lemma[:-5] + "ующий") if w in lex.positions())
        rest = " ".join(t.text if t.pos == "PROPN" else t.text.lower() for t in tokens[head + 1 : end])
        return f"{word} {rest}".strip().replace("ё", "е")
    if ctx.lemma(head) not in lex.positions() and _deputy_of(ctx.lemma(head)):
        # "замсекретаря", "замкомандующего" do not decline: the word as written
        before = nominative(tokens, start, head, head + 1).rsplit(" ", 1)[0] if start < head else ""
        rest = " ".join(t.text if t.pos == "PROPN" else t.text.lower() for t in tokens[head:end])
        return f"{before} {rest}".strip().replace("ё", "е")
    text = nominative(tokens, start, head, end)
    lemma = ctx.lemma(head)
    if "-" in lemma and lemma not in lex.positions():
        # "сенатор-демократ", "женщина-спикер": the role without the word describing its holder;
        # "экс-президент": without the prefix that only dates it, as "бывший" goes
        parts = lemma.split("-")
        kept = [
            p for p in parts if p in lex.positions() or (p in ROLE_PREFIXES and p not in lex.POSITION_DROP)
        ]
        if kept and kept[-1] in lex.positions() and len(kept) < len(parts):
            role = "-".join(kept)
            holder = [p for p in parts if p not in kept and p not in lex.POSITION_DROP]
            # "первая женщина-генпрокурор": the words before describe the holder too
            text = (
                role + text[text.index(lemma) + len(lemma) :]
                if holder and lemma in text
                else text.replace(lemma, role, 1)
            )
    return text


def _left(ctx: Context, si: int, person: Anchor) -> Span | None:
    a, _ = ctx.spans[si]
    if _serving_name(ctx, si, person):
        return None  # "Врач [Хиллари Клинтон] Лиза Бардек": the role is the next name's
    j = _before_bracket(ctx, si, person.start - 1)
    org: Anchor | None = None
    # "президент 89-летний Роберт Мугабе": the age describes the person, not the role
    while j >= a and (ctx.tokens[j].text in QUOTES or AGE.match(ctx.tokens[j].text)):
        j -= 1
    if j > a and j < person.start - 1 and AGE.match(ctx.tokens[j + 1].text) and ctx.tokens[j].text == ",":
        j -= 1  # "вице-губернатор Приморского края, 35-летний Александр Шемелев"
    dashed = False  # "Министр образования — Хакубун Симомура": a role with its tail before a dash
    if j > a and ctx.tokens[j].text in ("—", "–") and person.case in ("Nom", None):
        # "представляет прежний федеральный адвокат — Сабрина Шрофф"
        dashed = not _is_head(ctx, j - 1)
        j -= 1
    if j > a and ctx.tokens[j].text == "," and j == person.start - 1:
        j = _before_clause(ctx, si, j)
        _, b = ctx.spans[si]
        if (
            j == person.start - 1
            and person.stop < b
            and ctx.tokens[person.stop].text in (",", "(")
            and _org_anchor(ctx, si, j - 1 - (ctx.tokens[j - 1].text in QUOTES)) is not None
        ):
            # "Пресс-секретарь «Газпрома», Сергей Куприянов, заявил": the name set off by commas after a
            # role with its organisation; a bare role before a comma may open a list of people
            j -= 1
    if (
        j > a
        and j == person.start - 1
        and ctx.lemma(j) in LEADERS_BODIES
        and ctx.tokens[j].feats.get("Case") == "Loc"
        and not ctx.anchor_at(si, j)
    ):
        # "пост министра … в предыдущем кабинете Синдзо Абэ", "заместителем генпрокурора в администрации
        # Джорджа Буша": the name is the leader the body is named after, not the role's holder
        return None
    tail_end = j + 1
    last = tail_end  # where the words before the name end
    spanned = 0  # tokens of the role's tail walked over, names of organisations not counted
    while j >= a and spanned <= LEFT_REACH:
        # the places of a role's remit ("в России, на Украине") do not count towards its reach
        if ctx.lemma(j) not in PLACE_PREPOSITIONS and ctx.tokens[j].feats.get("Case") != "Loc":
            spanned += 1
        token = ctx.tokens[j]
        if (
            _is_head(ctx, j)
            and not ctx.anchor_at(si, j)
            and not (token.feats.get("Number") == "Plur" and token.feats.get("Case") == "Gen")
        ):
            break  # "комитета [начальников] штабов": a plural role in a genitive tail is no holder's
        plant = _plant_named(ctx, si, j)
        if (other := ctx.anchor_at(si, j)) is not None and other.type not in ORG_TYPES and plant is None:
            served = _served(ctx, si, person, other, org)
            if served is None:
                return None  # another person's name further back, or not whom the role serves
            j = tail_end = served
            tail_end += 1
            break
        anchor = _org_anchor(ctx, si, j) or plant
        titled = _titled_body(ctx, si, anchor, person) if anchor is not None else None
        if titled is not None:
            # "администрация [президента] США Барака Обамы": the title is the name's
            j, inner = titled
            org = inner or org
            tail_end = inner.start if inner is not None else tail_end
            break
        if anchor is not None and all(ctx.lemma(m) in LEGAL_FORMS for m in range(anchor.start, anchor.stop)):
            j = anchor.start - 1  # "Гендиректор ООО [УК] «Металлоинвест»": a legal form taken for a name
            continue
        if anchor is not None:
            org = anchor  # the leftmost, nearest the head: "посол [Италии] в Грузии"
            j = anchor.start - 1
            while j >= a and ctx.tokens[j].text in QUOTES:
                j -= 1
            if j >= a and (
                lex.REFERRING_NOUNS.get(ctx.lemma(j)) == anchor.type
                or ctx.lemma(j) in LEGAL_FORMS
                or (
                    anchor.type == "organization"
                    and ctx.lemma(j) in NAME_TYPE_NOUNS
                    and not ctx.anchor_at(si, j)  # "член [Республиканской партии] США": a name of its own
                )
                or (anchor is plant and ctx.lemma(j) in PLANT_NOUNS)
            ):
                # "директор [компании] Great Sky", "конструктор [ракетно-космической корпорации] «Энергия»",
                # "председатель правления [ОАО] «Газпром»": the type noun belongs to the name
                j -= 1
                while j >= a and ctx.lemma(j) in LEGAL_FORMS:
                    j -= 1  # "[ООО УК] «Металлоинвест»"
            # "глава [российского] МИДа": the name's own adjectives are not the role's
            while (
                j >= a
                and _modifier(ctx.tokens[j])
                and ctx.tokens[j].feats.get("Case") == "Gen"
                and not _is_head(ctx, j)
            ):
                j -= 1
            tail_end = j + 1  # the role's words stop where the organisation begins
            continue
        token = ctx.tokens[j]
        if token.text == "," and j + 1 < len(ctx.tokens) and ctx.lemma(j + 1) in PLACE_PREPOSITIONS:
            # "директор Philips в России, на Украине и в Белоруссии": a list of where the role runs
            j -= 1
            continue
        if (
            token.text in QUOTES
            or token.text in BRACKETS
            or ctx.lemma(j) in LINK_PREPOSITIONS
            or token.feats.get("Case") == "Gen"
        ):
            j -= 1
            continue
        # "министр связи и коммуникаций", "директор НАСА по космическим полётам"
        if token.text == "и" or (
            token.pos in ("ADJ", "NOUN") and token.feats.get("Case") in ("Loc", "Dat", "Ins")
        ):
            j -= 1
            continue
        return None
    else:
        return None
    if j < a:
        return None
    if org is not None and _remit_after(ctx, si, org, last):
        tail_end = last
    head = j
    # "заместителем министра … Налбандовым": the role is the outermost head, the one the name agrees with
    # "слова пресс-секретаря президента Дмитрия Пескова", "заместителя гендиректора ВГТРК Дмитрия
    # Киселёва": a name in the genitive after a chain of genitive roles is the outermost one's too
    while head - 1 >= a and ctx.tokens[head].feats.get("Case") == "Gen":
        # "первый заместитель [генерального] директора X": the genitive role's adjectives in between
        k = head - 1
        while k > a and ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].feats.get("Case") == "Gen":
            k -= 1
        if not _is_head(ctx, k) or ctx.anchor_at(si, k):
            break
        if person.case == "Gen" and ctx.tokens[k].feats.get("Case") not in ("Gen", "Acc"):
            break  # "пресс-секретарь президента Владимира Путина Дмитрий Песков": the name is the inner role's
        head = k
    # "член совета директоров X": a genitive role hangs on a body noun, itself on the outer role
    if (
        head - 2 >= a
        and ctx.tokens[head].feats.get("Case") == "Gen"
        and person.case != "Gen"
        and ctx.tokens[head - 1].pos == "NOUN"
        and ctx.tokens[head - 1].feats.get("Case") == "Gen"
        and _is_head(ctx, head - 2)
        and ctx.tokens[head - 2].feats.get("Case") == person.case
    ):
        head -= 2
    if ctx.tokens[head].feats.get("Number") == "Plur":
        return None  # "уволил двух генералов полиции по делу Голунова"
    if dashed and ctx.tokens[head].feats.get("Case") not in ("Nom", None):
        return None  # "отставка министра — Иван Петров …": a dash after an oblique role opens a clause
    start = head
    while (start - 1 >= a and _modifier(ctx.tokens[start - 1])) or (
        start - 2 >= a and ctx.tokens[start - 1].text == "и" and _modifier(ctx.tokens[start - 2])
    ):
        start -= 1
    while start < head and (ctx.lemma(start) in lex.POSITION_DROP or _age_word(ctx.lemma(start))):
        start += 1
    acting = _acting(ctx, si, start)
    if acting is not None:
        start = acting  # the acting prefix agrees with the name, the role stays in the genitive
    elif not _agrees(ctx, person, head, start):
        return None  # "дочь президента Иванка Трамп": the name is not the role's
    if _serves(ctx, si, person, head) or _serves_man(ctx, person, head):
        return None
    end = max(tail_end, head + 1)
    if (
        org is None
        and end == head + 1
        and ctx.lemma(head) in SERVING_ROLES
        and (
            (person.case in ("Gen", "Acc") and ctx.tokens[head].feats.get("Case") in ("Gen", "Acc"))
            or (ctx.tokens[head].feats.get("Case") == "Ins" and person.case != "Ins")
        )
    ):
        # "слова помощника Петрова": a bare role of service names whom it serves (an animate accusative
        # is spelt as the genitive); "работавшая заместителем Онищенко": a role said of the clause's
        # subject, the name not in its case
        return None
    # "лидер республиканцев [в] Сенате": the preposition before the organisation is not the role's
    while end > head + 1 and (
        ctx.tokens[end - 1].text in QUOTES
        or (ctx.lemma(end - 1) in LINK_PREPOSITIONS and ctx.tokens[end - 1].text.islower())
    ):
        end -= 1
    return start, head, end, org


def _serving_name(ctx: Context, si: int, person: Anchor) -> bool:
    """The name stands between a role and another person's name ("Врач Хиллари Клинтон Лиза
    Бардек"): it is whom the role serves (see `_served`), not its holder."""
    _, b = ctx.spans[si]
    k = person.stop
    while k < b and ctx.tokens[k].text in ("—", "–"):
        k += 1
    nxt = ctx.anchor_at(si, k) if k < b else None
    if nxt is None or nxt.type != "person" or nxt.start != k or nxt.entity == person.entity:
        return False
    return _served(ctx, si, nxt, person, None) is not None


def _before_bracket(ctx: Context, si: int, j: int) -> int:
    """ "Лидер группы «Алиса» (с 1984 года) Константин Кинчев": a bracket naming no body between a
    role and its name is passed over; where the walk to the role goes on."""
    a, _ = ctx.spans[si]
    if j <= a or ctx.tokens[j].text != ")":
        return j
    opening = next(
        (k for k in range(j - 1, max(a, j - APPOSITION_BRACKET) - 1, -1) if ctx.tokens[k].text == "("), None
    )
    if opening is None or any(ctx.anchor_at(si, k) for k in range(opening + 1, j)):
        return j
    return opening - 1


def _remit_after(ctx: Context, si: int, org: Anchor, last: int) -> bool:
    """ "глава комитета Совета Федерации [по конституционному законодательству] Андрей Клишас": the
    field of a body within the organisation follows the organisation's name; the role's text then
    runs up to the name, the organisation's words within it."""
    return _remit_end(ctx, si, org) == last


def _remit_end(ctx: Context, si: int, org: Anchor) -> int | None:
    """Where a role's field ("по конституционному законодательству") after the organisation's name
    ends, or None when none follows it."""
    _, b = ctx.spans[si]
    k = org.stop
    while k < b and ctx.tokens[k].text in QUOTES:
        k += 1
    if org.start == 0 or ctx.tokens[org.start - 1].pos != "NOUN":
        return None
    end = _remit(ctx, si, k)
    return end if end > k else None


# nouns that describe a person rather than name a post ("музыкант", "миллиардер"): after a role set off by
# a comma they describe its holder ("Лидер группы «Ленинград», музыкант Сергей Шнуров")
DESCRIPTIVE_NOUNS = frozenset(
    "музыкант миллиардер миллионер бизнесмен предприниматель политик журналист актер актриса певец певица"
    " писатель писательница поэт режиссер композитор юрист экономист олигарх ученый спортсмен"
    " националист активист правозащитник блогер телеведущий телеведущая общественник".split()
)


def _before_description(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "Лидер группы «Ленинград», музыкант Сергей Шнуров", "председатель партии, миллиардер Бидзина
    Иванишвили": a role with its organisation or tail, a comma, and a noun describing the person before
    the name; the role before the comma is the name's too."""
    a, _ = ctx.spans[si]
    d = person.start - 1
    if d <= a or ctx.lemma(d) not in DESCRIPTIVE_NOUNS or ctx.tokens[d].feats.get("Number") == "Plur":
        return None
    if not _agrees(ctx, person, d, d):
        return None
    k = d
    while k - 1 > a and _modifier(ctx.tokens[k - 1]):
        k -= 1
    if ctx.tokens[k - 1].text != ",":
        return None
    comma = k - 1
    found = _left(ctx, si, Anchor(comma, comma + 1, person.entity, person.type, person.case))
    if found is None:
        return None
    _, head, end, org = found
    if org is None and end == head + 1:
        return None  # "губернатор, мэр Иван Петров": a bare role before a comma may be another person's
    if ctx.tokens[head].feats.get("Case") != ctx.tokens[d].feats.get("Case"):
        return None
    return found


def _age_word(lemma: str) -> bool:
    """ "семидесятишестилетний", "сорокалетний": the holder's age spelt out, no word of the role."""
    return len(lemma) > 9 and lemma.endswith("летний")


def _served(ctx: Context, si: int, person: Anchor, other: Anchor, org: Anchor | None) -> int | None:
    """ "Адвокат [Гаева] Александр Аснис", "пресс-секретарь [Клинтона] Джо Локхарт": a name in the
    genitive right after a role and right before the holder's name is whom the role serves; the
    role's head, or None."""
    a, _ = ctx.spans[si]
    k = other.stop
    while k < person.start and ctx.tokens[k].text in ("—", "–"):
        k += 1
    if org is not None or k != person.start or other.type != "person":
        return None
    if person.case in ("Gen", "Acc") or other.entity == person.entity:
        return None  # "слова адвоката Петрова Ивана": two genitive names are one person's
    if other.case not in ("Gen", "Acc") and not _may_take(ctx, other, "Gen"):
        return None
    head = other.start - 1
    if head < a or not _is_head(ctx, head) or ctx.tokens[head].feats.get("Number") == "Plur":
        return None
    return head


def _titled_body(ctx: Context, si: int, body: Anchor, person: Anchor) -> tuple[int, Anchor | None] | None:
    """ "администрация президента [США] Барака Обамы", "аппарат премьер-министра Ивана Петрова": a body
    named after its head's title, the name in the title's case after it, holds the title; not when a
    role governs the body ("пресс-секретаря администрации президента Ивана Петрова"). The title and
    the country the body's own name ends with, or None."""
    a, _ = ctx.spans[si]
    if body.type != "organization":
        return None
    last = body.stop - 1
    inner = next(
        (x for x in ctx.anchors[si] if x.type == "country" and body.start < x.start and x.stop == body.stop),
        None,
    )
    if inner is not None:
        last = inner.start - 1
    if last <= body.start or not _is_head(ctx, last):
        return None
    cases = {ctx.tokens[last].feats.get("Case"), person.case}
    if not (len(cases) == 1 or cases == {"Gen", "Acc"}):
        return None
    k = body.start - 1
    while k >= a and (_modifier(ctx.tokens[k]) or ctx.tokens[k].text in QUOTES):
        k -= 1
    return None if k >= a and _is_head(ctx, k) else (last, inner)


def _plant_named(ctx: Context, si: int, j: int) -> Anchor | None:
    """ "предприятия «Знамя»", "завода «Маяк»": a facility's name ending at `j` right after a plant
    noun, which names the holder's employer."""
    a, _ = ctx.spans[si]
    anchor = ctx.anchor_at(si, j)
    if anchor is None or anchor.type != "facility":
        return None
    k = anchor.start - 1
    while k >= a and ctx.tokens[k].text in QUOTES:
        k -= 1
    return anchor if k >= a and ctx.lemma(k) in PLANT_NOUNS else None


def _before_clause(ctx: Context, si: int, comma: int) -> int:
    """ "Спикер Госдумы, объявивший минуту молчания, Сергей Нарышкин": a participial clause set off
    by commas between a role and its name; where the role ends, or `comma` when there is none."""
    a, _ = ctx.spans[si]
    opening = next(
        (k for k in range(comma - 1, max(a, comma - CLAUSE_REACH) - 1, -1) if ctx.tokens[k].text == ","), None
    )
    if opening is None or opening + 1 >= comma:
        return comma
    first = ctx.tokens[opening + 1]
    if first.feats.get("VerbForm") != "Part" or (
        not _is_head(ctx, opening - 1) and ctx.anchor_at(si, opening - 1) is None
    ):
        return comma
    return opening - 1


def _serves(ctx: Context, si: int, person: Anchor, head: int) -> bool:
    """ "Помощник Хиллари Клинтон по европейским делам": a role that serves someone, with its
    remit after the name, makes the name its genitive (whom the role serves), not its holder."""
    _, b = ctx.spans[si]
    if ctx.lemma(head) not in SERVING_ROLES or person.stop >= b or ctx.lemma(person.stop) != "по":
        return False
    k = person.stop + 1
    while k < b and ctx.tokens[k].pos in ("ADJ", "CCONJ"):
        k += 1
    return k < b and ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].feats.get("Case") == "Dat"


def _serves_man(ctx: Context, person: Anchor, head: int) -> bool:
    """ "Адвокат Маркива заявил": a bare surname after a noun of service, spelt as a man's genitive
    and followed by a masculine verb, is whom the role serves (as a nominative it is a woman's)."""
    verb = ctx.tokens[person.stop] if person.stop < len(ctx.tokens) else None
    return (
        ctx.lemma(head) in cues.SERVANT_NOUNS
        and person.start == head + 1
        and person.stop == head + 2
        and verb is not None
        and verb.pos in ("VERB", "AUX")
        and verb.feats.get("Gender") == "Masc"
        and cues.man_in_genitive(ctx.tokens[person.start].text)
    )


def _agrees(ctx: Context, person: Anchor, head: int, start: int) -> bool:
    """The name stands in apposition to the role: the same case, allowing for the tagger's
    ambiguities (an animate accusative is a genitive; foreign names often come out nominative)."""
    role = ctx.tokens[head].feats.get("Case")
    if not person.case or not role or person.case == role or _deputy_of(ctx.lemma(head)):
        return True  # "замкомандующего" does not decline: the tagger's case for it means nothing
    if _apposed_by_form(ctx, person, start, role):
        return True
    if role == "Acc" and person.case == "Gen":
        return True
    if person.case in ("Nom", "Acc") and role == "Gen":
        # "дочь капитана Ханна", "дочь писателя, актера и режиссера Мария": the role hangs on a noun
        k = start - 1
        while k >= 0 and ctx.tokens[k].text in QUOTES:
            k -= 1  # 'брат "короля поп-музыки" Жермен Джексон'
        before = ctx.tokens[k] if k >= 0 else None
        # a capitalised noun opening the sentence is often tagged PROPN ("Указом президента X"); a name is not
        governs = before is not None and (
            before.pos == "NOUN" or (before.pos == "PROPN" and ctx.anchor_at_any(k) is None)
        )
        m = k
        while m > 0 and ctx.tokens[m].pos == "ADJ":
            m -= 1  # "по словам [другого] адвоката"
        if (
            m >= 1
            and ctx.lemma(m) in SOURCE_NOUNS
            and ctx.lemma(m - 1) == "по"
            and not any(ctx.tokens[x].text == "," for x in range(head, person.start))
        ):
            # "по словам адвоката заявителей Бартоломея X": the source's own name, tagged nominative
            return True
        return before is None or not (
            governs or before.text in (",", "и") or before.feats.get("Case") == "Gen"
        )
    return False


# pymorphy's case names for the tagger's
MORPH_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Nom": "nomn"}


@cache
def _word_cases(word: str) -> frozenset[str] | None:
    """The cases a word of a name can stand in, or None when the dictionary knows it as no noun
    ("Ратко", "Радонски" come out adverbs): such a word says nothing about the name's case."""
    # an initial ("Л. Фокса") says nothing; nor does an abbreviation's reading ("Фокса" as "ФОКСА")
    parses = (
        [p for p in _morph().parse(word) if "NOUN" in p.tag and "Abbr" not in p.tag] if len(word) > 1 else []
    )
    if not parses:
        return None
    # a name's own paradigm: "Алла" is no genitive of "Алл"
    parses = [p for p in parses if {"Name", "Surn", "Patr"} & p.tag.grammemes] or parses
    parses = [p for p in parses if p.normal_form == parses[0].normal_form]
    return frozenset(c for p in parses for c in MORPH_CASES.values() if c in p.tag)


def _may_take(ctx: Context, person: Anchor, case: str) -> bool:
    """Every word of the name can stand in `case`: the tagger's case for a foreign or indeclinable
    name ("президенту компании Сьюзан Лерман", "главу «Лиги» Маттео Сальвини") is a guess, its
    forms are not ("дочь президента Иванка Трамп" is no genitive)."""
    wanted = MORPH_CASES.get(case)
    words = [t.text for t in ctx.tokens[person.start : person.stop] if t.text.isalpha()]
    if wanted is None or not words:
        return False
    known = [_word_cases(w) for w in words]
    # an animate accusative is spelt as the genitive ("главу «Лиги» Россини")
    wanted_set = {wanted, "gent"} if wanted == "accs" else {wanted}
    return any(c is not None for c in known) and all(c is None or wanted_set & c for c in known)


def _apposed_by_form(ctx: Context, person: Anchor, start: int, role: str) -> bool:
    """A name whose tagged case differs from an oblique role's but whose forms allow the role's case
    ("просьбу вице-президента страны Николаса Мадуро", "президенту компании «X» Сьюзан Лерман"),
    unless a person noun before the role may be the one the name is in apposition to ("арестовали
    сына президента Эрика Трампа")."""
    if role == "Nom" or not _may_take(ctx, person, role):
        return False
    if person.start > 0 and ctx.tokens[person.start - 1].text in (",", "и", "—", "–"):
        return False  # "лишится поста президента и Мишел Темер пробудет": the name opens a clause
    k = person.stop
    if (
        person.case == "Nom"
        and k < len(ctx.tokens)
        and ctx.tokens[k].pos in ("VERB", "AUX")
        and ctx.tokens[k].feats.get("VerbForm") == "Fin"
    ):
        return False  # "До встречи с футболистом Родригес работала …": the name is the verb's subject
    k = start - 1
    while k >= 0 and (ctx.tokens[k].text in QUOTES or ctx.tokens[k].pos == "ADJ"):
        k -= 1
    if k < 0:
        return True
    before = ctx.tokens[k]
    governor = before.feats.get("Case")
    return not (
        before.pos in ("NOUN", "PROPN")
        and before.feats.get("Animacy") == "Anim"
        and governor is not None
        and (governor == person.case or _may_take(ctx, person, governor))
    )


def _modifier(token) -> bool:
    word = token.text.replace("-", "")
    # "Генеральный" may open a sentence; "II" in "Елизавета II" is no adjective
    return token.pos == "ADJ" and word.isalpha() and word[1:].islower()


def _right(ctx: Context, si: int, person: Anchor) -> Span | None:
    _, b = ctx.spans[si]
    j = person.stop
    if j < b and ctx.tokens[j].text == "(":
        # "Скотт Хоровитц (Scott Horowitz), бывший астронавт": the name as spelt in its own language
        close = next(
            (k for k in range(j + 1, min(b, j + APPOSITION_BRACKET)) if ctx.tokens[k].text == ")"), None
        )
        if close is not None and close + 1 < b and ctx.tokens[close + 1].text in (",", "—", "–"):
            j = close + 1
    if j < b and ctx.tokens[j].text not in (",", "—", "–", "-", "("):
        # "X в прошлом — министр обороны": the time marker before the dash
        after = _past_marker(ctx, j, b)
        if after > j and after < b and ctx.tokens[after].text in ("—", "–", "-"):
            j = after
    if j >= b or ctx.tokens[j].text not in (",", "—", "–", "-", "("):
        return None
    if ctx.tokens[j].text == "(" and person.case not in ("Nom", None):
        return _bracketed(ctx, si, j)
    j = _apposition_gap(ctx, si, j)
    # "X, ранее глава «Газпрома»", "X, в прошлом министр обороны": a post held before is still held by X
    j = _past_marker(ctx, j + 1, b) - 1
    if j + 3 < b and ctx.lemma(j + 1) == "один" and ctx.lemma(j + 2) == "из":
        # "X — один из основателей НТВ": one of several holders of the role
        return _role_at(ctx, si, j + 3, None, plural=True)
    return _role_at(ctx, si, j + 1, person)


def _bracketed(ctx: Context, si: int, j: int) -> Span | None:
    """ "у Фредди Гуарина (полузащитник «Шанхая» — ред.)": a role in brackets after a name in an oblique
    case stands in the nominative, and fills the brackets."""
    _, b = ctx.spans[si]
    found = _role_at(ctx, si, j + 1, None, named_after=True)
    if found is None or ctx.tokens[found[1]].feats.get("Case") != "Nom":
        return None
    end = _span_end(ctx, found, b)
    return found if end < b and ctx.tokens[end].text in (")", "—", "–") else None


def _in_office(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "X в должности министра финансов", "X на посту главы региона", "X в качестве советника": the
    post in the genitive after the office noun in the locative, right after the name."""
    _, b = ctx.spans[si]
    j = person.stop
    if j + 2 >= b or ctx.lemma(j) not in ("в", "во", "на") or ctx.lemma(j + 1) not in IN_OFFICE:
        return None
    if ctx.tokens[j + 1].feats.get("Case") != "Loc":
        return None  # "назначил сенатора Керри на пост госсекретаря": a post it is proposed for
    found = _role_at(ctx, si, j + 2, None)
    return found if found is not None and ctx.tokens[found[1]].feats.get("Case") == "Gen" else None


IN_OFFICE = frozenset({"должность", "пост", "качество"})


def _apposition_gap(ctx: Context, si: int, j: int) -> int:
    """What may stand between a name's comma and its apposition: a dash ("Карин Кортманн, — член
    бундестага") or the holder's age set off by commas ("Фаиз Халид, 26 лет, зубной врач"). The index
    of the last punctuation mark before the role, or `j`."""
    _, b = ctx.spans[si]
    if ctx.tokens[j].text != ",":
        return j
    if j + 1 < b and ctx.tokens[j + 1].text in ("—", "–"):
        return j + 1
    if (
        j + 3 < b
        and ctx.tokens[j + 1].text.isdigit()
        and ctx.lemma(j + 2) in ("год", "лет")
        and ctx.tokens[j + 3].text == ","
    ):
        return j + 3
    return j


def _span_end(ctx: Context, span: Span, limit: int) -> int:
    """The token after a role and its organisation (whichever ends later), past closing quotes, before ``limit``."""
    _start, _head, end, org = span
    k = org.stop if org is not None and org.stop > end else end
    while k < limit and ctx.tokens[k].text in QUOTES:
        k += 1
    return k


def _next_apposition(ctx: Context, si: int, person: Anchor, first: Span | None) -> Span | None:
    """ "Ван Бин, генерал, замначальника штаба ВМС, умер": a second role after the first apposition."""
    _, b = ctx.spans[si]
    if first is None:
        return None
    k = _span_end(ctx, first, b)
    if k + 1 >= b or ctx.tokens[k].text != ",":
        return None
    return _role_at(ctx, si, _past_marker(ctx, k + 1, b), person)


def _past_marker(ctx: Context, k: int, b: int) -> int:
    """The index after a marker of a past career step at k ("ранее", "в прошлом", "до этого"),
    or k itself when there is none."""
    for marker in lex.PAST_CAREER_MARKERS:
        n = len(marker)
        if k + n <= b and tuple(ctx.tokens[k + m].text.lower() for m in range(n)) == marker:
            return k + n
    return k


def _clause_starts(ctx: Context, si: int, person: Anchor) -> list[int]:
    """Where the name's own predicate may begin: right after a nominative name, after
    ", который" ("X, которая с 2013 года возглавляет Y"), or after a participial clause set off by
    commas ("X, ранее работавший в «Газпроме», назначен премьер-министром")."""
    _, b = ctx.spans[si]
    starts = []
    if person.case in ("Nom", None):
        starts.append(person.stop)
    j = person.stop
    if j + 1 < b and ctx.tokens[j].text == ",":
        if ctx.lemma(j + 1) == "который" and ctx.tokens[j + 1].feats.get("Case") in ("Nom", None):
            starts.append(j + 2)
        elif ctx.lemma(j + 1) == "который" and any(
            ctx.lemma(k) in APPOINT_VERBS and ctx.tokens[k].pos == "VERB" for k in range(j + 2, min(b, j + 6))
        ):
            # "X, которого президент назначил министром": the object of the appointing verb
            starts.append(j + 2)
        elif (
            person.case not in ("Nom", None)
            and ctx.tokens[j + 1].feats.get("VerbForm") == "Part"
            and ctx.lemma(j + 1) in COPULAS
            and _same_case(ctx.tokens[j + 1].feats.get("Case"), person.case)
        ):
            # "зятя Тимура Кулибаева, являющегося руководителем компании": the participle agrees with the name
            starts.append(j + 1)
        elif person.case in ("Nom", None) and any(
            ctx.tokens[k].feats.get("VerbForm") == "Part" for k in range(j + 1, min(b, j + 3))
        ):
            close = next(
                (k for k in range(j + 2, min(b, j + CLAUSE_REACH)) if ctx.tokens[k].text == ","), None
            )
            if close is not None:
                starts.append(close + 1)
    return starts


def _predicate(ctx: Context, si: int, person: Anchor, starts: list[int] | None = None) -> Span | None:
    """ "X стал депутатом парламента", "X назначен министром обороны", "X занял пост президента",
    "X покинул пост министра", "X освобождён от должности губернатора"; with `starts`, the predicates
    beginning there only."""
    _, b = ctx.spans[si]
    for begin in starts if starts is not None else _clause_starts(ctx, si, person):
        reach = RELATIVE_REACH + 1 if begin > person.stop or starts is not None else 4
        verb = _verb_within(ctx, si, begin, reach, COPULAS | EXIT_VERBS | {"быть", "исполнять"})
        if verb is not None and ctx.lemma(verb) == "быть":
            # "был назначен", "была избрана": the verb after the auxiliary
            nxt = _verb_within(ctx, si, verb + 1, 1, COPULAS | EXIT_VERBS | {"исполнять"})
            verb = nxt if nxt is not None else verb
        if verb is not None and ctx.lemma(verb) == "исполнять":
            # "будет исполнять обязанности главы региона": the acting role from the verb on
            if verb + 1 < b and ctx.lemma(verb + 1) == "обязанность":
                found = _role_at(ctx, si, verb, None)
                if found is not None:
                    return found
            continue
        if verb is None and begin == person.stop:
            # "X принёс присягу и официально вступил в должность …": a second predicate joined by "и"
            joined = next(
                (k for k in range(begin, min(b, begin + 4)) if ctx.tokens[k].text in (",", ";", ":", "и")),
                None,
            )
            if joined is not None and ctx.tokens[joined].text == "и":
                verb = next(
                    (
                        k
                        for k in range(joined + 1, min(b, joined + 3))
                        if ctx.lemma(k) in COPULAS | EXIT_VERBS
                    ),
                    None,
                )
        if verb is None:
            continue
        j = verb + 1
        offices = 0
        leaving = ctx.lemma(verb) in EXIT_VERBS
        while j < b and (
            ctx.lemma(j) in OFFICE_NOUNS
            or ctx.lemma(j) in ("на", "в", "качество")
            or (
                leaving and ctx.lemma(j) in ("с", "со", "от", "отставка")
            )  # "ушёл с поста", "в отставку с поста"
            or ctx.tokens[j].pos == "ADV"
            or _place_before_office(ctx, si, j)  # "занимал [в партии] должность главы отдела"
            or _when(ctx, j)  # "ставший в 2011 году вице-премьером"
            # "занял сразу два поста — замдиректора X и …": the number of posts, a dash or colon after them
            or (ctx.tokens[j].pos == "NUM" and j + 1 < b and ctx.lemma(j + 1) in OFFICE_NOUNS)
            or (offices and ctx.tokens[j].text in ("—", "–", "-", ":") and ctx.lemma(j - 1) in OFFICE_NOUNS)
        ):
            offices += ctx.lemma(j) in OFFICE_NOUNS
            j += 1
        if (
            ctx.lemma(verb) in APPOINT_VERBS
            and ctx.tokens[verb].feats.get("VerbForm") == "Fin"
            and begin == person.stop
        ):
            continue  # "Президент Обама назначил X министром": the appointer holds no such role
        if ctx.lemma(verb) in EXIT_VERBS | COMBINE_VERBS and not offices:
            continue  # "покинул страну", "уволил министра", "совмещает работу с учёбой": no role of the name's
        workplace = None
        if ctx.lemma(verb) in ("работать", "служить") and ctx.lemma(j - 1) in ("в", "во"):
            # "работал в «Газпроме» первым заместителем …": the workplace, then the role
            k = j
            while k < b and ctx.tokens[k].text in QUOTES:
                k += 1
            workplace = _org_anchor(ctx, si, k)
            if workplace is not None:
                j = workplace.stop
                while j < b and ctx.tokens[j].text in QUOTES:
                    j += 1
        if j + 2 < b and ctx.lemma(j) == "один" and ctx.lemma(j + 1) == "из":
            # "X является одним из директоров «Газпрома»": one of several holders of the role
            found = _role_at(ctx, si, j + 2, None, plural=True)
            if found is not None:
                return found
        found = _role_at(ctx, si, j, None)  # the role is in the instrumental, or the genitive after "пост"
        if (
            found is not None
            and ctx.lemma(verb) == "быть"
            and not offices
            and ctx.tokens[found[1]].feats.get("Case") != "Ins"
        ):
            continue  # "был [министром]": "быть" gives a role in the instrumental only
        if found is not None and found[3] is None and workplace is not None:
            found = (*found[:3], workplace)
        if found is not None:
            return found
    if starts is not None:
        return None
    return _appointed(ctx, si, person) or _congratulated(ctx, si, person)


def _same_case(case: str | None, other: str | None) -> bool:
    """Cases equal, an animate accusative being spelt as the genitive."""
    return case == other or {case, other} == {"Gen", "Acc"}


def _participle_before(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "Занимающая с июня 2016 года пост премьер-министра Великобритании Тереза Мэй", "ставший в 2011
    году вице-премьером X": a participle opening the name's phrase, its role ending right before the name."""
    a, _ = ctx.spans[si]
    if person.case not in ("Nom", None):
        return None
    for v in range(person.start - 2, max(a, person.start - LEFT_REACH - 4) - 1, -1):
        token = ctx.tokens[v]
        if token.text in (",", ";", ":", "«") or (
            (other := ctx.anchor_at(si, v)) is not None and other.type not in ORG_TYPES
        ):
            return None
        # a participle opening the sentence may be tagged a name ("Занимающая" PROPN), its lemma the verb's
        if ctx.lemma(v) not in COPULAS | EXIT_VERBS or token.feats.get("VerbForm") not in ("Part", None):
            continue
        if token.pos not in ("VERB", "ADJ", "PROPN") or token.text.lower() == ctx.lemma(v):
            continue
        if token.feats.get("Case") not in ("Nom", None):
            return None
        j, offices = v + 1, 0
        while j < person.start and (
            ctx.lemma(j) in OFFICE_NOUNS | lex.TIME_WORDS | {"на", "в", "во", "с"}
            or ctx.tokens[j].pos == "ADV"
            or _when(ctx, j)
        ):
            offices += ctx.lemma(j) in OFFICE_NOUNS
            j += 1
        found = _role_at(ctx, si, j, None, named_after=True)
        if found is None or ctx.tokens[found[1]].feats.get("Case") != ("Gen" if offices else "Ins"):
            return None
        return found if _span_end(ctx, found, person.start) == person.start else None
    return None


def _place_before_office(ctx: Context, si: int, j: int) -> bool:
    """ "занимал в партии должность", "занимал в правительстве пост": the noun of a place after "в"
    or "на", right before the office noun."""
    _, b = ctx.spans[si]
    return (
        j > 0
        and ctx.lemma(j - 1) in ("в", "во", "на")
        and ctx.tokens[j].pos in ("NOUN", "PROPN")
        and ctx.tokens[j].feats.get("Case") == "Loc"
        and j + 1 < b
        and ctx.lemma(j + 1) in OFFICE_NOUNS
    )


def _congratulated(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "поздравил X с избранием на пост президента Ирана": the one congratulated takes the post."""
    _, b = ctx.spans[si]
    j = person.stop
    if j + 3 >= b or ctx.lemma(j) not in ("с", "со") or ctx.lemma(j + 1) not in APPOINT_VERBS:
        return None
    k = j + 2
    while k < b and (ctx.lemma(k) in OFFICE_NOUNS or ctx.lemma(k) in ("на", "в")):
        k += 1
    if k == j + 2 or not any(ctx.lemma(m) in OFFICE_NOUNS for m in range(j + 2, k)):
        return None
    return _role_at(ctx, si, k, None)


JOINERS = frozenset({"и", "а", "затем", "потом", "позже", "позднее", "впоследствии"})


def _joined(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "X ранее возглавлял компанию «Y», а в 2010—2011 годах был мэром Еревана": a later predicate of
    the same subject, joined by "а"/"и"/"затем", with no subject of its own."""
    _, b = ctx.spans[si]
    if person.case not in ("Nom", None):
        return None
    starts = []
    for k in range(person.stop + 1, b):
        token = ctx.tokens[k]
        other = ctx.anchor_at(si, k)
        if (
            (other is not None and other.type == "person")
            or token.text in (";", ":")
            or ctx.lemma(k)
            in (
                "что",
                "который",
                "где",
                "когда",
            )
        ):
            break
        if ctx.lemma(k) not in JOINERS:
            continue
        m = k + 1
        while m < b and (_free(ctx, m) or ctx.lemma(m) in JOINERS):
            m += 1
        if m < b and ctx.tokens[m].pos in ("VERB", "AUX") and ctx.tokens[m].feats.get("VerbForm") == "Fin":
            starts.append(m)
    return _predicate(ctx, si, person, starts) if starts else None


def _free(ctx: Context, k: int) -> bool:
    """A word that does not count towards the reach between a name and its verb: a time phrase
    ("в 2005–2010 годах", "в прошлом году", "с марта"), an adverb, or "до этого"."""
    token = ctx.tokens[k]
    lemma = ctx.lemma(k)
    if _when(ctx, k) or lemma in lex.TIME_WORDS or token.text.isdigit() or token.pos == "ADV":
        return True
    if lemma in ("в", "во", "с", "со", "по", "до", "после", "и"):
        return True
    if lemma in ("этот", "это", "тот", "то") and k > 0 and ctx.lemma(k - 1) in ("до", "после"):
        return True
    # "в прошлом году", "в том же году": an adjective of the time word after it
    nxt = k + 1 < len(ctx.tokens) and ctx.lemma(k + 1) in lex.TIME_WORDS
    return nxt and token.pos in ("ADJ", "DET", "PART")


def _verb_within(ctx: Context, si: int, begin: int, reach: int, lemmas: frozenset[str]) -> int | None:
    """The first word from `begin` whose lemma is in `lemmas`, within `reach` words that count."""
    _, b = ctx.spans[si]
    counted = 0
    k = begin
    while k < b and counted < reach:
        if ctx.lemma(k) in lemmas:
            return k
        if ctx.tokens[k].text in (";", ":"):
            return None
        if not _free(ctx, k):
            counted += 1
        k += 1
    return None


def _when(ctx: Context, j: int) -> bool:
    """A date word between a verb and the role: "в 2011 году", "с 2008 года", "2001–2007 годах"."""
    text = ctx.tokens[j].text
    return bool(re.fullmatch(r"\d{4}(?:[–—-]\d{2,4})?", text)) or ctx.lemma(j) == "год" or text in ("–", "-")


def _appointed(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "назначил Ивана Петрова министром обороны", "освободил X от должности губернатора": the object
    of an appointing verb gets or leaves the role."""
    a, b = ctx.spans[si]
    if person.case not in ("Acc", "Gen", None):
        return None
    verb = next(
        (k for k in range(max(a, person.start - 3), person.start) if ctx.lemma(k) in APPOINT_VERBS), None
    )
    if verb is None:
        return _appointed_after(ctx, si, person) or _appointed_before(ctx, si, person)
    if ctx.tokens[verb].feats.get("VerbForm") == "Part":
        return None
    if any(_is_head(ctx, m) for m in range(verb + 1, person.start)):
        # "назначил своим советником X": the role between the verb and its object
        found = _appointed_before(ctx, si, person)
        if found is not None:
            return found
    if ctx.tokens[verb].pos == "NOUN" and not (
        person.stop + 1 < b and ctx.lemma(person.stop + 1) in OFFICE_NOUNS
    ):
        # "в случае избрания X премьер-министром станет Y": only "назначение X на пост …" is sure, or
        # "назначение X своим советником", whose possessive points back to the one appointing
        if not (person.stop < b and ctx.lemma(person.stop) == "свой"):
            return None
    j = person.stop
    while j < b and (ctx.lemma(j) in OFFICE_NOUNS or ctx.lemma(j) in ("на", "с", "со", "от")):
        j += 1
    if j == person.stop and ctx.tokens[j].feats.get("Case") != "Ins" if j < b else True:
        if not (j < b and ctx.tokens[j].pos == "ADJ" and ctx.tokens[j].feats.get("Case") == "Ins"):
            return None
    return _role_at(ctx, si, j, None)


def _appointed_before(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "назначил министром обороны страны адмирала X": the role in the instrumental between the
    appointing verb and its object, whose rank may stand before the name."""
    a, _ = ctx.spans[si]
    k = person.start - 1
    while k >= a and (ctx.lemma(k) in lex.RANKS or ctx.tokens[k].text in QUOTES):
        k -= 1  # "адмирала", "генерал-майора"
    for verb in range(k, max(a, k - CLAUSE_REACH) - 1, -1):
        if ctx.lemma(verb) not in APPOINT_VERBS:
            continue
        token = ctx.tokens[verb]
        if token.pos != "VERB" or token.feats.get("VerbForm") == "Part":
            return None
        found = _role_at(ctx, si, verb + 1, None, named_after=True)
        if found is None or ctx.tokens[found[1]].feats.get("Case") != "Ins":
            return None
        start, head, end, org = found
        if org is not None:
            return found if org.stop == k + 1 else None
        # the genitive tail may have run over the rank: "министром обороны [адмирала]"
        return (start, head, k + 1, None) if head < k + 1 <= end <= person.start else None
    return None


def _appointed_after(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "В 2010 году X назначили командиром дивизии", "X освободили от должности": the object first, the
    verb in the plural with no subject of its own after it."""
    _, b = ctx.spans[si]
    verb = person.stop
    while verb < b and ctx.tokens[verb].pos == "ADV":
        verb += 1
    if (
        verb >= b
        or ctx.lemma(verb) not in APPOINT_VERBS
        or ctx.tokens[verb].pos != "VERB"
        or ctx.tokens[verb].feats.get("VerbForm") != "Fin"
        or ctx.tokens[verb].feats.get("Number") != "Plur"
        or person.case not in ("Acc", "Gen")
    ):
        return None
    j = verb + 1
    offices = 0
    while j < b and (ctx.lemma(j) in OFFICE_NOUNS or ctx.lemma(j) in ("на", "с", "со", "от")):
        offices += ctx.lemma(j) in OFFICE_NOUNS
        j += 1
    found = _role_at(ctx, si, j, None)
    if found is None or (not offices and ctx.tokens[found[1]].feats.get("Case") != "Ins"):
        return None
    return found


def _role_at(
    ctx: Context, si: int, j: int, person: Anchor | None, *, named_after: bool = False, plural: bool = False
) -> Span | None:
    _, b = ctx.spans[si]
    while j < b and (
        ctx.lemma(j) in lex.POSITION_DROP
        or _age_word(ctx.lemma(j))
        or ORDINAL.match(ctx.tokens[j].text)
        or AGE.match(ctx.tokens[j].text)
    ):
        j += 1
    start = j
    acting = _acting_after(ctx, si, j)
    if acting is not None:
        j = acting
    while j < b and _modifier(ctx.tokens[j]):
        j += 1
    if j >= b or not _is_head(ctx, j) or (ctx.tokens[j].feats.get("Number") == "Plur") != plural:
        return None
    head = j
    if plural:
        start = head  # "один из самых известных продюсеров": the role without the praise
    if person is not None and acting is None and not _agrees(ctx, person, head, start):
        return None  # "соратник Цзян Цзэминя, премьер …": the role is the other man's
    end = head + 1
    # "управляющий компанией X", "заведующий кафедрой": these roles govern the instrumental
    tail_case = ("Gen", "Ins") if _commands(ctx, head) else ("Gen",)
    while end < b and ctx.tokens[end].feats.get("Case") in tail_case and not ctx.anchor_at(si, end):
        if _commands(ctx, end):
            tail_case = ("Gen", "Ins")  # "заместитель командующего [войсками] округа"
        end += 1
    end = _remit(ctx, si, end)
    type_noun = end - 1 > head and (
        lex.REFERRING_NOUNS.get(ctx.lemma(end - 1)) == "organization"
        or ctx.lemma(end - 1) in LEGAL_FORMS | NAME_TYPE_NOUNS
    )
    if type_noun and end < b and (ctx.anchor_at(si, end) or ctx.tokens[end].text in QUOTES):
        end -= 1  # "директора [компании] «X»", "президента [ОАО] «X»": the name's type noun is not the role's
        dropped = True
    else:
        dropped = False
    # "директора оборонного предприятия «Знамя»": a plant named after its type noun employs the holder
    plant = (
        not type_noun
        and end - 1 > head
        and ctx.lemma(end - 1) in PLANT_NOUNS
        and end < b
        and (ctx.anchor_at(si, end) is not None or ctx.tokens[end].text in QUOTES)
    )
    if plant:
        end -= 1
    k = end + 1 if dropped or plant else end
    while k < b and ctx.tokens[k].text in QUOTES:
        k += 1
    org = _org_anchor(ctx, si, k) if k < b else None
    if org is None and plant and k < b:
        named = ctx.anchor_at(si, k)
        if named is not None and named.type == "facility" and named.start == k:
            org = named
    if dropped and org is not None:
        # "финансовый директор [биотехнологической] компании Genentech": its adjectives go with it
        while (
            end - 1 > head
            and _modifier(ctx.tokens[end - 1])
            and ctx.tokens[end - 1].feats.get("Case") == "Gen"
        ):
            end -= 1
    if plant and org is not None and org.type == "facility":
        while end - 1 > head and ctx.tokens[end - 1].pos == "ADJ":
            end -= 1  # "директор [оборонного] предприятия «Знамя»": the plant's words go with it
    if plant and org is None:
        end += 1  # no name follows the plant noun: it stays in the role's text
    if (
        org is None
        and k < b
        and ctx.tokens[k].text == "и"
        and end == head + 1
        and ctx.lemma(head) not in UNATTACHED_ROLES
    ):
        # "президента и главного операционного директора компании X": coordinated roles share X; not
        # a unit of X the second role heads ("вице-спикера и руководителя [фракции] «Единой России»"), nor
        # an occupation no body employs ("политик и лидер партии X")
        m = k + 1
        while m < b and _modifier(ctx.tokens[m]):
            m += 1
        if m < b and _is_head(ctx, m):
            m += 1
            while (
                m < b
                and ctx.tokens[m].feats.get("Case") == "Gen"
                and not ctx.anchor_at(si, m)
                and (
                    _modifier(ctx.tokens[m])
                    or lex.REFERRING_NOUNS.get(ctx.lemma(m)) == "organization"
                    or ctx.lemma(m) in LEGAL_FORMS | NAME_TYPE_NOUNS
                )
            ):
                m += 1
            while m < b and ctx.tokens[m].text in QUOTES:
                m += 1
            shared = _org_anchor(ctx, si, m) if m < b else None
            if shared is not None and shared.type == "organization":
                org = shared
    if org is None and k < b and ctx.lemma(k) in ("в", "во") and end == k:
        org = _workplace(ctx, si, k + 1)
        k = org.start if org is not None else k
    # a quoted name keeps its own form ("директора «Газпром межрегионгаза»"); "командующий флотом"
    # governs the instrumental
    if org and org.case not in ("Gen", None, *tail_case) and k == end:
        org = None
    if org is not None and org.start >= end and (remit := _remit_end(ctx, si, org)) is not None:
        end = remit  # "Андрей Клишас, глава комитета Совета Федерации по конституционному законодательству"
    after = max(org.stop, end) if org else end
    while after < b and ctx.tokens[after].text in QUOTES:
        after += 1
    if after < b and ctx.tokens[after].text == "(":
        # "председатель Российского союза … (РОСХВЕ) Алексей Смирнов": past the name's short form
        close = next((k for k in range(after + 1, min(b, after + 6)) if ctx.tokens[k].text == ")"), None)
        if close is not None:
            after = close + 1
    for k in range(after, min(b, after + 4) if not named_after else after):
        follower = ctx.anchor_at(si, k)
        if (
            k == after
            and follower is not None
            and follower.type == "person"
            and follower.case in ("Gen", "Acc")
            and ctx.tokens[head].feats.get("Case") not in ("Gen", "Acc")
            and ctx.lemma(end - 1) in lex.NATIONAL_TITLES | SERVING_ROLES
        ):
            break
        if (
            k == after + (dropped and org is None)
            and follower is not None
            and follower.type == "person"
            and follower.case in ("Gen", "Acc")
            and ctx.tokens[head].feats.get("Case") == "Nom"
            and person is not None
            and person.case in ("Nom", None)
            and (follower.stop >= b or ctx.tokens[follower.stop].text in (",", ".", ";", ")", "—"))
        ):
            # "X, представитель фонда Анны Франк, сказал": the genitive name is whose the role is, a
            # type noun before it stays the role's
            end = k if dropped and org is None else end
            break
        if follower is not None and follower.type == "person":
            # "X, капитан клуба Y Z", "X, спортсмен и актёр Z": the role is Z's; but "назначен советником
            # президента России Дмитрия Медведева": the genitive name is whom the role serves
            return None
        if ctx.tokens[k].text in (",", ".", ";", ")", "—"):
            break
    return start, head, end, org


def _remit(ctx: Context, si: int, end: int) -> int:
    """ "советник [по национальной безопасности]", "министр [по делам религий]": the field a role
    covers, "по" and a noun in the dative with its adjectives and genitive tail; where the role then
    ends."""
    _, b = ctx.spans[si]
    if end >= b or ctx.lemma(end) != "по":
        return end
    k = end + 1
    while k < b and _modifier(ctx.tokens[k]) and ctx.tokens[k].feats.get("Case") == "Dat":
        k += 1
    if (
        k >= b
        or ctx.tokens[k].pos != "NOUN"
        or ctx.tokens[k].feats.get("Case") != "Dat"
        or ctx.anchor_at(si, k)
        or ctx.lemma(k) in NOT_REMITS
    ):
        return end
    k += 1
    while k < b and ctx.tokens[k].feats.get("Case") == "Gen" and ctx.tokens[k].pos in ("NOUN", "ADJ"):
        if ctx.anchor_at(si, k):
            break
        k += 1
    return k


def _workplace(ctx: Context, si: int, k: int) -> Anchor | None:
    """ "директором [в нефтедобывающей компании ООО «МНКТ»]": the company after "в", past its
    adjectives, type noun and legal form; a country or city there is where the role is held, no employer."""
    _, b = ctx.spans[si]
    while (
        k < b
        and (ctx.anchor_at(si, k) is None or ctx.anchor_at(si, k).start != k)
        and (
            (ctx.tokens[k].pos == "ADJ" and ctx.tokens[k].feats.get("Case") == "Loc")
            or lex.REFERRING_NOUNS.get(ctx.lemma(k)) == "organization"
            or ctx.lemma(k) in LEGAL_FORMS
            or ctx.tokens[k].text in QUOTES
        )
    ):
        k += 1
    org = _org_anchor(ctx, si, k) if k < b else None
    return org if org is not None and org.type == "organization" and org.start == k else None


def _commands(ctx: Context, i: int) -> bool:
    """ "управляющий компанией", "командующий войсками": a role that governs the instrumental."""
    return ctx.lemma(i) in INSTRUMENTAL_ROLES or _participle_role(ctx, i)


def _acting_after(ctx: Context, si: int, j: int) -> int | None:
    """Where the role after an acting prefix starting at `j` begins, or None."""
    _, b = ctx.spans[si]
    if j < b and ctx.lemma(j) in ("врио", "ио", "и.о.", "и.о"):
        return j + 1
    if j + 1 < b and ctx.lemma(j) == "исполнять" and ctx.lemma(j + 1) == "обязанность":
        return j + 2
    if j + 3 < b and [ctx.tokens[x].text.lower() for x in range(j, j + 4)] == ["и", ".", "о", "."]:
        return j + 4
    return None


def _chained(ctx: Context, si: int, start: int, head: int) -> Span | None:
    """ "лидер партии X (X) действующий президент Y": a role with its organisation standing
    before another role of the same name, in the same case, is the name's too."""
    a, _ = ctx.spans[si]
    k = start - 1
    while k >= a and (
        ctx.lemma(k) in lex.POSITION_DROP
        or (ctx.tokens[k].feats.get("VerbForm") == "Part" and ctx.tokens[k].pos in ("VERB", "ADJ"))
        or (
            _modifier(ctx.tokens[k]) and ctx.tokens[k].feats.get("Case") == ctx.tokens[head].feats.get("Case")
        )
    ):
        k -= 1
    # "лидер Меджлиса крымско-татарского народа, народный депутат Украины X": roles listed with a comma
    if k - 1 >= a and ctx.tokens[k].text == "," and ctx.anchor_at(si, k - 1) is not None:
        k -= 1
    # "командующий силами НАТО [в Афганистане] генерал X": where the outer role is held
    if k - 1 >= a and ctx.tokens[k].feats.get("Case") == "Loc" and ctx.lemma(k - 1) in PLACE_PREPOSITIONS:
        k -= 2
    org: Anchor | None = None
    while k >= a:
        text = ctx.tokens[k].text
        if text == ")":
            # "(ZANU-PF)", "(MDC)": an acronym in brackets repeats the name
            opening = next(
                (o for o in range(k - 1, max(a, k - 4) - 1, -1) if ctx.tokens[o].text == "("), None
            )
            if opening is None:
                return None
            org = next(
                (x for x in ctx.anchors[si] if opening < x.start < k and x.type == "organization"), org
            )
            k = opening - 1
            continue
        if text in QUOTES or text in ("—", "–"):
            k -= 1
            continue
        # the widest name ending here: "[58-й армии Северо-Кавказского округа]", not the district in it
        anchor = min(
            (x for x in ctx.anchors[si] if x.start <= k < x.stop and x.stop == k + 1),
            key=lambda x: x.start,
            default=ctx.anchor_at(si, k),
        )
        if anchor is None or anchor.type not in ORG_TYPES or anchor.referring:
            break
        org = anchor  # the leftmost name, nearest the role: the full name before its acronym
        k = anchor.start - 1
    # "наблюдатель [от] ОБСЕ": the body a role is sent from
    if org is not None and k > a and ctx.lemma(k) in ("от", "при"):
        k -= 1
    # "лидер [оппозиционной партии] X": the name's type noun and its adjectives
    skipped = 0
    end: int | None = None  # "командующий [силами] НАТО": what the role commands is part of its title
    while (
        org is not None
        and k >= a
        and skipped < 5
        and not _is_head(ctx, k)
        and _tail_word(ctx.tokens[k])
        and ctx.tokens[k].feats.get("Case") in ("Gen", "Ins")
    ):
        if end is None and (ctx.tokens[k].feats.get("Case") == "Ins" or ctx.lemma(head) in lex.RANKS):
            # "командующий [силами] НАТО", "начальник [Генерального штаба] ВС генерал армии X": what a
            # military post commands is part of its title
            end = k + 1
        k -= 1
        skipped += 1
    if org is None and ctx.lemma(head) in lex.RANKS:
        # "командир дивизии полковник X", "командующий Сухопутными войсками генерал армии X": the post
        # before a rank is the name's, with what it commands when that is no name
        end = k + 1
        while (
            k >= a
            and end - k <= 4
            and not _is_head(ctx, k)
            and ctx.tokens[k].pos in ("NOUN", "ADJ")
            and ctx.tokens[k].feats.get("Case") in ("Gen", "Ins")
        ):
            k -= 1
        if k < a or not _is_head(ctx, k) or ctx.anchor_at(si, k) or ctx.lemma(k) in lex.RANKS:
            return None
        k = _outer_role(ctx, si, k, ctx.tokens[head].feats.get("Case"))
        role = ctx.tokens[k]
        if role.feats.get("Number") == "Plur" or role.feats.get("Case") != ctx.tokens[head].feats.get("Case"):
            return None
        return _titled(ctx, si, k), k, end, None
    if org is None or k < a or not _is_head(ctx, k) or ctx.anchor_at(si, k):
        return None
    inner, k = k, _outer_role(ctx, si, k, ctx.tokens[head].feats.get("Case"))
    role = ctx.tokens[k]
    if role.feats.get("Number") == "Plur" or (
        role.feats.get("Case") != ctx.tokens[head].feats.get("Case") and not _deputy_of(ctx.lemma(k))
    ):
        return None
    return _titled(ctx, si, k), k, end or inner + 1, org


def _tail_word(token) -> bool:
    """A noun or an adjective of a role's genitive tail; participles are adjectives there ("представитель
    [вооружённых] сил")."""
    return token.pos in ("NOUN", "ADJ") or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part")


def _titled(ctx: Context, si: int, head: int) -> int:
    """Where a role chained before another begins: its agreeing adjectives ("[первый] заместитель"),
    without the words that only date it ("бывший")."""
    a, _ = ctx.spans[si]
    start = head
    case = ctx.tokens[head].feats.get("Case")
    while (
        start - 1 >= a
        and _modifier(ctx.tokens[start - 1])
        and ctx.tokens[start - 1].feats.get("Case") == case
    ):
        start -= 1
    while start < head and ctx.lemma(start) in lex.POSITION_DROP:
        start += 1
    return start


def _outer_role(ctx: Context, si: int, k: int, case: str | None) -> int:
    """ "[заместитель] главы вооружённых сил генерал X": a role in the genitive hangs on the role
    before it, which agrees with the rank; the outermost such head, or `k`."""
    a, _ = ctx.spans[si]
    head = k
    while case and ctx.tokens[head].feats.get("Case") == "Gen" and case != "Gen":
        m = head - 1
        while m > a and _modifier(ctx.tokens[m]) and ctx.tokens[m].feats.get("Case") == "Gen":
            m -= 1
        if m < a or not _is_head(ctx, m) or ctx.anchor_at(si, m):
            break
        head = m
    return head


STEM_WORD = 5  # shorter words of a name are no adjective of a place


def _adjective_org(ctx: Context, si: int, start: int, head: int) -> tuple[int, Anchor | None]:
    """ "российский президент": the adjective names the country; it leaves the role's text."""
    # a country's own adjective names it: any mention of it in the article will do; an adjective
    # matched by its stem only ("федеральный" ~ "Федеральное управление") needs one close by
    named = {a.entity: a for row in ctx.anchors for a in row if a.type in ORG_TYPES}
    nearby = {a.entity: a for row in ctx.anchors[max(0, si - 3) : si + 1] for a in row if a.type in ORG_TYPES}
    for k in range(start, head):
        if ctx.tokens[k].pos != "ADJ":
            continue
        entity = ctx.entity_by_adjective(ctx.lemma(k), ORG_TYPES)
        # a place's name with the very adjective in it ("Владимирская область" → "владимирский глава")
        whole = ctx.types.get(entity or "") in ("location", "country") and any(
            _normal(w) == ctx.lemma(k)
            for n in ctx.names.get(entity, ())
            for w in n.split()
            if len(w) > STEM_WORD
        )
        scope = named if ctx.lemma(k) in country_adjectives() or whole else nearby
        if entity in scope:
            return k + 1, scope[entity]
    return start, None


def _tail_adjective_org(ctx: Context, head: int, end: int) -> Anchor | None:
    """ "глава палестинской делегации": a country's adjective in the role's genitive tail names the
    country the role serves; the text keeps it."""
    named = {a.entity: a for row in ctx.anchors for a in row if a.type in ("country", "location")}
    for k in range(head + 1, end):
        if ctx.tokens[k].pos == "ADJ" and ctx.lemma(k) in country_adjectives():
            # "Палестинское государство" may come out a location
            entity = ctx.entity_by_adjective(ctx.lemma(k), ("country", "location"))
            if entity in named:
                return named[entity]
    return None


def _named_tail(ctx: Context, head: int, end: int) -> Anchor | None:
    """ "глава администрации президента Сергей Иванов", with "Администрация президента" named in the
    article: a role's genitive tail that is the whole name of an organisation names it."""
    if end - head < 2:
        return None
    tail = [_normal(ctx.tokens[k].text) for k in range(head + 1, end)]
    for entity, names in ctx.names.items():
        if ctx.types.get(entity) != "organization":
            continue
        for name in names:
            words = re.findall(r"[\w-]+", name)
            if len(words) == len(tail) and [_normal(w) for w in words] == tail:
                return Anchor(head + 1, end, entity, "organization", "Gen")
    return None


def _members_tail(ctx: Context, head: int, end: int) -> Anchor | None:
    """ "пресс-секретарь талибов", "лидер республиканцев": a role whose tail ends in the plural of a
    body's members serves the body, when the article names it; the members leave the role's text."""
    if end - head < 2:
        return None
    last = ctx.tokens[end - 1]
    stems = lex.MEMBERS_OF_BODIES.get(ctx.lemma(end - 1))
    if stems is None or last.feats.get("Number") != "Plur" or last.feats.get("Case") != "Gen":
        return None
    for entity, names in ctx.names.items():
        if ctx.types.get(entity) != "organization":
            continue
        if any(w.startswith(stems) for n in names for w in n.lower().split()[:3]):
            return Anchor(end - 1, end, entity, "organization", "Gen")
    return None


@cache
def _normal(word: str) -> str:
    parsed = _morph().parse(word.lower())
    return (parsed[0].normal_form if parsed else word.lower()).replace("ё", "е")


WORK_VERBS = frozenset({"работать", "служить", "трудиться"})


def _works_at(ctx: Context, si: int, end: int) -> Anchor | None:
    """ "X, бывший астронавт, который продолжает работать в НАСА": the workplace a relative clause
    right after the role names."""
    _, b = ctx.spans[si]
    if end + 1 >= b or ctx.tokens[end].text != "," or ctx.lemma(end + 1) != "который":
        return None
    for k in range(end + 2, min(b - 1, end + 9)):
        if ctx.tokens[k].text in (",", ";", ":"):
            return None
        if ctx.lemma(k) in WORK_VERBS and ctx.lemma(k + 1) in ("в", "во"):
            m = k + 2
            while m < b and (
                ctx.tokens[m].text in QUOTES or lex.REFERRING_NOUNS.get(ctx.lemma(m)) == "organization"
            ):
                m += 1
            org = _org_anchor(ctx, si, m) if m < b else None
            return org if org is not None and org.type == "organization" else None
    return None


def _coordinated_after(ctx: Context, si: int, person: Anchor, head: int, k: int) -> Iterator[tuple]:
    """ "работает советником президента и одним из директоров «Газпрома»": a second role joined by
    "и" in the same case as the first, with its own organisation."""
    _, b = ctx.spans[si]
    if k < b and ctx.lemma(k) == "по":
        # "спецпредставителем президента по энергетическому сотрудничеству и …": past the role's topic
        stop = min(b, k + 6)
        while k < stop and ctx.tokens[k].pos in ("ADP", "ADJ", "NOUN") and ctx.anchor_at(si, k) is None:
            k += 1
    if k + 1 >= b or ctx.tokens[k].text != "и":
        return
    j, plural = k + 1, False
    if j + 2 < b and ctx.lemma(j) == "один" and ctx.lemma(j + 1) == "из":
        j, plural = j + 2, True
    second = _role_at(ctx, si, j, None, plural=plural)
    if second is None or second[3] is None:
        return
    start, second_head, end, org = second
    case = ctx.tokens[j - 2 if plural else second_head].feats.get("Case")
    if case != ctx.tokens[head].feats.get("Case"):
        return
    text, org = _state_body(ctx, si, role_text(ctx, start, second_head, end), org)
    yield ctx.fact(
        person.entity, "position", {"text": text, "org": org.entity}, si, trigger=second_head, confidence=0.6
    )


def _topic_end(ctx: Context, si: int, k: int) -> int:
    """ "менеджером [по продукции]": past a role's topic after "по", or `k` when there is none."""
    _, b = ctx.spans[si]
    if k + 1 >= b or ctx.lemma(k) != "по":
        return k
    m = k + 1
    while m < b and ctx.tokens[m].pos == "ADJ" and ctx.anchor_at(si, m) is None:
        m += 1
    if m < b and ctx.tokens[m].pos == "NOUN" and ctx.anchor_at(si, m) is None:
        return m + 1
    return k


def _listed_roles(ctx: Context, si: int, person: Anchor, head: int, org: str) -> Iterator[tuple]:
    """ "работала в Google инженером, дизайнером, менеджером по продукции и руководителем": bare
    roles listed in the instrumental after one held at a workplace are held there too."""
    _, b = ctx.spans[si]
    k = _topic_end(ctx, si, head + 1)
    while k + 1 < b and ctx.tokens[k].text in (",", "и"):
        j = k + 1
        if not _is_head(ctx, j) or ctx.tokens[j].feats.get("Case") != "Ins" or ctx.anchor_at(si, j):
            return
        if ctx.tokens[j].feats.get("Number") == "Plur":
            return
        end = _topic_end(ctx, si, j + 1)
        if end < b and (ctx.anchor_at(si, end) is not None or ctx.tokens[end].feats.get("Case") == "Gen"):
            return  # "и руководителем отдела X": a role with its own complement
        text = role_text(ctx, j, j, end)
        yield ctx.fact(person.entity, "position", {"text": text, "org": org}, si, trigger=j, confidence=0.6)
        k = end


# words that join the steps of a career list: "был премьер-министром, [а затем] министром обороны"
LIST_REACH = 12  # names in a list after a plural role ("актрисы A, B, C, … и H")
LIST_JOINERS = frozenset({",", "и", "а", "также", "затем", "потом", "позже", "позднее", "впоследствии"})


OPENING = frozenset({"«", "„", "("})
CLOSING = frozenset({"»", "“", ")"})


def _past_aside(ctx: Context, si: int, k: int) -> int:
    """Past what may close a career step before the next one: quotes, a bracketed aside ("«Лукойла»
    («Варьеганнефть», …)"), a place or workplace ("социологом в ООО «Центр „Свобода и прогресс“»",
    "заместителем постпреда при ООН в Женеве"); `k` itself when a comma or "и" does not follow."""
    _, b = ctx.spans[si]
    m, depth = k, 0
    while m < b and m - k <= 16:
        text = ctx.tokens[m].text
        if depth == 0 and text in (",", "и") and m > k:
            return m
        if depth == 0 and m == k and text in (",", "и"):
            return m
        if text in OPENING:
            depth += 1
        elif text in CLOSING:
            depth = max(0, depth - 1)
        elif text in (";", ":", ".", "—", "–") and depth == 0:
            return k
        elif depth == 0 and (
            ctx.tokens[m].pos in ("VERB", "AUX")
            or (m == k and ctx.lemma(m) not in ("в", "во", "при", "на") and text not in QUOTES)
        ):
            return k
        person = ctx.anchor_at(si, m)
        if person is not None and person.type == "person":
            return k
        m += 1
    return k


def _bare_step(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "С 2005 года депутат Милли Меджлиса": the role right where a subjectless step's predicate
    begins (see `_subjectless`)."""
    if ctx.tokens[person.start].text.lower() in ("он", "она") or not _nominative_role(ctx, si, person.stop):
        return None
    return _role_at(ctx, si, person.stop, person)


def _aside_dash(ctx: Context, si: int, person: Anchor) -> Span | None:
    """ "Вячеслав Синев (скончался 3 февраля 2016, причина смерти не сообщалась) — председатель
    исполнительного совета РУСАДА": a role after a dash past a long bracketed aside."""
    _, b = ctx.spans[si]
    j = person.stop
    if person.case not in ("Nom", None) or j >= b or ctx.tokens[j].text != "(":
        return None
    k = _past_brackets(ctx, si, j, reach=ASIDE_REACH)
    if k == j or k + 1 >= b or ctx.tokens[k].text not in ("—", "–"):
        return None
    return _role_at(ctx, si, k + 1, person)


def _dated_steps(ctx: Context, si: int, person: Anchor, head: int, k: int) -> Iterator[tuple]:
    """ "X — португальский политик, в 1992—2002 — генеральный секретарь Социалистической партии, в
    1995—2002 гг. — премьер-министр, с 2005 года — Верховный комиссар ООН": the dated steps of a
    career after a role in the nominative, each a time phrase, a dash and the role."""
    _, b = ctx.spans[si]
    if ctx.tokens[head].feats.get("Case") != "Nom":
        return
    for _step in range(8):
        named = ctx.anchor_at(si, k) if k < b else None
        if named is not None and named.start == k and named.type in ORG_TYPES:
            k = named.stop  # an organisation the tagger left out of the role: "председатель Социнтерна"
        k = _past_brackets(ctx, si, k)
        if k + 2 >= b or ctx.tokens[k].text not in (",", ";"):
            return
        m, dated = k + 1, False
        while (
            m < b
            and ctx.tokens[m].text not in ("—", "–")
            and (_free(ctx, m) or ctx.tokens[m].text in ("(", ")", ".") or ctx.lemma(m) in ("гг", "г"))
        ):
            dated = dated or (_when(ctx, m) and ctx.tokens[m].text[:1].isdigit())
            if ctx.tokens[m].text == "(":
                m = _past_brackets(ctx, si, m)
                continue
            m += 1
        if not dated or m + 1 >= b or ctx.tokens[m].text not in ("—", "–"):
            return
        found = _role_at(ctx, si, m + 1, None)
        if found is None or ctx.tokens[found[1]].feats.get("Case") != "Nom":
            return
        start, second, end, org = found
        obj, org = _listed_role(ctx, si, start, second, end, org)
        yield ctx.fact(person.entity, "position", obj, si, trigger=second, confidence=0.6)
        k = org.stop if org is not None and org.stop > end else end


def _past_brackets(ctx: Context, si: int, k: int, reach: int = 30) -> int:
    """Past closing quotes and a bracketed aside at `k` ("(член с 1974 года)") of at most `reach`
    tokens."""
    _, b = ctx.spans[si]
    while k < b and ctx.tokens[k].text in QUOTES - {"«", "„"}:
        k += 1
    if k < b and ctx.tokens[k].text == "(":
        depth = 0
        for m in range(k, min(b, k + reach)):
            depth += ctx.tokens[m].text == "("
            depth -= ctx.tokens[m].text == ")"
            if depth == 0:
                return m + 1
    return k


def _posts_listed(ctx: Context, si: int, person: Anchor) -> Iterator[tuple]:
    """ "X — чиновник, занимавший высшие должности в России — министр внутренних дел (2001—2003),
    председатель Государственной думы (2003—2011)", "X занимал посты: министра финансов, вице-премьера":
    the posts listed after a dash or a colon that follows "занимал должности/посты"."""
    _, b = ctx.spans[si]
    for p in ctx.find(si, OFFICE_NOUNS):
        if p <= person.stop or ctx.tokens[p].feats.get("Number") != "Plur":
            continue
        verb = next(
            (v for v in range(p - 1, max(person.stop, p - 4) - 1, -1) if ctx.lemma(v) in COPULAS), None
        )
        if verb is None or person.case not in ("Nom", None) or _dependent(ctx, si, person):
            continue
        if any(
            x.type == "person"
            and person.stop <= x.start < verb
            and x.case in ("Nom", None)
            and not _dependent(ctx, si, x)
            for x in ctx.anchors[si]
        ):
            continue  # another subject before the verb
        k = p + 1
        if k + 1 < b and ctx.lemma(k) in ("в", "во"):
            named = ctx.anchor_at(si, k + 1)
            k = named.stop if named is not None and named.type in ORG_TYPES else k
        if k >= b or ctx.tokens[k].text not in ("—", "–", ":"):
            continue
        k += 1
        for _step in range(10):
            found = _role_at(ctx, si, k, None)
            if found is None or ctx.tokens[found[1]].feats.get("Case") not in ("Nom", "Gen", "Acc"):
                return
            start, head, end, org = found
            obj, org = _listed_role(ctx, si, start, head, end, org)
            yield ctx.fact(person.entity, "position", obj, si, trigger=head, confidence=0.6)
            k = org.stop if org is not None and org.stop > end else end
            named = ctx.anchor_at(si, k) if k < b else None
            if named is not None and named.start == k and named.type in ORG_TYPES:
                k = named.stop
            k = _past_brackets(ctx, si, k)
            if k + 1 >= b or ctx.tokens[k].text not in (",", ";", "и"):
                return
            k += 1
        return


def _dependent(ctx: Context, si: int, person: Anchor) -> bool:
    """A name hanging on the noun before it ("из команды «Тони Блэра»"), whatever case the tagger gave it."""
    a, _ = ctx.spans[si]
    k = person.start - 1
    while k >= a and ctx.tokens[k].text in QUOTES:
        k -= 1
    return k >= a and ctx.tokens[k].pos == "NOUN" and ctx.anchor_at(si, k) is None


def _career_list(ctx: Context, si: int, person: Anchor, head: int, k: int) -> Iterator[tuple]:
    """ "был премьер-министром, руководителем министерства финансов и министром обороны", "работал
    топ-менеджером «Лукойла», а также генеральным директором завода", "был членом Совета Федерации,
    с 2007 по 2013 год являлся председателем Госсовета": the steps of a career listed after a role
    in the instrumental, each with its own complement, or in a clause after a comma whose copula
    has no subject of its own."""
    _, b = ctx.spans[si]
    if ctx.tokens[head].feats.get("Case") != "Ins" or ctx.tokens[head].feats.get("Number") == "Plur":
        return
    for _step in range(8):
        k = _past_aside(ctx, si, _topic_end(ctx, si, k))
        if k + 1 >= b or ctx.tokens[k].text not in (",", "и"):
            return
        m = k + 1
        while (
            m < b and (ctx.lemma(m) in LIST_JOINERS or _free(ctx, m)) and ctx.tokens[m].text not in ("—", "–")
        ):
            m += 1
        if m >= b or ctx.anchor_at(si, m) is not None:
            return
        token = ctx.tokens[m]
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            if ctx.lemma(m) not in COPULAS | {"быть"} or token.feats.get("Number") == "Plur":
                return
            found = _predicate(ctx, si, person, [m])
            if found is None:
                return
        else:
            found = _role_at(ctx, si, m, None)
        if found is None:
            return
        start, second, end, org = found
        if ctx.tokens[second].feats.get("Case") != "Ins" or ctx.tokens[second].feats.get("Number") == "Plur":
            return
        after = org.stop if org is not None and org.stop > end else end
        if any(ctx.lemma(n) == "который" for n in range(second, min(b, after + 6))):
            return  # "основным совладельцем (70 %) которой является …": the role of a relative clause
        obj, org = _listed_role(ctx, si, start, second, end, org)
        yield ctx.fact(person.entity, "position", obj, si, trigger=second, confidence=0.6)
        k = org.stop if org is not None and org.stop > end else end


def _coordinated_before(ctx: Context, si: int, person: Anchor, start: int, obj: dict) -> Iterator[tuple]:
    """ "президент и главный операционный директор Lockheed Martin X": the first of two roles joined
    by "и" shares the second's organisation."""
    a, _ = ctx.spans[si]
    k = start - 1
    if k - 1 < a or ctx.tokens[k].text != "и" or not _is_head(ctx, k - 1) or ctx.anchor_at(si, k - 1):
        return
    head = k - 1
    if ctx.tokens[head].feats.get("Number") == "Plur" or ctx.tokens[head].feats.get("Case") != ctx.tokens[
        start
    ].feats.get("Case"):
        return
    first = head
    while first - 1 >= a and _modifier(ctx.tokens[first - 1]):
        first -= 1
    while first < head and ctx.lemma(first) in lex.POSITION_DROP:
        first += 1  # "бывший президент и премьер-министр Израиля X"
    other = {"text": role_text(ctx, first, head, head + 1), **({"org": obj["org"]} if obj.get("org") else {})}
    yield ctx.fact(person.entity, "position", other, si, trigger=head, confidence=0.6)
    yield from _listed_before(ctx, si, person, first, ctx.tokens[head].feats.get("Case"))


def _bare_role(ctx: Context, si: int, person: Anchor, start: int, head: int) -> tuple:
    """A listed role of ``person`` with no organisation, without the words that only date it ("бывший")."""
    while start < head and ctx.lemma(start) in lex.POSITION_DROP:
        start += 1
    text = role_text(ctx, start, head, head + 1)
    return ctx.fact(person.entity, "position", {"text": text}, si, trigger=head, confidence=0.6)


def _listed_before(ctx: Context, si: int, person: Anchor, k: int, case: str | None) -> Iterator[tuple]:
    """ "режиссёр, актёр, продюсер и сценарист X", "памяти певца, композитора и поэта X": bare roles
    listed with commas before the pair joined by "и" are the same person's too (no organisation: the
    last role's is its own)."""
    a, _ = ctx.spans[si]
    while k - 2 >= a and ctx.tokens[k - 1].text == ",":
        head = k - 2
        token = ctx.tokens[head]
        if not _is_head(ctx, head) or ctx.anchor_at(si, head) or token.feats.get("Number") == "Plur":
            return
        if token.feats.get("Case") != case:
            return
        first = head
        while first - 1 >= a and _modifier(ctx.tokens[first - 1]):
            first -= 1
        start = first
        yield _bare_role(ctx, si, person, start, head)
        k = first


def _listed_role(
    ctx: Context, si: int, start: int, head: int, end: int, org: Anchor | None
) -> tuple[dict, Anchor | None]:
    """A career step's role value, a state's body giving the state (`_state_body`)."""
    obj = _role_value(ctx, start, head, end, org)
    if org is None:
        return obj, None
    text, org = _state_body(ctx, si, obj["text"], org)
    return {"text": text, "org": org.entity}, org


def _state_body(ctx: Context, si: int, text: str, org: Anchor) -> tuple[str, Anchor]:
    """ "глава правительства Израиля": the government is the state's, the post is "глава правительства"
    of Israel."""
    if org.type != "organization" or ctx.lemma(org.start) not in STATE_BODY_NOUNS:
        return text, org
    country = next(
        (
            c
            for c in ctx.anchors[si]
            if c.type == "country" and org.start < c.start and c.stop <= org.stop and c is not org
        ),
        None,
    )
    if country is None:
        return text, org
    return f"{text} {STATE_BODY_NOUNS[ctx.lemma(org.start)]}", country


def _body_of_role(ctx: Context, head: int) -> str | None:
    """The one body of the article a role sits in ("сенатор" → the Senate), or None."""
    stem = BODY_OF_ROLE.get(ctx.lemma(head))
    if stem is None:
        return None
    bodies = [
        entity
        for entity, names in ctx.names.items()
        if ctx.types.get(entity) == "organization" and any(n.startswith(stem) for n in names)
    ]
    return bodies[0] if len(bodies) == 1 else None


def pronoun_person(ctx: Context, si: int) -> Anchor | None:
    """ "… бывшего министра Игоря Юсуфова. Сейчас он работает спецпредставителем президента":
    a sentence whose subject is "он"/"она" (after at most one adverb) and that names no person
    continues the one person named in the sentence before."""
    a, b = ctx.spans[si]
    if si == 0 or ctx.of_type(si, ("person",)):
        return None
    k = a
    while k < b and _free(ctx, k):
        k += 1  # "С 2006 года он работал …": a time phrase first
    if k - a < 2 and ctx.tokens[min(k, b - 1)].pos != "PRON":
        k = next((k for k in range(a, min(b, a + 2)) if ctx.tokens[k].pos == "PRON"), None)
    if (
        k is None
        or k >= b
        or ctx.tokens[k].text.lower() not in ("он", "она")
        or (k == a + 1 and ctx.tokens[a].pos != "ADV")
    ):
        return _subjectless(ctx, si) or _clause_pronoun(ctx, si)
    named = {x.entity for x in ctx.of_type(si - 1, ("person",)) if not x.referring}
    if not named:
        entity = _last_subject(ctx, si)
        return Anchor(k, k + 1, entity, "person", "Nom") if entity is not None else None
    if len(named) != 1:
        return None
    return Anchor(k, k + 1, named.pop(), "person", "Nom")


def _last_subject(ctx: Context, si: int) -> str | None:
    """The person the sentences before `si` are about: the subject (see `_subject`) of the nearest one
    naming a person, within a few sentences."""
    for sj in range(si - 1, max(-1, si - 8), -1):
        people = [x for x in ctx.of_type(sj, ("person",)) if not x.referring]
        if not people:
            continue
        subject = _subject(ctx, sj)
        if subject is not None and any(x.entity == subject and x.case in ("Nom", None) for x in people):
            return subject
        if any(x.case in ("Nom", None) for x in people):
            return None
        a, _ = ctx.spans[sj]
        if people[0].start - a <= 1:
            # "Джеймсу Коми 52 года.": the name opening the sentence is its topic in any case
            return people[0].entity if len({x.entity for x in people}) == 1 else None
        # "работала под руководством академика М. М. Краснова": a name in an oblique case further on
        # is no subject; the sentence goes on about the one before
    return None


def _clause_pronoun(ctx: Context, si: int) -> Anchor | None:
    """ "… занимать все самые влиятельные должности: он был премьер-министром, министром обороны": "он"
    or "она" opening a clause after a colon or semicolon continues the person the text is about."""
    a, b = ctx.spans[si]
    k = next(
        (
            k
            for k in range(a + 1, b - 1)
            if ctx.tokens[k].text.lower() in ("он", "она") and ctx.tokens[k - 1].text in (":", ";")
        ),
        None,
    )
    if k is None:
        return None
    entity = _last_subject(ctx, si)
    return Anchor(k, k + 1, entity, "person", "Nom") if entity is not None else None


def _subjectless(ctx: Context, si: int) -> Anchor | None:
    """ "Примаков родился в Киеве. В 1988 году стал депутатом Верховного совета СССР. В 1996 году — глава
    МИД России.": a career step with no subject, after a time phrase, continues the one person named
    last before it. The anchor returned ends where the predicate begins (the verb or the dash)."""
    a, b = ctx.spans[si]
    k = a
    while k < b and _free(ctx, k) and ctx.tokens[k].text not in ("—", "–"):
        k += 1
    if k == a or k >= b - 1:
        return None  # no time phrase first: "Стал известен …" is too loose
    token = ctx.tokens[k]
    dash = token.text in ("—", "–") and _nominative_role(ctx, si, k + 1)
    if not dash and _nominative_role(ctx, si, k) and any(_when(ctx, m) for m in range(a, k)):
        # "С 2005 года депутат Милли Меджлиса.": a dated step with no verb at all
        if not any(ctx.tokens[m].feats.get("VerbForm") == "Fin" for m in range(k, b)):
            subject = _last_subject(ctx, si)
            return Anchor(k - 1, k, subject, "person", "Nom") if subject is not None else None
    verb = (
        token.pos in ("VERB", "AUX")
        and token.feats.get("VerbForm") == "Fin"
        and token.feats.get("Number") == "Sing"
        and token.feats.get("Tense") == "Past"
        and ctx.lemma(k) in COPULAS | {"быть"}
    )
    if not (dash or verb):
        return None
    subject = _last_subject(ctx, si)
    return Anchor(k - 1, k, subject, "person", "Nom") if subject is not None else None


def _nominative_role(ctx: Context, si: int, k: int) -> bool:
    """A role in the nominative begins at `k`: "государственный советник Португалии"."""
    found = _role_at(ctx, si, k, None)
    return found is not None and found[0] == k and ctx.tokens[found[1]].feats.get("Case") == "Nom"


def _subject(ctx: Context, si: int) -> str | None:
    """The one person a sentence is about: the only one it names, or the only one named in the
    nominative before its first verb ("В 2005 году Варичев возглавил ГОК после покупки структурами
    Усманова")."""
    a, _ = ctx.spans[si]
    people = [x for x in ctx.of_type(si, ("person",)) if not x.referring]
    if len({x.entity for x in people}) == 1:
        return people[0].entity
    verb = next((k for k in range(a, ctx.spans[si][1]) if ctx.tokens[k].feats.get("VerbForm") == "Fin"), None)
    first = {x.entity for x in people if x.case in ("Nom", None) and verb is not None and x.stop <= verb}
    return first.pop() if len(first) == 1 else None


# Words naming the head of any body: one more name for the post a specific title states ("глава
# «Металлоинвеста»" beside "гендиректор «Металлоинвеста»", "глава государства" beside "президент России").
GENERIC_HEADS = frozenset({"глава", "руководитель", "лидер", "шеф", "босс", "head", "leader", "chief"})
# Words that make another post of a longer role text ("исполняющий обязанности губернатора" is no
# "губернатор"): with them the shorter text is a post of its own.
OTHER_POST = frozenset({"исполняющий", "обязанность", "и.", "о.", "врио", "бывший", "экс", "почетный"})
_ARTICLE: dict[int, tuple[Context, list[tuple]]] = {}
_HOLDERS: dict[str, tuple[str, ...]] = {}  # person entity → `_holder_key`, for the article in _ARTICLE


def position(ctx: Context, si: int) -> Iterator[tuple]:
    """The roles of one sentence, without a less specific wording of a role its holder has with the
    same organisation elsewhere in the article (see `_dominated`)."""
    found = _article_positions(ctx)
    for item in found:
        if item[1] == si and not _dominated(ctx, item[0], found) and not _bond(item[0]):
            yield item


# Nouns that name a post only with the firm they hold it in ("партнёр юридической фирмы X"); alone they
# name a bond between people ("его давний партнёр").
FIRM_ONLY = frozenset({"партнер", "partner"})


def _bond(fact) -> bool:
    return "org" not in fact.object and bool(set(_role_words(fact.object["text"])) & FIRM_ONLY)


def _article_positions(ctx: Context) -> list[tuple]:
    cached = _ARTICLE.get(id(ctx))
    if cached is not None and cached[0] is ctx:
        return cached[1]
    found = [
        item
        for si in range(len(ctx.spans))
        if ctx.anchors[si] or pronoun_person(ctx, si) is not None
        for item in _sentence_positions(ctx, si)
    ]
    _ARTICLE.clear()
    _ARTICLE[id(ctx)] = (ctx, found)
    _HOLDERS.clear()
    _HOLDERS.update(
        {e.id: _holder_key(e.id, e.name.get("ru") or e.name.get("en") or "") for e in ctx.doc.entities}
    )
    return found


# Short forms of titles, as the words of their full form ("премьер" is "премьер-министр")
SHORT_TITLES = {
    "премьер": ("премьер", "министр"),
    "гендиректор": ("генеральный", "директор"),
    "генсек": ("генеральный", "секретарь"),
    "генсекретарь": ("генеральный", "секретарь"),
    "замминистра": ("заместитель", "министр"),
    "зампред": ("заместитель", "председатель"),
}


@cache
def _role_words(text: str) -> tuple[str, ...]:
    # a title's prefix stays as written: "вице" is no form of "вица"
    words = [
        w if w in ROLE_PREFIXES else _normal(w) for w in re.findall(r"[\w.]+", text.lower().replace("-", " "))
    ]
    if len(words) > 1 and words[:2] == ["премьер", "министр"]:
        return tuple(words)
    return tuple(w for word in words for w in SHORT_TITLES.get(word, (word,)))


def _dominated(ctx: Context, fact, found: list[tuple]) -> bool:
    """Whether the article gives the same holder a more specific wording of the same post with the
    same organisation: "губернатор" beside "губернатор Приморского края", "директор" beside "генеральный
    директор"; a bare generic head ("глава", "руководитель") beside a title of the body's head
    ("президент", "гендиректор", "премьер-министр"). A deputy's, an acting or a former post is
    another post ("губернатор" beside "исполняющий обязанности губернатора" stays), and so is a
    seat ("глава" beside "депутат", "член совета директоров"). A role with no organisation is the
    less specific one beside the same wording with one, and an organisation guessed (the country
    in focus, a body the role implies) yields to another stated for the same wording."""
    org = fact.object.get("org")
    words = _role_words(fact.object["text"])
    holder = _HOLDERS.get(fact.subject, (fact.subject,))
    for other, _si, _trigger in found:
        if other is fact or _HOLDERS.get(other.subject, (other.subject,)) != holder:
            continue
        if org is None and _narrower(words, _role_words(other.object["text"])):
            return True  # "генерал" beside "генерал морской пехоты", with or without its organisation
        if org is None and other.object.get("org") is not None:
            if _role_words(other.object["text"]) == words:
                return True  # "губернатор" beside "губернатор Смоленской области"
            continue
        if org is not None and other.object.get("org") not in (None, org):
            if _role_words(other.object["text"]) == words and fact.confidence < min(other.confidence, 0.7):
                return True  # "президент" guessed for the country in focus beside "президент Украины" stated
            continue
        if org is None or other.object.get("org") != org:
            continue
        more = _role_words(other.object["text"])
        if more == words:
            # the same wording twice ("Президент"/"президент"): the surer, else the first, stays
            surer = (other.confidence, -other.start) > (fact.confidence, -fact.start)
            if (other.object != fact.object or other.subject != fact.subject) and surer:
                return True
            continue
        if _narrower(words, more):
            return True
        generic = len(words) == 1 and words[0] in GENERIC_HEADS
        if generic and not set(more) & GENERIC_HEADS and _sole_head(more):
            return True
    return False


def _narrower(words: tuple[str, ...], more: tuple[str, ...]) -> bool:
    """Whether `more` words the post of `words` more specifically: all its words and more, none of
    them making another post ("директор" and "генеральный директор", not "вице-президент")."""
    extra = set(more) - set(words)
    return set(words) < set(more) and not extra & OTHER_POST and not any(_post_word(w) for w in extra)


def _holder_key(entity: str, name: str) -> tuple[str, ...]:
    """One key for a person named in full and by initial ("Сергей Антуфьев", "С.Антуфьев"): the
    surname and the first letter of the first name."""
    words = re.findall(r"\w+", name.lower().replace("ё", "е"))
    if len(words) < 2:
        return (entity,)
    return words[-1], words[0][0]


def _post_word(word: str) -> bool:
    """A role noun or a deputy's word: "министр" in "заместитель министра", "зам" in "замгендиректора"."""
    return word in lex.positions() or _deputy_of(word) or word.startswith(("вице", "зам"))


# Seats and ranks shared by many, not the body's head: "глава" beside them names another post.
SEATS = frozenset(
    "член депутат сенатор сотрудник работник советник помощник эксперт акционер совладелец представитель"
    " секретарь посол инженер аналитик партнер участник".split()
)


def _sole_head(words: tuple[str, ...]) -> bool:
    """A title held by the body's one head: no deputy, acting or seat word in it."""
    return not any(
        w in SEATS or w in OTHER_POST or _deputy_of(w) or w.startswith(("вице", "зам", "замест"))
        for w in words
    )


# Words ranking a holder among others ("стал первым губернатором, которого …"), no part of the post.
RANKING = frozenset({"первый", "последний", "единственный"})


def _past_ranking(ctx: Context, si: int, start: int, head: int, after: int) -> int:
    """ "первым губернатором, которому …", "единственной женщиной-мэром, которая …": a ranking word
    whose role a relative clause completes is left out of the role; a title of its own ("первый
    заместитель", "первый секретарь", "первый вице-премьер") keeps it."""
    _, b = ctx.spans[si]
    if start >= head or ctx.lemma(start) not in RANKING or after + 1 >= b:
        return start
    if ctx.tokens[after].text != "," or ctx.lemma(after + 1) != "который":
        return start
    if ctx.lemma(head) in ("заместитель", "секретарь") or ctx.lemma(head).startswith(("зам", "вице")):
        return start
    return start + 1


def _latter(ctx: Context, si: int, head: int, end: int) -> Anchor | None:
    """ "… когда компания купила Loral. X являлся сотрудником последней": "последний" standing alone
    at the end of a role's genitive tail is the organisation named last before it (this sentence or
    the one before); "мэр города", "губернатор области": a bare place noun right after the role is
    the place of its kind named last (see `_place_of`)."""
    k = end - 1
    if k <= head or ctx.tokens[k].feats.get("Case") != "Gen":
        return None
    if (
        ctx.lemma(k) in PLACE_KIND_STEMS
        and (k == head + 1 or ctx.tokens[k - 1].pos == "NOUN")  # "министр экономики области"
        and ctx.tokens[k].feats.get("Number") == "Sing"
    ):
        return _place_of(ctx, si, k)
    if ctx.lemma(k) != "последний":
        return None
    for row in (ctx.anchors[si], ctx.anchors[si - 1] if si > 0 else []):
        before = [a for a in row if a.type in ORG_TYPES and a.stop <= k and not a.referring]
        if before:
            return before[-1]
    return None


# Nouns that name a place by its kind ("мэр города"): the words its own name then has, or lacks
PLACE_KIND_STEMS = {"город": "", "область": "област", "край": "край", "регион": "", "район": "район"}
REGION_WORDS = ("област", "край", "район", "округ", "республик")


def _place_of(ctx: Context, si: int, k: int) -> Anchor | None:
    """The place the text named last (this sentence or the one before) of the kind the noun at `k`
    says: a region's name has its kind in it ("Смоленская область"), a city's has none."""
    word = PLACE_KIND_STEMS[ctx.lemma(k)]
    for row in (ctx.anchors[si], ctx.anchors[si - 1] if si > 0 else []):
        for anchor in reversed(row):
            if anchor.type != "location" or anchor.referring or anchor.stop > k:
                continue
            names = ctx.names.get(anchor.entity, set())
            regional = any(w in n for n in names for w in REGION_WORDS)
            if (word and any(word in n for n in names)) or (
                ctx.lemma(k) == "город" and names and not regional
            ):
                return anchor
            if ctx.lemma(k) == "регион":
                return anchor
            return None  # the last place is of another kind: no guess past it
    return None


def _sentence_positions(ctx: Context, si: int) -> Iterator[tuple]:
    pronoun = pronoun_person(ctx, si)
    people = [*ctx.of_type(si, ("person",)), *([pronoun] if pronoun is not None else [])]
    for person in people:
        if person.referring:
            continue
        ways = (
            (_predicate(ctx, si, person), _right(ctx, si, person), _bare_step(ctx, si, person))
            if person is pronoun
            else (
                _left(ctx, si, person),
                _before_description(ctx, si, person),
                right := _right(ctx, si, person),
                after_right := _next_apposition(ctx, si, person, right),
                _predicate(ctx, si, person),
                _joined(ctx, si, person),
                _aside_dash(ctx, si, person) if right is None else None,
                _participle_before(ctx, si, person),
                _in_office(ctx, si, person),
            )
        )
        for found in ways:
            if found is None:
                continue
            start, head, end, org = found
            # where the role and the organisation that follows it end (not an adjective's: "португальский")
            after = org.stop if org is not None and org.stop > end else end
            chained = _chained(ctx, si, start, head)
            start = _past_ranking(ctx, si, start, head, org.stop if org is not None else end)
            if org is None:
                start, org = _adjective_org(ctx, si, start, head)
            latter = _latter(ctx, si, head, end) if org is None else None
            if latter is not None:
                end -= 1  # "сотрудником последней": the pronoun leaves the role's text
            text = role_text(ctx, start, head, end)
            if org is None:
                org = _tail_adjective_org(ctx, head, end)
            if org is None:
                org = _named_tail(ctx, head, end)
            if org is None and (members := _members_tail(ctx, head, end)) is not None:
                org, end = members, end - 1
                text = role_text(ctx, start, head, end)
            if org is not None:
                text, org = _state_body(ctx, si, text, org)
                text = _numbered(ctx, text, end, org)
            obj: dict = {"text": text}
            confidence = 0.8
            if org is not None:
                obj["org"] = org.entity
            elif latter is not None:
                obj["org"], confidence = latter.entity, 0.6
            elif (
                (ctx.lemma(head) in lex.NATIONAL_TITLES and end == head + 1)
                or obj["text"] in lex.NATIONAL_PHRASES
            ) and not any(ctx.lemma(k) in country_adjectives() for k in range(start, head)):
                # "британский премьер" with no Britain named: no other country is meant
                country = _country_in_focus(ctx, si, head)
                if country:
                    obj["org"], confidence = country, 0.6
            elif chained is not None and chained[3] is not None and chained[3].type == "country":
                # "глава представительства США в регионе помощник заместителя госсекретаря X": both for the US
                obj["org"], confidence = chained[3].entity, 0.6
            elif (body := _body_of_role(ctx, head)) is not None:
                obj["org"], confidence = body, 0.6
            elif (workplace := _works_at(ctx, si, end)) is not None:
                obj["org"], confidence = workplace.entity, 0.6
            yield ctx.fact(person.entity, "position", obj, si, trigger=head, confidence=confidence)
            if found is not None and start > head - 8 and start <= head:
                yield from _coordinated_before(ctx, si, person, start, obj)
            yield from _coordinated_after(ctx, si, person, head, org.stop if org is not None else end)
            if obj.get("org") and end == head + 1 and ctx.tokens[head].feats.get("Case") == "Ins":
                yield from _listed_roles(ctx, si, person, head, obj["org"])
            yield from _career_list(ctx, si, person, head, after)
            yield from _dated_steps(ctx, si, person, head, after)
            if chained is not None:
                c_start, c_head, c_end, c_org = chained
                obj = _role_value(ctx, c_start, c_head, c_end, c_org)
                yield ctx.fact(person.entity, "position", obj, si, trigger=c_head, confidence=0.6)
        if person is not pronoun:
            yield from _listed_after(ctx, si, person, after_right or right)
        yield from _heads(ctx, si, person)
        yield from _posts_listed(ctx, si, person)
    yield from _demonstrative(ctx, si)
    yield from _headed_by(ctx, si)
    yield from _led_by(ctx, si)
    yield from _inverted(ctx, si)
    yield from _succeeded(ctx, si)
    yield from _office_held(ctx, si)
    yield from _capacity(ctx, si)
    yield from _paired(ctx, si)


LIST_ENDS = frozenset({".", ";", ")", "—", "–", "!", "?"})


def _listed_after(ctx: Context, si: int, person: Anchor, last: Span | None) -> Iterator[tuple]:
    """ "X — американский певец, художник, писатель и киноактёр": bare roles listed after the name's
    apposition, in its case, up to the one joined by "и" (no organisation: the first role's is its own)."""
    _, b = ctx.spans[si]
    if last is None:
        return
    _, first, end, org = last
    k = org.stop if org is not None and org.stop > end else end
    case = ctx.tokens[first].feats.get("Case")
    while k + 1 < b and ctx.tokens[k].text in (",", "и"):
        joined = ctx.tokens[k].text == "и"
        start = head = k + 1
        while head < b and _modifier(ctx.tokens[head]) and not _is_head(ctx, head):
            head += 1
        if head >= b or not _is_head(ctx, head) or ctx.anchor_at(si, head):
            return
        token = ctx.tokens[head]
        if token.feats.get("Number") == "Plur" or token.feats.get("Case") != case:
            return
        if head + 1 < b and ctx.tokens[head + 1].text not in LIST_ENDS | {",", "и"}:
            return  # "…, и учитель Петров": a role with words of its own, or another person's
        yield _bare_role(ctx, si, person, start, head)
        if joined:
            return
        k = head + 1


def _demonstrative(ctx: Context, si: int) -> Iterator[tuple]:
    """ "… принял командование от генерала Петреуса, когда тот был назначен директором ЦРУ": "тот"/"та"
    opening a clause is the person named last before it, and the clause's predicate gives the role."""
    a, _ = ctx.spans[si]
    for k in ctx.find(si, frozenset({"тот", "та"})):
        if (
            k == a
            or ctx.tokens[k].text.lower() not in ("тот", "та")
            or ctx.tokens[k].feats.get("Case") != "Nom"
        ):
            continue
        if ctx.tokens[k - 1].text != "," and ctx.lemma(k - 1) not in ("когда", "пока", "как", "и", "а"):
            continue
        named = [x for x in ctx.of_type(si, ("person",)) if x.stop <= k and not x.referring]
        if not named:
            continue
        anchor = Anchor(k, k + 1, named[-1].entity, "person", "Nom")
        found = _predicate(ctx, si, anchor, [k + 1])
        if found is not None:
            start, head, end, org = found
            yield ctx.fact(
                anchor.entity,
                "position",
                _role_value(ctx, start, head, end, org),
                si,
                trigger=head,
                confidence=0.6,
            )


def _headed_by(ctx: Context, si: int) -> Iterator[tuple]:
    """ "Компания X, возглавляемая Y,": Y is its head."""
    a, _b = ctx.spans[si]
    for i in ctx.find(si, LEAD_VERBS):
        token = ctx.tokens[i]
        if token.feats.get("VerbForm") != "Part" or token.feats.get("Voice") != "Pass":
            continue
        person = next((x for x in ctx.of_type(si, ("person",)) if x.start == i + 1 and not x.referring), None)
        org = next(
            (
                x
                for x in reversed(ctx.anchors[si])
                if x.type in ("organization", "country") and x.stop <= i and i - x.stop <= 2
            ),
            None,
        )
        if person is not None and org is not None and i - 1 >= a and ctx.tokens[i - 1].text == ",":
            yield ctx.fact(
                person.entity, "position", {"text": "глава", "org": org.entity}, si, trigger=i, confidence=0.7
            )


def _heads(ctx: Context, si: int, person: Anchor) -> Iterator[tuple]:
    """ "X возглавляет Минобороны", "X, который возглавлял компанию Y,": X is its head."""
    _a, b = ctx.spans[si]
    for begin in _clause_starts(ctx, si, person):
        reach = RELATIVE_REACH + 1 if begin > person.stop else 3
        verb = _verb_within(ctx, si, begin, reach, LEAD_VERBS)
        if verb is None:
            continue
        unit = _headed_unit(ctx, si, verb)
        if unit is not None:
            text, org = unit
            yield ctx.fact(
                person.entity, "position", {"text": text, "org": org.entity}, si, trigger=verb, confidence=0.6
            )
            return
        m = verb + 1
        while (
            m < b
            and m - verb <= 3
            and (
                ctx.tokens[m].text in QUOTES
                or lex.REFERRING_NOUNS.get(ctx.lemma(m)) == "organization"
                or ctx.lemma(m) in LEGAL_FORMS
            )
        ):
            m += 1  # "возглавлял компанию «АрмРосГазпром»"
        org = next(
            (x for x in ctx.anchors[si] if x.type in ORG_TYPES and 0 < x.start - verb <= max(2, m - verb)),
            None,
        )
        if (
            org is not None
            and org.case == "Gen"
            and any(
                ctx.tokens[k].text not in QUOTES and lex.REFERRING_NOUNS.get(ctx.lemma(k)) != org.type
                for k in range(verb + 1, org.start)
            )
        ):
            continue  # "возглавляет комитет Сената": the head of something of the Senate's
        if org is not None:
            # "возглавил правительство Армении", "командовал 58-й армией"
            text, org = _state_body(ctx, si, LEAD_TITLES.get(ctx.lemma(verb), "глава"), org)
            yield ctx.fact(
                person.entity,
                "position",
                {"text": text, "org": org.entity},
                si,
                trigger=verb,
                confidence=0.7,
            )
            return


def _led_by(ctx: Context, si: int) -> Iterator[tuple]:
    """ "С 2010 года South Stream Transport возглавляет Марсель Крамер": the organisation before the
    verb, its head after it (an organisation heads no person)."""
    a, b = ctx.spans[si]
    for verb in ctx.find(si, LEAD_VERBS):
        token = ctx.tokens[verb]
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin":
            continue
        k = verb - 1
        while k >= a and ctx.tokens[k].text in QUOTES:
            k -= 1
        org = ctx.anchor_at(si, k) if k >= a else None
        person = ctx.anchor_at(si, verb + 1) if verb + 1 < b else None
        if (
            org is None
            or org.type not in ("organization", "country")
            or org.referring
            or person is None
            or person.type != "person"
            or person.start != verb + 1
            or not _plain(person)
        ):
            continue
        before = org.start - 1
        while before >= a and ctx.tokens[before].text in QUOTES:
            before -= 1
        if org.case == "Gen" or (
            before >= a
            and ctx.tokens[before].pos in ("NOUN", "PROPN")
            and not _free(ctx, before)
            and lex.REFERRING_NOUNS.get(ctx.lemma(before)) != org.type
        ):
            continue  # "Рейтинг Forbes возглавил X": the name hangs on another noun, which X tops
        text, org = _state_body(ctx, si, LEAD_TITLES.get(ctx.lemma(verb), "глава"), org)
        yield ctx.fact(
            person.entity, "position", {"text": text, "org": org.entity}, si, trigger=verb, confidence=0.6
        )


def _headed_unit(ctx: Context, si: int, verb: int) -> tuple[str, Anchor] | None:
    """ "возглавлял отдел России в японском МИДе", "возглавляет департамент кадров «Газпрома»": the
    head of a unit of an organisation → ("глава отдела России", the organisation)."""
    _, b = ctx.spans[si]
    unit = verb + 1
    if unit >= b or ctx.lemma(unit) not in lex.UNIT_NOUNS or ctx.tokens[unit].feats.get("Number") == "Plur":
        return None
    if ctx.anchor_at(si, unit) is not None:
        return None  # "возглавляет Службу внешней разведки": the unit is a named body of its own
    k = unit + 1
    # the unit's genitive tail ("отдел России", "департамент международного сотрудничества")
    while k < b and k - unit <= 4 and ctx.tokens[k].feats.get("Case") == "Gen":
        k += 1
    org = None
    if k + 1 < b and ctx.lemma(k) in ("в", "во"):
        # "отдел России в японском МИДе": the organisation the unit belongs to
        org = next(
            (
                x
                for x in ctx.anchors[si]
                if x.type in ORG_TYPES and k < x.start <= k + 2 and x.case in ("Loc", None)
            ),
            None,
        )
    if org is None:
        # "отдел кадров «Газпрома»": the organisation closes the genitive tail
        org = next(
            (x for x in ctx.anchors[si] if x.type in ORG_TYPES and unit < x.start and x.stop == k), None
        )
        if org is None or org.type == "country":
            return None
        k = org.start
    parsed = _morph().parse(ctx.lemma(unit))
    genitive = parsed[0].inflect({"gent", "sing"}) if parsed else None
    if genitive is None:
        return None
    tail = " ".join(ctx.tokens[n].text for n in range(unit + 1, k))
    return " ".join(w for w in ("глава", genitive.word, tail) if w), org


def _morph():
    from newsgraph.morph import analyzer

    return analyzer()


def _inverted(ctx: Context, si: int) -> Iterator[tuple]:
    """ "Новым главой «Роскосмоса» стал Владимир Поповкин", "Генеральным директором компании
    назначен X": the role in the instrumental before the verb, the name after it."""
    a, _b = ctx.spans[si]
    for person in ctx.of_type(si, ("person",)):
        if person.referring or person.case not in ("Nom", None):
            continue
        verb = _described(ctx, si, person)
        plain = verb >= a and ctx.lemma(verb) == "быть"  # "Ранее руководителем комитета был X"
        while not plain and verb >= a and ctx.tokens[verb].pos == "AUX":
            verb -= 1
        if verb < a or (not plain and ctx.lemma(verb) not in COPULAS):
            continue
        k = verb - 1
        while k >= a and ctx.tokens[k].pos == "AUX":
            k -= 1
        # back over the organisation and the role's genitive tail to its head in the instrumental
        while k >= a and not (_is_head(ctx, k) and ctx.tokens[k].feats.get("Case") == "Ins"):
            token = ctx.tokens[k]
            if not (
                ctx.anchor_at(si, k) is not None
                or token.text in QUOTES
                or token.text in BRACKETS
                or token.feats.get("Case") == "Gen"
                or ctx.lemma(k) in LINK_PREPOSITIONS
            ):
                break
            k -= 1
        # "Исполняющим обязанности премьер-министра назначен X", "Врио губернатора назначен X"
        acting = next(
            (
                x
                for m in range(k + 1, min(verb, k + 5))
                if (x := _acting(ctx, si, m)) is not None and x <= k + 1
            ),
            None,
        )
        # "На должность руководителя аппарата назначена X": the post in the genitive after its office noun
        office = (
            k - 1 >= a
            and ctx.lemma(k) in OFFICE_NOUNS
            and ctx.lemma(k - 1) in ("на", "в", "во")
            and ctx.lemma(verb) in APPOINT_VERBS
        )
        if office:
            start = k + 1
        elif acting is not None:
            start = acting
        else:
            if k < a or not _is_head(ctx, k) or ctx.tokens[k].feats.get("Case") != "Ins":
                continue
            if ctx.anchor_at(si, k) is not None:
                continue
            start = k
            while start - 1 >= a and (
                _modifier(ctx.tokens[start - 1]) or ctx.lemma(start - 1) in lex.POSITION_DROP
            ):
                start -= 1
        found = _role_at(ctx, si, start, None, named_after=True)
        if found is None or found[2] > verb + 1:
            continue
        r_start, head, end, org = found
        if office and ctx.tokens[head].feats.get("Case") != "Gen":
            continue
        obj: dict = {"text": role_text(ctx, r_start, head, end)}
        if org is not None and org.stop <= verb:
            obj["org"] = org.entity
        yield ctx.fact(person.entity, "position", obj, si, trigger=head, confidence=0.7)


def _described(ctx: Context, si: int, person: Anchor) -> int:
    """The word before the name and the words that describe it in the nominative ("назначен [бывший
    заместитель Суходольского генерал-майор полиции] Сергей Умнов")."""
    a, _ = ctx.spans[si]
    k = person.start - 1
    while k >= a and person.start - k <= 8:
        token = ctx.tokens[k]
        other = ctx.anchor_at(si, k)
        if other is not None and other is not person and other.case == "Gen":
            k = other.start - 1  # the one the role serves: "заместитель [Суходольского]"
            continue
        if other is None and (
            AGE.match(token.text)
            or (_is_head(ctx, k) and token.feats.get("Case") == "Nom")
            or (token.feats.get("Case") == "Gen" and token.pos in ("NOUN", "ADJ"))
            or _modifier(token)
            or ctx.lemma(k) in lex.POSITION_DROP
            or _described_as(token)
        ):
            k -= 1
            continue
        break
    described = k < person.start - 1 and any(
        (_is_head(ctx, m) and ctx.tokens[m].feats.get("Case") == "Nom")
        or AGE.match(ctx.tokens[m].text)
        or _described_as(ctx.tokens[m])
        for m in range(k + 1, person.start)
    )
    return k if described else person.start - 1


def _described_as(token) -> bool:
    """A noun in the nominative saying who the named one is ("американец", "специалист")."""
    return token.pos == "NOUN" and token.feats.get("Case") == "Nom" and token.feats.get("Animacy") == "Anim"


def _office_held(ctx: Context, si: int) -> Iterator[tuple]:
    """ "Пост министра обороны России занимает Сергей Шойгу", "Должность генерального директора
    компании X с 2008 года занимает Y": the office first, its holder after the verb."""
    a, b = ctx.spans[si]
    for k in ctx.find(si, OFFICE_NOUNS):
        if ctx.tokens[k].feats.get("Case") not in ("Nom", "Acc") or (
            k > a and ctx.tokens[k - 1].pos == "ADP"
        ):
            continue
        found = _role_at(ctx, si, k + 1, None, named_after=True)
        if found is None:
            continue
        start, head, end, org = found
        after = org.stop if org is not None else end
        while after < b and (
            ctx.tokens[after].text in QUOTES or ctx.tokens[after].pos == "ADP" or _when(ctx, after)
        ):
            after += 1
        if after >= b or ctx.lemma(after) not in ("занимать", "занять"):
            continue
        holder = next(
            (x for x in ctx.of_type(si, ("person",)) if 0 < x.start - after <= 2 and _plain(x)), None
        )
        if holder is None:
            continue
        obj = _role_value(ctx, start, head, end, org)
        yield ctx.fact(holder.entity, "position", obj, si, trigger=head, confidence=0.7)


def _succeeded(ctx: Context, si: int) -> Iterator[tuple]:
    """ "X сменит на посту главы «Роскосмоса» Анатолия Перминова", "X сменил Y на посту министра",
    "Перминова на посту руководителя Роскосмоса сменит Поповкин": the one replaced held the role,
    the one replacing takes it."""
    a, b = ctx.spans[si]
    for verb in ctx.find(si, SUCCEED_VERBS):
        post = next(
            (
                k
                for k in [*range(verb + 1, min(b - 1, verb + 8)), *range(verb - 2, max(a, verb - 10) - 1, -1)]
                if ctx.lemma(k) == "на" and ctx.lemma(k + 1) == "пост"
            ),
            None,
        )
        if post is None:
            continue
        found = _role_at(ctx, si, post + 2, None, named_after=True)
        if found is None:
            continue
        start, head, end, org = found
        obj = _role_value(ctx, start, head, end, org)
        after = org.stop if org is not None else end
        if post > verb and after > b:
            continue
        people = [x for x in ctx.of_type(si, ("person",)) if not x.referring]
        if post > verb:
            replaced = next(
                (x for x in people if verb < x.start < post or after <= x.start <= after + 1), None
            )
            successor = next(
                (x for x in reversed(people) if x.stop <= verb and verb - x.stop <= 3 and _plain(x)), None
            )
        else:
            # the post phrase before the verb: the one replaced stands before it, the successor after the verb
            replaced = next((x for x in reversed(people) if x.stop <= post and post - x.stop <= 2), None)
            successor = next((x for x in people if 0 < x.start - verb <= 2 and _plain(x)), None)
            if after > verb:
                continue
        if replaced is not None:
            yield ctx.fact(replaced.entity, "position", dict(obj), si, trigger=head, confidence=0.7)
        if successor is not None and successor is not replaced:
            yield ctx.fact(successor.entity, "position", dict(obj), si, trigger=head, confidence=0.6)


def _capacity(ctx: Context, si: int) -> Iterator[tuple]:
    """ "Эштон Картер принёс присягу в качестве министра обороны США": the clause's subject acts in
    that role."""
    a, _b = ctx.spans[si]
    for i in ctx.find(si, {"качество"}):
        if i - 1 < a or ctx.lemma(i - 1) != "в":
            continue
        subject = next(
            (
                x
                for x in reversed(ctx.of_type(si, ("person",)))
                if x.stop <= i - 1 and i - 1 - x.stop <= 6 and _plain(x)
            ),
            None,
        )
        if subject is None or any(
            ctx.tokens[k].text in (",", ";", ":", "—") or ctx.anchor_at(si, k) is not None
            for k in range(subject.stop, i - 1)
        ):
            continue
        found = _role_at(ctx, si, i + 1, None)
        if found is None:
            continue
        start, head, end, org = found
        obj = _role_value(ctx, start, head, end, org)
        yield ctx.fact(subject.entity, "position", obj, si, trigger=head, confidence=0.7)


def _paired(ctx: Context, si: int) -> Iterator[tuple]:
    """ "президенты России и США Дмитрий Медведев и Барак Обама", "министры иностранных дел России и
    США Сергей Лавров и Джон Керри": a plural role, its states and its holders, pair by pair; also
    each state with its holder ("губернаторы регионов — Приморского края X, Кировской области Y"), and
    one role for several holders ("заместители начальника отдела X и Y")."""
    a, b = ctx.spans[si]
    for head in range(a, b):
        if not _plural_head(ctx, a, head) or not _is_head(ctx, head) or ctx.anchor_at(si, head):
            continue
        end = head + 1
        while end < b and ctx.tokens[end].feats.get("Case") == "Gen" and not ctx.anchor_at(si, end):
            end += 1
        start = head
        while start - 1 >= a and _modifier(ctx.tokens[start - 1]):
            start -= 1
        pairs, each = _holders(ctx, si, end)
        # the head's lemma: the singular role; "губернаторы ряда регионов — …": the tail only counts them
        text = nominative(ctx.tokens, start, head, head + 1 if each else end)
        for org, person in pairs:
            own = _numbered(ctx, text, end, org) if org is not None else text
            obj = {"text": own, **({"org": org.entity} if org is not None else {})}
            yield ctx.fact(person.entity, "position", obj, si, trigger=head, confidence=0.7)


FEW = frozenset({"два", "три", "четыре", "оба", "2", "3", "4"})  # numerals taking the genitive singular


def _plural_head(ctx: Context, a: int, head: int) -> bool:
    """A role in the plural, or counted by a numeral that takes the genitive singular ("два бывших
    руководителя", "оба министра")."""
    token = ctx.tokens[head]
    if token.feats.get("Number") == "Plur":
        return True
    if token.feats.get("Case") != "Gen":
        return False
    k = head - 1
    while k >= a and _modifier(ctx.tokens[k]):
        k -= 1
    return k >= a and ctx.lemma(k) in FEW


def _numbered(ctx: Context, text: str, end: int, org: Anchor) -> str:
    """ "командир 58-й армии", "заместитель начальника 75-го отдела полиции": a numbered unit right
    after the role stays in its text as written, the number telling one unit from another."""
    k = end
    while k < org.start and (ctx.tokens[k].text in QUOTES or ctx.lemma(k) in LINK_PREPOSITIONS):
        k += 1
    if k != org.start or not any(ch.isdigit() for t in ctx.tokens[org.start : org.stop] for ch in t.text):
        return text
    return " ".join([text, *(t.text for t in ctx.tokens[end : org.stop])])


def _holders(ctx: Context, si: int, k: int) -> tuple[list[tuple[Anchor | None, Anchor]], bool]:
    """The holders of a plural role whose words end before `k`, each with its organisation, and whether
    they follow a dash ("губернаторы ряда регионов — …"): then the role's tail only counts them."""
    _, b = ctx.spans[si]

    def listed(k: int, kind: str, limit: int) -> tuple[list[Anchor], int]:
        found: list[Anchor] = []
        while k < b and len(found) < limit:
            j = k
            if kind == "org" and _org_anchor(ctx, si, k) is None:
                while j < b and ctx.tokens[j].text in QUOTES:
                    j += 1  # "гандболистки клуба «Динамо»: X, Y": a quoted name outside its quotes
            anchor = ctx.anchor_at(si, j) if kind == "person" else _org_anchor(ctx, si, j)
            if anchor is None or (kind == "person" and anchor.type != kind) or anchor.start != j:
                break
            found.append(anchor)
            opened, k = j > k, anchor.stop
            while opened and k < b and ctx.tokens[k].text in QUOTES:
                k += 1  # its closing quotes, when the opening ones were skipped
            if k < b and ctx.tokens[k].text in (",", "и"):
                k += 1
        return found, k

    orgs, m = listed(k, "org", 4)
    opened = m < b and ctx.tokens[m].text in ("—", "–", "-", ":", ",")
    if opened and (len(orgs) >= 2 or ctx.tokens[m].text != ","):
        m += 1  # "главы Ярославской и Смоленской областей — X и Y", "пять экс-президентов Перу: X, Y, Z"
    people, m = listed(m, "person", LIST_REACH)
    if len(orgs) >= 2 and len(people) == len(orgs):
        return list(zip(orgs, people, strict=True)), False
    if len(orgs) <= 1 and len(people) >= 2 and (m >= b or ctx.tokens[m - 1].text not in (",", "и")):
        # "заместители начальника отдела X и Y": every one of them holds the role
        return [(orgs[0] if orgs else None, person) for person in people], False
    if len(orgs) <= 1 and not people and opened and ctx.tokens[m].text == ",":
        # "первые два эмира движения, X и Y, погибли": the names set off by commas
        people, n = listed(m + 1, "person", LIST_REACH)
        if len(people) >= 2 and ctx.tokens[n - 1].text == ",":
            return [(orgs[0] if orgs else None, person) for person in people], False
    # "губернаторы регионов — Приморского края X, Саратовской области Y": each region with its holder
    dash = k < b and ctx.tokens[k].text in ("—", "–", "-", ":")
    k += dash
    pairs: list[tuple[Anchor | None, Anchor]] = []
    while k < b:
        org = _org_anchor(ctx, si, k)
        if org is None or org.start != k:
            break
        person = ctx.anchor_at(si, org.stop)
        if person is None or person.type != "person" or person.start != org.stop:
            break
        pairs.append((org, person))
        k = person.stop
        if k < b and ctx.tokens[k].text in (",", "и"):
            k += 1
    return (pairs, dash) if len(pairs) >= 2 else ([], False)


def _plain(anchor: Anchor) -> bool:
    return not anchor.referring and anchor.case in ("Nom", None)


def _verb_follows(ctx: Context, anchor: Anchor) -> bool:
    """ "США назвали …": a finite verb right after the name makes it the subject, whatever case the
    tagger gave an indeclinable name."""
    k = anchor.stop
    indeclinable = all(t.text.isupper() for t in ctx.tokens[anchor.start : anchor.stop])  # США, КНДР, ОАЭ
    return (
        indeclinable
        and k < len(ctx.tokens)
        and ctx.tokens[k].pos in ("VERB", "AUX")
        and ctx.tokens[k].feats.get("VerbForm") == "Fin"
    )


def _acts_on(ctx: Context, country: Anchor, head: int) -> bool:
    """ "Иран и «Хезболла» поддерживают президента Асада": the country is the subject of the verb whose
    object the role is (a finite verb between them, in one clause)."""
    between = range(country.stop, head)
    if country.case not in ("Nom", "Acc", None):
        return False  # "парламента Казахстана … избрала дочь президента X": a genitive is no subject
    return any(
        ctx.tokens[k].pos in ("VERB", "AUX") and ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in between
    ) and not any(
        ctx.tokens[k].text in (",", ";", ":", "—") or ctx.lemma(k) in ("что", "который") for k in between
    )


def _country_in_focus(ctx: Context, si: int, head: int) -> str | None:
    """The country a possessive before the role points to in its sentence ("Малайзия не хочет …,
    заявил её премьер-министр"), else one named before it in the sentence but not as its subject,
    else the one most recently named in the three sentences before, else the one named most often
    before it."""
    before = [c for c in ctx.of_type(si, ("country",)) if not c.referring and c.stop <= head]
    if head > 0 and ctx.tokens[head - 1].text.lower().replace("ё", "е") in ("ее", "его", "их"):
        # "Малайзия не хочет …, заявил её премьер-министр": the possessive points back to the subject
        subjects = [c for c in before if c.case == "Nom"]
        if subjects or before:
            return (subjects[0] if subjects else before[-1]).entity
    # "армии США … президент Трамп"; a country acting as the subject ("Иран поддерживает президента
    # Асада") is someone else
    # "армии США … президент Трамп", "в Чехии … премьер-министр Нечас"; a country in the nominative or
    # accusative is the clause's actor or object ("Иран поддерживает президента Асада", "на Кубу")
    named = [
        c
        for c in before
        if c.case not in ("Nom", "Acc", None) and not _acts_on(ctx, c, head) and not _verb_follows(ctx, c)
    ]
    if named:
        return named[-1].entity
    guess = None
    for sj in range(si - 1, max(-1, si - 4), -1):
        countries = [c for c in ctx.of_type(sj, ("country",)) if not c.referring]
        if countries:
            guess = countries[-1].entity
            break
    if guess is None:
        counts = Counter(
            c.entity for sj in range(si) for c in ctx.of_type(sj, ("country",)) if not c.referring
        )
        guess = counts.most_common(1)[0][0] if counts else None
    stated = _title_countries(ctx, ctx.lemma(head))
    if guess is not None and stated and guess not in stated:
        # "работал при администрациях четырёх президентов США … миссионером на Тайване … при президенте
        # Рональде Рейгане": the article states the title for another country; the guess is doubtful
        return None
    return guess


def _title_countries(ctx: Context, lemma: str) -> set[str]:
    """The countries the article names right after this title ("президент[ов] США", "премьер-министра
    Израиля") or by an adjective before it ("американский президент")."""
    found: set[str] = set()
    for sj, (a, b) in enumerate(ctx.spans):
        for k in range(a, b):
            if ctx.lemma(k) != lemma:
                continue
            after = ctx.anchor_at(sj, k + 1) if k + 1 < b else None
            if after is not None and after.type == "country" and not after.referring and after.start == k + 1:
                found.add(after.entity)
            if k > a and ctx.tokens[k - 1].pos == "ADJ" and ctx.lemma(k - 1) in country_adjectives():
                entity = ctx.entity_by_adjective(ctx.lemma(k - 1), ("country",))
                if entity is not None:
                    found.add(entity)
    return found
