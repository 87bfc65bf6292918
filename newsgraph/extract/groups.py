"""Collectives named by a plural noun: a movement, an armed group, a party's members.

"Республиканцы намерены …", "Коммунисты заявили …", "Мятежники утверждают …":
news names a political, armed, religious or social movement, or a party's
members, by a plural noun, and that collective speaks and acts like an
organisation. Every inflected occurrence of one such noun (its lemma) is a
mention of one entity:

- the party or movement organisation whose members they are, when the article names it
  ("Республиканской партии … выдвинутая республиканцами поправка", "движение «Талибан» …
  Талибы заявили"), except in a role's tail ("лидер коммунистов", "представитель талибов"),
  which the positions and speakers stages read as naming that organisation;
- the organisation named in the genitive right after the noun ("Повстанцы «Талибана»");
- else a generic word for insurgents ("мятежники", "повстанцы") is the one named
  movement of the article ("хути … Мятежники утверждают");
- else a `group` entity of its own, named by the noun in the nominative plural
  ("республиканцы"), with no Wikidata id.

A legislator noun after a party adjective ("республиканские сенаторы") is a
mention of that party's members. A singular noun ("республиканец Джон Бенер")
describes one person and is left alone, and so are nouns for anonymous crowds and
descriptions ("эксперты", "жители", "протестующие", "боевики", "сторонники"):
analysts do not take them for entities (NEREL tags "боевики" as a profession; the
gold sets never annotate them).

Which nouns: those NEREL 1.1 tags as an ideology or an organisation when they
name people ("республиканцев", "консерваторов", "хути", "мятежников", "талибов",
"единороссов", "правоцентристы", "салафитами"), and those the gold sets annotate
as groups ("повстанцы", "сепаратисты", "оппозиционеры", "исламисты").

A named person's children, parents, grandchildren, brothers or sisters ("Дети убитой
журналистки Анны Политковской заявили …", "Сыновья Петрова") are a `group` of their own, named
by the kin noun and the person ("дети Анны Политковской"); the mention is the kin noun alone, the
words after it staying the person's ("журналистки" is her position). Relatives of unnamed people
("Родственники погибших") and a looser circle ("родственники", "семья", "близкие") are no
entity: the gold sets keep their words unattributed.

A group named once that no quote, fact or stance refers to is dropped again after
the later stages (`prune`): a passing mention ("столкновения между сепаратистами")
is no entity analysts expect.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.extract.central_facility import token_mentions
from newsgraph.extract.fact_lexicon import positions
from newsgraph.model import Doc, Entity, Mention, Token
from newsgraph.morph import analyzer
from newsgraph.pipeline import component

STAGE = "entities.groups.v1"
PRUNE_STAGE = "entities.groups.prune.v1"

# Lemma of the plural noun -> the collective's canonical name (nominative plural).
GROUP_NOUNS: dict[str, str] = {
    # party members and political camps
    "республиканец": "республиканцы",
    "демократ": "демократы",
    "социал-демократ": "социал-демократы",
    "коммунист": "коммунисты",
    "социалист": "социалисты",
    "консерватор": "консерваторы",
    "лейборист": "лейбористы",
    "либерал": "либералы",
    "единоросс": "единороссы",
    "единорос": "единороссы",
    "правоцентрист": "правоцентристы",
    "левоцентрист": "левоцентристы",
    "националист": "националисты",
    "оппозиционер": "оппозиционеры",
    "краснорубашечник": "краснорубашечники",
    "желторубашечник": "желторубашечники",
    # the organisers of a protest named collectively speak as one (dev3's convention)
    "организатор": "организаторы",
    # armed and religious movements
    "мятежник": "мятежники",
    "повстанец": "повстанцы",
    "сепаратист": "сепаратисты",
    "исламист": "исламисты",
    "джихадист": "джихадисты",
    "салафит": "салафиты",
    "талиб": "талибы",
    "хусит": "хуситы",
    "хути": "хуситы",
}
# Movements the noun itself names; a generic word for insurgents in the same article is one of them.
NAMED_MOVEMENTS = frozenset({"хуситы", "талибы"})
INSURGENTS = frozenset({"мятежники", "повстанцы"})
# The party whose members the noun names, by the start of its name (lower case) or an acronym.
PARTY_STEMS: dict[str, tuple[str, ...]] = {
    "республиканцы": ("республиканск",),
    "демократы": ("демократическ",),
    "социал-демократы": ("социал-демократическ",),
    "коммунисты": ("коммунистическ", "кпрф", "кпсс", "кпк"),
    "социалисты": ("социалистическ",),
    "консерваторы": ("консервативн",),
    "лейбористы": ("лейборист",),
    "либеральные демократы": ("либерально-демократическ",),
    "единороссы": ("единая россия",),
    "талибы": ("талибан",),
}
PARTY_WORDS = ("парти", "кпрф", "кпсс", "кпк", "единая россия", "талибан")
# "республиканские сенаторы": a party adjective before a plural legislator noun.
PARTY_ADJECTIVES: dict[str, str] = {
    "республиканский": "республиканцы",
    "демократический": "демократы",
    "лейбористский": "лейбористы",
}
LEGISLATORS = frozenset("сенатор конгрессмен законодатель депутат парламентарий выборщик".split())
# Adjectives that make another camp of the noun: "либеральные демократы", "христианские демократы".
CAMP_ADJECTIVES = frozenset({"либеральный", "гражданский", "христианский"})
QUOTE_MARKS = frozenset("«»„“”\"'")
# Plural kin nouns whose bearers, with a named person in the genitive after them, act as one group.
KIN_NOUNS = frozenset("ребенок сын дочь родитель внук внучка брат сестра".split())
# Words between the kin noun and the person's name: "убитой журналистки", "покойного актёра".
MAX_KIN_MODIFIERS = 3


@dataclass(slots=True)
class Occurrence:
    first: int  # token indices, stop exclusive
    stop: int
    key: str  # canonical name of the collective
    start: int = 0  # character offsets of the mention
    end: int = 0


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower().replace("ё", "е")


def _plural(token: Token) -> bool:
    number = token.feats.get("Number")
    if number is not None:
        return number == "Plur"
    # untagged number: the dictionary decides
    return any("plur" in p.tag for p in analyzer().parse(token.text.lower()))


def _compound_key(word: str) -> str | None:
    """ "мятежников-хути", "повстанцев-туарегов": the collective a hyphenated word's parts name
    (a named movement over a generic word for insurgents)."""
    keys = []
    for part in word.lower().replace("ё", "е").split("-"):
        for parse in analyzer().parse(part):
            if parse.normal_form in GROUP_NOUNS and ("plur" in parse.tag or parse.normal_form == "хути"):
                keys.append(GROUP_NOUNS[parse.normal_form])
                break
    named = [k for k in keys if k in NAMED_MOVEMENTS]
    return named[0] if named else (keys[0] if keys else None)


def _noun_key(token: Token) -> str | None:
    if token.pos not in ("NOUN", "PROPN", "ADJ"):
        return None
    lemma = _lemma(token)
    key = GROUP_NOUNS.get(lemma)
    if key is not None:
        return key if (lemma == "хути" or _plural(token)) else None
    if "-" in token.text and lemma not in GROUP_NOUNS:
        return _compound_key(token.text)
    return None


def _plural_nominative(token: Token) -> str:
    for parse in analyzer().parse(token.text.lower()):
        if parse.tag.POS == "ADJF":
            form = parse.inflect({"plur", "nomn"})
            if form is not None:
                return form.word
    return token.text.lower()


def occurrences(tokens: list[Token], covered: bytearray) -> list[Occurrence]:
    """Every uncovered plural group noun, with a camp adjective before it, and every party
    adjective before a plural legislator noun."""
    found: list[Occurrence] = []
    for i, token in enumerate(tokens):
        if covered[i]:
            continue
        key = _noun_key(token)
        if key is not None:
            first = i
            before = tokens[i - 1] if i > 0 else None
            if before is not None and not covered[i - 1] and _lemma(before) in CAMP_ADJECTIVES:
                key, first = f"{_plural_nominative(before)} {key}", i - 1
            found.append(Occurrence(first, i + 1, key))
            continue
        party = PARTY_ADJECTIVES.get(_lemma(token)) if token.pos == "ADJ" else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            party is not None
            and nxt is not None
            and not covered[i + 1]
            and _lemma(nxt) in LEGISLATORS
            and nxt.feats.get("Number") == "Plur"
        ):
            found.append(Occurrence(i, i + 2, party))
    for occ in found:
        occ.start, occ.end = tokens[occ.first].start, tokens[occ.stop - 1].stop
    return found


def _kin_person(doc: Doc, by_token: dict[int, Mention], i: int) -> Mention | None:
    """ "Дети (убитой журналистки) Анны Политковской": the person named in the genitive after the
    plural kin noun at i, past a few genitive words describing them."""
    tokens = doc.tokens
    token = tokens[i]
    if token.pos != "NOUN" or _lemma(token) not in KIN_NOUNS or token.feats.get("Number") != "Plur":
        return None
    for k in range(i + 1, min(i + 2 + MAX_KIN_MODIFIERS, len(tokens))):
        mention = by_token.get(k)
        if mention is not None:
            named = mention.type == "person" and tokens[k].start == mention.start
            return mention if named and tokens[k].feats.get("Case") == "Gen" else None
        describing = tokens[k].pos in ("ADJ", "NOUN") or tokens[k].feats.get("VerbForm") == "Part"
        if not describing or tokens[k].feats.get("Case") != "Gen":
            return None
    return None


def add_kin(doc: Doc) -> None:
    """Add a group for each named person's children, parents or siblings (see the module doc)."""
    by_token, covered = token_mentions(doc)
    groups: dict[tuple[str, str], str] = {}  # (kin lemma, person id) -> group id
    for i, token in enumerate(doc.tokens):
        person = None if covered[i] else _kin_person(doc, by_token, i)
        if person is None:
            continue
        key = (_lemma(token), person.entity)
        if key not in groups:
            name = doc.text[token.start : person.stop]
            groups[key] = _group(doc, name[0].lower() + name[1:])
        # the noun alone: the words describing the person are theirs (`журналистки` is a position)
        doc.mentions.append(Mention(token.start, token.stop, token.text, "group", groups[key], STAGE))
    doc.mentions.sort(key=lambda m: m.start)


