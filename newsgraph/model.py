"""The shared data model: one `Doc` with character offsets, and the spans on it.

Every stage imports this module and no stage imports another stage. All
offsets are Python string indices into `Doc.text` (the text as stored), with
`stop` exclusive. Every extracted record names the stage that made it
(`stage`, e.g. ``"quotes.rules.v2"``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("person", "organization", "country", "location", "facility", "project", "group")
ORG_KINDS = ("company", "alliance", "government", "media", "party", "other")
QUOTE_KINDS = ("direct", "indirect", "unmarked")
STATUSES = ("planned", "under_construction", "operating", "suspended", "cancelled")


@dataclass(slots=True)
class Token:
    start: int
    stop: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Sentence:
    start: int
    stop: int


@dataclass(slots=True)
class NerSpan:
    """A raw named-entity span from the NER model (PER, LOC, ORG)."""

    start: int
    stop: int
    type: str
    text: str
    normal: str = ""


@dataclass(slots=True)
class Entity:
    """An entity local to one document (`id` like ``"e1"``) or stored (global id)."""

    id: str
    type: str
    name: dict[str, str | None] = field(default_factory=dict)
    kind: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    start: int
    stop: int
    text: str
    type: str
    entity: str
    stage: str = "entities.v1"


@dataclass(slots=True)
class Quote:
    """A quotation or reported speech; `speaker` is an entity id or None.

    For an unnamed source, `speaker` is None and `speaker_text` holds the
    description as written ("источник в правительстве"). An unnamed source that
    speaks for an entity ("Представитель Эрдогана") has that entity as `speaker`
    and keeps its description in `speaker_text`.
    """

    start: int
    stop: int
    kind: str
    cue: str | None = None
    cue_start: int | None = None
    cue_stop: int | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_stop: int | None = None
    speaker_text: str | None = None
    outlet: str | None = None
    confidence: float = 0.9
    reason: str | None = None
    stage: str = "quotes.rules.v2"


@dataclass(slots=True)
class Fact:
    """A typed triple; `object` uses the forms of gold/FORMAT.md.

    ``{"entity": ID}``, ``{"value": N}``, ``{"money": {"amount", "currency"}}``,
    ``{"date": "YYYY[-MM[-DD]]"}``, ``{"text": S}`` (optionally ``"org": ID``),
    ``{"status": S}``.
    """

    subject: str
    predicate: str
    object: dict[str, Any]
    start: int
    stop: int
    qualifier: str | None = None
    modality: str | None = None  # asserted (None), planned, denied, reported
    confidence: float = 0.8
    stage: str = "facts.rules.v2"


@dataclass(slots=True)
class Stance:
    """What a holder thinks of a target entity in one article: the sum of every reading
    that speaks of the pair there (the holder's quotes, and sentences where the holder
    acts on the target: "X осудил Y", "X поддержал Y", "Y пользуется доверием X")."""

    holder: str
    target: str
    polarity: str  # positive, negative, neutral
    start: int  # the evidence: the first quote content or sentence naming the pair
    stop: int
    confidence: float = 0.6
    stage: str = "stances.lexicon.v2"


@dataclass(slots=True)
class Doc:
    """An article and everything the pipeline found in it."""

    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or datetime)
    lang: str | None = None
    source: str | None = None
    url: str | None = None
    file: str | None = None
    analysed: bool = False
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    ner: list[NerSpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = doc_id(self.text)

    def entity(self, entity_id: str) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def new_entity_id(self) -> str:
        """An id no entity of the article has yet (`e` and one more than the highest number)."""
        numbers = [int(e.id[1:]) for e in self.entities if e.id[:1] == "e" and e.id[1:].isdigit()]
        return f"e{max(numbers, default=0) + 1}"

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.stop:
                return sentence
        return None

    def to_analysis(self) -> dict[str, Any]:
        """The "Analysis output" shape of gold/FORMAT.md (one JSON line per article)."""
        return {
            "id": self.id,
            "file": self.file,
            "lang": self.lang,
            "title": self.title,
            "published": self.published,
            "analysed": self.analysed,
            "text": self.text,
            "mentions": [
                {
                    "start": m.start,
                    "stop": m.stop,
                    "text": m.text,
                    "type": m.type,
                    "entity": m.entity,
                    "stage": m.stage,
                }
                for m in self.mentions
            ],
            "entities": [
                {
                    "id": e.id,
                    "type": e.type,
                    "kind": e.kind,
                    "name": e.name,
                    "wikidata": e.wikidata,
                    "aliases": e.aliases,
                    "attributes": e.attributes,
                }
                for e in self.entities
            ],
            "quotes": [dataclasses.asdict(q) for q in self.quotes],
            "facts": [dataclasses.asdict(f) for f in self.facts],
            "stances": [dataclasses.asdict(s) for s in self.stances],
        }

    def to_json(self) -> dict[str, Any]:
        """Every field, so that `Doc.from_json(doc.to_json()) == doc`."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Doc:
        lists = {
            "tokens": Token,
            "sentences": Sentence,
            "ner": NerSpan,
            "mentions": Mention,
            "entities": Entity,
            "quotes": Quote,
            "facts": Fact,
            "stances": Stance,
        }
        kwargs = {k: v for k, v in data.items() if k not in lists}
        doc = cls(**kwargs)
        for name, record in lists.items():
            setattr(doc, name, [record(**item) for item in data.get(name, [])])
        return doc


def normalise_text(text: str) -> str:
    """The text as stored: NFC, unix newlines, no trailing whitespace on lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def doc_id(text: str) -> str:
    """Article id: 16 hex digits of the SHA-256 of the whitespace-collapsed text."""
    key = " ".join(text.split()).lower()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Failure:
    """A document that could not be ingested, and why (shown to the user, stored per run)."""

    source: str
    reason: str
    stage: str = "ingest"
