"""Gold files (gold/FORMAT.md): loading and validation.

Two kinds: an article gold file (entities, quotes, facts, stances of one
text) and a story gold file (``"kind": "stories"``: which articles tell one
story and which are copies). Every structural error raises `GoldError` naming
the file, the place in it, what was expected and what came.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldError
from newsgraph.model import ENTITY_TYPES, ORG_KINDS, QUOTE_KINDS, STATUSES

POLARITIES = ("positive", "negative", "neutral")
ANNOTATED_SECTIONS = ("entities", "quotes", "facts", "stances")
OBJECT_FORMS = ("entity", "value", "money", "date", "text", "status")


@dataclass(slots=True)
class GoldEntity:
    id: str
    type: str
    name: dict[str, str | None]
    mentions: list[str]
    optional_mentions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    wikidata: str | None = None
    required: bool = True


@dataclass(slots=True)
class GoldQuote:
    speaker: str | None
    kind: str
    content: str | None = None
    content_starts: str | None = None
    content_ends: str | None = None
    cue: str | None = None
    required: bool = True


@dataclass(slots=True)
class GoldFact:
    subject: str
    predicate: str
    object: dict[str, Any]
    qualifier: str | None = None
    required: bool = True


@dataclass(slots=True)
class GoldStance:
    holder: str
    target: str
    polarity: str
    required: bool = True


@dataclass(slots=True)
class GoldDoc:
    """An article gold file, with its text read exactly as on disk."""

    path: Path
    text_path: Path
    raw: str
    id: str | None = None
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    entities: list[GoldEntity] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    facts: list[GoldFact] = field(default_factory=list)
    stances: list[GoldStance] = field(default_factory=list)
    # The sections the file annotates: an absent key means "not annotated" (a
    # NEREL-derived file has entities only), an empty list means "there are none".
    annotated: frozenset[str] = frozenset(ANNOTATED_SECTIONS)

    def entity(self, entity_id: str) -> GoldEntity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


@dataclass(slots=True)
class GoldArticle:
    text_path: Path
    raw: str
    story: str
    syndication: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None


@dataclass(slots=True)
class StoryGold:
    path: Path
    articles: list[GoldArticle]


class _Checker:
    """Reads typed fields out of JSON objects, raising `GoldError` with the place."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, expected: str, came: Any) -> GoldError:
        shown = json.dumps(came, ensure_ascii=False) if not isinstance(came, str | Path) else repr(str(came))
        if len(shown) > 120:
            shown = shown[:117] + "..."
        return GoldError(
            f"{self.path}: {where}: expected {expected}, got {shown}; fix the gold file (see gold/FORMAT.md)"
        )

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "a JSON object", value)
        return value

    def items(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", "a list", value)
        return [self.obj(item, f"{where}.{key}[{i}]") for i, item in enumerate(value)]

    def text(self, data: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
        value = data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(f"{where}.{key}", "a non-empty string", value)
        return value

    def strings(self, data: dict[str, Any], key: str, where: str) -> list[str]:
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
            raise self.fail(f"{where}.{key}", "a list of non-empty strings", value)
        return list(value)

    def choice(self, data: dict[str, Any], key: str, where: str, allowed: tuple[str, ...]) -> str:
        value = data.get(key)
        if value not in allowed:
            raise self.fail(f"{where}.{key}", f"one of {', '.join(allowed)}", value)
        return value

    def flag(self, data: dict[str, Any], key: str, where: str) -> bool:
        value = data.get(key, True)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", "true or false", value)
        return value

    def read_text(self, text_file: str, where: str) -> tuple[Path, str]:
        path = Path(text_file)
        if not path.is_absolute():
            path = self.path.parent / path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise self.fail(
                where,
                "a readable text file (relative to the gold file, or absolute)",
                f"{path} ({exc.strerror})",
            ) from None
        try:
            return path, data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self.fail(where, "a UTF-8 text file", f"{path} (invalid byte at {exc.start})") from None


def load_gold(path: str | Path) -> GoldDoc | StoryGold:
    """Read and validate one gold file of either kind."""
    path = Path(path)
    check = _Checker(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror}); check the path") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(
            f"{path}: expected a UTF-8 JSON object, got invalid JSON ({exc}); fix the file"
        ) from None
    data = check.obj(data, "top level")
    if data.get("kind") == "stories":
        return _story_gold(check, data)
    if "kind" in data and data["kind"] not in (None, "article"):
        raise check.fail("kind", '"stories" or no kind (an article gold file)', data["kind"])
    return _article_gold(check, data)


def _article_gold(check: _Checker, data: dict[str, Any]) -> GoldDoc:
    doc = check.obj(data.get("doc"), "doc")
    text_path, raw = check.read_text(check.text(doc, "text_file", "doc"), "doc.text_file")
    gold = GoldDoc(
        path=check.path,
        text_path=text_path,
        raw=raw,
        id=doc.get("id"),
        lang=check.text(doc, "lang", "doc", optional=True),
        published=check.text(doc, "published", "doc", optional=True),
        title=check.text(doc, "title", "doc", optional=True),
        source=check.text(doc, "source", "doc", optional=True),
    )
    gold.entities = [
        _entity(check, item, f"entities[{i}]") for i, item in enumerate(check.items(data, "entities", "top"))
    ]
    ids = [e.id for e in gold.entities]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise check.fail("entities", "unique entity ids", duplicates)
    known = set(ids)
    gold.quotes = [
        _quote(check, item, f"quotes[{i}]", known)
        for i, item in enumerate(check.items(data, "quotes", "top"))
    ]
    gold.facts = [
        _fact(check, item, f"facts[{i}]", known) for i, item in enumerate(check.items(data, "facts", "top"))
    ]
    gold.stances = [
        _stance(check, item, f"stances[{i}]", known)
        for i, item in enumerate(check.items(data, "stances", "top"))
    ]
    gold.annotated = frozenset(key for key in ANNOTATED_SECTIONS if data.get(key) is not None)
    return gold


