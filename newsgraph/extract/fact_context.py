"""What the fact rules see of a document: sentences as token ranges and entity anchors.

An anchor is a stretch of tokens standing for an entity: a mention from the
entities stage, or a referring common noun ("проект", "это предприятие",
"страны") resolved to the nearest earlier entity of a compatible type. A
name in apposition to a type noun ("проекта ASPAN", "Первый завод, ASPAN-1")
takes the noun's grammatical case, so the rules can tell subjects from
genitive dependents.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newsgraph.extract.fact_lexicon import PROCESS_NOUNS, REFERRING_NOUNS, country_adjectives
from newsgraph.model import Doc, Fact, Token

QUOTE_MARKS = frozenset({"«", '"', "“", "„"})
APPOSITION_GAP = frozenset({",", "—", "–", "-", "(", "«", '"', "“", "„"})
# How far back (in sentences) a referring noun looks for its entity.
REFERENCE_WINDOW = 4
SUBJECT_PRONOUNS = frozenset({"он", "оно", "его"})
# Plant nouns that look back first for a plant introduced by the same noun.
SAME_NOUN_PREFERRED = frozenset({"завод", "фабрика", "комбинат", "цех", "верфь"})
PLACE_TYPES = ("project", "facility")
# "проект" stands for the plant when no project is in reach.
FACILITY_FALLBACK = frozenset({"проект", "project"})
STEM = 5  # letters an adjective shares with the name it derives from ("российский" ~ "Россия")
LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.'-]*$")
CLAUSE_OPENERS = frozenset({",", ";", "—", "–", "(", ":", "и", "а", "«", '"', "“", "„"})


@dataclass(slots=True)
class Anchor:
    start: int  # token indices, stop exclusive
    stop: int
    entity: str
    type: str
    case: str | None
    referring: bool = False


@dataclass(slots=True)
class Context:
    doc: Doc
    tokens: list[Token]
    spans: list[tuple[int, int]]  # token range of each sentence
    anchors: list[list[Anchor]]  # per sentence, in text order
    types: dict[str, str]
    kinds: dict[str, str | None]
    names: dict[str, set[str]] = field(default_factory=dict)
    by_token: dict[int, Anchor] = field(default_factory=dict)
    lemmas: list[str] = field(default_factory=list)  # per token, ё as е
    words: list[dict[str, list[int]]] = field(default_factory=list)  # per sentence: lemma or word → tokens

    def lemma(self, i: int) -> str:
        return self.lemmas[i]

    def find(self, si: int, lemmas: frozenset[str] | set[str]) -> list[int]:
        """Tokens of the sentence whose lemma or lower-case form is in `lemmas`, in order."""
        index = self.words[si]
        found = (
            {i for word in lemmas if word in index for i in index[word]}
            if len(lemmas) < len(index)
            else {i for word, where in index.items() if word in lemmas for i in where}
        )
        return sorted(found)

    def anchor_at(self, si: int, i: int) -> Anchor | None:
        for anchor in self.anchors[si]:
            if anchor.start <= i < anchor.stop:
                return anchor
        return None

    def anchor_at_any(self, i: int) -> Anchor | None:
        return self.by_token.get(i)

    def of_type(self, si: int, types: tuple[str, ...]) -> list[Anchor]:
        return [a for a in self.anchors[si] if a.type in types]

    def fact(
        self,
        subject: str,
        predicate: str,
        obj: dict,
        si: int,
        *,
        trigger: int | None = None,
        confidence: float = 0.7,
        qualifier: str | None = None,
    ) -> tuple[Fact, int, int | None]:
        sentence = self.doc.sentences[si]
        record = Fact(
            subject, predicate, obj, sentence.start, sentence.stop, qualifier=qualifier, confidence=confidence
        )
        return record, si, trigger

    def entity_by_adjective(self, lemma: str, types: tuple[str, ...]) -> str | None:
        """The entity an adjective derives from ("российский" → Россия): a shared stem of STEM letters."""
        known = country_adjectives().get(lemma)
        for entity_id, entity_names in self.names.items():
            if self.types.get(entity_id) not in types:
                continue
            if known and any(n.startswith(known[:-1]) for n in entity_names):
                return entity_id  # "турецкий" → Турция (and its inflected names)
            if not known and len(lemma) >= STEM + 2 and any(n[:STEM] == lemma[:STEM] for n in entity_names):
                return entity_id
        if known and " " not in known:
            # a country whose name has a word before it: "палестинский" → "Государство Палестина"
            for entity_id, entity_names in self.names.items():
                if self.types.get(entity_id) == "country" and any(
                    f" {known[:-1]}" in f" {n}" for n in entity_names
                ):
                    return entity_id
        return None

    def entity_named(self, *names: str) -> str | None:
        wanted = {n.lower() for n in names}
        for entity_id, entity_names in self.names.items():
            if entity_names & wanted:
                return entity_id
        return None


def _token_index(tokens: list[Token]) -> list[int]:
    return [t.start for t in tokens]


def _mention_anchor(doc: Doc, tokens: list[Token], starts: list[int], mention, types, kinds) -> Anchor | None:
    start = bisect.bisect_left(starts, mention.start)
    if start >= len(tokens) and start > 0:
        return None
    stop = bisect.bisect_left(starts, mention.stop)
    if stop <= start:
        stop = start + 1
    etype = types.get(mention.entity, mention.type)
    case = next(
        (
            t.feats.get("Case")
            for t in tokens[start:stop]
            if t.pos in ("NOUN", "PROPN") and t.feats.get("Case")
        ),
        None,
    )
    if case is not None and _caseless(tokens, start, stop):
        case = None  # "Nokia", "NASA": a Latin name shows no case; the tagger's guess is noise
    elif case not in (None, "Nom") and _indeclinable(tokens, start, stop) and _opens_clause(tokens, start):
        # "ЕКА", "АЭС Аккую", "Минобороны" opening a clause: an indeclinable name tagged Gen is a guess
        case = None
    # A name after its type noun takes the noun's case ("проекта ASPAN", "завод, ASPAN-1").
    j = start - 1
    quoted = False  # "проекта «Южный поток»": a quoted name keeps its nominative form
    while j >= 0 and tokens[j].text in APPOSITION_GAP:
        quoted = quoted or tokens[j].text in QUOTE_MARKS
        j -= 1
    if (
        j >= 0
        and REFERRING_NOUNS.get(tokens[j].lemma.replace("ё", "е")) == etype
        and tokens[j].feats.get("Number") != "Plur"  # "первый из заводов — ASPAN-1": not the same noun phrase
        # a quoted name in the nominative is uninflected ("проекта «Южный поток»"); an inflected one
        # is a dependent ("дочерняя компания «Газпрома»")
        and (
            case is None
            or (quoted and case == "Nom")
            or tokens[start].feats.get("Foreign") == "Yes"
            # "Проект Арктик СПГ": a name in its own, uninflected form right after the noun
            or (j == start - 1 and _uninflected(tokens[start]))
        )
    ):
        case = tokens[j].feats.get("Case") or case
    elif (
        quoted
        and case in (None, "Nom", "Acc")
        and etype in ("project", "facility")
        and j >= 0
        and tokens[j].pos == "NOUN"
        and tokens[j].feats.get("Number") != "Plur"
    ):
        # "газопровода «Южный поток»", "космодром «Восточный»": any type noun before a quoted name
        case = tokens[j].feats.get("Case") or case
    return Anchor(start, stop, mention.entity, etype, case)


def _uninflected(token: Token) -> bool:
    """The word is written as its lemma: a name in the form it is given, not inflected by the sentence."""
    return token.pos == "PROPN" and token.lemma.replace("ё", "е") == token.text.lower().replace("ё", "е")


def _caseless(tokens: list[Token], start: int, stop: int) -> bool:
    """Every word of the name is in Latin letters."""
    words = [t for t in tokens[start:stop] if t.pos in ("NOUN", "PROPN", "ADJ", "X")]
    return bool(words) and all(LATIN.match(t.text) for t in words)


def _indeclinable(tokens: list[Token], start: int, stop: int) -> bool:
    """The name's first noun reads the same in every case: an abbreviation ("АЭС", "ЕКА") or a word
    whose form is its own lemma though tagged oblique ("Минобороны")."""
    head = next((t for t in tokens[start:stop] if t.pos in ("NOUN", "PROPN")), None)
    if head is None or len(head.text) < 2:
        return False
    return (head.text.isupper() and head.text.isalpha()) or head.lemma.replace(
        "ё", "е"
    ) == head.text.lower().replace("ё", "е")


def _opens_clause(tokens: list[Token], start: int) -> bool:
    """The name stands where a subject stands: first in its sentence or after a comma, dash or "и"."""
    return start == 0 or tokens[start - 1].text in CLAUSE_OPENERS or tokens[start - 1].text in (".", "!", "?")


def _is_referring(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    # a type noun opening a sentence ("Газопровод планируется …") is often tagged as a name
    if token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur":
        return False
    if i > 0 and (tokens[i - 1].pos == "NUM" or tokens[i - 1].text.isdigit()):
        return False
    return True


def _antecedent(
    tokens: list[Token],
    history: list[tuple[int, Anchor]],
    names: dict[str, set[str]],
    i: int,
    si: int,
    etype: str,
    lemma: str,
) -> Anchor | None:
    """The nearest earlier anchor of `etype` within the window; one the text named by the same noun
    ("завода по выпуску …" for a later "Завод") before a nearer one of another noun."""
    window = [
        (sj, candidate)
        for sj, candidate in reversed(history)
        if candidate.start < i and candidate.type == etype and si - sj <= REFERENCE_WINDOW
    ]
    if not window:
        return None
    if etype == "organization" and tokens[i].feats.get("Case") == "Nom" and window[0][0] < si:
        # "X подала заявку на сотрудничество с Y. … компания собирается …": a subject noun
        # continues the subject of the sentence its antecedent stands in, not an oblique there
        sj = window[0][0]
        subject = next((c for s, c in window if s == sj and _nominative(tokens, c)), None)
        if subject is not None:
            return subject
    window = [candidate for _, candidate in window]
    if etype == "facility" and lemma in SAME_NOUN_PREFERRED:
        for candidate in window:
            named = names.get(candidate.entity, set())
            if any(n.split()[0] == lemma for n in named if n) or (
                tokens[candidate.start].lemma.replace("ё", "е").lower() == lemma
            ):
                return candidate
    nearest = window[0]
    # the nearest anchor of the type, as long as nothing of the type came between
    return nearest


def _nominative(tokens: list[Token], anchor: Anchor) -> bool:
    """Whether the anchor stands in the nominative, a name after its common noun taking that
    noun's case ("с заводом Уралмаш" is no subject, though the tagger reads "Уралмаш" as one)."""
    before = tokens[anchor.start - 1] if anchor.start > 0 else None
    if before is not None and before.pos == "NOUN" and before.text.islower():
        return before.feats.get("Case") == "Nom"
    return anchor.case == "Nom" and (before is None or before.pos != "ADP")


