"""An unnamed plant the article is about: "завод" of a named company, with no plant named.

News about one company's plant often never names it: "Фольксваген планирует
построить в России завод … Завод планируется построить в Ступино", "рабочие
захватили завод Vestas". When the text names no facility, speaks of a plant
in the singular more than once and ties it to one organisation (the plant
noun's genitive dependent, or the organisation of the clause the plant is
first named in), every singular plant noun that belongs to no other named
organisation is a mention of one facility entity, "завод <organisation>" (with
"в <place>" where the text places it). Plural and counted plant nouns
("четыре завода", "заводы") are left out: they speak of several plants.
"""

from __future__ import annotations

from newsgraph.model import Doc, Entity, Mention, Token

STAGE = "entities.central_facility.v1"
INTRODUCED_STAGE = "entities.introduced_facility.v1"
PLANT_NOUNS = frozenset({"завод", "фабрика", "комбинат", "plant", "factory"})
MIN_OCCURRENCES = 2
OWNER_REACH = 5  # tokens from the plant noun to a company named after it ("заводе по производству … Vestas")
PLACE_REACH = 8  # tokens from the plant noun to "в <place>"
PLACE_PREPOSITIONS = frozenset({"в", "во", "in"})
CLAUSE_BREAKS = frozenset({".", ";", "!", "?", ":"})
NUMERAL_POS = frozenset({"NUM"})


def _plant_nouns(tokens: list[Token], covered: bytearray) -> list[int]:
    found = []
    for i, token in enumerate(tokens):
        if token.lemma.replace("ё", "е") not in PLANT_NOUNS or token.pos != "NOUN" or covered[i]:
            continue
        if token.feats.get("Number") == "Plur":
            continue
        if i > 0 and (tokens[i - 1].pos in NUMERAL_POS or tokens[i - 1].text.isdigit()):
            continue  # "два завода": several plants
        found.append(i)
    return found


def _follower(tokens: list[Token], by_token: dict[int, Mention], i: int) -> Mention | None:
    """An organisation named in the plant noun's phrase: "завода Visteon", "заводе по производству X"."""
    for k in range(i + 1, min(len(tokens), i + 1 + OWNER_REACH)):
        mention = by_token.get(k)
        if mention is not None:
            return mention if mention.type == "organization" else None
        token = tokens[k]
        if token.text in CLAUSE_BREAKS or token.text == "," or token.pos in ("VERB", "AUX"):
            return None
    return None


def _clause_owner(tokens: list[Token], by_token: dict[int, Mention], i: int) -> Mention | None:
    """The organisation acting in the clause the plant noun stands in ("концерн X планирует построить завод")."""
    k = i - 1
    while k >= 0 and tokens[k].text not in CLAUSE_BREAKS:
        mention = by_token.get(k)
        if mention is not None and mention.type == "organization":
            return mention
        k -= 1
    return None


def _place(doc: Doc, by_token: dict[int, Mention], i: int) -> str | None:
    tokens = doc.tokens
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + PLACE_REACH)):
        if tokens[k].text in CLAUSE_BREAKS:
            return None
        if tokens[k].lemma in PLACE_PREPOSITIONS:
            j = k + 1
            while (
                j < len(tokens) - 1 and tokens[j].pos == "ADJ" and j not in by_token
            ):  # "в литовском Шяуляе"
                j += 1
            mention = by_token.get(j)
            if mention is not None and mention.type == "location" and mention.start == tokens[j].start:
                return mention.text
    return None


# --- plants introduced as new -----------------------------------------------------
#
# "строительство нового завода по выпуску снарядов", "Первое предприятие появится в X,
# второй завод — в Y": a plant noun introduced as a new plant is a plant of its own even when
# named once and never by name. Strict limits, since "предприятие" in news is mostly a company:
# the noun takes a purpose phrase ("по выпуску X") and is new, numbered or the object of
# building; or it is numbered ("второй завод") in a text that counts plants ("два завода").

INTRODUCED_NOUNS = frozenset(
    {"завод", "фабрика", "комбинат", "цех", "верфь", "предприятие", "площадка", "plant", "factory"}
)
ORDINAL_MODIFIERS = frozenset({"первый", "второй", "третий", "четвертый", "пятый", "следующий"})
NEW_MODIFIERS = frozenset({"новый", "собственный"})
PURPOSE_PREPOSITIONS = frozenset({"по", "для", "под"})
PURPOSE_NOUNS = frozenset(
    {"выпуск", "производство", "сборка", "изготовление", "снаряжение", "ремонт", "переработка"}
)
BUILD_WORDS = frozenset(
    {
        "строительство",
        "строить",
        "построить",
        "возведение",
        "возвести",
        "возводить",
        "сооружение",
        "создание",
        "создать",
        "открытие",
        "открыть",
        "размещение",
    }
)
# Building a plant, or laying, launching and placing it.
BUILDING_WORDS = BUILD_WORDS | frozenset({"запуск", "запустить", "заложить", "разместить"})
BUILDING_REACH = 6  # tokens from "строительство" to the plant noun ("строительство в Армении завода")


