"""State bodies named by a common noun and their country.

Russian news names institutions with a head noun and the country in the
genitive ("Правительство Украины", "в министерстве финансов России") or as a
relational adjective ("японская полиция"); natasha's NER misses most of them.
The spans found here become government organisations named in the nominative
with the country in the genitive ("Министерство финансов России").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.extract.gazetteer import parses
from newsgraph.extract.names import match_case
from newsgraph.model import Token

DATA = Path(__file__).resolve().parent.parent / "data"

# Head nouns (lemmas) that name a state body by themselves.
HEADS = frozenset(
    {
        "правительство",
        "кабмин",
        "министерство",
        "минобороны",
        "мид",
        "минфин",
        "минэкономразвития",
        "минздрав",
        "минюст",
        "минэнерго",
        "минтранс",
        "ведомство",
        "посольство",
        "консульство",
        "администрация",
        "сенат",
        "парламент",
        "конгресс",
        "госдума",
        "дума",
        "полиция",
        "милиция",
        "прокуратура",
        "генпрокуратура",
        "генштаб",
        "армия",
        "ввс",
        "вмс",
        "флот",
        "центробанк",
        "нацбанк",
        "центризбирком",  # the electoral commission: `центризбирком Венесуэлы объявил`
        "избирком",
        "генконсульство",
        "дипмиссия",
        "миссия",
        "постпредство",
    }
)
# Bodies a state or an international organisation keeps in another country: their
# name goes on with the host ("Посольство России в Сирии", "Миссия Евросоюза в Грузии").
HOSTED_HEADS = frozenset(
    {
        "посольство",
        "консульство",
        "генконсульство",
        "дипмиссия",
        "миссия",
        "постпредство",
    }
)
# Bodies of an international organisation named with it in the genitive: entities of their
# own ("Совет Безопасности ООН", "Генеральная Ассамблея ООН", "миссия ОБСЕ"). A press
# service, a secretariat or a group of observers speaks for the organisation itself.
OWNED_HEADS = HOSTED_HEADS | frozenset(
    {"совет", "совбез", "ассамблея", "комитет", "комиссия", "суд", "трибунал"}
)
# Bodies a city or a region has of its own ("прокуратура Бишкека", "правительство Москвы",
# "полиция Лас-Вегаса", "суд Милана").
LOCAL_HEADS = frozenset(
    {
        "прокуратура",
        "администрация",
        "правительство",
        "мэрия",
        "дума",
        "суд",
        "парламент",
        "полиция",
        "милиция",
        "департамент",
        "избирком",
    }
)
# Bodies known by a name of their own that a bare head noun refers back to ("В Скотланд-Ярде
# предполагают … По данным полиции"): name lemma -> head lemma.
NAMED_HEADS = {"скотланд-ярд": "полиция", "скотленд-ярд": "полиция"}
# National teams, named like a state's bodies ("сборная Японии", "российская сборная") but
# organisations of another kind.
TEAM_HEADS = frozenset({"сборная"})
# Heads whose adjectives before them are part of the name, whatever they are.
ADJECTIVE_HEADS = frozenset({"суд", "прокуратура"})
# Heads of the bodies serving an organisation named in the genitive ("военная прокуратура РВСН").
SERVED_HEADS = frozenset({"прокуратура"})
# Another word for the same body: a later "дипмиссия" is the embassy named before.
SYNONYMS = {"дипмиссия": "посольство", "генконсульство": "консульство"}
# Heads too general alone: they need a qualifying adjective before them or a
# genitive complement after them ("Палата представителей", "Совет Федерации").
QUALIFIED_HEADS = frozenset({"комитет", "палата", "совет", "штаб", "банк", "служба"})
QUALIFIERS = frozenset(
    {
        "следственный",
        "объединённый",
        "объединенный",
        "объединить",  # the participle's lemma
        "центральный",
        "национальный",
        "генеральный",
        "федеральный",
        "верховный",
        "государственный",
    }
)
# Plural nouns naming a state's armed forces with the adjective before them
# ("вооружённые силы", "сухопутные войска"): the two words are the head phrase.
FORCES: dict[str, frozenset[str]] = {
    # "вооружённых" is tagged a participle of "вооружить"
    "сила": frozenset({"вооружённый", "вооруженный", "вооружить", "военно-воздушный", "военно-морской"}),
    "войско": frozenset({"сухопутный", "ракетный", "воздушно-десантный"}),
}
POSSESSIVES = frozenset({"свой", "собственный", "наш", "мой", "ваш", "их", "его", "её", "ее"})
# Heads whose name goes on with genitive words ("министерство иностранных дел",
# "администрация президента"); after other heads a genitive is something else
# ("прокуратура города Павия").
COMPLEMENTED_HEADS = frozenset({"министерство", "администрация", "кабинет", "департамент"}) | QUALIFIED_HEADS
# Heads that name a body only with its place after the complement ("департамент культуры Москвы";
# a company has a "департамент продаж").
PLACED_HEADS = frozenset({"департамент"})
# Heads that name a body only with one complement ("кабинет министров", not "кабинет врача").
FIXED_COMPLEMENTS = {"кабинет": "министр"}
NAMED_BY_COMPLEMENT = FIXED_COMPLEMENTS.keys() | FORCES.keys()
MAX_COMPLEMENT = 3
MAX_ADJECTIVES = 2


@dataclass(slots=True)
class Body:
    first: int
    stop: int  # end of the head phrase (the country follows, or the adjective precedes)
    head: int
    complement: tuple[str, ...]


@cache
def adjective_countries() -> dict[str, str]:
    """Adjective lemma → country name as written (newsgraph/data/country_adjectives.tsv)."""
    text = (DATA / "country_adjectives.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {adjective.strip(): country.strip() for adjective, country in rows}


def head_lemma(token: Token) -> str:
    return token.lemma.lower().replace("ё", "е") if token.lemma else token.text.lower()


def body_lemma(token: Token) -> str:
    """The head lemma with synonyms merged ("дипмиссия" is "посольство")."""
    lemma = head_lemma(token)
    return SYNONYMS.get(lemma, lemma)


def host_stop(tokens: list[Token], stop: int, places: dict[int, int]) -> int:
    """End of "в Сирии" at `stop` after a hosted body ("посольство России в Сирии") or an
    ambassador ("посол Японии в России"), else `stop`.

    `places` maps the first token of each country or place to its end."""
    if stop + 1 >= len(tokens):
        return stop
    if tokens[stop].text.lower() not in ("в", "во") or stop + 1 not in places:
        return stop
    # "в Сирии" is where it sits; "в Сирию" is where someone goes
    return places[stop + 1] if tokens[stop + 1].feats.get("Case") != "Acc" else stop


def complement_stop(tokens: list[Token], head: int, limit: int) -> int:
    """End of the lower-case genitive words after a head ("финансов", "начальников штабов")."""
    i = head + 1
    if head_lemma(tokens[head]) not in COMPLEMENTED_HEADS:
        return i
    fixed = FIXED_COMPLEMENTS.get(head_lemma(tokens[head]))
    if fixed is not None:
        after = tokens[i] if i < limit else None
        return i + 1 if after is not None and after.lemma == fixed and after.feats.get("Case") == "Gen" else i
    while (
        i < limit
        and i - head <= MAX_COMPLEMENT
        and tokens[i].text.isalpha()
        and tokens[i].text.islower()
        and tokens[i].pos in ("NOUN", "ADJ")
        and tokens[i].feats.get("Case") == "Gen"
    ):
        i += 1
    return i


def qualifies(token: Token) -> bool:
    """A qualifying adjective ("Федеральная служба"); "объединённый" is tagged a participle."""
    return token.pos in ("ADJ", "VERB") and token.lemma.replace("ё", "е") in {
        q.replace("ё", "е") for q in QUALIFIERS
    }


def forces_start(tokens: list[Token], head: int) -> int | None:
    """The adjective opening "вооружённые силы" at `head` ("сил"), or None."""
    kinds = FORCES.get(head_lemma(tokens[head]))
    if not kinds or head == 0 or tokens[head].feats.get("Number") != "Plur":
        return None
    before = tokens[head - 1]
    return head - 1 if head_lemma(before) in kinds and before.pos in ("ADJ", "VERB") else None


def head_start(tokens: list[Token], head: int) -> int | None:
    """First token of the head phrase, or None when the noun names no state body."""
    lemma = head_lemma(tokens[head])
    if lemma in FORCES:
        return forces_start(tokens, head)
    if tokens[head].text.islower() and tokens[head].feats.get("Number") == "Plur":
        return None  # "американские ведомства" are many bodies
    has_qualifier = head > 0 and qualifies(tokens[head - 1])
    if lemma in TEAM_HEADS or (
        lemma in FIXED_COMPLEMENTS and complement_stop(tokens, head, len(tokens)) > head + 1
    ):
        return head
    if lemma in HEADS and lemma not in ADJECTIVE_HEADS:
        return head - 1 if has_qualifier else head
    if lemma in LOCAL_HEADS:
        # a court's adjectives are its name ("Басманный суд", "Земельный суд Вены", "военная прокуратура")
        first = head
        while first > max(0, head - MAX_ADJECTIVES) and tokens[first - 1].pos == "ADJ":
            first -= 1
        return first
    if lemma in QUALIFIED_HEADS and has_qualifier:
        return head - 1
    if lemma in QUALIFIED_HEADS and complement_stop(tokens, head, len(tokens)) > head + 1:
        return head
    return None


def before_country(tokens: list[Token], country: int) -> Body | None:
    """A head phrase ending right before a country in the genitive."""
    if tokens[country].feats.get("Case") != "Gen":
        return None
    for head in range(country - 1, max(-1, country - 2 - MAX_COMPLEMENT), -1):
        if (
            head_lemma(tokens[head])
            in HEADS | LOCAL_HEADS | TEAM_HEADS | QUALIFIED_HEADS | NAMED_BY_COMPLEMENT
        ):
            if complement_stop(tokens, head, country) != country:
                return None
            first = head_start(tokens, head)
            if first is None:
                return None
            return Body(first, country, head, tuple(t.lemma for t in tokens[head + 1 : country]))
    return None


def bare(tokens: list[Token], head: int) -> Body | None:
    """A body named by its head and genitive complement alone, no country written
    ("администрации президента", "объединённого комитета начальников штабов")."""
    lemma = head_lemma(tokens[head])
    first = forces_start(tokens, head)
    if first is not None:
        # "вооружённых сил": the article's country's, unless an owner follows ("вооружённых сил
        # страны", "… нацистского рейха") or a possessive precedes ("собственных", "нашими").
        after = tokens[head + 1] if head + 1 < len(tokens) else None
        owned = (
            after is not None
            and after.feats.get("Case") == "Gen"
            and (after.pos == "ADJ" or (after.pos == "NOUN" and after.feats.get("Number") == "Sing"))
        )
        possessed = first > 0 and head_lemma(tokens[first - 1]) in POSSESSIVES
        return None if owned or possessed else Body(first, head + 1, head, ())
    if tokens[head].feats.get("Number") == "Plur" or lemma not in COMPLEMENTED_HEADS or lemma in PLACED_HEADS:
        return None
    stop = complement_stop(tokens, head, len(tokens))
    if stop == head + 1:
        return None
    owner = tokens[stop] if stop < len(tokens) else None
    if (
        lemma in FIXED_COMPLEMENTS
        and owner is not None
        and owner.feats.get("Case") == "Gen"
        and owner.pos == "NOUN"
    ):
        return None  # "кабинет министров оппозиции": a cabinet of someone not named as a place
    first = head
    if lemma in QUALIFIED_HEADS:
        # "совет директоров" is any company's; "Объединённый комитет …" names one body
        if head == 0 or not qualifies(tokens[head - 1]):
            return None
        first = head - 1
    return Body(first, stop, head, tuple(t.lemma for t in tokens[head + 1 : stop]))


def after_adjective(tokens: list[Token], adjective: int) -> Body | None:
    """ "японская полиция", "министерство иностранных дел" after "российское"."""
    head = adjective + 1
    if head >= len(tokens) or tokens[adjective].pos != "ADJ":
        return None
    # "китайский МИД", "японского МИДа": an acronym head must be one of the heads.
    word = tokens[head].text
    if not word.islower() and not (word[:2].isupper() and head_lemma(tokens[head]) in HEADS):
        return None
    if tokens[head].text.islower() and tokens[head].feats.get("Number") == "Plur":
        return None
    if head_lemma(tokens[head]) not in HEADS | TEAM_HEADS and not (
        head_lemma(tokens[head]) in QUALIFIED_HEADS and complement_stop(tokens, head, len(tokens)) > head + 1
    ):
        return None
    stop = complement_stop(tokens, head, len(tokens))
    return Body(adjective, stop, head, tuple(t.lemma for t in tokens[head + 1 : stop]))


def body_kind(head: Token) -> str:
    """The organisation kind of a body by its head noun: a national team is no government."""
    return "other" if head_lemma(head) in TEAM_HEADS else "government"


def genitive(country: str) -> str:
    """The country's name in the genitive ("Украина" → "Украины"; "США" stays)."""
    words = []
    for word in country.split():
        if word.isupper():
            words.append(word)
            continue
        form = next((p.inflect({"gent"}) for p in parses(word) if "Geox" in p.tag), None)
        form = form or next((p.inflect({"gent"}) for p in parses(word)), None)
        words.append(match_case(form.word, word) if form else word)
    return " ".join(words)


def capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]
