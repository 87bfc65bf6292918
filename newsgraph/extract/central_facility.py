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
            mention = by_token.get(k + 1)
            if mention is not None and mention.type == "location" and mention.start == tokens[k + 1].start:
                return mention.text
    return None


def add_central_facility(doc: Doc) -> None:
    """Add the plant entity and its mentions to `doc` in place, when the text has one."""
    if any(e.type == "facility" for e in doc.entities) or not doc.tokens:
        return
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