def _pronouns(tokens: list[Token], spans: list[tuple[int, int]], anchors: list[list[Anchor]]) -> None:
    """A sentence opening with "Он"/"Оно" continues the project or plant just named
    ("… проекта ASPAN. Он предусматривает …"), unless a person was named there too."""
    for si in range(1, len(spans)):
        a, b = spans[si]
        if a >= b:
            continue
        token = tokens[a]
        # "Он предусматривает …", "Его стоимость …"
        if token.pos not in ("PRON", "DET") or token.lemma not in SUBJECT_PRONOUNS:
            continue
        previous = anchors[si - 1]
        if any(x.type == "person" for x in previous):
            continue
        target = next((x for x in reversed(previous) if x.type in ("project", "facility")), None)
        if target is not None:
            case = token.feats.get("Case") if token.pos == "PRON" else "Gen"
            anchors[si].append(Anchor(a, a + 1, target.entity, target.type, case, referring=True))


def _clause_pronouns(tokens: list[Token], spans: list[tuple[int, int]], anchors: list[list[Anchor]]) -> None:
    """ "Завод разместят в X, его строительство начнётся в 2027 году": "его" + a process noun opening
    a clause inside the sentence continues the plant or project named before it in the sentence."""
    for si, (a, b) in enumerate(spans):
        for i in range(a + 1, b - 1):
            token = tokens[i]
            if token.text.lower() not in ("его", "её", "ее") or tokens[i - 1].text not in (
                ",",
                "а",
                "и",
                ";",
            ):
                continue
            if tokens[i + 1].lemma.replace("ё", "е") not in PROCESS_NOUNS:
                continue
            before = [x for x in anchors[si] if x.stop <= i]
            if any(x.type == "person" for x in before):
                continue
            target = next(
                (x for x in reversed(sorted(before, key=lambda x: x.start)) if x.type in PLACE_TYPES), None
            )
            if target is not None:
                anchors[si].append(Anchor(i, i + 1, target.entity, target.type, "Gen", referring=True))