def _entity(check: _Checker, item: dict[str, Any], where: str) -> GoldEntity:
    name = check.obj(item.get("name"), f"{where}.name")
    if not any(isinstance(v, str) and v for v in name.values()):
        raise check.fail(f"{where}.name", 'an object like {"ru": "...", "en": "..."}', name)
    kind = item.get("kind")
    if kind is not None and kind not in ORG_KINDS:
        raise check.fail(f"{where}.kind", f"null or one of {', '.join(ORG_KINDS)}", kind)
    return GoldEntity(
        id=check.text(item, "id", where),
        type=check.choice(item, "type", where, ENTITY_TYPES),
        name={k: v for k, v in name.items() if isinstance(v, str) and v},
        mentions=check.strings(item, "mentions", where),
        optional_mentions=check.strings(item, "optional_mentions", where),
        aliases=check.strings(item, "aliases", where),
        kind=kind,
        wikidata=check.text(item, "wikidata", where, optional=True),
        required=check.flag(item, "required", where),
    )


def _known(check: _Checker, value: Any, where: str, known: set[str], *, nullable: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if value not in known:
        raise check.fail(where, "the id of an entity in this file's entities", value)
    return value


def _quote(check: _Checker, item: dict[str, Any], where: str, known: set[str]) -> GoldQuote:
    quote = GoldQuote(
        speaker=_known(check, item.get("speaker"), f"{where}.speaker", known, nullable=True),
        kind=check.choice(item, "kind", where, QUOTE_KINDS),
        content=check.text(item, "content", where, optional=True),
        content_starts=check.text(item, "content_starts", where, optional=True),
        content_ends=check.text(item, "content_ends", where, optional=True),
        cue=check.text(item, "cue", where, optional=True),
        required=check.flag(item, "required", where),
    )
    if quote.content is None and (quote.content_starts is None or quote.content_ends is None):
        raise check.fail(where, '"content", or both "content_starts" and "content_ends"', item)
    return quote


def _fact(check: _Checker, item: dict[str, Any], where: str, known: set[str]) -> GoldFact:
    obj = check.obj(item.get("object"), f"{where}.object")
    _check_object(check, obj, f"{where}.object", known)
    return GoldFact(
        subject=_known(check, item.get("subject"), f"{where}.subject", known),
        predicate=check.text(item, "predicate", where),
        object=obj,
        qualifier=check.text(item, "qualifier", where, optional=True),
        required=check.flag(item, "required", where),
    )


def _check_object(check: _Checker, obj: dict[str, Any], where: str, known: set[str]) -> None:
    forms = [k for k in OBJECT_FORMS if k in obj]
    if len(forms) != 1:
        raise check.fail(where, f"exactly one of the forms {', '.join(OBJECT_FORMS)}", obj)
    form = forms[0]
    value = obj[form]
    if form == "entity":
        _known(check, value, f"{where}.entity", known)
    elif form == "value" and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise check.fail(f"{where}.value", "a number", value)
    elif form == "money":
        money = check.obj(value, f"{where}.money")
        amount = money.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, int | float):
            raise check.fail(f"{where}.money.amount", "a number", amount)
        currency = money.get("currency")
        if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha()):
            raise check.fail(f"{where}.money.currency", "an ISO 4217 code such as USD", currency)
    elif form == "date" and not _is_partial_date(value):
        raise check.fail(f"{where}.date", 'a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"', value)
    elif form == "text":
        check.text(obj, "text", where)
    elif form == "status" and value not in STATUSES:
        raise check.fail(f"{where}.status", f"one of {', '.join(STATUSES)}", value)
    if "org" in obj:
        _known(check, obj["org"], f"{where}.org", known)


def _is_partial_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = value.split("-")
    sizes = [4, 2, 2][: len(parts)]
    return 1 <= len(parts) <= 3 and all(
        p.isdigit() and len(p) == n for p, n in zip(parts, sizes, strict=False)
    )


def _stance(check: _Checker, item: dict[str, Any], where: str, known: set[str]) -> GoldStance:
    return GoldStance(
        holder=_known(check, item.get("holder"), f"{where}.holder", known),
        target=_known(check, item.get("target"), f"{where}.target", known),
        polarity=check.choice(item, "polarity", where, POLARITIES),
        required=check.flag(item, "required", where),
    )


def _label(check: _Checker, item: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = item.get(key)
    if value is None and default is not None:
        return default
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise check.fail(f"{where}.{key}", "a group label (string)", value)
    return str(value)


def _story_gold(check: _Checker, data: dict[str, Any]) -> StoryGold:
    articles = []
    for i, item in enumerate(check.items(data, "articles", "top")):
        where = f"articles[{i}]"
        text_path, raw = check.read_text(check.text(item, "text_file", where), f"{where}.text_file")
        articles.append(
            GoldArticle(
                text_path=text_path,
                raw=raw,
                story=_label(check, item, "story", where),
                # an article with no copies has a group of its own
                syndication=_label(check, item, "syndication", where, default=f"#article-{i}"),
                lang=check.text(item, "lang", where, optional=True),
                published=check.text(item, "published", where, optional=True),
                title=check.text(item, "title", where, optional=True),
                source=check.text(item, "source", where, optional=True),
            )
        )
    if not articles:
        raise check.fail("articles", "a non-empty list of articles", data.get("articles"))
    return StoryGold(path=check.path, articles=articles)