def _lemma(token: Token) -> str:
    return token.lemma.replace("ё", "е").lower()


def _modifier(tokens: list[Token], i: int) -> str | None:
    """ "второй завод", "нового сборочного завода": an ordinal or "новый" among the noun's adjectives."""
    k = i - 1
    while k >= 0 and k >= i - 3 and tokens[k].pos == "ADJ":
        lemma = _lemma(tokens[k])
        if lemma in ORDINAL_MODIFIERS or lemma in NEW_MODIFIERS:
            return lemma
        k -= 1
    return None


def _purpose(tokens: list[Token], i: int) -> bool:
    """ "завод по выпуску снарядов", "цех для сборки дронов"."""
    return (
        i + 2 < len(tokens)
        and _lemma(tokens[i + 1]) in PURPOSE_PREPOSITIONS
        and _lemma(tokens[i + 2]) in PURPOSE_NOUNS
    )


def _built(tokens: list[Token], covered: bytearray, i: int) -> bool:
    """The plant noun is what is built or opened ("строительство в Армении завода", "открыть цех");
    not when the building is a named project's apposition ("проект X — строительство завода …")."""
    k = i - 1
    while k >= 0 and k >= i - BUILDING_REACH and tokens[k].text not in CLAUSE_BREAKS:
        if _lemma(tokens[k]) in BUILDING_WORDS:
            dash = k - 1 >= 0 and tokens[k - 1].text in ("—", "–", "-")
            return not (dash and any(covered[j] for j in range(max(0, k - 4), k - 1)))
        if tokens[k].pos in ("VERB", "AUX") or tokens[k].text == ",":
            return False
        k -= 1
    return False


def _counts_plants(tokens: list[Token]) -> bool:
    """The text speaks of several plants ("два завода", "заводов")."""
    return any(
        (_lemma(t) in INTRODUCED_NOUNS or _lemma(t) == "производство")
        and t.pos == "NOUN"
        and (
            t.feats.get("Number") == "Plur"
            or (i > 0 and (tokens[i - 1].pos == "NUM" or tokens[i - 1].text.isdigit()))
        )
        for i, t in enumerate(tokens)
    )


def _in_apposition(tokens: list[Token], covered: bytearray, i: int) -> bool:
    """ "первый завод — ASPAN-1", "первый из заводов": the plant is named or picked from a list."""
    k = i + 1
    while k < len(tokens) and tokens[k].text in ("—", "–", "-", ",", "«", '"', "("):
        k += 1
    return k < len(tokens) and (covered[k] or _lemma(tokens[k]) == "из")


def _place_before(tokens: list[Token], by_token: dict[int, Mention], i: int) -> str | None:
    """ "создание в Калуге цеха": the place between the building word and the plant noun."""
    for k in range(i - 1, max(-1, i - BUILDING_REACH), -1):
        if tokens[k].text in CLAUSE_BREAKS or _lemma(tokens[k]) in BUILDING_WORDS:
            return None
        mention = by_token.get(k)
        if (
            mention is not None
            and mention.type == "location"
            and k > 0
            and _lemma(tokens[k - 1]) in PLACE_PREPOSITIONS
            and mention.start == tokens[k].start
        ):
            return mention.text
    return None


def _joint_venture(doc: Doc, tokens: list[Token], i: int) -> Entity | None:
    """ "совместное предприятие" when the text names an entity just "СП"."""
    if _lemma(tokens[i]) != "предприятие" or i == 0 or _lemma(tokens[i - 1]) != "совместный":
        return None
    return next((e for e in doc.entities if (e.name.get("ru") or "").upper() == "СП"), None)


def _ordinal_name(modifier: str, noun: Token) -> str:
    gender = noun.feats.get("Gender")
    word = modifier
    if gender == "Neut":
        word = modifier[:-2] + ("ее" if modifier.endswith("ий") and modifier != "третий" else "ое")
        if modifier == "третий":
            word = "третье"
    elif gender == "Fem":
        word = modifier[:-2] + ("яя" if modifier.endswith("ий") and modifier != "третий" else "ая")
        if modifier == "третий":
            word = "третья"
    return f"{word} {_lemma(noun)}"


def _owned_and_placed(tokens: list[Token], by_token: dict[int, Mention], i: int) -> bool:
    """ "новый завод концерна X в Шяуляе": a company's new plant with its place."""
    owner = _follower(tokens, by_token, i)
    if owner is None or _lemma(tokens[i + 1]) in PLACE_PREPOSITIONS:
        return False
    k = i + 1
    while k < len(tokens) and k <= i + OWNER_REACH + PLACE_REACH and by_token.get(k) is not owner:
        k += 1
    while k < len(tokens) and (by_token.get(k) is owner or tokens[k].text in ("»", '"', "“", ")")):
        k += 1
    if k + 1 >= len(tokens) or _lemma(tokens[k]) not in PLACE_PREPOSITIONS:
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].pos == "ADJ":  # "в литовском Шяуляе"
        j += 1
    mention = by_token.get(j)
    return mention is not None and mention.type == "location"