def _party(doc: Doc, key: str) -> Entity | None:
    """The named party (or movement organisation) whose members the noun names."""
    stems = PARTY_STEMS.get(key)
    if not stems:
        return None
    for entity in doc.entities:
        if entity.type != "organization":
            continue
        names = [n.lower().replace("ё", "е") for n in (entity.name.get("ru"), *entity.aliases) if n]
        if any(
            (name.startswith(stem) or any(w.startswith(stem) for w in name.split()[:3]))  # "Чешская социал-…"
            and (entity.kind == "party" or any(w in name for w in PARTY_WORDS))
            for name in names
            for stem in stems
        ):
            return entity
    return None


def _role_tail(tokens: list[Token], occ: Occurrence) -> bool:
    """ "лидер коммунистов", "пресс-секретарь талибов": the noun in the genitive after a role noun."""
    before = tokens[occ.first - 1] if occ.first > 0 else None
    return (
        before is not None
        and before.pos == "NOUN"
        and _lemma(before) in positions()
        and tokens[occ.stop - 1].feats.get("Case") == "Gen"
    )


def _genitive_owner(doc: Doc, by_token: dict[int, Mention], occ: Occurrence) -> Mention | None:
    """ "Повстанцы «Талибана»": an organisation named in the genitive right after the noun."""
    k = occ.stop
    while k < len(doc.tokens) and doc.tokens[k].text in QUOTE_MARKS:
        k += 1
    mention = by_token.get(k)
    if mention is None or mention.type != "organization" or doc.tokens[k].start != mention.start:
        return None
    return mention if doc.tokens[k].feats.get("Case") == "Gen" else None


