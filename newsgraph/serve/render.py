"""Untrusted article text into safe HTML with its spans highlighted.

Everything from an article is escaped here or by Jinja's autoescape; the only
markup added is ours. Overlapping spans (a mention inside a quote inside a
fact's evidence) are cut into segments at every span boundary, and each
segment carries the classes of all spans covering it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from newsgraph.model import Doc

SAFE_SCHEMES = ("http", "https")
# Search snippets mark matched words as ``[word]`` (see Store.search); brackets
# around anything with spaces inside are the article's own.
SNIPPET_MATCH = re.compile(r"\[([^\[\]\s]{1,80})\]")


@dataclass(slots=True)
class Mark:
    start: int
    stop: int
    kind: str  # mention, quote, fact, focus
    entity: str | None = None
    label: str = ""
    anchor: str | None = None


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def article_href(article_id: str, start: int | None = None, stop: int | None = None) -> str:
    href = "/articles/" + quote(article_id, safe="")
    if start is not None and stop is not None:
        href += f"?focus={int(start)}-{int(stop)}#focus"
    return href


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s); None for ``javascript:``, ``data:`` and anything else."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in SAFE_SCHEMES else None


def entity_name(entity: dict | None, fallback: str = "") -> str:
    if not entity:
        return fallback
    name = entity.get("name")
    if isinstance(name, dict):
        return name.get("ru") or name.get("en") or fallback
    return entity.get("name_ru") or entity.get("name_en") or name or fallback


def marks_for(doc: Doc, focus: tuple[int, int] | None = None) -> list[Mark]:
    names = {e.id: entity_name({"name": e.name}, e.id) for e in doc.entities}
    marks = [
        Mark(m.start, m.stop, "mention", m.entity, f"{names.get(m.entity, m.entity)} · {m.type}")
        for m in doc.mentions
    ]
    for i, q in enumerate(doc.quotes):
        who = names.get(q.speaker or "", q.speaker_text or "unnamed source")
        marks.append(Mark(q.start, q.stop, "quote", q.speaker, f"{q.kind} quote · {who}", f"quote-{i}"))
    for i, f in enumerate(doc.facts):
        marks.append(
            Mark(
                f.start,
                f.stop,
                "fact",
                f.subject,
                f"fact · {names.get(f.subject, f.subject)} {f.predicate} {object_text(f.object, names)}",
                f"fact-{i}",
            )
        )
    if focus:
        marks.append(Mark(focus[0], focus[1], "focus", anchor="focus"))
    return marks


def object_text(obj: dict, names: dict[str, str] | None = None) -> str:
    """A fact's object as a reader would write it."""
    names = names or {}
    if "entity" in obj:
        return obj.get("name") or names.get(obj["entity"]) or obj["entity"]
    if "money" in obj:
        money = obj["money"] or {}
        amount = money.get("amount")
        return f"{_number(amount)} {money.get('currency') or ''}".strip()
    if "value" in obj:
        return _number(obj["value"])
    for key in ("date", "status", "text"):
        if key in obj:
            text = str(obj[key])
            return text + (f" ({names.get(obj['org'], obj['org'])})" if obj.get("org") else "")
    return ", ".join(f"{k}: {v}" for k, v in obj.items())


def attribute_text(value: object) -> str:
    """An entity attribute as prose: roles as "role (org)", lists joined, offsets left out."""
    if isinstance(value, dict):
        main = value.get("role") or value.get("text") or value.get("value") or value.get("name")
        if main is None:
            return ", ".join(
                f"{k}: {attribute_text(v)}" for k, v in value.items() if k not in ("start", "stop")
            )
        org = value.get("org_name") or value.get("org")
        return f"{main} ({org})" if org else str(main)
    if isinstance(value, list | tuple):
        return "; ".join(dict.fromkeys(attribute_text(v) for v in value))
    return "" if value is None else str(value)


def side_text(side: dict) -> str:
    """One side of a conflict: the values its sources state ("denied: …" for a denial's side)."""
    objects = sorted({object_text(e["object"]) for e in side.get("evidence") or [] if e.get("object")})
    value = side.get("value")
    text = ", ".join(objects) or attribute_text(value)
    return f"{next(iter(value))}: {text}" if isinstance(value, dict) and len(value) == 1 else text


def _number(value: object) -> str:
    if not isinstance(value, int | float):
        return str(value)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:g} {word}"
    return f"{value:,.0f}".replace(",", " ") if float(value).is_integer() else f"{value:g}"


def highlight(text: str, marks: list[Mark]) -> Markup:
    marks = [m for m in marks if 0 <= m.start < m.stop <= len(text)]
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.stop for m in marks})
    out: list[str] = []
    for a, b in pairwise(cuts):
        out.extend(_anchor(m.anchor) for m in marks if m.anchor and m.start == a)
        covering = [m for m in marks if m.start <= a and b <= m.stop]
        out.append(_segment(text[a:b], covering))
    return Markup("".join(out))


def _anchor(anchor: str) -> str:
    return f'<span class="anchor" id="{escape(anchor)}"></span>'


def _segment(text: str, covering: list[Mark]) -> str:
    body = str(escape(text))
    if not covering:
        return body
    classes = " ".join(sorted({f"hl-{m.kind}" for m in covering}))
    title = escape(" | ".join(m.label for m in covering if m.label))
    link = _link_target(covering)
    if link is None:
        return f'<span class="{classes}" title="{title}">{body}</span>'
    return (
        f'<a class="{classes}" href="{escape(entity_href(link))}" data-entity="{escape(link)}" '
        f'title="{title}">{body}</a>'
    )


def _link_target(covering: list[Mark]) -> str | None:
    """The entity a click goes to: the innermost mention, else the quote's speaker, else the fact's subject."""
    for kind in ("mention", "quote", "fact"):
        spans = sorted((m for m in covering if m.kind == kind and m.entity), key=lambda m: m.stop - m.start)
        if spans:
            return spans[0].entity
    return None


def snippet(text: str | None) -> Markup:
    """A search snippet, escaped, with the store's match markers turned into ``<mark>``."""
    if not text:
        return Markup("")
    return Markup(SNIPPET_MATCH.sub(r"<mark>\1</mark>", str(escape(text))))