def _introduced(
    tokens: list[Token], covered: bytearray, by_token: dict[int, Mention]
) -> list[tuple[int, str | None]]:
    counted = _counts_plants(tokens)
    found = []
    for i, token in enumerate(tokens):
        if _lemma(token) not in INTRODUCED_NOUNS or token.pos != "NOUN" or covered[i]:
            continue
        if token.feats.get("Number") == "Plur" or (
            i > 0 and (tokens[i - 1].pos in NUMERAL_POS or tokens[i - 1].text.isdigit())
        ):
            continue
        if _in_apposition(tokens, covered, i):
            continue
        modifier = _modifier(tokens, i)
        purpose = _purpose(tokens, i)
        if purpose and (modifier or _built(tokens, covered, i)):
            found.append((i, modifier))
        elif modifier in ORDINAL_MODIFIERS and counted and _lemma(token) != "площадка":
            found.append((i, modifier))
        elif (
            modifier in NEW_MODIFIERS
            and _lemma(token) != "предприятие"
            and _owned_and_placed(tokens, by_token, i)
        ):
            found.append((i, modifier))
    return found


def token_mentions(doc: Doc) -> tuple[dict[int, Mention], bytearray]:
    """Per token index, the mention covering it; and which tokens any mention covers."""
    tokens = doc.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    by_token: dict[int, Mention] = {}
    covered = bytearray(len(tokens))
    for mention in doc.mentions:
        first = starts.get(mention.start)
        if first is None:
            continue
        k = first
        while k < len(tokens) and tokens[k].start < mention.stop:
            by_token[k] = mention
            covered[k] = 1
            k += 1
    return by_token, covered


def add_introduced_facilities(doc: Doc) -> None:
    """Add a facility for each plant noun introduced as a new plant (see above), in place."""
    tokens = doc.tokens
    if not tokens:
        return
    by_token, covered = token_mentions(doc)
    seen: set[str] = set()
    for i, modifier in _introduced(tokens, covered, by_token):
        noun = tokens[i]
        key = f"{modifier if modifier in ORDINAL_MODIFIERS else ''} {_lemma(noun)}"
        if key in seen:
            continue  # "новый завод … Новый завод будет …": the same plant again
        seen.add(key)
        joint = _joint_venture(doc, tokens, i)
        if joint is not None:
            # "о создании совместного предприятия по выпуску X" where the text calls it "СП": one plant
            joint.type = "facility"
            for mention in doc.mentions:
                if mention.entity == joint.id:
                    mention.type = "facility"
            doc.mentions.append(
                Mention(noun.start, noun.stop, noun.text, "facility", joint.id, INTRODUCED_STAGE)
            )
            continue
        name = _ordinal_name(modifier, noun) if modifier in ORDINAL_MODIFIERS else _lemma(noun)
        owner = _follower(tokens, by_token, i)
        if owner is not None:
            name += f" {owner.text}"
        place = _place(doc, by_token, i) or _place_before(tokens, by_token, i)
        if place:
            name += f" в {place}"
        entity_id = f"e{len(doc.entities) + 1}"
        doc.entities.append(Entity(entity_id, "facility", {"ru": name, "en": None}))
        doc.mentions.append(
            Mention(noun.start, noun.stop, noun.text, "facility", entity_id, INTRODUCED_STAGE)
        )
    doc.mentions.sort(key=lambda m: m.start)


def add_central_facility(doc: Doc) -> None:
    """Add the plant entity and its mentions to `doc` in place, when the text has one; then the plants
    introduced as new ones."""
    _add_central_facility(doc)
    add_introduced_facilities(doc)


def _add_central_facility(doc: Doc) -> None:
    if any(e.type == "facility" for e in doc.entities) or not doc.tokens:
        return
    tokens = doc.tokens
    by_token, covered = token_mentions(doc)
    nouns = _plant_nouns(tokens, covered)
    if len(nouns) < MIN_OCCURRENCES:
        return
    followers = {i: _follower(tokens, by_token, i) for i in nouns}
    owner = followers[nouns[0]] or _clause_owner(tokens, by_token, nouns[0])
    if owner is None:
        return
    # a plant of another named organisation ("захвата завода Visteon") is another plant
    ours = [i for i in nouns if followers[i] is None or followers[i].entity == owner.entity]
    if len(ours) < MIN_OCCURRENCES:
        return
    owner_entity = next(e for e in doc.entities if e.id == owner.entity)
    name = f"{tokens[ours[0]].lemma} {owner_entity.name.get('ru') or owner.text}"
    place = next((p for i in ours if (p := _place(doc, by_token, i))), None)
    if place:
        name += f" в {place}"
    entity_id = f"e{len(doc.entities) + 1}"
    doc.entities.append(Entity(entity_id, "facility", {"ru": name, "en": None}))
    for i in ours:
        token = tokens[i]
        doc.mentions.append(Mention(token.start, token.stop, token.text, "facility", entity_id, STAGE))
    doc.mentions.sort(key=lambda m: m.start)