def _reclaim(doc: Doc) -> None:
    """ "Мятежники захватили город": the NER takes a capitalised group noun opening a sentence for a
    place or a person; such a mention is the group's, and an entity left with no mention goes."""
    tokens = doc.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    types = {e.id: e.type for e in doc.entities}
    wrong = set()
    for n, mention in enumerate(doc.mentions):
        i = starts.get(mention.start)
        if (
            i is not None
            and tokens[i].stop == mention.stop
            and types.get(mention.entity) in ("person", "location", "country")
            and _noun_key(tokens[i]) is not None
        ):
            wrong.add(n)
    if not wrong:
        return
    doc.mentions = [m for n, m in enumerate(doc.mentions) if n not in wrong]
    kept = {m.entity for m in doc.mentions}
    doc.entities = [e for e in doc.entities if e.id in kept]


def add_groups(doc: Doc) -> None:
    """Add the collectives' entities and mentions to `doc` in place (see the module doc)."""
    if not doc.tokens:
        return
    _reclaim(doc)
    add_kin(doc)
    by_token, covered = token_mentions(doc)
    found = occurrences(doc.tokens, covered)
    if not found:
        return
    target: dict[str, str] = {}  # key -> entity id
    for key in dict.fromkeys(occ.key for occ in found):
        party = _party(doc, key)
        if party is not None:
            target[key] = party.id
    # a role's tail names the party by its members (`лидер коммунистов`, `представитель талибов`):
    # the positions and speakers stages read it so, and want no mention there
    found = [occ for occ in found if not (occ.key in target and _role_tail(doc.tokens, occ))]
    for occ in found:
        owner = _genitive_owner(doc, by_token, occ)
        if owner is not None and occ.key not in target:
            target[occ.key] = owner.entity
    keys = list(dict.fromkeys(occ.key for occ in found))
    movements = [k for k in keys if k in NAMED_MOVEMENTS]
    for key in keys:
        if key in target:
            continue
        if key in INSURGENTS and len(movements) == 1:
            key_of = movements[0]
            if key_of not in target:
                target[key_of] = _group(doc, key_of)
            target[key] = target[key_of]
            continue
        target[key] = _group(doc, key)
    entities = {e.id: e for e in doc.entities}
    for occ in found:
        entity = entities[target[occ.key]]
        doc.mentions.append(
            Mention(occ.start, occ.end, doc.text[occ.start : occ.end], entity.type, entity.id, STAGE)
        )
    doc.mentions.sort(key=lambda m: m.start)