def build(doc: Doc) -> Context:
    tokens = doc.tokens
    starts = _token_index(tokens)
    types = {e.id: e.type for e in doc.entities}
    kinds = {e.id: e.kind for e in doc.entities}
    names = {e.id: {n.lower() for n in [*e.name.values(), *e.aliases] if n} for e in doc.entities}
    spans = [(bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.stop)) for s in doc.sentences]
    mention_anchors = sorted(
        (a for m in doc.mentions if (a := _mention_anchor(doc, tokens, starts, m, types, kinds))),
        key=lambda a: a.start,
    )
    covered: dict[int, str] = {}  # token → type of the mention covering it
    for anchor in mention_anchors:
        covered.update(dict.fromkeys(range(anchor.start, anchor.stop), anchor.type))
    anchors: list[list[Anchor]] = [[] for _ in spans]
    sentence_of = [0] * len(tokens)
    for si, (a, b) in enumerate(spans):
        for i in range(a, b):
            sentence_of[i] = si
    for anchor in mention_anchors:
        if anchor.start < len(tokens):
            anchors[sentence_of[anchor.start]].append(anchor)
    # Referring nouns: resolved to the nearest earlier anchor of their type.
    history: list[tuple[int, Anchor]] = [
        (sentence_of[a.start], a) for a in mention_anchors if a.start < len(tokens)
    ]
    for i, token in enumerate(tokens):
        etype = REFERRING_NOUNS.get(token.lemma.replace("ё", "е"))
        if etype is None or i in covered or not _is_referring(tokens, i):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].text in APPOSITION_GAP:
            j += 1
        if j < len(tokens) and covered.get(j) == etype:
            continue  # "компания Great Sky": the name is the anchor
        si = sentence_of[i]
        lemma = token.lemma.replace("ё", "е").lower()
        target = _antecedent(tokens, history, names, i, si, etype, lemma)
        if target is None and lemma in FACILITY_FALLBACK:
            # "Стоимость проекта …" when the text has a plant and no project: the plant is the project
            target = _antecedent(tokens, history, names, i, si, "facility", lemma)
            etype = "facility" if target is not None else etype
        if target is None:
            continue
        anchors[si].append(Anchor(i, i + 1, target.entity, etype, token.feats.get("Case"), referring=True))
    _pronouns(tokens, spans, anchors)
    _clause_pronouns(tokens, spans, anchors)
    for row in anchors:
        row.sort(key=lambda a: a.start)
    by_token = {i: anchor for row in anchors for anchor in row for i in range(anchor.start, anchor.stop)}
    lemmas = [t.lemma.replace("ё", "е") for t in tokens]
    words: list[dict[str, list[int]]] = []
    for a, b in spans:
        index: dict[str, list[int]] = {}
        for i in range(a, b):
            index.setdefault(lemmas[i], []).append(i)
            lower = tokens[i].text.lower()
            if lower != lemmas[i]:
                index.setdefault(lower, []).append(i)
        words.append(index)
    return Context(doc, tokens, spans, anchors, types, kinds, names, by_token, lemmas, words)
