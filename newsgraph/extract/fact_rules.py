"""One rule per predicate: each reads a sentence's tokens and anchors and yields facts.

A rule returns ``(Fact, sentence index, trigger token index)`` triples; the
stage (`facts.py`) adds modality from the words around the trigger, checks
types and merges duplicates. Rules describe constructions of Russian and
English news prose ("оператором которого выступает X", "X, министр Y",
"сотрудничество X с Y"), not particular sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from newsgraph.extract import fact_lexicon as lex
from newsgraph.extract import relation_words as rel
from newsgraph.extract.central_facility import BUILD_WORDS
from newsgraph.extract.fact_context import REFERENCE_WINDOW, Anchor, Context
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.numbers import as_int, parse_number
from newsgraph.extract.phrases import coordinated_nominatives, is_calibre, nominative, noun_phrase
from newsgraph.extract.positions import position, pronoun_person
from newsgraph.extract.typing_rules import HEAD_NOUNS
from newsgraph.extract.values import find_calibres, find_dates, find_money, find_statuses
from newsgraph.model import Token

Found = tuple  # (Fact, sentence index, trigger index)
PLACES = ("project", "facility")
ACTORS = ("organization", "country")
NAME_QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})
LIST_GLUE = frozenset({",", "и", "а", "также", "and", "or", "или"})
GENERIC_PRODUCTS = frozenset(
    {
        "продукция",
        "изделие",
        "товар",
        "продукт",
        "мощность",
        "объем",
        "рост",
        "начало",
        "год",
        "тонна",
        "сырье",
        "база",
        "цель",
        "площадь",
        "часть",
        "вид",
        "тип",
        "number",
        "products",
        "product",
    }
)
MEMBER_REACH = 8  # tokens from a member to "член"/"входит"
MODEL_WORDS = 5  # words of a quoted model name
MODEL_DESIGNATION = re.compile(r"^[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,3}-?\d[\w-]*$")  # F-35, Ми-8, A320, Т-90
PASSIVE_ASSEMBLY = frozenset({"собираться", "выпускаться", "производиться"})
UNATTRIBUTED_REACH = 3  # sentences back to the plant a makerless product belongs to
PRODUCER_NOUNS = frozenset(
    {"производитель", "изготовитель", "разработчик", "manufacturer", "maker", "producer", "developer"}
)
FRONTED_REACH = 8  # tokens from "соглашение (между X и Y)" to its verb
ASPIRATION_REACH = 3  # tokens before "член"/"вступить" that may say it is only sought
PARTICIPLE_REACH = 8  # tokens from the noun to ", расположенном"
PHRASE_OWNER_REACH = 5  # tokens from a plant noun to the company named in its phrase
BUILD_OBJECT_REACH = 5  # tokens from "построить" to the plant it builds ("построить в России завод")
BUILDER_REACH = 6  # tokens from the builder to the verb ("концерн X (Y) планирует построить")
# Verbs whose subject runs the plant it builds or opens ("создать" is too often a state's act).
BUILD_NOUNS = frozenset({"строительство", "сооружение", "возведение", "construction"})
BUILD_IMPERFECTIVES = frozenset({"строить", "возводить", "сооружать", "build", "building"})
OWNER_BUILD_VERBS = frozenset({"построить", "строить", "открыть", "открывать", "build", "open"})
PREPARE_VERBS = frozenset({"готовить", "подготовить", "возводить", "возвести"})
SITE_NOUNS = frozenset({"площадка", "участок", "site", "завод", "цех", "комбинат", "фабрика"})
PREPARED_SITES = frozenset(
    {"площадка", "участок", "site"}
)  # "готовит площадку", not "готовит завод к продаже"


def _nearest(anchors: list[Anchor], i: int, *, before_first: bool = True) -> Anchor | None:
    before = [a for a in anchors if a.stop <= i]
    after = [a for a in anchors if a.start > i]
    if before_first:
        return before[-1] if before else (after[0] if after else None)
    return after[0] if after else (before[-1] if before else None)


def _subject_case(anchor: Anchor) -> bool:
    return anchor.case in (None, "Nom")


def _opening_subject(ctx: Context, si: int, anchor: Anchor) -> bool:
    """A nominative, or an inanimate masculine or neuter noun opening its clause, whose nominative
    the tagger often reads as accusative ("Завод планируется построить …")."""
    if _subject_case(anchor):
        return True
    if anchor.case != "Acc":
        return False
    token = ctx.tokens[anchor.start]
    if token.feats.get("Animacy") != "Inan" or token.feats.get("Gender") not in ("Masc", "Neut"):
        return False
    a, _b = ctx.spans[si]
    j = anchor.start - 1
    while j >= a and ctx.tokens[j].pos in ("ADJ", "DET"):
        j -= 1
    return j < a or ctx.tokens[j].text in (",", ";", "—")


def _text(ctx: Context, a: int, b: int) -> str:
    return ctx.doc.text[ctx.tokens[a].start : ctx.tokens[b - 1].stop]


# --- operator ---------------------------------------------------------------


def _words(ctx: Context, si: int, i: int, j: int) -> int:
    """Tokens from `i` to `j`, a name and its quotation marks counted as one
    ("оператором проекта «Южный поток» является компания X")."""
    count, k = 0, i
    while k < j:
        anchor = ctx.anchor_at(si, k) if k > i else None
        if anchor is not None:
            k = anchor.stop
        elif ctx.tokens[k].text in ("«", "»", '"', "“", "”", "„"):
            k += 1
            continue
        else:
            k += 1
        count += 1
    return count


def operator(ctx: Context, si: int) -> Iterator[Found]:
    a, b = ctx.spans[si]
    for i in ctx.find(si, lex.OPERATOR_NOUNS):
        if i > a and ctx.tokens[i].feats.get("Case") == "Gen" and ctx.lemma(i - 1) in lex.positions():
            continue  # "главу оператора морского участка": the operator is unnamed, its head is the news
        orgs = [
            x for x in ctx.of_type(si, ("organization",)) if x.start > i and _words(ctx, si, i, x.start) <= 7
        ]
        orgs_before = [x for x in ctx.of_type(si, ("organization",)) if x.stop <= i and i - x.stop <= 4]
        orgs = [x for x in orgs if ctx.kinds.get(x.entity) != "media"]
        orgs_before = [x for x in orgs_before if ctx.kinds.get(x.entity) != "media"]
        org = orgs[0] if orgs else (orgs_before[-1] if orgs_before else None)
        if org is None or any(0 < x.start - i <= 5 for x in ctx.of_type(si, ("person",))):
            continue  # "оператор Аль-Джазиры Сами аль-Хадж": a cameraman, not a project's operator
        places = ctx.of_type(si, PLACES)
        confidence = 0.8
        if i + 1 < b and ctx.lemma(i + 1) == "который":
            subject = _nearest([p for p in places if p.stop <= i], i)
        else:
            after = [
                p
                for p in places
                if p.start == i + 1
                or (p.start > i and p.case == "Gen" and p.start - i <= 3)
                or (p.start > i and p.case in ("Gen", None) and _genitive_chain(ctx, si, i + 1, p.start))
            ]
            subject = after[0] if after else _nearest(places, i)
        if subject is None and not places:
            # "Оператором выступит компания Great Sky." right after the project was introduced
            project = _recent_project(ctx, si - 1) if si > 0 else None
            if project:
                yield ctx.fact(project, "operator", {"entity": org.entity}, si, trigger=i, confidence=0.5)
            continue
        if subject:
            yield ctx.fact(
                subject.entity, "operator", {"entity": org.entity}, si, trigger=i, confidence=confidence
            )
    for i in range(a, b - 1):
        if ctx.tokens[i].text.lower() == "operated" and ctx.tokens[i + 1].text.lower() == "by":
            org = next((x for x in ctx.of_type(si, ("organization",)) if x.start > i), None)
            subject = _nearest([p for p in ctx.of_type(si, PLACES) if p.stop <= i], i)
            if org and subject:
                yield ctx.fact(
                    subject.entity, "operator", {"entity": org.entity}, si, trigger=i, confidence=0.8
                )
    for i in ctx.find(si, lex.REALISE_NOUNS):
        # "Реализацией проекта X занимается компания Y"
        place = next((p for p in ctx.of_type(si, PLACES) if 0 < p.start - i <= 3 and p.case == "Gen"), None)
        verb = ctx.find(si, lex.ENGAGE_VERBS)
        org = next(
            (o for o in ctx.of_type(si, ("organization",)) if _subject_case(o) and not o.referring), None
        )
        if place and verb and org:
            yield ctx.fact(place.entity, "operator", {"entity": org.entity}, si, trigger=i, confidence=0.7)
    yield from _develops(ctx, si)
    for i in ctx.find(si, lex.REALISE_VERBS):
        # "Проект стоимостью … реализует компания Great Sky"
        project = next(
            (
                p
                for p in reversed(ctx.of_type(si, ("project",)))
                if p.stop <= i and p.case in (None, "Nom", "Acc")
            ),
            None,
        )
        doer = next(
            (
                o
                for o in ctx.of_type(si, ("organization",))
                if 0 < o.start - i <= 4 and o.case in ("Nom", None)
            ),
            None,
        )
        if project and doer:
            yield ctx.fact(project.entity, "operator", {"entity": doer.entity}, si, trigger=i, confidence=0.6)
            continue
        org = next(
            (x for x in ctx.of_type(si, ("organization",)) if _subject_case(x) and abs(x.start - i) <= 3),
            None,
        )
        place = next(
            (p for p in ctx.of_type(si, ("project",)) if p.start > i and p.case in ("Acc", None)), None
        )
        if org and place and not org.referring:
            yield ctx.fact(place.entity, "operator", {"entity": org.entity}, si, trigger=i, confidence=0.6)


def _develops(ctx: Context, si: int) -> Iterator[Found]:
    """ "МНКТ ведёт разработку месторождения X", "X осваивает месторождение Y": the company working a
    field or mine (a facility) runs it."""
    _a, _b = ctx.spans[si]
    fields = [f for f in ctx.of_type(si, ("facility",)) if not f.referring]
    orgs = [o for o in ctx.of_type(si, ("organization",)) if ctx.kinds.get(o.entity) != "media"]
    if not fields or not orgs:
        return
    for i in ctx.find(si, rel.DEVELOP_NOUNS | rel.DEVELOP_VERBS):
        verb = ctx.lemma(i) in rel.DEVELOP_VERBS
        if verb:
            if ctx.tokens[i].feats.get("VerbForm") in ("Part", "Conv", "Inf"):
                continue
            head = i
        else:
            # the light verb before the noun: "ведёт разработку", "занимается освоением"
            if i == _a or ctx.lemma(i - 1) not in lex.ENGAGE_VERBS:
                continue
            head = i - 1
        field = next((f for f in fields if 0 < f.start - i <= 3), None)
        doer = next(
            (
                o
                for o in reversed(orgs)
                if o.stop <= head and head - o.stop <= 2 and _subject_case(o) and not o.referring
            ),
            None,
        )
        if (
            field is not None
            and doer is not None
            and not any(ctx.tokens[k].text in (",", ";") for k in range(doer.stop, field.start))
        ):
            yield ctx.fact(field.entity, "operator", {"entity": doer.entity}, si, trigger=i, confidence=0.6)
            # a field being worked is in operation
            yield ctx.fact(field.entity, "status", {"status": "operating"}, si, trigger=i, confidence=0.5)


def _genitive_chain(ctx: Context, si: int, i: int, j: int) -> bool:
    """Tokens `i`…`j` are a short genitive chain leading to a name ("[морского участка газопровода] «Южный
    поток»")."""
    words = [k for k in range(i, j) if ctx.tokens[k].text not in NAME_QUOTES]
    return 0 < len(words) <= 4 and all(
        ctx.tokens[k].pos in ("NOUN", "ADJ")
        and ctx.tokens[k].feats.get("Case") == "Gen"
        and not ctx.anchor_at(si, k)
        for k in words
    )


def owned(ctx: Context, si: int) -> Iterator[Found]:
    """ "South Stream Transport, принадлежащая «Газпрому»", "подконтрольная «Роснефти» компания X",
    "Завод принадлежит концерну Volkswagen": a company owned by another is part of it; a plant or
    project owned by a company is run by it."""
    a, b = ctx.spans[si]
    for i in ctx.find(si, lex.OWNED_CUES | rel.SUBORDINATE_CUES):
        k = i + 1
        while k < b and (ctx.tokens[k].text in NAME_QUOTES or _organization_noun(ctx, k)):
            k += 1
        # a name after its type noun ("движению «Братья-мусульмане»") has the noun's case
        typed = any(_organization_noun(ctx, n) for n in range(i + 1, k))
        owner = next(
            (
                x
                for x in ctx.of_type(si, ("organization",))
                if x.start == k and (typed or x.case in ("Dat", "Gen", None))
            ),
            None,
        )
        if owner is None or ctx.kinds.get(owner.entity) == "media":
            continue
        token = ctx.tokens[i]
        kinds = ("organization", "facility", "project")
        if token.pos == "VERB" and token.feats.get("VerbForm") not in ("Part", "Conv"):
            # "X принадлежит Y": the subject before the verb
            owned_anchor = next(
                (
                    x
                    for x in reversed(ctx.anchors[si])
                    if x.type in kinds and x.stop <= i and i - x.stop <= 3 and _subject_case(x)
                ),
                None,
            )
        elif i > a and ctx.tokens[i - 1].text == ",":
            # "X, принадлежащая Y": the noun the participle follows
            owned_anchor = next(
                (
                    x
                    for x in reversed(ctx.anchors[si])
                    if x.type in kinds and x.stop <= i - 1 and i - 1 - x.stop <= 1
                ),
                None,
            )
        else:
            # "подконтрольная Y компания X": the noun after the owner
            end = owner.stop
            while end < b and (
                ctx.tokens[end].text in NAME_QUOTES
                or lex.REFERRING_NOUNS.get(ctx.lemma(end))
                or _organization_noun(ctx, end)
                or ctx.lemma(end) in rel.LEGAL_FORMS  # "подведомственном Роскомнадзору ФГУП «…»"
            ):
                end += 1
            owned_anchor = next((x for x in ctx.anchors[si] if x.type in kinds and x.start == end), None)
        if owned_anchor is None or owned_anchor.entity == owner.entity:
            continue
        predicate = "part_of" if owned_anchor.type == "organization" else "operator"
        yield ctx.fact(
            owned_anchor.entity, predicate, {"entity": owner.entity}, si, trigger=i, confidence=0.6
        )


def _organization_noun(ctx: Context, k: int) -> bool:
    """A noun naming a kind of organisation, which may stand before its name ("телеканал", "движение")."""
    lemma = ctx.lemma(k)
    return (
        lex.REFERRING_NOUNS.get(lemma) == "organization"
        or lemma in rel.BODY_NOUNS
        or HEAD_NOUNS.get(lemma, (None, None))[0] == "organization"
    )


RUN_VERBS = frozenset({"эксплуатировать", "управлять", "реализовать", "реализовывать", "operate"})
RUN_PASSIVES = frozenset({"эксплуатироваться", "управляться", "реализоваться", "реализовываться"})


def runs(ctx: Context, si: int) -> Iterator[Found]:
    """ "Хмельницкую АЭС эксплуатирует компания «Энергоатом»", "«Энергоатом» управляет АЭС",
    "Проект реализуется «Газпромом»": who runs a plant or project, in either word order."""
    places = ctx.of_type(si, PLACES)
    orgs = [
        o
        for o in ctx.of_type(si, ("organization",))
        if not o.referring and ctx.kinds.get(o.entity) != "media"
    ]
    for i in ctx.find(si, RUN_VERBS | RUN_PASSIVES):
        passive = ctx.lemma(i) in RUN_PASSIVES or ctx.tokens[i].feats.get("Voice") == "Pass"
        near = [x for x in orgs if 0 < x.start - i <= 3 or 0 <= i - x.stop <= 3]
        if passive:
            doer = next((o for o in near if o.start > i and o.case == "Ins"), None)
        else:
            doer = next((o for o in near if _subject_case(o)), None)
        if doer is None:
            continue
        clause = [
            p
            for p in places
            if (0 <= i - p.stop <= 3 or 0 < p.start - i <= 3)
            and not any(ctx.tokens[k].text in (",", ";") for k in range(min(p.stop, i), max(p.start, i)))
        ]
        place = next(
            (
                p
                for p in clause
                if p.entity != doer.entity and (p.start > i or p.case in ("Acc", "Nom", None))
            ),
            None,
        )
        if place is not None:
            yield ctx.fact(place.entity, "operator", {"entity": doer.entity}, si, trigger=i, confidence=0.6)


def _phrase_owner(ctx: Context, si: int, place: Anchor) -> Anchor | None:
    """The organisation named inside a facility's noun phrase: "заводе по производству турбин Vestas",
    "завода компании Siemens"."""
    _a, b = ctx.spans[si]
    for k in range(place.stop, min(b, place.stop + PHRASE_OWNER_REACH)):
        anchor = ctx.anchor_at(si, k)
        if anchor is not None:
            if anchor.type == "organization" and anchor.case in ("Gen", None) and not anchor.referring:
                return anchor
            if anchor.type != "organization" or anchor.start != k:
                return None
            continue
        token = ctx.tokens[k]
        if token.pos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"):
            return None
        if token.pos in ("NOUN", "ADJ") and token.feats.get("Case") not in ("Gen", "Dat"):
            return None  # only genitive dependents, and the "по производству" purpose phrase
    return None


def plant_owner(ctx: Context, si: int) -> Iterator[Found]:
    """A facility's operator from its noun phrase ("завод компании X") or from the clause that
    builds it ("X планирует построить в России завод", "X открыл завод")."""
    # a referring noun followed by another company ("завода Visteon") is that company's plant
    for place in [f for f in ctx.of_type(si, ("facility",)) if not f.referring]:
        owner = _phrase_owner(ctx, si, place)
        if owner is not None:
            yield ctx.fact(place.entity, "operator", {"entity": owner.entity}, si, trigger=place.start)
    for i in ctx.find(si, OWNER_BUILD_VERBS | PREPARE_VERBS):
        site = next(
            (
                f
                for f in ctx.of_type(si, PLACES)
                if 0 < f.start - i <= BUILD_OBJECT_REACH
                # a name's case is its type noun's, which the tagger may miss ("готовит площадку «X»")
                and (f.case in ("Acc", None) or (f.start - i <= 3 and ctx.lemma(i + 1) in SITE_NOUNS))
            ),
            None,
        )
        if site is None or any(ctx.tokens[k].text in (",", ";") for k in range(i, site.start)):
            continue
        if ctx.lemma(i) in ("готовить", "подготовить") and not any(
            ctx.lemma(k) in PREPARED_SITES for k in range(i + 1, site.stop)
        ):
            continue  # "готовит площадку X", not "готовит завод к продаже"
        builder = next(
            (
                o
                for o in reversed(ctx.of_type(si, ("organization",)))
                if o.stop <= i and i - o.stop <= BUILDER_REACH and _subject_case(o)
            ),
            None,
        )
        if builder is None or any(ctx.tokens[k].text in (",", ";") for k in range(builder.stop, i)):
            continue
        yield ctx.fact(site.entity, "operator", {"entity": builder.entity}, si, trigger=i, confidence=0.6)
        # "(Параллельно) в Польше госкомпания X готовит площадку Y": a fronted place is the site's
        a = ctx.spans[si][0]
        fronted = next(
            (
                x
                for x in ctx.anchors[si]
                if x.type in ("country", "location")
                and x.stop <= builder.start
                and x.start - a <= 3
                and x.start > a
                and ctx.lemma(x.start - 1) in ("в", "во")
            ),
            None,
        )
        if fronted is not None:
            predicate = "country" if fronted.type == "country" else "located_in"
            yield ctx.fact(site.entity, predicate, {"entity": fronted.entity}, si, trigger=i, confidence=0.6)
    for i in ctx.find(si, BUILD_NOUNS):
        # "X приступил к строительству газопровода Y" (a contractor that "ведёт строительство" runs nothing)
        site = next(
            (p for p in ctx.of_type(si, PLACES) if 0 < _words(ctx, si, i, p.start) <= 2 and p.case == "Gen"),
            None,
        )
        if site is None:
            continue
        builder = next(
            (
                o
                for o in reversed(ctx.of_type(si, ("organization",)))
                if o.stop <= i
                and i - o.stop <= BUILDER_REACH
                and _subject_case(o)
                and not any(ctx.tokens[k].text in (",", ";", ":") for k in range(o.stop, i))
            ),
            None,
        )
        if builder is not None:
            yield ctx.fact(site.entity, "operator", {"entity": builder.entity}, si, trigger=i, confidence=0.6)


# --- country ----------------------------------------------------------------


def country(ctx: Context, si: int) -> Iterator[Found]:
    countries = [c for c in ctx.of_type(si, ("country",)) if not c.referring]
    # "турецкая компания Aselsan", "российский концерн «Калашников»"
    for org in ctx.of_type(si, ("organization",)):
        adjective = None if org.referring else _country_adjective(ctx, si, org)
        if adjective:
            yield ctx.fact(
                org.entity, "country", {"entity": adjective}, si, trigger=org.start, confidence=0.6
            )
    places = ctx.of_type(si, PLACES)
    if not places:
        return
    for i in ctx.find(si, lex.IMPLEMENT_VERBS):
        # "Казахстан запускает" (a masculine inanimate subject is often tagged accusative),
        # "Власти Казахстана объявили"
        owner = [
            c
            for c in countries
            if c.stop <= i and (c.case in (None, "Nom", "Acc") or _authority_genitive(ctx, c))
        ]
        targets = [p for p in places if p.start > i and i + 12 >= p.start]
        if owner and targets:
            yield ctx.fact(
                targets[0].entity, "country", {"entity": owner[-1].entity}, si, trigger=i, confidence=0.7
            )
    for place in places:
        adjective = None if place.referring else _country_adjective(ctx, si, place)
        if adjective:
            yield ctx.fact(place.entity, "country", {"entity": adjective}, si, trigger=place.start)
        follower = next((c for c in countries if c.start == place.stop and c.case == "Gen"), None)
        if follower:
            yield ctx.fact(place.entity, "country", {"entity": follower.entity}, si, trigger=place.start)


def country_in_apposition(ctx: Context, si: int) -> Iterator[Found]:
    """ "«Металлоинвест» — один из крупнейших холдингов России", "X является крупнейшим банком
    Казахстана": the country named after the kind of company the name is equated with."""
    _a, b = ctx.spans[si]
    for org in ctx.of_type(si, ("organization",)):
        if org.referring or not _subject_case(org) or ctx.kinds.get(org.entity) == "media":
            continue
        k = org.stop
        while k < b and ctx.tokens[k].text in NAME_QUOTES:
            k += 1
        if k >= b or not (ctx.tokens[k].text in ("—", "–") or ctx.lemma(k) == "являться"):
            continue
        kind = None
        for m in range(k + 1, min(b, k + 1 + rel.APPOSITION_REACH)):
            token = ctx.tokens[m]
            if token.text in (",", ";", ":", "(") or token.pos in ("VERB", "AUX"):
                break
            anchor = ctx.anchor_at(si, m)
            if anchor is not None:
                if (
                    anchor.type == "country"
                    and kind is not None
                    and anchor.case == "Gen"
                    and anchor.start == m
                ):
                    yield ctx.fact(
                        org.entity, "country", {"entity": anchor.entity}, si, trigger=kind, confidence=0.6
                    )
                break
            if ctx.lemma(m) in rel.COMPANY_KIND_NOUNS:
                kind = m


def _authority_genitive(ctx: Context, anchor: Anchor) -> bool:
    """ "власти Казахстана", "правительство Турции": the country acts through its authorities."""
    j = anchor.start - 1
    return anchor.case == "Gen" and j >= 0 and ctx.lemma(j) in lex.AUTHORITY_NOUNS


def _country_adjective(ctx: Context, si: int, place: Anchor) -> str | None:
    """ "казахстанский проект ASPAN", "турецкий завод X": the country the adjective names."""
    a, _b = ctx.spans[si]
    k = place.start - 1
    while k >= a and ctx.tokens[k].text in NAME_QUOTES:
        k -= 1
    # "казахстанский проект ASPAN", "китайский авианосец «Варяг»": the name's type noun
    if k >= a and (
        lex.REFERRING_NOUNS.get(ctx.lemma(k)) == place.type
        or (k < place.start - 1 and ctx.tokens[k].pos == "NOUN" and not ctx.anchor_at(si, k))
    ):
        k -= 1
    while k >= a and ctx.tokens[k].pos == "ADJ":
        country = ctx.entity_by_adjective(ctx.lemma(k), ("country",))
        if country:
            return country
        k -= 1
    return None


# --- part_of ----------------------------------------------------------------


def part_of(ctx: Context, si: int) -> Iterator[Found]:
    a, _b = ctx.spans[si]
    # a referring plant noun only as the sentence's subject ("Завод построен в рамках программы X")
    facilities = [
        x for x in ctx.of_type(si, ("facility",)) if not x.referring or (x.start == a and _subject_case(x))
    ]
    for facility in facilities:
        # an ordinal type noun before the name: "Первый завод, ASPAN-1" — one of the project's plants
        j = facility.start - 1
        while j >= a and ctx.tokens[j].text in (",", "—", "(", "«"):
            j -= 1
        ordinal = j - 1 >= a and ctx.lemma(j) in lex.FACILITY_NOUNS and ctx.lemma(j - 1) in lex.ORDINALS
        # an unnamed numbered plant: "Второй завод, в Ужице, …"
        ordinal = ordinal or (
            not facility.referring
            and facility.stop - facility.start == 1
            and ctx.lemma(facility.start) in lex.FACILITY_NOUNS
            and facility.start - 1 >= a
            and ctx.lemma(facility.start - 1) in lex.ORDINALS
        )
        projects = [p for p in ctx.of_type(si, ("project",)) if p.entity != facility.entity]
        cue = ctx.find(si, lex.PART_CUES)
        if projects and cue:
            yield ctx.fact(facility.entity, "part_of", {"entity": projects[0].entity}, si, trigger=cue[0])
        elif ordinal:
            project = _recent_project(ctx, si)
            if project:
                yield ctx.fact(facility.entity, "part_of", {"entity": project}, si, trigger=j, confidence=0.6)
    for i in ctx.find(si, {"дочерний", "подразделение", "subsidiary", "входить", "входящий"}):
        orgs = ctx.of_type(si, ("organization",))
        # "Балтийский завод входит в ОСК": a plant, too, is part of the group it belongs to
        children = (
            ctx.of_type(si, ("organization", "facility")) if ctx.lemma(i) in ("входить", "входящий") else orgs
        )
        child = next(
            (
                o
                for o in reversed(children)
                if o.stop <= i
                and i - o.stop <= 3
                and not o.referring
                and not any(_clause_verb(ctx.tokens[k]) for k in range(o.stop, i))
            ),
            None,
        )  # "Fininvest передала права дочерней компании Mediaset": the verb's subject is no child
        parent = next((o for o in orgs if o.start > i and o.start - i <= 4), None)
        if child is None and parent is not None and parent.case in ("Gen", None):
            # "дочерняя компания «Газпрома» «Газпром экспорт»": the parent, then the child's name
            child = next(
                (o for o in orgs if 0 <= o.start - parent.stop <= 2 and o.entity != parent.entity), None
            )
        if child and parent and child.entity != parent.entity and ctx.kinds.get(parent.entity) != "alliance":
            yield ctx.fact(child.entity, "part_of", {"entity": parent.entity}, si, trigger=i, confidence=0.6)


def _clause_verb(token: Token) -> bool:
    """A finite verb other than a copula ("передала", not "является")."""
    return (
        token.pos in ("VERB", "AUX")
        and token.feats.get("VerbForm") not in ("Part", "Conv", "Inf")
        and token.lemma not in rel.COPULAS
    )


OWNER_NOUNS = frozenset({"акционер", "владелец", "совладелец", "собственник"})
OWNER_CLAUSE_REACH = 5  # tokens from the comma to the owner's noun ("одним из главных акционеров которого")


def _named_before_comma(ctx: Context, si: int, comma: int) -> Anchor | None:
    """The organisation, plant or project whose name (closing quotes included) ends at the comma."""
    k = comma
    while k > ctx.spans[si][0] and ctx.tokens[k - 1].text in NAME_QUOTES:
        k -= 1
    return next((x for x in ctx.anchors[si] if x.type in HELD and x.stop == k and not x.referring), None)


def owner_clause(ctx: Context, si: int) -> Iterator[Found]:
    """ "компании «Самрук-Казына», которой принадлежит энергетический гигант «Казмунайгаз»", "банка
    «ГПБ-Ипотека», одним из главных акционеров которого является Газпромбанк": a relative clause saying
    what a company owns or who owns it."""
    a, b = ctx.spans[si]
    for i in ctx.find(si, {"который"}):
        if i + 2 >= b:
            continue
        if (
            ctx.tokens[i - 1].text == ","
            and ctx.lemma(i + 1) == "принадлежать"
            and _clause_verb(ctx.tokens[i + 1])
        ):
            owner = _named_before_comma(ctx, si, i - 1)
            k = i + 2
            while k < b and (ctx.tokens[k].text in NAME_QUOTES or ctx.tokens[k].pos in ("ADJ", "NOUN")):
                if ctx.anchor_at(si, k) is not None:
                    break
                k += 1  # "энергетический гигант «Казмунайгаз»"
            owned = ctx.anchor_at(si, k) if k < b else None
            if owner is not None and owned is not None and owned.start == k and owned.type in HELD:
                yield from _held(ctx, owned, owner, si, i + 1)
            continue
        if ctx.lemma(i - 1) not in OWNER_NOUNS or ctx.lemma(i + 1) not in rel.COPULAS:
            continue
        comma = next(
            (
                k
                for k in range(i - 2, max(a, i - 2 - OWNER_CLAUSE_REACH) - 1, -1)
                if ctx.tokens[k].text == ","
            ),
            None,
        )
        owned = _named_before_comma(ctx, si, comma) if comma is not None else None
        owner = ctx.anchor_at(si, i + 2)
        if owned is not None and owner is not None and owner.start == i + 2 and owner.type == "organization":
            yield from _held(ctx, owned, owner, si, i)


def _held(ctx: Context, child: Anchor, parent: Anchor, si: int, trigger: int) -> Iterator[Found]:
    """A company held by another is part of it; a plant or field it holds is run by it."""
    if child.entity == parent.entity or "media" in (
        ctx.kinds.get(child.entity),
        ctx.kinds.get(parent.entity),
    ):
        return
    predicate = "part_of" if child.type == "organization" else "operator"
    yield ctx.fact(child.entity, predicate, {"entity": parent.entity}, si, trigger=trigger, confidence=0.6)


HELD = ("organization", "facility", "project")
# plural nouns for what a group holds ("предприятия холдинга — X, Y и Z")
HOLDING_PARTS = frozenset(
    {"предприятие", "актив", "дочка", "структура", "подразделение", "компания", "завод", "комбинат"}
)


def holdings(ctx: Context, si: int) -> Iterator[Found]:
    """ "X владеет Y", "в собственности X находится Y", "предприятия холдинга X — A, B и C",
    "в холдинг X входят A и B": what a company holds."""
    a, b = ctx.spans[si]
    orgs = [o for o in ctx.of_type(si, ("organization",)) if ctx.kinds.get(o.entity) != "media"]
    for i in ctx.find(si, rel.OWN_VERBS):
        owner = next(
            (
                o
                for o in reversed(orgs)
                if o.stop <= i and i - o.stop <= 3 and _subject_case(o) and not o.referring
            ),
            None,
        )
        # "владеет [«]Лебединским ГОКом": the verb governs the instrumental, whatever the tagger says
        owned_anchor = next(
            (
                x
                for x in ctx.anchors[si]
                if x.type in HELD
                and x.start > i
                and all(ctx.tokens[k].text in NAME_QUOTES for k in range(i + 1, x.start))
                and not x.referring
            ),
            None,
        )
        if owner is not None and owned_anchor is not None:
            yield from _held(ctx, owned_anchor, owner, si, i)
    for i in ctx.find(si, rel.PROPERTY_NOUNS):
        # "в собственности МНКТ находится ООО «ТНГК»"
        if i == a or ctx.lemma(i - 1) not in ("в", "во"):
            continue
        owner = next((o for o in orgs if o.start == i + 1 and o.case in ("Gen", None)), None)
        if owner is None:
            continue
        k = owner.stop
        while k < b and ctx.tokens[k].text in NAME_QUOTES:
            k += 1
        if k >= b or not (
            ctx.lemma(k) in ("находиться", "оказаться", "быть") or ctx.tokens[k].text in ("—", "–")
        ):
            continue
        owned_anchor = next(
            (
                x
                for x in ctx.anchors[si]
                if x.type in HELD and 0 < x.start - k <= 5 and _subject_case(x) and not _legal_form(ctx, x)
            ),
            None,
        )
        if owned_anchor is not None:
            yield from _held(ctx, owned_anchor, owner, si, i)
    for i in ctx.find(si, HOLDING_PARTS):
        # "Крупнейшие предприятия холдинга — Лебединский ГОК, «Уральская сталь» и ОЭМК"
        if ctx.tokens[i].feats.get("Number") != "Plur" or i + 1 >= b:
            continue
        k = i + 1
        typed = lex.REFERRING_NOUNS.get(ctx.lemma(k)) == "organization" and not ctx.anchor_at(si, k)
        if typed:
            k += 1  # "предприятия холдинга «Евраз»": the type noun carries the case
        while k < b and ctx.tokens[k].text in NAME_QUOTES:
            k += 1
        parent = ctx.anchor_at(si, k) if k < b else None
        genitive = (
            ctx.tokens[i + 1].feats.get("Case") == "Gen" if typed else parent and parent.case in ("Gen", None)
        )
        if typed and (parent is None or ctx.tokens[k].text in ("—", "–", ":")):
            # "предприятия холдинга — …": the holding named before
            parent, k = _recent_organization(ctx, si, i), i + 2
        elif parent is not None:
            k = parent.stop
        if parent is None or parent.type != "organization" or not genitive:
            continue
        while k < b and ctx.tokens[k].text in NAME_QUOTES:
            k += 1
        if k >= b or ctx.tokens[k].text not in ("—", "–", ":"):
            continue
        parts = [x for x in ctx.anchors[si] if x.type in HELD and x.start > k and x.entity != parent.entity]
        for child in _listed(ctx, parts, k):
            if child.entity != parent.entity and not _legal_form(ctx, child):
                # the group's enterprises, plants among them, are its parts
                yield ctx.fact(
                    child.entity, "part_of", {"entity": parent.entity}, si, trigger=i, confidence=0.6
                )


def _legal_form(ctx: Context, anchor: Anchor) -> bool:
    """ "ООО" taken for a name of its own in "ООО «ТНГК»"."""
    return anchor.stop - anchor.start == 1 and ctx.lemma(anchor.start) in rel.LEGAL_FORMS


def _recent_organization(ctx: Context, si: int, i: int) -> Anchor | None:
    """The organisation named last before token `i`, in this sentence or the REFERENCE_WINDOW before it."""
    fallback = None
    for sj in range(si, max(-1, si - REFERENCE_WINDOW), -1):
        found = [
            o
            for o in ctx.of_type(sj, ("organization",))
            if o.stop <= i and ctx.kinds.get(o.entity) != "media" and not _legal_form(ctx, o)
        ]
        # the topic is a subject: "«Металлоинвест» — один из холдингов … Принадлежит USM …
        # Предприятия холдинга — …" refers to Металлоинвест, not to its owner in the dative
        subject = next((o for o in reversed(found) if o.case == "Nom"), None)
        if subject is not None:
            return subject
        fallback = fallback or (found[-1] if found else None)
    return fallback


def topic_owned(ctx: Context, si: int) -> Iterator[Found]:
    """ "Принадлежит USM Holdings.": a sentence opening with the verb continues the company just named."""
    a, _b = ctx.spans[si]
    if si == 0 or a >= _b or ctx.lemma(a) not in lex.OWNED_CUES or ctx.tokens[a].pos != "VERB":
        return
    owner = next(
        (
            o
            for o in ctx.of_type(si, ("organization",))
            if o.start in (a + 1, a + 2) and o.case in ("Dat", None)
        ),
        None,
    )
    if owner is None or ctx.kinds.get(owner.entity) == "media":
        return
    owned_anchor = _recent_organization(ctx, si - 1, ctx.spans[si - 1][1])
    if owned_anchor is not None and owned_anchor.entity != owner.entity:
        yield from _held(ctx, owned_anchor, owner, si, a)


# the organs of a party or movement ("Высший совет", "Центральный комитет", "региональное отделение")
PARTY_ORGANS = frozenset(
    {
        "совет",
        "политсовет",
        "комитет",
        "президиум",
        "политбюро",
        "бюро",
        "исполком",
        "правление",
        "секретариат",
        "комиссия",
        "фракция",
        "отделение",
        "штаб",
        "ячейка",
        "съезд",
    }
)


def _party_named(ctx: Context, child: Anchor, parent: Anchor) -> bool:
    """ "Высшего совета партии «Единая Россия»", "Политсовет движения «Наши»": the body's noun in the
    genitive, in the child's name or after it, then the parent's quoted name (in any case); the child
    a party's organ ("Курской областной думы[от] партии «…»" has lost its "от")."""
    if _institution_head(ctx, child) not in PARTY_ORGANS:
        return False
    k = child.stop
    if k < parent.start and ctx.lemma(k) in rel.BODY_NOUNS and ctx.tokens[k].feats.get("Case") == "Gen":
        k += 1
    elif ctx.lemma(child.stop - 1) not in rel.BODY_NOUNS or child.stop - 1 == child.start:
        return False
    quotes = parent.start - k
    return quotes > 0 and all(ctx.tokens[j].text in NAME_QUOTES for j in range(k, parent.start))


def genitive_parent(ctx: Context, si: int) -> Iterator[Found]:
    """ "ГРУ Генштаба", "Генштаб Вооружённых сил РФ": a body named with another in the genitive is
    part of it."""
    orgs = [o for o in ctx.of_type(si, ("organization",)) if not o.referring]
    for child, parent in itertools.pairwise(orgs):
        adjacent = parent.start == child.stop and parent.case == "Gen"
        if not (adjacent or _party_named(ctx, child, parent)) or child.entity == parent.entity:
            continue
        if _country_name(ctx, parent) or all(
            ctx.tokens[k].pos == "ADJ" for k in range(child.start, child.stop)
        ):
            # "ФНС России", "в Минюсте РФ": a state's name taken for a body's is no parent;
            # "Китайского государственного | Большого театра": one name cut in two
            continue
        if "media" in (ctx.kinds.get(child.entity), ctx.kinds.get(parent.entity)):
            continue
        if ctx.kinds.get(child.entity) == "alliance":
            continue
        yield ctx.fact(
            child.entity, "part_of", {"entity": parent.entity}, si, trigger=parent.start, confidence=0.6
        )
        # "армия, ВВС и ВМС Пентагона": bodies of the same kind listed before the last share its parent
        for other in _listed_with(ctx, orgs, child):
            if other.entity != parent.entity and ctx.kinds.get(other.entity) == ctx.kinds.get(child.entity):
                yield ctx.fact(
                    other.entity,
                    "part_of",
                    {"entity": parent.entity},
                    si,
                    trigger=parent.start,
                    confidence=0.6,
                )


def _country_name(ctx: Context, anchor: Anchor) -> bool:
    """Whether the anchor's words name a country ("России", "РФ"), whatever entity they were linked to."""
    words = " ".join(ctx.tokens[k].text for k in range(anchor.start, anchor.stop))
    entry = gazetteer().find(words)
    return entry is not None and entry.type == "country"


LIST_LINKS = frozenset({",", "и", "«", "»", '"'})


def _listed_with(ctx: Context, orgs: list[Anchor], last: Anchor) -> list[Anchor]:
    """The organisations coordinated before `last` ("A, B и [last]"), nearest first; none when
    anything but commas, "и" and quotes stands between them."""
    found: list[Anchor] = []
    cur = last
    for other in reversed([o for o in orgs if o.stop <= last.start]):
        between = [ctx.tokens[k].text.lower() for k in range(other.stop, cur.start)]
        if (
            not between
            or not all(t in LIST_LINKS for t in between)
            or not any(t in (",", "и") for t in between)
        ):
            break
        found.append(other)
        cur = other
    return found


PART_BODY_NOUNS = frozenset({"орган", "подразделение", "структура", "ведомство", "управление"})


def listed_parts(ctx: Context, si: int) -> Iterator[Found]:
    """ "компьютеры министерства обороны США: Армии США, Военно-воздушных сил и Морского флота": the
    bodies listed after a colon that closes an organisation's name are its parts; after a dash, when a
    plural noun of parts governs the name ("высшим органам КПРФ — Президиуму и Центральному комитету")."""
    a, b = ctx.spans[si]
    orgs = [o for o in ctx.of_type(si, ("organization",)) if not o.referring]
    for parent in orgs:
        c = parent.stop
        while c < b and ctx.tokens[c].text in NAME_QUOTES:
            c += 1
        if c >= b or ctx.kinds.get(parent.entity) in ("alliance", "media"):
            continue
        k = parent.start - 1 - _quotes_before(ctx, parent)
        parts_noun = (
            k >= a and ctx.lemma(k) in PART_BODY_NOUNS and ctx.tokens[k].feats.get("Number") == "Plur"
        )
        if not (ctx.tokens[c].text == ":" or (ctx.tokens[c].text in ("—", "–") and parts_noun)):
            continue
        end = b
        while end > c and ctx.tokens[end - 1].text in (".", "!", ";"):
            end -= 1
        items = [o for o in orgs if c < o.start and o.stop <= end]
        if len(items) < 2:
            continue
        covered = {k for o in items for k in range(o.start, o.stop)}
        rest = [ctx.tokens[k].text.lower() for k in range(c + 1, end) if k not in covered]
        if not all(t in LIST_LINKS for t in rest):
            continue  # not a bare list: "МИД: Россия и Китай договорились"
        for child in items:
            if child.entity != parent.entity and ctx.kinds.get(child.entity) != "media":
                yield ctx.fact(
                    child.entity, "part_of", {"entity": parent.entity}, si, trigger=c, confidence=0.6
                )


def _recent_project(ctx: Context, si: int) -> str | None:
    for sj in range(si, max(-1, si - 3), -1):
        projects = ctx.of_type(sj, ("project",))
        if projects:
            return projects[-1].entity
    return None


def named_part_of(ctx: Context) -> Iterator[Found]:
    """A facility named after a project plus a number ("ASPAN-1" of "ASPAN") is one of its parts."""
    facilities, projects = {}, {}
    for si, row in enumerate(ctx.anchors):
        for anchor in row:
            if anchor.referring:
                continue
            target = (
                facilities if anchor.type == "facility" else projects if anchor.type == "project" else None
            )
            if target is not None:
                target.setdefault(anchor.entity, (si, anchor))
    for fid, (si, _anchor) in facilities.items():
        for pid in projects:
            if any(
                re.fullmatch(rf"{re.escape(p)}[\s-]*\d+", f, re.I)
                for f in ctx.names.get(fid, ())
                for p in ctx.names.get(pid, ())
            ):
                yield ctx.fact(fid, "part_of", {"entity": pid}, si, confidence=0.75)


# --- planned_facilities -----------------------------------------------------


def planned_facilities(ctx: Context, si: int) -> Iterator[Found]:
    a, b = ctx.spans[si]
    if not ctx.find(si, lex.PLAN_CUES):
        return
    projects = ctx.of_type(si, ("project",))
    for i in range(a, b):
        token = ctx.tokens[i]
        if token.pos != "NUM" and not token.text.isdigit():
            continue
        noun = next((k for k in range(i + 1, min(b, i + 3)) if ctx.lemma(k) in lex.FACILITY_NOUNS), None)
        value = parse_number(token.text)
        if noun is None or value is None or value >= 1000 or not float(value).is_integer():
            continue
        project = _nearest(projects, i)
        if project:
            yield ctx.fact(
                project.entity, "planned_facilities", {"value": as_int(value)}, si, trigger=i, confidence=0.75
            )


# --- cost -------------------------------------------------------------------


# A part of a project or plant whose cost is not the whole's ("участок", "очередь", "энергоблок").
PART_NOUNS = frozenset(
    {"участок", "очередь", "этап", "энергоблок", "блок", "секция", "ветка", "нитка", "часть"}
)


SPENT_ON = frozenset({"строительство", "создание", "реконструкция", "модернизация", "возведение", "проект"})


def _spent_on_place(ctx: Context, si: int, c: int) -> bool:
    """ "на строительство завода X потрачено", "выделено на проект X": money spent on building a place."""
    a, b = ctx.spans[si]
    for k in range(max(a, c - 6), min(b - 1, c + 6)):
        if ctx.lemma(k) == "на" and (
            ctx.lemma(k + 1) in SPENT_ON
            or (ctx.anchor_at(si, k + 1) and ctx.anchor_at(si, k + 1).type in PLACES)
        ):
            return True
    return False


def _topic(ctx: Context, si: int) -> list[Anchor]:
    """ "Завод X строится в Y. Объём инвестиций составит Z.": a sentence that names no plant, project,
    organisation or country in the nominative continues the one plant or project of the sentence before."""
    if si == 0 or any(
        x.type in PLACES
        or (
            x.type in (*ACTORS, "person")
            and x.case in ("Nom", None)
            and not (x.start > 0 and ctx.lemma(x.start - 1) in lex.STANDARD_NOUNS)  # "стандартам ISO"
        )
        for x in ctx.anchors[si]
    ):
        return []
    previous = {x.entity: x for x in ctx.anchors[si - 1] if x.type in PLACES}
    if len(previous) != 1:
        return []
    [anchor] = previous.values()
    a, _b = ctx.spans[si]
    return [Anchor(a, a, anchor.entity, anchor.type, "Nom", referring=True)]


def cost(ctx: Context, si: int) -> Iterator[Found]:
    cues = ctx.find(si, lex.COST_CUES) + [
        c for c in ctx.find(si, rel.SPEND_CUES) if _spent_on_place(ctx, si, c)
    ]
    places = ctx.of_type(si, PLACES) or (_topic(ctx, si) if ctx.find(si, lex.COST_CUES) else [])
    if not cues or not places:
        return
    sentence = ctx.doc.sentences[si]
    text = ctx.doc.text[sentence.start : sentence.stop]
    for money in find_money(text):
        cue = min(cues, key=lambda c: abs(ctx.tokens[c].start - sentence.start - money.start))
        subject = next((p for p in places if p.start > cue and p.start - cue <= 3), None) or _nearest(
            places, cue
        )
        a = ctx.spans[si][0]
        if any(ctx.lemma(k) in PART_NOUNS for k in range(max(a, subject.start - 4), subject.start)):
            continue  # "Стоимость морского участка газопровода X": the cost of a part of X
        qualifier = money.qualifier
        if qualifier is None and any(ctx.lemma(c) in ("оцениваться", "оценить", "estimate") for c in cues):
            qualifier = "estimate"
        yield ctx.fact(
            subject.entity, "cost", money.to_object(), si, trigger=cue, qualifier=qualifier, confidence=0.75
        )


# --- standard ---------------------------------------------------------------


def standard(ctx: Context, si: int) -> Iterator[Found]:
    a, b = ctx.spans[si]
    places = ctx.of_type(si, PLACES) or _topic(ctx, si)
    if not places:
        return
    for i in ctx.find(si, lex.STANDARD_NOUNS):
        obj = None
        org = next(
            (x for x in ctx.anchors[si] if x.start in (i + 1, i + 2) and x.type == "organization"), None
        )
        if org:
            obj = {"entity": org.entity}
        elif i > a and ctx.lemma(i - 1) in ("натовский", "nato"):
            nato = ctx.entity_named("нато", "nato")
            obj = {"entity": nato} if nato else {"text": "стандарт НАТО"}
        elif i + 1 < b and ctx.tokens[i + 1].pos == "PROPN" and ctx.tokens[i + 1].text.isupper():
            obj = {"text": ctx.tokens[i + 1].text}
        if obj:
            subject = _nearest(places, i)
            yield ctx.fact(subject.entity, "standard", obj, si, trigger=i, confidence=0.7)


# --- product ----------------------------------------------------------------


# Adjectives that say nothing of what a generic "продукция" is ("новая продукция", "своя продукция").
EMPTY_QUALIFIERS = frozenset(
    {
        "новый",
        "свой",
        "собственный",
        "этот",
        "такой",
        "данный",
        "другой",
        "весь",
        "наш",
        "готовый",
        "различный",
    }
)


def _qualified(ctx: Context, start: int, head: int) -> bool:
    """ "железорудная продукция": a generic head made specific by an adjective of substance."""
    return ctx.lemma(head) in ("продукция", "products") and any(
        ctx.tokens[k].pos == "ADJ" and ctx.lemma(k) not in EMPTY_QUALIFIERS for k in range(start, head)
    )


def _phrases_after(ctx: Context, i: int, b: int, *, qualified: bool = False) -> list[tuple[int, int, int]]:
    phrases = []
    j = i
    while j < b:
        np = noun_phrase(ctx.tokens, j, b)
        if np is None:
            break
        start, head, end = np
        if ctx.anchor_at_any(head) or (
            ctx.lemma(head) in GENERIC_PRODUCTS and not (qualified and _qualified(ctx, start, head))
        ):
            break
        # "продукции России": a name in the genitive tail is where or whose, not what
        named = next((k for k in range(head + 1, end) if ctx.anchor_at_any(k)), None)
        if named is not None:
            np = start, head, named
            end = named
        phrases.append(np)
        k = _models(ctx, end, b)[1]  # "вертолеты Ми-8 и автоматы": past the models to the next kind
        glue = False
        while k < b and (ctx.tokens[k].text.lower() in LIST_GLUE):
            glue = True
            k += 1
        if not glue:
            break
        j = k
    return phrases


PURPOSE_PREPOSITIONS = frozenset({"по", "для", "под"})
UNPRODUCTIVE_KINDS = frozenset({"government", "media", "party", "international"})


def _plant_of_cue(ctx: Context, si: int, i: int) -> Anchor | bool | None:
    """ "завода по выпуску X", "площадку «Y» для производства X": the plant the nominal cue belongs to.

    Returns its anchor; True when a plant noun governs the cue but is no entity (plural, counted or
    unnamed), so the product is nobody's we know; None when no plant noun governs it."""
    a, _b = ctx.spans[si]
    if ctx.tokens[i].pos != "NOUN" or i - 2 < a or ctx.lemma(i - 1) not in PURPOSE_PREPOSITIONS:
        return None
    k = i - 2
    while k > a and ctx.tokens[k].text in NAME_QUOTES and ctx.anchor_at_any(k) is None:
        k -= 1  # "площадку «Скаржиско-2» для выпуска": the name's closing quote
    anchor = ctx.anchor_at_any(k)
    if anchor is not None:
        return anchor if anchor.type in PLACES else None
    if ctx.lemma(k) in lex.FACILITY_NOUNS and ctx.lemma(k) not in ("линия", "объект", "производство"):
        return True
    return None


def product(ctx: Context, si: int) -> Iterator[Found]:
    _a, b = ctx.spans[si]
    for i in ctx.find(si, lex.PRODUCT_CUES | rel.EXTRACT_VERBS):
        if ctx.tokens[i].pos == "NOUN" and ctx.tokens[i].feats.get("Case") == "Nom":
            continue  # "производство зерновых не будет увеличено": nobody's product is stated
        j = i + 1
        while j < b and ctx.tokens[j].pos == "ADV":
            j += 1
        phrases = _phrases_after(ctx, j, b)
        if not phrases:
            continue
        places = ctx.of_type(si, PLACES)
        # the grammatical subject when there is one ("компания собирается заняться производством");
        # a participle's own noun ("компании X, производящей кормовые добавки")
        subject = (
            _participle_head(ctx, si, i)
            or next(
                (
                    x
                    for x in reversed(ctx.of_type(si, (*PLACES, "organization")))
                    if x.stop <= i and _subject_case(x) and not _in_relative_clause(ctx, si, x.start, i)
                ),
                None,
            )
            or _nearest(places, i)
        )
        plant = _plant_of_cue(ctx, si, i)
        if isinstance(plant, Anchor):
            subject = plant
        elif plant is True and subject is not None and subject.type == "organization":
            # "Холдинг X строит два завода по выпуску Y": the plants make Y; a ministry, a government
            # or an outlet that speaks of them makes nothing, nor does a company of plural plants
            noun = ctx.tokens[i - 2]
            if ctx.kinds.get(subject.entity) in UNPRODUCTIVE_KINDS or noun.feats.get("Number") == "Plur":
                continue
        if subject is None:
            continue
        for start, head, end in phrases:
            for obj in _product_objects(ctx, start, head, end, b):
                yield ctx.fact(subject.entity, "product", obj, si, trigger=i, confidence=0.7)


ACTIVITY_NOUNS = frozenset({"деятельность", "профиль", "специализация"})


def activity(ctx: Context, si: int) -> Iterator[Found]:
    """ "Основной вид деятельности [компании] — добыча нефти и газа": what the company just named produces."""
    a, b = ctx.spans[si]
    activities = ctx.find(si, ACTIVITY_NOUNS)
    if not activities:
        return
    first = activities[0]
    holder = next(
        (
            o
            for o in ctx.of_type(si, ("organization",))
            if o.start in (first + 1, first + 2) and o.case in ("Gen", None)
        ),
        None,
    ) or _recent_organization(ctx, si, a)
    if holder is None:
        return
    for n in activities:
        if ctx.lemma(n) == "деятельность" and (
            n == a or ctx.lemma(n - 1) not in ("вид", "направление", "профиль")
        ):
            continue  # "расширил деятельность в Азии": no kind of activity is named
        dash = next(
            (k for k in range(n + 1, min(b, n + 4)) if ctx.tokens[k].text in ("—", "–", "-", ":")), None
        )
        if dash is None or dash + 1 >= b or ctx.lemma(dash + 1) not in lex.PRODUCT_CUES | rel.EXTRACT_VERBS:
            continue
        for start, head, end in _phrases_after(ctx, dash + 2, b):
            for obj in _product_objects(ctx, start, head, end, b):
                yield ctx.fact(holder.entity, "product", obj, si, trigger=dash + 1, confidence=0.6)


def producer(ctx: Context, si: int) -> Iterator[Found]:
    """ "производитель самолетов Boeing", "Lockheed Martin — крупнейший производитель вооружений":
    a maker's noun with what it makes, in apposition to the organisation."""
    a, b = ctx.spans[si]
    for i in ctx.find(si, PRODUCER_NOUNS):
        one_of = _one_of(ctx, si, i)
        if ctx.tokens[i].feats.get("Number") == "Plur" and one_of is None:
            continue  # "отчисления с производителей техники X": makers in general, X is someone else
        j = i + 1
        while j < b and (ctx.lemma(j) in ("в", "мир") or ctx.tokens[j].pos == "ADV"):
            j += 1  # "крупнейший в мире производитель"
        phrases = [
            p
            for p in _phrases_after(ctx, j, b, qualified=True)
            if ctx.tokens[p[1]].feats.get("Case") == "Gen"
        ]
        if not phrases:
            continue
        last = phrases[-1][2]
        last = _models(ctx, last, b)[1]
        orgs = ctx.of_type(si, ("organization",))
        maker = next(
            (
                o
                for o in orgs
                if o.start == last or (o.start == last + 1 and ctx.tokens[last].text in ("«", '"'))
            ),
            None,
        )
        if maker is None:
            # "X — крупнейший производитель", "X является производителем", "X — один из … производителей"
            k = i - 1 if one_of is None else one_of - 1
            while k >= a and (ctx.tokens[k].pos == "ADJ" or ctx.lemma(k) in ("в", "мир", "один", "из")):
                k -= 1
            if k >= a and (ctx.tokens[k].text in ("—", "–", "-") or ctx.lemma(k) == "являться"):
                # "X — крупнейший производитель", "ОАО «X» - разработчика ракеты": the name in apposition
                # agrees with the maker's noun
                case = ctx.tokens[i].feats.get("Case")
                maker = next(
                    (
                        o
                        for o in reversed(orgs)
                        if o.stop <= k
                        and k - o.stop <= 2
                        and all(ctx.tokens[q].text in NAME_QUOTES for q in range(o.stop, k))
                        and (_subject_case(o) or o.case == case)
                    ),
                    None,
                )
        if maker is None:
            continue
        for start, head, end in phrases:
            for obj in _product_objects(ctx, start, head, end, b):
                yield ctx.fact(maker.entity, "product", obj, si, trigger=i, confidence=0.6)


ONE_OF_REACH = 8  # tokens from "один из" to the plural maker's noun


def _one_of(ctx: Context, si: int, i: int) -> int | None:
    """ "один из крупнейших холдингов и производителей …": the token of "один" before a plural noun of a
    class the subject belongs to, the words between being adjectives, nouns of the same case and "и"."""
    a, _b = ctx.spans[si]
    for k in range(i - 1, max(a, i - ONE_OF_REACH) - 1, -1):
        token = ctx.tokens[k]
        if ctx.lemma(k) == "из" and k - 1 >= a and ctx.lemma(k - 1) == "один":
            return k - 1
        if not (token.pos in ("ADJ", "NOUN") or token.text.lower() == "и"):
            return None
    return None


def _models(ctx: Context, k: int, b: int) -> tuple[list[str], int]:
    """Model names right after a product noun («Шкода Октавия», F-35 и F-22, Ми-8), and the
    token after them."""
    models: list[str] = []
    while k < b:
        text = ctx.tokens[k].text
        if text in ("«", '"', "„", "“"):
            close = next(
                (c for c in range(k + 1, min(b, k + 1 + MODEL_WORDS)) if ctx.tokens[c].text in NAME_QUOTES),
                None,
            )
            if close is None or close == k + 1 or any(ctx.anchor_at_any(c) for c in range(k + 1, close)):
                break
            models.append(_text(ctx, k + 1, close))
            k = close + 1
            if k < b and ctx.tokens[k].text == "(":
                # "«Шкода Октавия» (Skoda Octavia)": the name in its own alphabet repeats it
                k = next(
                    (c + 1 for c in range(k + 1, min(b, k + 1 + MODEL_WORDS)) if ctx.tokens[c].text == ")"), k
                )
        elif MODEL_DESIGNATION.match(text) and not ctx.anchor_at_any(k):
            models.append(text)
            k += 1
        else:
            break
        if (
            k + 1 < b
            and ctx.tokens[k].text in ("и", ",")
            and (ctx.tokens[k + 1].text in ("«", '"') or MODEL_DESIGNATION.match(ctx.tokens[k + 1].text))
        ):
            k += 1
            continue
        break
    return models, k


def unattributed_products(ctx: Context) -> Iterator[Found]:
    """ "В первую очередь будут собираться автомобили «Шкода Октавия»": a product stated with no
    maker, in an article about one plant named in the sentences just before, is that plant's."""
    plants = {x.entity for row in ctx.anchors for x in row if x.type == "facility"}
    if len(plants) != 1:
        return
    (plant,) = plants
    for si, (_a, b) in enumerate(ctx.spans):
        if any(x.type in (*PLACES, "organization", "country") for x in ctx.anchors[si]):
            continue
        if not any(
            x.entity == plant for row in ctx.anchors[max(0, si - UNATTRIBUTED_REACH) : si] for x in row
        ):
            continue
        for i in ctx.find(si, lex.PRODUCT_CUES | PASSIVE_ASSEMBLY):
            token = ctx.tokens[i]
            passive = token.feats.get("Voice") == "Pass" or ctx.lemma(i) in PASSIVE_ASSEMBLY
            if token.pos != "VERB" or not passive:
                continue
            for start, head, end in _phrases_after(ctx, i + 1, b):
                text = nominative(ctx.tokens, start, head, end)
                for model in _models(ctx, end, b)[0]:
                    yield ctx.fact(plant, "product", {"text": model}, si, trigger=i, confidence=0.5)
                yield ctx.fact(plant, "product", {"text": text}, si, trigger=i, confidence=0.5)


def _product_objects(ctx: Context, start: int, head: int, end: int, b: int) -> list[dict]:
    tail_end = end
    # "боеприпасов калибра 152 мм", "снарядов калибров 105 и 155 мм"
    if end < b and ctx.lemma(end) == "калибр":
        tail_end = min(b, end + 6)
    inside = [t for t in range(start, head) if is_calibre(ctx.tokens[t])]
    if inside:
        # "120-мм и 81-мм минометные мины": one product per calibre
        first = inside[-1] + 1
        base = nominative(ctx.tokens, first, head, end)
        return [
            {"text": f"{as_int(c.mm)}-мм {base}", "calibre_mm": as_int(c.mm)}
            for c in find_calibres(_text(ctx, start, head))
        ]
    calibres = find_calibres(_text(ctx, end, tail_end)) if tail_end > end else []
    kinds = coordinated_nominatives(ctx.tokens, start, head, end)
    if kinds and not calibres:
        # "разведывательных и ударных дронов": one product per kind
        return [{"text": kind} for kind in kinds]
    text = nominative(ctx.tokens, start, head, end)
    if calibres:
        return [{"text": f"{as_int(c.mm)}-мм {text}", "calibre_mm": as_int(c.mm)} for c in calibres]
    models, _next = _models(ctx, end, b)
    if models:
        # "истребители F-35 и F-22": one product per model, named with its kind
        return [{"text": f"{text} {model}"} for model in models]
    return [{"text": text}]


def _in_relative_clause(ctx: Context, si: int, k: int, i: int) -> bool:
    """Token `k` lies in a ", который …," clause that token `i` is outside of."""
    a, b = ctx.spans[si]
    for r in ctx.find(si, {"который"}):
        comma = next((c for c in range(r - 1, max(a, r - 4) - 1, -1) if ctx.tokens[c].text == ","), None)
        if comma is None:
            continue
        end = next((c for c in range(r + 1, b) if ctx.tokens[c].text in (",", ";", "—")), b)
        if comma < k < end and not comma < i < end:
            return True
    return False


# --- status and operational_by ------------------------------------------------


def _clause_subject(ctx: Context, si: int, i: int) -> Anchor | None:
    """The project or facility the verb at `i` is about: a nominative one before it, or after it."""
    places = ctx.of_type(si, PLACES)
    before = [
        p
        for p in places
        if p.stop <= i
        and (_opening_subject(ctx, si, p) or _process_genitive(ctx, p) or _possessed_process(ctx, p))
    ]
    if before:
        p = before[-1]
        # a finite verb between the subject and this verb starts another clause, unless joined by "и"
        between = range(p.stop, i)
        if not any(ctx.tokens[k].text in (";", ":") for k in between):
            return p
    after = [p for p in places if p.start > i and p.start - i <= 3 and _subject_case(p)]
    if after:
        return after[0]
    # "запуск [первой очереди завода] X", "началось строительство завода X"
    genitive = [p for p in places if p.start > i and p.start - i <= 5 and p.case == "Gen"]
    return genitive[0] if genitive else None


def _possessed_process(ctx: Context, anchor: Anchor) -> bool:
    """ "его строительство уже ведётся": the plant's process noun after a possessive pronoun."""
    return (
        anchor.referring
        and ctx.tokens[anchor.start].text.lower() in ("его", "её", "ее")
        and anchor.stop < len(ctx.tokens)
        and ctx.lemma(anchor.stop) in lex.PROCESS_NOUNS
    )


def _process_genitive(ctx: Context, anchor: Anchor) -> bool:
    """ "Строительство завода X", "запуск X": the process noun is the verb's subject, X what it is about."""
    return _process_noun(ctx, anchor) is not None


def _process_noun(ctx: Context, anchor: Anchor) -> int | None:
    """The process noun whose genitive `anchor` is ("строительство порохового завода X" → строительство)."""
    if anchor.case != "Gen":
        return None
    j = anchor.start - 1
    while j >= 0 and ctx.tokens[j].text in NAME_QUOTES:
        j -= 1
    # "строительство завода X", "строительство газопровода «X»": the name's type noun
    if j >= 0 and (
        ctx.lemma(j) in lex.REFERRING_NOUNS
        or (j < anchor.start - 1 and ctx.tokens[j].pos == "NOUN" and ctx.tokens[j].feats.get("Case") == "Gen")
    ):
        j -= 1
        # "строительство порохового завода X", "возведение нового химического комбината X"
        while j > 0 and ctx.tokens[j].pos == "ADJ" and ctx.tokens[j].feats.get("Case") == "Gen":
            j -= 1
    return j if j >= 0 and ctx.lemma(j) in lex.PROCESS_NOUNS else None


def status(ctx: Context, si: int) -> Iterator[Found]:
    if not ctx.of_type(si, PLACES):
        return
    sentence = ctx.doc.sentences[si]
    text = ctx.doc.text[sentence.start : sentence.stop]
    for value in find_statuses(text):
        if value.negated:
            continue
        i = _token_at(ctx, si, sentence.start + value.start)
        if i is None:
            continue
        if value.status == "planned" and ctx.lemma(i) in BUILD_NOUNS:
            # "Строительство АЭС X начнётся в 2025 году": what is to be built is planned
            built = next(
                (p for p in ctx.of_type(si, PLACES) if 0 < p.start - i <= 3 and p.case in ("Gen", None)), None
            )
            end = _token_at(ctx, si, sentence.start + value.stop) or i
            if built is not None and not any(ctx.lemma(k) in ("не", "not") for k in range(i, end + 1)):
                yield ctx.fact(built.entity, "status", {"status": "planned"}, si, trigger=i, confidence=0.6)
            continue
        subject = _clause_subject(ctx, si, i)
        if subject is None and value.status == "under_construction":
            subject = _site(ctx, si, i)
        if subject is None and value.status == "operating" and ctx.tokens[i].feats.get("Voice") != "Pass":
            # "Медведев и Ху Цзиньтао открыли нефтепровод": what an active verb opens or launches
            subject = next(
                (
                    p
                    for p in ctx.of_type(si, PLACES)
                    if 0 < p.start - i <= 4 and p.case in ("Acc", None) and ctx.tokens[i].pos == "VERB"
                ),
                None,
            )
        if subject is None or (
            value.status == "planned" and subject.type != "project" and not _plans_building(ctx, si, i)
        ):
            continue
        # "будут построены четыре завода": the count, not the named subject, is what is planned
        if value.status == "planned" and not (
            _opening_subject(ctx, si, subject) or (_built(ctx, subject) and subject.start < i)
        ):
            continue
        yield ctx.fact(subject.entity, "status", {"status": value.status}, si, trigger=i, confidence=0.7)


def _built(ctx: Context, anchor: Anchor) -> bool:
    """ "Строительство газопровода X запланировано": the building of X, not its launch, is planned."""
    j = anchor.start - 1
    while j >= 0 and (
        ctx.tokens[j].text in NAME_QUOTES or lex.REFERRING_NOUNS.get(ctx.lemma(j)) == anchor.type
    ):
        j -= 1
    return anchor.case == "Gen" and j >= 0 and ctx.lemma(j) in BUILD_NOUNS


def _plans_building(ctx: Context, si: int, i: int) -> bool:
    """ "Завод планируется построить": a plant is planned when the plan is to build or open it,
    not when it is to close or sell it."""
    _a, b = ctx.spans[si]
    return any(ctx.lemma(k) in lex.BUILD_VERBS for k in range(i + 1, min(b, i + 3)))


def _site(ctx: Context, si: int, i: int) -> Anchor | None:
    """ "На площадке X идёт строительство": the place where the work goes on."""
    a, _b = ctx.spans[si]
    for p in reversed(ctx.of_type(si, PLACES)):
        k = p.start - 1
        if k >= a and lex.REFERRING_NOUNS.get(ctx.lemma(k)) == p.type:
            k -= 1
        if p.stop <= i and p.case == "Loc" and k >= a and ctx.lemma(k) in ("на", "в", "во"):
            return p
    return None


def operational_by(ctx: Context, si: int) -> Iterator[Found]:
    sentence = ctx.doc.sentences[si]
    # "начнутся" only for deliveries along a route ("поставки газа по газопроводу X начнутся …");
    # "строительство X начнётся" is no start of operation
    cues = sorted(ctx.find(si, lex.START_CUES | {"начаться"}) + _first_output(ctx, si))
    if not cues:
        return
    text = ctx.doc.text[sentence.start : sentence.stop]
    for date in find_dates(text, ctx.doc.published):
        if date.relative and len(date.value) > 7:
            continue  # "вчера запустили": a past event, not an expected start
        d = _token_at(ctx, si, sentence.start + date.start)
        # "Запуск газопровода «Южный поток» запланирован на 2015 год": a name counts as one word
        cue = next((c for c in reversed(cues) if c < (d or 0) and _words(ctx, si, c, d or 0) <= 6), None)
        if cue is None or date.relation not in ("by", "in", None):
            continue
        if ctx.lemma(cue) in ("начать", "start") and any(
            ctx.lemma(k) in BUILD_NOUNS
            or ctx.lemma(k) in lex.BUILD_VERBS
            or ctx.lemma(k) in BUILD_IMPERFECTIVES
            for k in range(cue + 1, min(d or cue + 1, cue + 3))
        ):
            # "начнёт строительство X в 2012 году", "завод начали возводить в 2024 году": building starts
            continue
        if ctx.lemma(cue) in ("выйти", "выход") and any(
            ctx.lemma(k) == "мощность"
            for k in range(max(ctx.spans[si][0], cue - 10), min(ctx.spans[si][1], cue + 4))
        ):
            continue  # "выйдет на проектную мощность в 2028 году": full output, not the start
        subject = _clause_subject(ctx, si, cue) if ctx.lemma(cue) != "начаться" else None
        if subject is not None and ctx.lemma(cue) in ("начать", "start"):
            process = _process_noun(ctx, subject)
            if process is not None and ctx.lemma(process) in BUILD_NOUNS:
                continue  # "Строительство X планируется начать в 2014 году": building starts
        if subject is None and ctx.lemma(cue) != "начаться":
            topic = _topic(ctx, si)
            subject = topic[0] if topic else None
        if subject is None:
            # "Поставки газа по газопроводу X начнутся в 2015 году": what the deliveries run through
            subject = next(
                (
                    p
                    for p in ctx.of_type(si, ("project", "facility"))
                    if p.stop <= cue and cue - p.stop <= 3 and p.case == "Dat" and _through(ctx, si, p)
                ),
                None,
            )
        if subject:
            yield ctx.fact(
                subject.entity, "operational_by", date.to_object(), si, trigger=cue, confidence=0.7
            )


FIRST_OUTPUT_VERBS = frozenset({"выпуск", "выпустить", "отгрузка", "отгрузить"})
FIRST_OUTPUT_OBJECTS = frozenset({"продукция", "партия", "product", "products"})


def _first_output(ctx: Context, si: int) -> list[int]:
    """ "выпуск первой продукции запланирован на 2029 год", "выход на проектную мощность": the start."""
    _a, b = ctx.spans[si]
    found = []
    for i in ctx.find(si, FIRST_OUTPUT_VERBS):
        if i + 2 < b and ctx.lemma(i + 1) == "первый" and ctx.lemma(i + 2) in FIRST_OUTPUT_OBJECTS:
            found.append(i)
    for i in ctx.find(si, {"выход"}):
        if i + 1 < b and ctx.lemma(i + 1) == "на":
            found.append(i)
    return found


def _through(ctx: Context, si: int, anchor: Anchor) -> bool:
    """ "по газопроводу X", "по трубопроводу": the route of deliveries."""
    a, _b = ctx.spans[si]
    k = anchor.start - 1
    while k >= a and (
        ctx.tokens[k].text in NAME_QUOTES or lex.REFERRING_NOUNS.get(ctx.lemma(k)) == anchor.type
    ):
        k -= 1
    # what flows: "поставки газа по …", "прокачка нефти по …" ("переговоры по проекту X" are no route)
    return (
        k >= a
        and ctx.lemma(k) == "по"
        and any(ctx.lemma(m) in DELIVERY_NOUNS for m in range(max(a, k - 4), k))
    )


DELIVERY_NOUNS = frozenset({"поставка", "прокачка", "транзит", "газ", "нефть", "экспорт", "перекачка"})


def _token_at(ctx: Context, si: int, offset: int) -> int | None:
    a, b = ctx.spans[si]
    for i in range(a, b):
        if ctx.tokens[i].stop > offset:
            return i
    return None


# --- directive --------------------------------------------------------------


def directive(ctx: Context, si: int) -> Iterator[Found]:
    _a, b = ctx.spans[si]
    triggers = ctx.find(si, lex.DIRECTIVE_VERBS)
    for i in ctx.find(si, lex.DIRECTIVE_LIGHT_VERBS):
        noun = next((k for k in range(i + 1, min(b, i + 3)) if ctx.lemma(k) in lex.DIRECTIVE_NOUNS), None)
        if noun is not None:
            triggers.append(noun)
    starts: dict[int, int] = {i: i + 1 for i in triggers}
    for i in ctx.find(si, rel.DEMAND_VERBS):
        # "потребовал от Японии вывода судов", "потребовал от министров снизить цены"
        if i + 2 < b and ctx.lemma(i + 1) == "от":
            k = i + 2
            addressee = ctx.anchor_at(si, k)
            k = addressee.stop if addressee is not None else k + 1
            oblique = k < b and ctx.tokens[k].feats.get("Case") in (
                "Gen",
                "Acc",
            )  # Acc: a tagger's misreading
            np = noun_phrase(ctx.tokens, k, b) if oblique else None
            issuer = _issuer(ctx, si, i)
            if np is not None and issuer is not None and ctx.tokens[k].pos == "NOUN":
                # "вывода рыболовецких судов": what is demanded, in the genitive, up to the clause's end
                stop = np[2]
                while stop < b and ctx.tokens[stop].text not in CLAUSE_ENDS and stop - k < DEMAND_WORDS:
                    stop += 1
                text = nominative(ctx.tokens, np[0], np[1], stop)
                yield ctx.fact(issuer.entity, "directive", {"text": text}, si, trigger=i, confidence=0.6)
                continue
            triggers.append(i)
            starts[i] = k
    for i in ctx.find(si, rel.CALL_VERBS):
        # "Президент призвал вернуться на Луну к 2020 году": a call with no addressee named
        token = ctx.tokens[i + 1] if i + 1 < b else None
        if token is not None and token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            triggers.append(i)
            starts[i] = i + 1
    for i in ctx.find(si, rel.ADVICE_VERBS):
        issuer = _issuer(ctx, si, i)
        if issuer is None or issuer.type == "person" or i in starts:
            continue
        text = _directive_text(ctx, i + 1, b, infinitive=True)
        if text:
            yield ctx.fact(issuer.entity, "directive", {"text": text}, si, trigger=i, confidence=0.6)
    for i in ctx.find(si, rel.ADOPT_VERBS):
        # "правительство одобрило проект постановления о …": an act the body adopted
        act = next((k for k in range(i + 1, min(b, i + 4)) if ctx.lemma(k) in rel.ACT_NOUNS), None)
        if act is not None and i not in starts and act not in starts:
            text = _act_text(ctx, i + 1, act, b)
            issuer = _issuer(ctx, si, i)
            if text and issuer is not None:
                yield ctx.fact(issuer.entity, "directive", {"text": text}, si, trigger=i, confidence=0.6)
    yield from _imposed_regime(ctx, si)
    for i in sorted(triggers):
        issuer = _issuer(ctx, si, i)
        if issuer is None:
            continue
        # "подписал указ о призыве в Нацгвардию": a written act with its topic, not the topic alone;
        # "дал указание о создании производств" is the instruction itself
        act = _act_text(ctx, i, i, b, dated=False) if ctx.lemma(i) in rel.ACT_NOUNS else None
        text = act or _directive_text(ctx, starts.get(i, i + 1), b)
        if text:
            yield ctx.fact(issuer.entity, "directive", {"text": text}, si, trigger=i, confidence=0.7)


def _imposed_regime(ctx: Context, si: int) -> Iterator[Found]:
    """ "Ли Пэн ввёл военное положение", "президент объявил в стране режим чрезвычайной ситуации",
    "мэр ввёл карантин": a regime its subject imposes is an order it issued (the regime's phrase)."""
    _a, b = ctx.spans[si]
    for i in ctx.find(si, rel.IMPOSE_VERBS):
        if ctx.tokens[i].pos != "VERB" or ctx.tokens[i].feats.get("VerbForm") != "Fin":
            continue  # "предложил СМИ объявить мораторий": a regime proposed to others is not imposed
        noun = next(
            (
                k
                for k in range(i + 1, min(b, i + 1 + rel.IMPOSE_REACH))
                if ctx.lemma(k) in rel.REGIME_NOUNS
                and ctx.tokens[k].feats.get("Case") in ("Acc", "Nom", None)
            ),
            None,
        )
        if noun is None or any(ctx.tokens[k].text in CLAUSE_ENDS for k in range(i + 1, noun)):
            continue
        start = noun
        while start - 1 > i and ctx.tokens[start - 1].pos == "ADJ":
            start -= 1
        stop = noun + 1
        # "режим чрезвычайной ситуации", "мораторий на смертную казнь": the regime's own dependents
        np = noun_phrase(ctx.tokens, start, b)
        if np is not None and np[0] == start:
            stop = max(stop, np[2])
        if ctx.lemma(noun) in rel.REGIME_NEEDS_ADJECTIVE and not any(
            ctx.lemma(k) in rel.REGIME_ADJECTIVES or ctx.tokens[k].text.lower() in rel.REGIME_ADJECTIVES
            for k in range(start, stop)
        ):
            continue
        issuer = _issuer(ctx, si, i)
        if issuer is None:
            continue
        if stop < b and ctx.lemma(stop) == "на" and ctx.lemma(noun) == "мораторий":
            np = noun_phrase(ctx.tokens, stop + 1, b)
            stop = np[2] if np else stop
        text = f"{nominative(ctx.tokens, start, noun, noun + 1)}{' ' + _text(ctx, noun + 1, stop) if stop > noun + 1 else ''}"
        yield ctx.fact(issuer.entity, "directive", {"text": text}, si, trigger=i, confidence=0.6)


CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", "—", "(", ":"})
DEMAND_WORDS = 8  # words of a demand's object phrase


def ordered_inspection(ctx: Context, si: int) -> Iterator[Found]:
    """ "началась проверка, инициированная Рашидом Нургалиевым": the one who ordered it issued a directive."""
    a, b = ctx.spans[si]
    for i in ctx.find(si, rel.ORDERED_PARTICIPLES):
        token = ctx.tokens[i]
        if token.feats.get("VerbForm") != "Part" or token.feats.get("Voice") != "Pass":
            continue
        k = i - 1
        if k >= a and ctx.tokens[k].text == ",":
            k -= 1
        if k < a or ctx.lemma(k) not in rel.INSPECTION_NOUNS:
            continue
        issuer = next(
            (
                x
                for x in ctx.anchors[si]
                if x.type in ("person", "organization") and 0 < x.start - i <= 2 and x.case in ("Ins", None)
            ),
            None,
        )
        if issuer is None:
            continue
        np = noun_phrase(ctx.tokens, k, b)
        text = nominative(ctx.tokens, *np) if np and np[0] == k else ctx.lemma(k)
        yield ctx.fact(issuer.entity, "directive", {"text": text}, si, trigger=i, confidence=0.6)


def _issuer(ctx: Context, si: int, i: int) -> Anchor | None:
    issuers = [x for x in ctx.anchors[si] if x.type in ("person", "organization", "country") and x.stop <= i]
    return next((x for x in reversed(issuers) if _subject_case(x)), None)


def _act_text(ctx: Context, j: int, act: int, b: int, *, dated: bool = True) -> str | None:
    """ "[проект] постановления о регулировании цен на лекарства": the act and its topic, the first word
    in the nominative; not ``dated``, the topic stops before a number ("указ о призыве [в 2017 году]")."""
    if act + 2 < b and ctx.tokens[act + 1].text in NAME_QUOTES and ctx.lemma(act + 2) in ("о", "об"):
        # "подписал указ «О досрочном прекращении полномочий мэра Москвы»": the act's quoted title
        close = next((k for k in range(act + 3, min(b, act + 25)) if ctx.tokens[k].text in NAME_QUOTES), None)
        if close is not None and close > act + 3:
            title = _text(ctx, act + 2, close)
            return f"{nominative(ctx.tokens, j, j, act + 1)} {title[:1].lower()}{title[1:]}"
    if act + 1 >= b or ctx.lemma(act + 1) not in ("о", "об"):
        return None
    stop = act + 2
    while stop < b and ctx.tokens[stop].text not in (",", ".", ";", "!", "?", "—", "(", ":"):
        if ctx.tokens[stop].pos in ("VERB", "AUX", "SCONJ", "PRON") or stop - act > 10:
            break
        if not dated and (
            any(c.isdigit() for c in ctx.tokens[stop].text)
            or (
                stop + 1 < b
                and ctx.lemma(stop) in ("в", "во", "с", "до", "к")
                and any(c.isdigit() for c in ctx.tokens[stop + 1].text)
            )
        ):
            break
        stop += 1
    if stop <= act + 2:
        return None
    return f"{nominative(ctx.tokens, j, j, act + 1)} {_text(ctx, act + 1, stop)}"


ADDRESSEE_WORDS = 8  # words between an order's verb and the infinitive it orders
ADDRESSEE_CASES = frozenset({"Dat", "Gen"})
# what may head a time phrase between the addressee and the ordered infinitive ("до конца года")
TIME_NOUNS = lex.TIME_WORDS | frozenset(
    {"конец", "начало", "середина", "срок", "квартал", "лето", "осень", "зима", "весна", "течение"}
)


def _time_phrase(ctx: Context, j: int, b: int) -> int:
    """ "до конца года", "в течение месяца", "к 1 марта", "в кратчайшие сроки": the end of a time
    adverbial opening at ``j``, or ``j`` when there is none."""
    if j >= b or ctx.lemma(j) not in ("до", "к", "в", "во", "в течение", "через"):
        return j
    k = j + 1
    timed = False
    while (
        k < b
        and k - j <= 4
        and (ctx.tokens[k].pos in ("NOUN", "ADJ", "NUM", "DET") or ctx.tokens[k].text.isdigit())
    ):
        timed = timed or ctx.lemma(k) in TIME_NOUNS or ctx.tokens[k].text.isdigit()
        k += 1
    return k if timed else j


def _before_infinitive(ctx: Context, j: int, b: int) -> int | None:
    """ "поручил мэру Москвы Сергею Собянину снести …", "поручил Госкомоборонпрому до конца года
    подготовить …", "поручил правительству срочно сформировать …": the addressee with its genitive
    dependents, a time adverbial and adverbs between the verb and the infinitive ordered; the
    infinitive's index, or None when the clause holds none there."""
    start = j
    while j < b and j - start <= ADDRESSEE_WORDS:
        token = ctx.tokens[j]
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            return j
        anchor = ctx.anchor_at_any(j)
        if anchor is not None and anchor.start == j and anchor.type in ("person", "organization", "country"):
            j = anchor.stop
            continue
        if token.pos in ("NOUN", "PROPN", "ADJ", "DET") and token.feats.get("Case") in ADDRESSEE_CASES:
            j += 1
            continue
        if token.pos == "ADV":
            j += 1
            continue
        after = _time_phrase(ctx, j, b)
        if after == j:
            return None
        j = after
    return None


def _directive_text(ctx: Context, j: int, b: int, *, infinitive: bool = False) -> str | None:
    if j + 1 < b and ctx.tokens[j].text in ("—", "–", ":"):
        j += 1  # "дал конкретные указания — помочь …"
    ordered = _before_infinitive(ctx, j, b)
    if ordered is not None:
        j = ordered
    # skip the addressee ("правительству", "Минобороны")
    while j < b and (
        ctx.tokens[j].feats.get("Case") == "Dat" and ctx.tokens[j].pos in ("NOUN", "PROPN", "ADJ")
    ):
        j += 1
    while j < b and ctx.tokens[j].pos == "ADV":
        j += 1  # "распорядился максимально локализовать …"
    if j < b and ctx.lemma(j) in ("по", "о", "об", "on", "to") and not infinitive:
        np = noun_phrase(ctx.tokens, j + 1, b)
        if np:
            return nominative(ctx.tokens, *np)
    if j < b and ctx.tokens[j].pos == "VERB" and ctx.tokens[j].feats.get("VerbForm") == "Inf":
        end = j
        while end < b and ctx.tokens[end].text not in (",", ".", ";", "!", "?"):
            end += 1
        return _text(ctx, j, end).lower()
    return None


# --- cooperates_with ------------------------------------------------------------


# "совместный" before these is talk, not work together
JOINT_WORDS_ONLY = frozenset(
    {"заявление", "пресс-конференция", "конференция", "коммюнике", "встреча", "декларация", "брифинг"}
)


def cooperates_with(ctx: Context, si: int) -> Iterator[Found]:
    _a, b = ctx.spans[si]
    parties = [x for x in ctx.anchors[si] if x.type in ("country", "organization", "location")]
    for i in ctx.find(si, lex.COOPERATION_CUES):
        if any(ctx.lemma(k) in lex.SEEKING_CUES for k in range(max(_a, i - 3), i)):
            continue  # "заинтересована в налаживании партнёрства": sought, not yet there
        if ctx.lemma(i) == "совместный" and i + 1 < b and ctx.lemma(i + 1) in JOINT_WORDS_ONLY:
            continue  # "совместное заявление", "совместная пресс-конференция": said together, no cooperation
        if _in_body_name(ctx, si, i):
            continue  # "Министерство иностранных дел и международного сотрудничества", "Совет сотрудничества"
        if ctx.lemma(i) == "вместе" and not (
            i + 2 < b and ctx.lemma(i + 1) in ("с", "со") and ctx.lemma(i + 2) not in ("тот", "то")
        ):
            continue  # "вместе с тем": however
        if ctx.lemma(i) in rel.PARTNER_NOUNS:
            benefactive = _partner_for(ctx, si, i, parties)
            if benefactive is not None:
                yield benefactive
                continue
        subject = None
        follower = next(
            (
                x
                for x in parties
                if x.start in (i + 1, i + 2)
                and x.case in ("Gen", None)
                # "в партнёрстве с Shell": a caseless name after "с" is the partner, not a genitive
                and ctx.lemma(x.start - 1) not in ("с", "со", "with")
            ),
            None,
        )
        if follower and follower.type != "location":
            subject = follower
        elif i + 1 < b and ctx.lemma(i + 1) in ("между", "between"):
            subject = next((x for x in parties if x.start > i + 1), None)
        else:
            subject = next(
                (x for x in reversed(parties) if x.stop <= i and _subject_case(x) and x.type != "location"),
                None,
            )
        if subject is None:
            # "В рамках сотрудничества с Турцией Казахстан получит …": the subject after the partner
            marked = [
                x
                for x in parties
                if i < x.start <= i + 3
                and (x.case == "Ins" or (x.case is None and ctx.lemma(x.start - 1) in ("с", "со", "with")))
                and _partner_marked(ctx, x, i)
            ]
            subject = next(
                (
                    x
                    for x in parties
                    if marked
                    and x.start >= marked[-1].stop
                    and x.start - marked[-1].stop <= 3
                    and x.case == "Nom"
                    and x.type != "location"
                ),
                None,
            )
            if subject is not None:
                for partner in _listed(ctx, marked, i):
                    yield ctx.fact(
                        subject.entity,
                        "cooperates_with",
                        {"entity": partner.entity},
                        si,
                        trigger=i,
                        confidence=0.6,
                    )
            continue
        if (
            follower is not None
            and subject is follower
            and ctx.lemma(i) in rel.PARTNER_NOUNS
            and i > _a
            and (
                ctx.tokens[i].feats.get("Case") == "Ins"
                or _after_dash(ctx, si, i)
                or (ctx.tokens[i].feats.get("Number") == "Plur" and _one_of(ctx, si, i) is not None)
            )
        ):
            # "Китай является крупнейшим торговым партнёром Германии", "Германия — союзник США",
            # "Китай является одним из крупнейших торговых партнёров Малайзии"
            holder = next(
                (x for x in reversed(parties) if x.stop <= i and x.case == "Nom" and x.type != "location"),
                None,
            )
            if holder is not None and holder.entity != follower.entity:
                for party in [holder, *_alongside(ctx, parties, holder, i)]:
                    yield ctx.fact(
                        party.entity,
                        "cooperates_with",
                        {"entity": follower.entity},
                        si,
                        trigger=i,
                        confidence=0.6,
                    )
                continue
        end = next((k for k in range(i, b) if ctx.tokens[k].text in (";",) or ctx.lemma(k) == "который"), b)
        # "сотрудничество в Афганистане": a place where they work together is no partner
        partners = [
            x for x in parties if i < x.start < end and x.entity != subject.entity and not _place_of(ctx, x)
        ]
        if subject is follower and ctx.lemma(i) in rel.PARTNER_NOUNS:
            # "один из партнёров Газпрома ушёл из России": after a partner noun's genitive, a name under
            # another preposition is no partner ("Союзник «Партии реформ» — СДП" still is)
            partners = [
                x
                for x in partners
                if _partner_marked(ctx, x, i)
                or x.start - _quotes_before(ctx, x) - 1 <= i
                or ctx.tokens[x.start - _quotes_before(ctx, x) - 1].pos != "ADP"
            ]
        if subject is not follower and not (i + 1 < b and ctx.lemma(i + 1) in ("между", "between")):
            # the partner of a named subject is marked: "сотрудничает с NASA", not "в области
            # исследования Марса"
            first = next((n for n, x in enumerate(partners) if _partner_marked(ctx, x, i)), len(partners))
            partners = partners[first:]
        objects = _listed(ctx, partners, i)
        if not objects:
            # "Россия и Китай расширяют сотрудничество": the first party is the subject, the rest partners
            joined = [x for x in parties if x.stop <= i and _subject_case(x) and not _dateline(ctx, si, x)]
            if len(joined) >= 2 and joined[-1].entity == subject.entity and not _partner_unnamed(ctx, si, i):
                # only names coordinated before the verb work together, not every name before it (a
                # headline's name merged into the lead, a body and its own department)
                listed = _coordinated_before(ctx, joined)
                if len(listed) >= 2:
                    subject, objects = listed[0], listed[1:]
        beside = _alongside(ctx, parties, subject, i) if subject.stop <= i else []
        for party in [subject, *(x for x in beside if x not in objects)]:
            for obj in objects:
                yield ctx.fact(
                    party.entity, "cooperates_with", {"entity": obj.entity}, si, trigger=i, confidence=0.7
                )


def _alongside(ctx: Context, parties: list[Anchor], holder: Anchor, i: int) -> list[Anchor]:
    """ "Турция наравне с Россией является партнёром X": parties put beside the subject hold the relation too."""
    beside = []
    for x in parties:
        if holder.stop <= x.start and x.stop <= i and x.type != "location" and x.start - holder.stop <= 3:
            k = x.start - 1
            if ctx.lemma(k) in ("с", "со") and ctx.lemma(k - 1) in rel.ALONGSIDE_WORDS:
                beside.append(x)
    return beside


def _after_dash(ctx: Context, si: int, i: int) -> bool:
    """ "Германия — давний союзник США": the noun is the predicate after a copular dash."""
    a, _b = ctx.spans[si]
    k = i - 1
    while k > a and ctx.tokens[k].pos == "ADJ":
        k -= 1
    return k > a and ctx.tokens[k].text in ("—", "–")


def _in_body_name(ctx: Context, si: int, i: int) -> bool:
    """A genitive cue closing a body's name: after the name's capitalised head or an organisation,
    with only adjectives and "и" between ("Организация экономического сотрудничества", "Министерство
    иностранных дел и международного сотрудничества")."""
    a, _b = ctx.spans[si]
    if ctx.tokens[i].pos != "NOUN" or ctx.tokens[i].feats.get("Case") != "Gen":
        return False
    k = i - 1
    while k >= a and (ctx.tokens[k].pos == "ADJ" or ctx.lemma(k) in ("и", "and")):
        k -= 1
    if k < a:
        return False
    anchor = ctx.anchor_at(si, k)
    if anchor is not None:
        return anchor.type == "organization" and k < i - 1
    token = ctx.tokens[k]
    return k > a and token.pos in ("NOUN", "PROPN") and token.text[:1].isupper()


def _partner_unnamed(ctx: Context, si: int, i: int) -> bool:
    """ "во взаимодействии с другими органами власти": the partner follows the cue but names no entity."""
    _a, b = ctx.spans[si]
    k = i + 1
    if k < b and ctx.tokens[k].pos == "ADJ":
        k += 1
    if k >= b or ctx.lemma(k) not in ("с", "со", "with"):
        return False
    return not any(ctx.anchor_at(si, n) for n in range(k + 1, min(b, k + 1 + PARTNER_PHRASE)))


def _partner_for(ctx: Context, si: int, i: int, parties: list[Anchor]) -> Found | None:
    """ "Кабул будет для НАТО стратегическим партнёром": the one it is a partner for holds the relation."""
    a, _b = ctx.spans[si]
    for k in range(max(a, i - PARTNER_FOR_REACH), i):
        if ctx.lemma(k) != "для":
            continue
        holder = next((x for x in parties if x.start == k + 1 and x.type != "location"), None)
        # a city as the subject stands for its government ("Кабул будет … партнёром")
        partner = next((x for x in reversed(parties) if x.stop <= k and _subject_case(x)), None)
        if holder is not None and partner is not None and holder.entity != partner.entity:
            return ctx.fact(
                holder.entity, "cooperates_with", {"entity": partner.entity}, si, trigger=i, confidence=0.6
            )
    return None


PARTNER_FOR_REACH = 5  # tokens from "для X" to "партнёром"
PARTNER_PHRASE = 4  # tokens after "с" that may hold the partner's name ("с турецкой компанией Aselsan")


def _partner_marked(ctx: Context, anchor: Anchor, i: int) -> bool:
    """ "с Турцией", "with NASA", "партнёр России": a partner comes with "с" or right after the cue."""
    if anchor.start <= i + 2:
        return True
    return any(ctx.lemma(k) in ("с", "со", "with") for k in range(max(i + 1, anchor.start - 4), anchor.start))


def _place_of(ctx: Context, anchor: Anchor) -> bool:
    return anchor.case == "Loc" and anchor.start > 0 and ctx.lemma(anchor.start - 1) in ("в", "во", "на")


def _listed(ctx: Context, candidates: list[Anchor], i: int) -> list[Anchor]:
    """The first party soon after the cue and those listed with it ("Турции, Китая и государств …")."""
    if not candidates or candidates[0].start - i > 10:
        return []
    chosen = [candidates[0]]
    for anchor in candidates[1:]:
        gap = [ctx.tokens[k] for k in range(chosen[-1].stop, anchor.start)]
        # "автономии Молдавской республики": a name right after another is its genitive, not a list
        if not any(t.text.lower() in LIST_GLUE for t in gap):
            break
        if len(gap) > 3 or not all(
            t.text in LIST_GLUE or t.text in NAME_QUOTES or t.pos in ("NOUN", "ADJ") for t in gap
        ):
            break
        chosen.append(anchor)
    return chosen


def _listed_before(ctx: Context, candidates: list[Anchor]) -> list[Anchor]:
    """The last candidate and those listed right before it ("Таджикистан и Белоруссия")."""
    chosen = [candidates[-1]]
    for anchor in reversed(candidates[:-1]):
        gap = [ctx.tokens[k] for k in range(anchor.stop, chosen[0].start)]
        if len(gap) > 2 or not all(t.text in LIST_GLUE for t in gap):
            break
        chosen.insert(0, anchor)
    return chosen


# --- member_of ------------------------------------------------------------------


def _joined_body(ctx: Context, si: int, i: int) -> Anchor | None:
    """ "присоединился к ШОС", "был принят в НАТО": the alliance or party joined, right after its
    preposition."""
    _a, b = ctx.spans[si]
    lemma = ctx.lemma(i)
    wanted = ("к", "ко", "to") if lemma.startswith("присоедин") else ("в", "во", "into", "to", "in")
    if lemma in ("принять", "принимать") and ctx.tokens[i].feats.get("Voice") != "Pass":
        return None  # "НАТО приняло решение": only the passive "принят в" admits a member
    if i + 1 >= b or ctx.lemma(i + 1) not in wanted:
        return None
    body = next((x for x in ctx.of_type(si, ("organization",)) if x.start in (i + 2, i + 3)), None)
    if body is None or ctx.kinds.get(body.entity) not in rel.MEMBER_KINDS:
        return None
    return body


def member_of(ctx: Context, si: int) -> Iterator[Found]:
    triggers = ctx.find(si, lex.MEMBER_NOUNS | lex.MEMBER_VERBS | rel.JOIN_VERBS)
    for i in triggers:
        if ctx.lemma(i) in rel.JOIN_VERBS:
            obj = _joined_body(ctx, si, i)
        else:
            # "членство Соловьёва в партии «Единая Россия»": quotes count for no word
            obj = next(
                (
                    x
                    for x in ctx.of_type(si, ("organization",))
                    if i < x.start <= i + 4 + _quotes_before(ctx, x)
                ),
                None,
            )
        if obj is None or _aspired(ctx, si, i):
            continue
        if i > ctx.spans[si][0] and (ctx.tokens[i - 1].pos == "NUM" or ctx.lemma(i - 1) == "из"):
            continue  # "54 из 81 члена Сената": a count of members, none named
        if i > ctx.spans[si][0] and (
            ctx.lemma(i - 1) in ("о", "об", "about")
            or (ctx.lemma(i - 1) in ("с", "со", "with") and ctx.tokens[i].feats.get("Number") == "Plur")
        ):
            continue  # "референдум о членстве в НАТО": a topic; "встретился с членами Сената": others
        if any(
            ctx.tokens[k].pos == "NOUN"
            and not ctx.anchor_at(si, k)
            and ctx.lemma(k) not in lex.MEMBER_NOUNS
            and not (ctx.lemma(k) in rel.BODY_NOUNS and k == obj.start - 1 - _quotes_before(ctx, obj))
            for k in range(i + 1, obj.start)
        ):
            continue  # "член совета директоров «Газпрома»": a seat on its board, a position
        token = ctx.tokens[i]
        attributive = token.feats.get("VerbForm") == "Part" and token.feats.get("Variant") != "Short"
        if attributive and (i == ctx.spans[si][0] or ctx.tokens[i - 1].text != ","):
            # "Входящая в ОПЕК Венесуэла": a participle before the member it describes
            member = next(
                (
                    x
                    for x in ctx.anchors[si]
                    if x.type in ("country", "organization", "person") and x.start == obj.stop
                ),
                None,
            )
            if member is not None and _member_kind_fits(ctx, i, member, obj):
                yield ctx.fact(
                    member.entity, "member_of", {"entity": obj.entity}, si, trigger=i, confidence=0.7
                )
            continue
        members = [
            x
            for x in ctx.anchors[si]
            if x.type in ("country", "organization", "person")
            and x.stop <= i
            and i - x.stop <= MEMBER_REACH
            and _subject_case(x)
            and x.entity != obj.entity
        ]
        relative = _relative_head(ctx, si, i)
        if relative is not None and relative.entity != obj.entity:
            members = [relative]  # "по всей стране, являющейся членом ЕС": the noun the clause describes
        if not members and ctx.lemma(i) == "член" and ctx.tokens[i].feats.get("Case") == "Ins":
            # "Он был членом Совбеза", "С 2004 года был членом Совбеза": the person the text goes on about
            person = pronoun_person(ctx, si)
            members = [person] if person is not None and person.stop <= i else []
        named = next(
            (
                x
                for x in ctx.of_type(si, ("person",))
                if 0 <= x.start - obj.stop <= 5
                and not any(
                    ctx.tokens[k].pos in ("VERB", "AUX") or ctx.tokens[k].text in (",", ";", ":")
                    for k in range(obj.stop, x.start)
                )
            ),
            None,
        )
        token = ctx.tokens[i]
        if (
            named is None
            and token.pos == "NOUN"
            and token.feats.get("Number") == "Plur"
            and token.feats.get("Case") not in ("Nom", "Ins")
        ):
            continue  # "уведомил членов МОК", "большинством членов Сената": the members are others
        if named is not None and ctx.lemma(i) in lex.MEMBER_NOUNS:
            members = [named]  # "члена Совета Федерации от Республики Алтай Ралифа Сафина"
            if ctx.tokens[i].feats.get("Number") == "Plur":
                # "члены Совета Федерации Андрей Клишас и Людмила Бокова"
                people = [x for x in ctx.of_type(si, ("person",)) if x.start >= named.start]
                members = _listed(ctx, people, named.start)
        holder = next(
            (
                x
                for x in ctx.anchors[si]
                if x.start == i + 1
                and x.case == "Gen"
                and (
                    x.type in ("country", "organization")
                    or (x.type == "person" and ctx.lemma(i) == "членство")
                )
                and not x.referring
            ),
            None,
        )
        if holder is not None and holder.entity != obj.entity:
            members = [holder]  # "членство Черногории в НАТО": the genitive is the member
        elif ctx.lemma(i) == "вступление":
            continue  # "голосовал за вступление в НАТО": whose joining is not said
        if not members:
            continue
        if not _member_kind_fits(ctx, i, members[-1], obj):
            continue
        orgs = [x for x in ctx.of_type(si, ("organization",)) if x.start >= obj.start]
        subjects = [members[-1]]
        if ctx.tokens[i].feats.get("Number") == "Plur" or ctx.tokens[i].pos == "VERB":
            # "Таджикистан и Белоруссия остаются членами ОДКБ"
            subjects = _listed_before(ctx, members)
        for member in subjects:
            for target in _listed(ctx, orgs, i):
                yield ctx.fact(
                    member.entity, "member_of", {"entity": target.entity}, si, trigger=i, confidence=0.7
                )


TICKET_PREPOSITIONS = frozenset({"от"})
TICKET_ADJECTIVES = 2  # adjectives before the party's noun ("от правящей консервативной партии")


def _attribute(token: Token) -> bool:
    """An adjective or a participle ("оппозиционной", "правящей")."""
    return token.pos == "ADJ" or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part")


def _party_after(ctx: Context, si: int, k: int, *, quoted_name: bool = True) -> Anchor | None:
    """The party named at ``k`` ("ЛДПР", "«Справедливой России»", "партии «Родина»", "фракции ЛДПР",
    "оппозиционной партии «Новые патриоты»"); with ``quoted_name``, also a quoted name of no known kind."""
    _a, b = ctx.spans[si]
    j = k
    while j < b and j - k < TICKET_ADJECTIVES and _attribute(ctx.tokens[j]) and ctx.anchor_at(si, j) is None:
        j += 1  # "от правящей партии", "из оппозиционной партии"
    by_noun = j < b and ctx.lemma(j) in rel.TICKET_BODY_NOUNS and ctx.anchor_at(si, j) is None
    k = j + 1 if by_noun else k
    quoted = k < b and ctx.tokens[k].text in NAME_QUOTES
    while k < b and ctx.tokens[k].text in NAME_QUOTES:
        k += 1
    party = ctx.anchor_at(si, k)
    if party is None or party.start != k or party.type != "organization" or party.referring:
        return None
    named = ctx.lemma(party.start) in rel.TICKET_BODY_NOUNS or any(
        ctx.lemma(j) in rel.TICKET_BODY_NOUNS for j in range(party.start, party.stop)
    )
    kind = ctx.kinds.get(party.entity)
    # a quoted name a seat is held from is a party unless it is known as something else ("от «Справедливой
    # России»"; a company or an outlet is no ticket)
    return (
        party
        if by_noun or named or kind == "party" or (quoted_name and quoted and kind in (None, "other"))
        else None
    )


def party_ticket(ctx: Context, si: int) -> Iterator[Found]:
    """ "депутат Госдумы от «Справедливой России» Илья Пономарёв", "кандидат в президенты США от
    Демократической партии Хиллари Клинтон", "Иван Петров, депутат от ЛДПР": one holding a seat or
    running for a party is its member (the person named right after the party, or right before the
    noun with a comma)."""
    a, _b = ctx.spans[si]
    for i in ctx.find(si, TICKET_PREPOSITIONS):
        party = _party_after(ctx, si, i + 1)
        if party is None:
            continue
        seat = next(
            (
                k
                for k in range(i - 1, max(a, i - rel.TICKET_REACH) - 1, -1)
                if ctx.lemma(k) in rel.TICKET_NOUNS
            ),
            None,
        )
        if seat is None or any(
            ctx.tokens[k].text in CLAUSE_ENDS or ctx.tokens[k].pos in ("VERB", "AUX")
            for k in range(seat + 1, i)
        ):
            continue
        person = _person_after(ctx, si, party)
        if person is None:
            person = next(
                (
                    x
                    for x in ctx.of_type(si, ("person",))
                    if x.stop + 1 == seat and ctx.tokens[x.stop].text == ","
                ),
                None,
            )
        if person is not None:
            yield ctx.fact(
                person.entity, "member_of", {"entity": party.entity}, si, trigger=i, confidence=0.6
            )


def _person_after(ctx: Context, si: int, party: Anchor) -> Anchor | None:
    """The person named right after the party, with no verb, preposition or comma between."""
    return next(
        (
            x
            for x in ctx.of_type(si, ("person",))
            if 0 <= x.start - party.stop <= 4
            and not any(
                ctx.tokens[k].pos in ("VERB", "AUX", "ADP") or ctx.tokens[k].text in (",", ";", ":", "—")
                for k in range(party.stop, x.start)
                if ctx.tokens[k].text not in NAME_QUOTES
            )
        ),
        None,
    )


def party_seat(ctx: Context, si: int) -> Iterator[Found]:
    """ "Депутат Партии регионов Святаш", "кандидат партии «Яблоко» Иван Петров": a seat's noun with a
    party in the genitive, the person named right after, is the party's member (the party by its noun or
    known as one: "депутат Госдумы X" names a chamber)."""
    for i in ctx.find(si, rel.TICKET_NOUNS):
        party = _party_after(ctx, si, i + 1, quoted_name=False)
        if party is None or (
            party.case not in ("Gen", None) and ctx.tokens[party.start - 1].text not in NAME_QUOTES
        ):
            continue
        person = _person_after(ctx, si, party)
        if person is not None:
            yield ctx.fact(
                person.entity, "member_of", {"entity": party.entity}, si, trigger=i, confidence=0.6
            )


ALIAS_REACH = 8  # tokens of a bracketed alias after a name ("(Alenka Bratušek)", "(The Heritage Foundation)")


def _past_alias(ctx: Context, si: int, k: int) -> int:
    """Past a short bracketed aside at ``k`` (a name's other spelling), or ``k`` where none is."""
    _a, b = ctx.spans[si]
    if k >= b or ctx.tokens[k].text != "(":
        return k
    close = next((m for m in range(k + 1, min(b, k + ALIAS_REACH + 2)) if ctx.tokens[m].text in "()"), None)
    return close + 1 if close is not None and ctx.tokens[close].text == ")" else k


def _past_own_alias(ctx: Context, si: int, j: int, entity: str) -> int:
    """Past a bracketed other spelling of ``entity`` at ``j`` ("(Space Adventures)"), or ``j`` where none is."""
    _a, b = ctx.spans[si]
    alias = ctx.anchor_at(si, j + 1) if j + 1 < b and ctx.tokens[j].text == "(" else None
    return _past_alias(ctx, si, j) if alias is not None and alias.entity == entity else j


def party_origin(ctx: Context, si: int) -> Iterator[Found]:
    """ "Аленка Братушек (Alenka Bratušek) из оппозиционной партии «Позитивная Словения»", "Иван Петров
    из ЛДПР": a person said to come from a party, right after the name, is its member (a body not known
    as a party needs its noun: "из «Газпрома»" is a workplace)."""
    _a, b = ctx.spans[si]
    for person in ctx.of_type(si, ("person",)):
        k = _past_alias(ctx, si, person.stop)
        if k + 1 >= b or ctx.lemma(k) != "из":
            continue
        party = _party_after(ctx, si, k + 1, quoted_name=False)
        if party is not None:
            yield ctx.fact(
                person.entity, "member_of", {"entity": party.entity}, si, trigger=k, confidence=0.6
            )


# bodies a name in brackets after a person's may stand for without saying the person belongs to them
UNAFFILIATING_KINDS = frozenset({"media", "company"})


def affiliation(ctx: Context, si: int) -> Iterator[Found]:
    """ "С. Кузин (Департамент Африки МИД России)", "депутат Иван Петров (КПРФ)": a body alone in
    brackets right after a person's name, with its genitive parents, is one the person belongs to."""
    _a, b = ctx.spans[si]
    for person in ctx.of_type(si, ("person",)):
        k = person.stop
        if k + 1 >= b or ctx.tokens[k].text != "(":
            continue
        start = k + 1
        while start < b and ctx.tokens[start].text in NAME_QUOTES:
            start += 1
        body = ctx.anchor_at(si, start)
        if body is None or body.start != start or body.type != "organization":
            continue
        if ctx.kinds.get(body.entity) in UNAFFILIATING_KINDS:
            continue
        end = body.stop
        while end < b and (ctx.tokens[end].text in NAME_QUOTES or ctx.anchor_at(si, end) is not None):
            nested = ctx.anchor_at(si, end)
            end = nested.stop if nested is not None else end + 1  # "(Департамент Африки МИД России)"
        if end < b and ctx.tokens[end].text == ")":
            yield ctx.fact(person.entity, "member_of", {"entity": body.entity}, si, trigger=k, confidence=0.6)


def _relative_head(ctx: Context, si: int, i: int) -> Anchor | None:
    """The name a clause after a comma describes, in whatever case: "стране, являющейся самым бедным
    членом ЕС", "Болгарии, входящей в ЕС", "Румыния, которая является членом НАТО". A participle
    agrees with it in case, gender and number; "который" in gender and number."""
    a, _b = ctx.spans[si]
    j = i
    if ctx.tokens[i].pos == "NOUN":
        j = i - 1
        while j > a and ctx.tokens[j].pos in ("ADJ", "DET", "ADV"):
            j -= 1  # "являющейся самым бедным членом"
        if ctx.lemma(j) not in rel.COPULAS:
            return None
    verb = ctx.tokens[j]
    if verb.feats.get("VerbForm") == "Part" and j - 1 > a and ctx.tokens[j - 1].text == ",":
        agreeing, comma = verb, j - 1
    elif j - 2 > a and ctx.lemma(j - 1) == "который" and ctx.tokens[j - 2].text == ",":
        agreeing, comma = ctx.tokens[j - 1], j - 2
    else:
        return None
    quoted = ctx.tokens[comma - 1].text in NAME_QUOTES
    head = next(
        (
            x
            for x in ctx.anchors[si]
            if x.stop == comma - quoted and x.type in ("country", "organization", "person")
        ),
        None,
    )
    if head is None:
        return None
    # a quoted name agrees through its type noun ("партии «Яблоко», входящей в …")
    k = head.start - 1 - _quotes_before(ctx, head) if quoted else head.stop - 1
    noun = ctx.tokens[k] if k >= a and ctx.tokens[k].pos in ("NOUN", "PROPN") else None
    if noun is not None and not _agrees(noun, agreeing, case=agreeing is verb):
        return None
    return head


# feminine singular adjectival endings (-ой, -ей) are one form for these cases: the tagger's pick may differ
OBLIQUE_FEMININE = frozenset({"Gen", "Dat", "Ins", "Loc"})


def _agrees(noun: Token, word: Token, *, case: bool) -> bool:
    """Gender and number (and case) agree wherever both words show them."""
    for feat in ("Gender", "Number") + (("Case",) if case else ()):
        mine, theirs = noun.feats.get(feat), word.feats.get(feat)
        if mine is None or theirs is None or mine == theirs:
            continue
        if feat == "Case" and {mine, theirs} <= OBLIQUE_FEMININE and word.feats.get("Gender") == "Fem":
            continue
        return False
    return True


def _member_kind_fits(ctx: Context, i: int, member: Anchor, body: Anchor) -> bool:
    """ "входить в": a country or person joins an alliance or party; an organisation is part of one."""
    return not (
        ctx.lemma(i) in lex.MEMBER_VERBS
        and member.type == "organization"
        and ctx.kinds.get(body.entity) not in ("alliance", "party")
    )


def _quotes_before(ctx: Context, anchor: Anchor) -> int:
    """Quotation marks right before a name ("партии «Единая Россия»")."""
    n, k = 0, anchor.start - 1
    while k >= 0 and ctx.tokens[k].text in NAME_QUOTES:
        n, k = n + 1, k - 1
    return n


def _member_states_noun(ctx: Context, si: int, i: int) -> bool:
    """ "Страны-члены", "страны — члены", "государства — участники": a plural member noun in the
    nominative naming states."""
    a, _b = ctx.spans[si]
    if ctx.tokens[i].feats.get("Case") not in ("Nom", None):
        return False
    if ctx.lemma(i).endswith(("-член", "-участник")):
        return True
    return (
        ctx.lemma(i) in ("член", "участник", "member")
        and i - 2 >= a
        and ctx.tokens[i - 1].text in ("—", "–", "-")
        and ctx.lemma(i - 2) in rel.STATE_NOUNS
    )


def composition(ctx: Context, si: int) -> Iterator[Found]:
    """ "В состав ОДКБ входят Россия, Армения, …", "в ОДКБ входят …", "членами НАТО являются X и Y":
    the members listed after the verb."""
    a, _b = ctx.spans[si]
    for i in range(a, _b):
        # "Страны-члены НАТО Германия и Франция": the members named after the body
        if not _member_states_noun(ctx, si, i):
            continue
        body = next((x for x in ctx.of_type(si, ("organization",)) if x.start == i + 1), None)
        if body is None:
            continue
        members = [x for x in ctx.of_type(si, ("country",)) if x.start >= body.stop]
        for member in _listed(ctx, members, body.stop):
            yield ctx.fact(member.entity, "member_of", {"entity": body.entity}, si, trigger=i, confidence=0.7)
    for i in ctx.find(si, {"входить", "являться"} | rel.ROSTER_VERBS):
        body = None
        if ctx.lemma(i) in rel.ROSTER_VERBS:
            # "в составе ЕАЭС находятся Россия, …": only with "в составе"
            body = next(
                (
                    x
                    for x in ctx.of_type(si, ("organization",))
                    if x.stop <= i
                    and i - x.stop <= 1
                    and x.start - 2 >= a
                    and ctx.lemma(x.start - 1) == "состав"
                    and ctx.lemma(x.start - 2) in ("в", "во")
                ),
                None,
            )
        elif ctx.lemma(i) == "входить":
            # "в состав X входят", "в X входят"
            for x in ctx.of_type(si, ("organization",)):
                if x.stop <= i and i - x.stop <= 1 and x.start - 1 >= a:
                    k = x.start - 1
                    if ctx.lemma(k) == "состав" and k - 1 >= a and ctx.lemma(k - 1) == "в":
                        body = x
                    elif ctx.lemma(k) in ("в", "во"):
                        body = x  # "в ФСЭГ входят также Алжир, Боливия …" (countries listed: checked below)
        else:
            # "членами X являются"
            for x in ctx.of_type(si, ("organization",)):
                relative = (
                    i - x.stop == 2
                    and ctx.tokens[x.stop].text == ","
                    and ctx.lemma(x.stop + 1) in ("который", "кой")
                )
                if (
                    x.stop <= i
                    and (i - x.stop <= 1 or relative)  # "постоянных членов Совбеза, коими являются …"
                    and x.start - 1 >= a
                    and ctx.lemma(x.start - 1) == "член"
                ):
                    body = x
        if body is None:
            continue
        members = [
            x
            for x in ctx.anchors[si]
            if x.start > i
            and x.type in ("country", "organization", "location")
            and _subject_case(x)
            and x.entity != body.entity
        ]
        # a place may be half of a member's name ("Тринидад и Тобаго"): it keeps the list going, no more
        listed = [x for x in _listed(ctx, members, i) if x.type != "location"]
        if ctx.lemma(body.start - 1) != "состав" and not any(x.type == "country" for x in listed):
            continue  # "в компанию входят": only a list of states makes a body of members
        # "Кроме России, в ФСЭГ входят также …": the one named first is a member too
        besides = [
            x
            for x in ctx.of_type(si, ("country", "organization"))
            if x.stop <= body.start and x.start > a and ctx.lemma(x.start - 1) == "кроме"
        ]
        for member in besides + listed:
            yield ctx.fact(member.entity, "member_of", {"entity": body.entity}, si, trigger=i, confidence=0.7)


def _aspired(ctx: Context, si: int, i: int) -> bool:
    """ "стремится стать членом ЕС", "хочет вступить в НАТО", "кандидат в члены", "заявка на
    членство": membership sought is no membership."""
    a, _b = ctx.spans[si]
    if ctx.tokens[i].feats.get("VerbForm") == "Inf":
        return True
    window = range(max(a, i - ASPIRATION_REACH), i)
    return any(
        ctx.lemma(k) in lex.ASPIRATION_CUES
        or (ctx.tokens[k].feats.get("VerbForm") == "Inf" and ctx.tokens[k].pos in ("VERB", "AUX"))
        for k in window
    )


# --- located_in -------------------------------------------------------------------


def _sited(ctx: Context, anchor: Anchor) -> bool:
    """A plant or project, or an organisation that is a place ("консульство США", "посольство")."""
    if anchor.type in ("facility", "project"):
        return True
    if anchor.type != "organization" or anchor.referring:
        return False
    return _institution_head(ctx, anchor) in lex.SITED_BODIES


def _institution_head(ctx: Context, anchor: Anchor) -> str:
    """The first noun of an organisation's name ("Международный уголовный суд" → "суд")."""
    k = anchor.start
    while k < anchor.stop - 1 and ctx.tokens[k].pos == "ADJ":
        k += 1
    return ctx.lemma(k)


# Building words after which a place names where the plant stands.
PLACED_BUILD_WORDS = BUILD_WORDS


def built_in_place(ctx: Context, si: int) -> Iterator[Found]:
    """ "о строительстве в Армении завода …", "построит в Литве завод": the place between the building
    word and the plant is where the plant stands (a country is its country)."""
    a, _b = ctx.spans[si]
    for plant in ctx.of_type(si, PLACES):
        if plant.referring:
            continue
        k = plant.start - 1
        while k > a and ctx.tokens[k].pos == "ADJ":  # "в Чирчике сборочного завода"
            k -= 1
        place = ctx.anchor_at(si, k)
        if place is None or place.type not in ("country", "location") or place.case not in ("Loc", None):
            continue
        if place.start - 2 < a or ctx.lemma(place.start - 1) not in ("в", "во"):
            continue
        if ctx.lemma(place.start - 2) not in PLACED_BUILD_WORDS:
            continue
        predicate = "country" if place.type == "country" else "located_in"
        yield ctx.fact(
            plant.entity, predicate, {"entity": place.entity}, si, trigger=place.start - 2, confidence=0.6
        )


OWNER_PHRASE = 6  # words of a plant's name or owner between the plant's noun and its place
PLACE_CASES = {"в": ("Loc",), "во": ("Loc",), "на": ("Loc",), "под": ("Ins",)}


def _past_owner(ctx: Context, si: int, plant: Anchor, b: int) -> int:
    """ "завода «Зауралье-Хим» [в …]", "завод немецко-норвежского концерна Nordhammer Defence [в …]":
    the end of the plant's quoted name or genitive owner (its kind noun and adjectives) after the
    plant's noun, or the noun's own end when neither follows."""
    j = plant.stop
    owner = False
    while j < b and j - plant.stop < OWNER_PHRASE:
        token = ctx.tokens[j]
        anchor = ctx.anchor_at(si, j)
        if token.text in NAME_QUOTES:
            j += 1
        elif anchor is not None and anchor.type == "organization" and anchor.start == j and not owner:
            j, owner = anchor.stop, True
        elif (
            anchor is None
            and not owner
            and token.pos in ("ADJ", "NOUN")
            and token.text.islower()
            and token.feats.get("Case") == "Gen"
        ):
            j += 1  # "немецко-норвежского концерна"
        else:
            break
    return j if owner else plant.stop


def _trailing_place(ctx: Context, si: int, j: int, b: int) -> Anchor | None:
    """ "в литовском Шяуляе", "в Шадринском районе", "под Анапой", "в провинции Логар": the place a
    locative phrase opening at ``j`` names (adjectives and a place noun may come first)."""
    if j >= b or ctx.lemma(j) not in PLACE_CASES:
        return None
    cases = PLACE_CASES[ctx.lemma(j)]
    k = j + 1
    while (
        k < b
        and k - j <= 2
        and ctx.anchor_at(si, k) is None
        and (ctx.tokens[k].pos == "ADJ" or ctx.lemma(k) in lex.PLACE_NOUNS)
    ):
        k += 1
    place = ctx.anchor_at(si, k)
    if place is None or place.start != k or place.type not in ("country", "location"):
        return None
    return place if place.case in (*cases, None) else None


def located_in(ctx: Context, si: int) -> Iterator[Found]:
    _a, b = ctx.spans[si]
    places = ctx.of_type(si, ("country", "location"))
    for subject in ctx.anchors[si]:
        if not _sited(ctx, subject):
            continue
        if subject.type in PLACES and not subject.referring:
            # a noun referring back may be another plant when its owner follows ("завода Visteon")
            j = _past_owner(ctx, si, subject, b)
            place = _trailing_place(ctx, si, j, b) if j > subject.stop else None
            if place is not None:
                # "строительство завода «Зауралье-Хим» в Шадринском районе", "завод концерна X в Шяуляе"
                yield ctx.fact(
                    subject.entity, "located_in", {"entity": place.entity}, si, trigger=j, confidence=0.6
                )
                continue
        j = subject.stop
        while j < b and ctx.tokens[j].text in NAME_QUOTES:
            j += 1  # "завод «Автотор» в Калининграде"
        if (
            j + 3 < b
            and ctx.tokens[j].text == ","
            and ctx.lemma(j + 1) in ("в", "во", "на")
            and ctx.tokens[j + 3].text in (",", ")", ".", "—")
        ):
            # "В лагере Гуантанамо, на Кубе, …": the place in a parenthesis after the name
            place = next((p for p in places if p.start == j + 2 and p.stop == j + 3), None)
            if place is not None and subject.type == "facility":
                yield ctx.fact(
                    subject.entity, "located_in", {"entity": place.entity}, si, trigger=j, confidence=0.6
                )
                continue
        if j + 2 < b and ctx.tokens[j].text == "(" and ctx.tokens[j + 2].text == ")":
            # "Завод «Автотор» (Калининград)"
            place = next((p for p in places if p.start == j + 1 and p.stop == j + 2), None)
            if place is not None:
                yield ctx.fact(
                    subject.entity, "located_in", {"entity": place.entity}, si, trigger=j, confidence=0.6
                )
                continue
        j = _past_own_alias(
            ctx, si, j, subject.entity
        )  # "в университете (International Christian University) в Токио"
        owner = ctx.anchor_at(si, j) if subject.type == "organization" and j < b else None
        if owner is not None and owner.start == j and owner.type == "organization" and owner.case == "Gen":
            j = owner.stop  # "в Центральном театре Российской Армии в Москве": the body it belongs to
        k = (
            j + 1
            if j < b and ctx.lemma(j) in lex.PLACE_NOUNS and ctx.tokens[j].feats.get("Case") == "Gen"
            else j
        )
        genitive = next((p for p in places if p.start == k and p.case == "Gen" and k > j), None)
        if genitive is None and subject.type == "facility" and not subject.referring:
            # "в аэропорту Барселоны", "в больнице «Шиба» Тель-Авива": a town or region in the genitive
            # right after a named plant or site is where it stands (a country's is its owner: "АЭС Украины")
            genitive = next(
                (p for p in places if p.start == j and p.case == "Gen" and p.type == "location"), None
            )
        if genitive is not None and subject.type == "facility":
            # "аэропорт «Манас» столицы Киргизии"
            yield ctx.fact(
                subject.entity, "located_in", {"entity": genitive.entity}, si, trigger=j, confidence=0.6
            )
        if j < b and ctx.lemma(j) in ("в", "во", "на", "in", "near", "под"):
            j += 1
            while (
                j < b
                and ctx.tokens[j].pos in ("NOUN", "ADJ")
                and not ctx.anchor_at(si, j)
                and j - subject.stop < 4
            ):
                j += 1
            place = next((p for p in places if p.start == j), None)
            if (
                place is not None
                and subject.type == "organization"
                and _institution_head(ctx, subject) in lex.SITED_INSTITUTIONS
                and place.case not in ("Loc", None)
            ):
                place = None  # "суд направил дело в Москву": where it goes, not where it sits
            if place:
                yield ctx.fact(
                    subject.entity,
                    "located_in",
                    {"entity": place.entity},
                    si,
                    trigger=subject.stop,
                    confidence=0.7,
                )
    for i in ctx.find(si, lex.BUILD_VERBS):
        place = next(
            (p for p in reversed(places) if p.stop <= i and i - p.stop <= 3 and p.case == "Loc"), None
        )
        site = next(
            (x for x in ctx.of_type(si, ("facility",)) if 0 < x.start - i <= 4 and _subject_case(x)), None
        )
        if place is None and site is None and i + 1 < b and ctx.lemma(i + 1) in ("в", "во", "на"):
            # "построить в России завод": the place between the verb and the plant
            place = next((p for p in places if p.start == i + 2), None)
            site = next(
                (x for x in ctx.of_type(si, ("facility",)) if place and 0 <= x.start - place.stop <= 1),
                None,
            )
            if place and site:
                yield ctx.fact(
                    site.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.6
                )
                continue
        if place is None or site is None:
            # "ASPAN-1 возводится в Туркестанской области"
            site = next(
                (
                    x
                    for x in reversed(ctx.of_type(si, ("facility",)))
                    if x.stop <= i and _opening_subject(ctx, si, x)
                ),
                None,
            )
            place = next(
                (p for p in places if 1 < p.start - i <= 3 and ctx.lemma(i + 1) in ("в", "во", "на", "под")),
                None,
            )
        if place and site:
            yield ctx.fact(site.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.7)
    for i in ctx.find(si, rel.SITE_VERBS):
        # "В Калуге открылся завод X": the place before the verb, the plant its subject after it
        place = next(
            (
                p
                for p in reversed(places)
                if p.stop <= i
                and i - p.stop <= 2
                and p.case == "Loc"
                and ctx.lemma(p.start - 1) in ("в", "во", "на")
            ),
            None,
        )
        site = next(
            (x for x in ctx.of_type(si, PLACES) if 0 < x.start - i <= 3 and x.case in ("Nom", None)), None
        )
        if place is not None and site is not None:
            yield ctx.fact(site.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.6)
    for i in ctx.find(si, lex.HEADQUARTERS_NOUNS):
        # "компания X со штаб-квартирой в Y", "штаб-квартира НАТО в Брюсселе"
        orgs = ctx.of_type(si, ("organization",))
        org = next((o for o in orgs if 0 < o.start - i <= 2 and o.case in ("Gen", None)), None) or next(
            (o for o in reversed(orgs) if o.stop <= i and i - o.stop <= 2), None
        )
        start = org.stop if org and org.start > i else i + 1
        place = next(
            (
                p
                for p in places
                if start < p.start <= start + 2 and ctx.lemma(p.start - 1) in ("в", "во", "in")
            ),
            None,
        )
        if org and place:
            yield ctx.fact(org.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.7)
    for i in ctx.find(si, rel.BUILDING_NOUNS):
        # "здание Министерства обороны Венесуэлы в Каракасе": only the body in the genitive after the noun
        org = next(
            (o for o in ctx.of_type(si, ("organization",)) if o.start == i + 1 and o.case in ("Gen", None)),
            None,
        )
        place = org and next(
            (p for p in places if p.start == org.stop + 1 and ctx.lemma(org.stop) in ("в", "во", "in")), None
        )
        if org and place:
            yield ctx.fact(org.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.6)
    for i in ctx.find(si, lex.LOCATION_VERBS):
        if any(ctx.lemma(k) == "состав" for k in range(max(_a, i - 5), i)):
            continue  # "в составе делегации находятся": who is in it, not where it is
        place = next((p for p in places if i < p.start <= i + 4), None)
        token = ctx.tokens[i]
        participle = token.pos != "VERB" or token.feats.get("VerbForm") == "Part"
        if place is not None and participle and (i == _a or ctx.tokens[i - 1].text != ","):
            # "базирующаяся в Риме ФАО", "расположенная в Бетесде компания X": a participle before its noun
            noun = next(
                (
                    x
                    for x in ctx.anchors[si]
                    if x.type in ("facility", "project", "organization")
                    and (
                        x.start == place.stop
                        or (
                            x.start - place.stop <= 3
                            and lex.REFERRING_NOUNS.get(ctx.lemma(place.stop)) == x.type
                        )
                    )
                ),
                None,
            )
            if noun is not None:
                yield ctx.fact(
                    noun.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.7
                )
                continue
        subject = _participle_head(ctx, si, i) or next(
            (
                x
                for x in reversed(ctx.anchors[si])
                if x.type in ("facility", "project", "organization") and x.stop <= i and i - x.stop <= 4
            ),
            None,
        )
        if subject and place:
            yield ctx.fact(
                subject.entity, "located_in", {"entity": place.entity}, si, trigger=i, confidence=0.7
            )


def place_in_name(ctx: Context, si: int) -> Iterator[Found]:
    """ "Немецкое посольство в Багдаде", "в посольстве Эквадора в Лондоне": a place after "в" closing the
    name of an organisation or a site is where it is (the name states it; a place in the genitive,
    "Высокий суд Лондона", is only part of a name)."""
    for subject in ctx.of_type(si, ("organization", "facility")):
        if subject.referring:
            continue
        place = next(
            (
                p
                for p in ctx.of_type(si, ("country", "location"))
                if subject.start + 1 < p.start
                and p.stop == subject.stop
                and ctx.lemma(p.start - 1) in ("в", "во")
                and p.case in ("Loc", None)
            ),
            None,
        )
        if place is not None:
            yield ctx.fact(
                subject.entity,
                "located_in",
                {"entity": place.entity},
                si,
                trigger=place.start - 1,
                confidence=0.6,
            )


def club_in_place(ctx: Context, si: int) -> Iterator[Found]:
    """ "в клубе «Шаги» в Москве", "в Фонде «Наследие» (The Heritage Foundation) в Вашингтоне", "«Спартак»
    (Москва)": a body named after a noun of a place one goes to, or any body with its town alone in
    brackets, is in that town; a bracketed alias may come between."""
    _a, b = ctx.spans[si]
    places = ctx.of_type(si, ("country", "location"))
    for org in ctx.of_type(si, ("organization",)):
        if org.referring or _sited(ctx, org):
            continue  # a sited body has its own rule (`located_in`)
        j = org.stop
        while j < b and ctx.tokens[j].text in NAME_QUOTES:
            j += 1
        town = next(
            (
                p
                for p in places
                if p.start == j + 1
                and p.type == "location"
                and not any(ctx.lemma(t) in lex.PLACE_NOUNS for t in range(p.start, p.stop))
            ),
            None,
        )  # a town: "(Ханты-Мансийский округ)" after a town's body is the town's region
        if j < b and ctx.tokens[j].text == "(" and town is not None:
            k = town.stop
            if k + 1 < b and ctx.tokens[k].text == ",":
                k = next((p.stop for p in places if p.start == k + 1 and p.type == "country"), k)
            if k < b and ctx.tokens[k].text == ")":
                yield ctx.fact(
                    org.entity, "located_in", {"entity": town.entity}, si, trigger=j, confidence=0.6
                )
            continue
        k = org.start - 1 - _quotes_before(ctx, org)
        if _institution_head(ctx, org) not in rel.VENUE_NOUNS and (
            k < _a or ctx.lemma(k) not in rel.VENUE_NOUNS
        ):
            continue
        j = _past_alias(ctx, si, j)
        place = _trailing_place(ctx, si, j, b)
        if place is not None and ctx.lemma(j) in ("в", "во"):
            yield ctx.fact(org.entity, "located_in", {"entity": place.entity}, si, trigger=j, confidence=0.6)


def company_from(ctx: Context, si: int) -> Iterator[Found]:
    """ "компания «Икс» из Тюмени", "банк «Игрек» (Казань)", "со «Спартаком» из Нальчика": a company
    introduced by its kind noun, or any quoted name, with the town it comes from."""
    a, b = ctx.spans[si]
    places = ctx.of_type(si, ("country", "location"))
    for org in ctx.of_type(si, ("organization",)):
        if org.referring or ctx.kinds.get(org.entity) == "media":
            continue
        k = org.start - 1
        while k >= a and ctx.tokens[k].text in NAME_QUOTES:
            k -= 1
        kind = k >= a and (
            lex.REFERRING_NOUNS.get(ctx.lemma(k)) == "organization" or ctx.lemma(k) in rel.COMPANY_KIND_NOUNS
        )
        # "со «Спартаком» из Нальчика": a quoted name needs no kind noun for a town, unless a verb governs it
        # ("выбили «Азов» из Мариуполя": where it was driven from)
        quoted = k < org.start - 1 and (k < a or ctx.tokens[k].pos not in ("VERB", "AUX"))
        if not kind and not quoted:
            continue
        j = org.stop
        while j < b and ctx.tokens[j].text in NAME_QUOTES:
            j += 1
        j = _past_own_alias(
            ctx, si, j, org.entity
        )  # "фирма «Спейс адвентчерс» (Space Adventures) из Арлингтона"
        if j + 1 >= b or ctx.lemma(j) not in ("из", "(", "from"):
            continue
        place = next((p for p in places if p.start == j + 1), None)
        if place is None:
            continue
        if ctx.lemma(j) == "(" and (place.stop >= b or ctx.tokens[place.stop].text != ")"):
            continue
        if ctx.lemma(j) == "из" and place.case not in ("Gen", None):
            continue
        if not kind and (ctx.lemma(j) != "из" or place.type != "location"):
            continue  # "вывела «Искандеры» из Сирии": a country after a bare name is where it leaves
        yield ctx.fact(org.entity, "located_in", {"entity": place.entity}, si, trigger=j, confidence=0.6)


def regional_company(ctx: Context, si: int) -> Iterator[Found]:
    """ "крупнейшего холдинга Татарстана — ОАО «ТАИФ»", "нефтяная компания Казахстана «КазМунайГаз»":
    a company named after its kind and the region or country it belongs to."""
    a, _b = ctx.spans[si]
    places = ctx.of_type(si, ("country", "location"))
    for org in ctx.of_type(si, ("organization",)):
        if org.referring or _legal_form(ctx, org) or ctx.kinds.get(org.entity) == "media":
            continue
        k = org.start - 1
        while k >= a and (
            ctx.tokens[k].text in NAME_QUOTES
            or ctx.lemma(k) in rel.LEGAL_FORMS
            or ctx.tokens[k].text in ("—", "–", "-")
        ):
            k -= 1
        place = next((p for p in places if p.stop == k + 1 and p.case == "Gen"), None)
        if place is None or place.start - 1 < a:
            continue
        kind = place.start - 1
        if not (
            lex.REFERRING_NOUNS.get(ctx.lemma(kind)) == "organization"
            or ctx.lemma(kind) in rel.COMPANY_KIND_NOUNS
        ):
            continue
        predicate = "country" if place.type == "country" else "located_in"
        yield ctx.fact(org.entity, predicate, {"entity": place.entity}, si, trigger=kind, confidence=0.6)


def _participle_head(ctx: Context, si: int, i: int) -> Anchor | None:
    """ "на заводе компании X, расположенном в Y": a participle after a comma agrees in case,
    gender and number with the noun it describes, which need not be the nearest name."""
    a, _b = ctx.spans[si]
    token = ctx.tokens[i]
    case = token.feats.get("Case")
    if case is None or i - 1 < a or ctx.tokens[i - 1].text != ",":
        return None
    for x in reversed(ctx.anchors[si]):
        if x.stop > i or i - x.stop > PARTICIPLE_REACH:
            continue
        if x.type not in ("facility", "project", "organization") or x.case != case:
            continue
        head = ctx.tokens[x.start]
        k = x.start - 1 - _quotes_before(ctx, x)
        if k >= a and lex.REFERRING_NOUNS.get(ctx.lemma(k)) == x.type:
            head = ctx.tokens[k]  # "компании Ford, расположенной": the type noun's gender is the name's
        if all(
            head.feats.get(f) in (None, token.feats.get(f)) or token.feats.get(f) is None
            for f in ("Gender", "Number")
        ):
            return x
    return None


# --- agreement_with -----------------------------------------------------------------


def agreement_with(ctx: Context, si: int) -> Iterator[Found]:
    a, b = ctx.spans[si]
    parties = [x for x in ctx.anchors[si] if x.type in ACTORS]
    for i in ctx.find(si, lex.AGREEMENT_VERBS):
        fronted = any(ctx.lemma(k) in lex.AGREEMENT_NOUNS for k in range(max(a, i - FRONTED_REACH), i))
        if not fronted and not any(ctx.lemma(k) in lex.AGREEMENT_NOUNS for k in range(i + 1, min(b, i + 5))):
            continue
        # "с X" marks a partner, whatever case the tagger gives an indeclinable X
        subjects = [
            x
            for x in parties
            if x.stop <= i
            and _subject_case(x)
            and not (x.start > a and ctx.lemma(x.start - 1) in ("с", "со", "with"))
            and not _dateline(ctx, si, x)
        ]
        if fronted and not subjects:
            # "Соглашение о сотрудничестве подписали X и Y": the parties follow the verb
            signers = _listed(ctx, [x for x in parties if x.start > i and _subject_case(x)], i)
            if len(signers) >= 2:
                yield from _agreements(ctx, signers[0], signers[1:], si, i, confidence=0.7)
                continue
            # "Контракт с Indian Oil подписала компания «Роснефть»": the partner marked before the verb
            marked = [
                x
                for x in parties
                if x.stop <= i
                and x.start - 1 >= a
                and ctx.lemma(x.start - 1) in ("с", "со", "with")
                and any(ctx.lemma(k) in lex.AGREEMENT_NOUNS for k in range(max(a, x.start - 4), x.start))
            ]
            if len(signers) == 1 and marked and not _unsigned(ctx, si, marked[0].start):
                yield from _agreements(ctx, signers[0], marked[:1], si, i, confidence=0.6)
                continue
        partners = []
        k = next(
            (k for k in range(i + 1, b) if ctx.lemma(k) in ("с", "со", "with", "между", "between")), None
        )
        if k is not None:
            partners = [x for x in parties if k < x.start <= k + 6]
        if not partners:
            # "выиграла контракт Пентагона": the other party in the genitive after the noun
            noun = next((n for n in range(i + 1, min(b, i + 5)) if ctx.lemma(n) in lex.AGREEMENT_NOUNS), None)
            partners = [x for x in parties if noun is not None and x.start == noun + 1 and x.case == "Gen"]
        if not subjects and ctx.lemma(k or i) in ("между", "between") and len(partners) >= 2:
            subjects, partners = partners[:1], partners[1:]
        between = next((m for m in ctx.find(si, {"между", "between"}) if m < i), None)
        if between is not None and not partners:
            # "Между Казахстаном и Турцией подписано соглашение"
            pair = [x for x in parties if between < x.start < i]
            subjects, partners = pair[:1], pair[1:]
        if len(subjects) >= 2 and not partners:
            # "X и Y подписали …": the coordinated names right before the verb, not a headline's or a
            # dateline's name before them
            listed = _coordinated_before(ctx, subjects)
            if len(listed) >= 2:
                subjects = listed
            subjects, partners = subjects[:1], subjects[1:]
        if not subjects and not partners:
            # "Договор подписали президенты России и США", "глава МИД России и госсекретарь США
            # подписали соглашение": the states and bodies whose officials sign it
            side = [x for x in parties if (x.start > i if fronted else x.stop <= i)]
            signers = _represented(ctx, side)
            subjects, partners = signers[:1], signers[1:]
        if not subjects:
            continue
        yield from _agreements(ctx, subjects[0], partners, si, i, confidence=0.7)


def _dateline(ctx: Context, si: int, anchor: Anchor) -> bool:
    """ "ЕРЕВАН, 19 мая. /Интерфакс/ -", "(Рейтер) —": the agency of a wire dateline is no party."""
    a, _b = ctx.spans[si]
    before = ctx.tokens[anchor.start - 1].text if anchor.start > a else ""
    after = ctx.tokens[anchor.stop].text if anchor.stop < len(ctx.tokens) else ""
    return (before, after) in (("/", "/"), ("(", ")")) and ctx.kinds.get(anchor.entity) == "media"


def _coordinated_before(ctx: Context, candidates: list[Anchor]) -> list[Anchor]:
    """The last candidate and those coordinated with it before it ("компания X и турецкий концерн Y")."""
    chosen = [candidates[-1]]
    for anchor in reversed(candidates[:-1]):
        gap = [ctx.tokens[k] for k in range(anchor.stop, chosen[0].start)]
        if not any(t.text.lower() in ("и", ",", "and") for t in gap) or len(gap) > 5:
            break
        if not all(
            t.text.lower() in LIST_GLUE or t.text in NAME_QUOTES or t.pos in ("NOUN", "ADJ") for t in gap
        ):
            break
        chosen.insert(0, anchor)
    return chosen


def _agreements(
    ctx: Context, party: Anchor, partners: list[Anchor], si: int, trigger: int, *, confidence: float = 0.6
) -> Iterator[Found]:
    """`party` agreement_with each partner that is another entity, in the text's direction."""
    for partner in partners:
        if partner.entity != party.entity:
            yield ctx.fact(
                party.entity,
                "agreement_with",
                {"entity": partner.entity},
                si,
                trigger=trigger,
                confidence=confidence,
            )


def _compound_countries(ctx: Context, k: int) -> list[str]:
    """The countries of a compound adjective ("российско-американский" → Russia, the USA), in order."""
    lemma = ctx.lemma(k)
    if "-" not in lemma or ctx.tokens[k].pos not in ("ADJ", "VERB"):  # the tagger may read it as a participle
        return []
    parts = lemma.split("-")
    found: list[str] = []
    for n, part in enumerate(parts):
        if n == len(parts) - 1:
            candidates = [part]
        else:
            stem = part[:-1] if part.endswith(("о", "е")) else part
            candidates = [lex.COMPOUND_PREFIXES.get(part, ""), stem + "ий", stem + "ский"]
        entity = next(
            (
                e
                for c in candidates
                if c and c in lex.country_adjectives() and (e := ctx.entity_by_adjective(c, ("country",)))
            ),
            None,
        )
        if entity is None:
            return []
        if entity not in found:
            found.append(entity)
    return found if len(found) >= 2 else []


def compound_parties(ctx: Context, si: int) -> Iterator[Found]:
    """ "российско-американский договор" → Russia agreement_with the USA; "китайско-индийское
    сотрудничество" → China cooperates_with India (in the order written)."""
    a, b = ctx.spans[si]
    for k in range(a, b - 1):
        countries = _compound_countries(ctx, k)
        if not countries:
            continue
        j = k + 1
        while j < b - 1 and ctx.tokens[j].pos == "ADJ":
            j += 1  # "российско-американский стратегический договор"
        noun = ctx.lemma(j)
        if noun in lex.AGREEMENT_NOUNS and not _unsigned(ctx, si, k):
            predicate = "agreement_with"
        elif noun in lex.COOPERATION_NOUNS:
            predicate = "cooperates_with"
        else:
            continue
        for other in countries[1:]:
            yield ctx.fact(countries[0], predicate, {"entity": other}, si, trigger=j, confidence=0.6)


def _unsigned(ctx: Context, si: int, i: int) -> bool:
    """ "переговоры о новом договоре", "проект соглашения": an agreement talked about, not made."""
    a, _b = ctx.spans[si]
    return any(ctx.lemma(k) in lex.UNSIGNED_CUES for k in range(max(a, i - 3), i))


def agreement_between(ctx: Context, si: int) -> Iterator[Found]:
    """ "Договор между Россией и США … вступил в силу": an agreement named with its parties, no verb
    needed."""
    _a, b = ctx.spans[si]
    parties = [x for x in ctx.anchors[si] if x.type in ACTORS]
    for i in ctx.find(si, lex.AGREEMENT_NOUNS):
        if i + 1 >= b or _unsigned(ctx, si, i):
            continue
        holder = next((x for x in parties if x.start == i + 1 and x.case in ("Gen", None)), None)
        if holder is not None and holder.stop + 1 < b and ctx.lemma(holder.stop) in ("с", "со"):
            # "Соглашение Газпрома с CNPC подписано", "контракт Минобороны с концерном «Калашников»"
            k = holder.stop + 1
            while (
                k < b
                and k - holder.stop <= 3
                and ctx.anchor_at(si, k) is None
                and (
                    ctx.tokens[k].pos == "ADJ"
                    or ctx.tokens[k].text in NAME_QUOTES
                    or lex.REFERRING_NOUNS.get(ctx.lemma(k)) in ACTORS
                    or ctx.lemma(k) in rel.COMPANY_KIND_NOUNS
                )
            ):
                k += 1
            partner = next((x for x in parties if x.start == k and x.entity != holder.entity), None)
            if partner is not None:
                yield from _agreements(ctx, holder, [partner], si, i, confidence=0.6)
            continue
        if ctx.lemma(i + 1) not in ("между", "between"):
            continue
        pair = _listed(ctx, [x for x in parties if x.start > i + 1], i + 1)
        if pair:
            yield from _agreements(ctx, pair[0], pair[1:], si, i)


def agreed(ctx: Context, si: int) -> Iterator[Found]:
    """ "Россия и Украина договорились о …", "Китай договорился с Индией": an agreement reached."""
    _a, b = ctx.spans[si]
    parties = [x for x in ctx.anchors[si] if x.type in ACTORS and not x.referring]
    for i in ctx.find(si, lex.AGREE_VERBS):
        token = ctx.tokens[i]
        if token.feats.get("VerbForm") == "Inf" or token.feats.get("Tense") == "Fut":
            continue  # "намерены договориться": not yet
        before = [x for x in parties if x.stop <= i and i - x.stop <= 6 and _subject_case(x)]
        if not before or any(ctx.tokens[k].text in (",", ";", ":") for k in range(before[-1].stop, i)):
            continue
        subjects = _listed_before(ctx, before)
        k = next((k for k in range(i + 1, min(b, i + 3)) if ctx.lemma(k) in ("с", "со", "with")), None)
        partners = [x for x in parties if k is not None and x.start == k + 1]
        if not partners and len(subjects) >= 2:
            subjects, partners = subjects[:1], subjects[1:]
        yield from _agreements(ctx, subjects[0], partners, si, i)


def loan(ctx: Context, si: int) -> Iterator[Found]:
    """ "Россия предоставит Украине кредит": lender and borrower have a deal."""
    _a, b = ctx.spans[si]
    parties = [x for x in ctx.anchors[si] if x.type in ACTORS and not x.referring]
    for i in ctx.find(si, lex.LOAN_VERBS):
        if not any(ctx.lemma(k) in lex.LOAN_NOUNS for k in range(i + 1, min(b, i + 6))):
            continue
        lender = next(
            (x for x in reversed(parties) if x.stop <= i and i - x.stop <= 4 and _subject_case(x)), None
        )
        borrower = next((x for x in parties if 0 < x.start - i <= 4 and x.case == "Dat"), None)
        if lender and borrower:
            yield from _agreements(ctx, lender, [borrower], si, i)


def _represented(ctx: Context, anchors: list[Anchor]) -> list[Anchor]:
    """Parties named after an official's title ("президенты России и США", "госсекретарь США"),
    with those joined to them by "и"."""
    found: list[Anchor] = []
    for n, x in enumerate(anchors):
        j = x.start - 1
        while j >= 0 and ctx.tokens[j].pos == "ADJ":
            j -= 1
        titled = j >= 0 and ctx.lemma(j) in lex.positions() and x.case in ("Gen", None)
        joined = (
            n > 0
            and anchors[n - 1] in found
            and x.start - anchors[n - 1].stop == 1
            and ctx.tokens[anchors[n - 1].stop].text.lower() in ("и", ",")
        )
        if not (titled or joined):
            continue
        # "глава МИД России": the ministry signs for its state
        state = next(
            (
                c
                for c in anchors
                if c.type == "country" and x.start <= c.start and c.stop <= x.stop and c is not x
            ),
            x,
        )
        if all(f.entity != state.entity for f in found):
            found.append(state)
    return found


SENTENCE_RULES: tuple[Callable[[Context, int], Iterator[Found]], ...] = (
    built_in_place,
    operator,
    owned,
    holdings,
    owner_clause,
    topic_owned,
    runs,
    genitive_parent,
    listed_parts,
    plant_owner,
    country,
    country_in_apposition,
    part_of,
    planned_facilities,
    cost,
    standard,
    product,
    producer,
    status,
    operational_by,
    position,
    directive,
    ordered_inspection,
    cooperates_with,
    member_of,
    party_ticket,
    party_seat,
    party_origin,
    affiliation,
    composition,
    located_in,
    place_in_name,
    club_in_place,
    company_from,
    regional_company,
    agreement_with,
    agreement_between,
    agreed,
    loan,
)


def compound_parties_everywhere(ctx: Context) -> Iterator[Found]:
    """`compound_parties` in every sentence: the adjective names its countries, the sentence may name none."""
    for si in range(len(ctx.spans)):
        yield from compound_parties(ctx, si)


def activity_everywhere(ctx: Context) -> Iterator[Found]:
    """`activity` in every sentence: "Основной вид деятельности — …" often names no company itself."""
    for si in range(len(ctx.spans)):
        yield from activity(ctx, si)


DOCUMENT_RULES: tuple[Callable[[Context], Iterator[Found]], ...] = (
    activity_everywhere,
    named_part_of,
    unattributed_products,
    compound_parties_everywhere,
)