def _group(doc: Doc, name: str) -> str:
    entity = Entity(doc.new_entity_id(), "group", {"ru": name, "en": None})
    doc.entities.append(entity)
    return entity.id


# --- after the later stages ------------------------------------------------------


def acting(doc: Doc) -> set[str]:
    """Entity ids that act in the article: a quote's speaker, a fact's subject."""
    return {q.speaker for q in doc.quotes if q.speaker} | {f.subject for f in doc.facts}


@component(
    PRUNE_STAGE, requires=("entities", "mentions", "quotes", "facts", "stances"), assigns=("entities",)
)
def prune(doc: Doc) -> Doc:
    """Drop the groups this stage made that are named once and do not act, with the stances and the
    fact objects that name them (a stance read off a passing mention is no view the group holds)."""
    ours = {m.entity for m in doc.mentions if m.stage == STAGE}
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        counts[mention.entity] = counts.get(mention.entity, 0) + 1
    active = acting(doc)
    drop = {
        e.id
        for e in doc.entities
        if e.type == "group" and e.id in ours and counts.get(e.id, 0) < 2 and e.id not in active
    }
    if drop:
        doc.entities = [e for e in doc.entities if e.id not in drop]
        doc.mentions = [m for m in doc.mentions if m.entity not in drop]
        doc.stances = [s for s in doc.stances if s.holder not in drop and s.target not in drop]
        doc.facts = [
            f for f in doc.facts if f.object.get("entity") not in drop and f.object.get("org") not in drop
        ]
    return doc
