"""Helpers for the serving tests and the benchmark.

NEREL articles as analysed `Doc`s, built from their gold annotations at run time.

The serving layer is tested (and benchmarked) on real Russian news with a
realistic density of mentions and facts, independently of how far the
extraction stages have come: entities come from NEREL's spans (grouped by
Wikidata id, else by surface form), facts from a few of its relations.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import uvicorn

from newsgraph.model import Doc, Entity, Fact, Mention

TYPES = {
    "PERSON": "person",
    "ORGANIZATION": "organization",
    "COUNTRY": "country",
    "CITY": "location",
    "STATE_OR_PROVINCE": "location",
    "LOCATION": "location",
    "DISTRICT": "location",
    "FACILITY": "facility",
}
# NEREL relation -> (predicate, object as entity or text)
RELATIONS = {
    "WORKS_AS": ("position", "text"),
    "HEADQUARTERED_IN": ("located_in", "entity"),
    "LOCATED_IN": ("located_in", "entity"),
    "MEMBER_OF": ("member_of", "entity"),
    "PART_OF": ("part_of", "entity"),
    "WORKPLACE": ("member_of", "entity"),
}
DATELINE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})", re.MULTILINE)
MAX_FACT_SPAN = 400


def read_ann(
    path: Path,
) -> tuple[dict[str, tuple[str, int, int, str]], list[tuple[str, str, str]], dict[str, str]]:
    spans, relations, wikidata = {}, [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        head = parts[1].split()
        try:
            if parts[0].startswith("T") and ";" not in parts[1]:
                spans[parts[0]] = (head[0], int(head[1]), int(head[2]), parts[2])
            elif parts[0].startswith("R"):
                relations.append((head[0], head[1].split(":")[1], head[2].split(":")[1]))
            elif parts[0].startswith("N") and head[2].startswith("Wikidata:Q"):
                wikidata[head[1]] = head[2].split(":")[1]
        except (IndexError, ValueError):
            continue  # NEREL has a few stray lines
    return spans, relations, wikidata


def nerel_doc(txt: Path, *, source: str = "Wikinews", published: str | None = None) -> Doc:
    """The article with NEREL's entities and some relations as facts; `published` when it has no dateline."""
    text = txt.read_text(encoding="utf-8")
    spans, relations, wikidata = read_ann(txt.with_suffix(".ann"))
    title = text.split("\n", 1)[0].strip()
    line = DATELINE.search(text[:300])
    if line:
        published = f"{line.group(3)}-{line.group(2)}-{line.group(1)}"
    doc = Doc(
        text=text, title=title, lang="ru", source=source, analysed=True, published=published, file=str(txt)
    )
    keys: dict[str, str] = {}
    for tid, (kind, start, stop, surface) in sorted(spans.items(), key=lambda s: s[1][1]):
        if kind not in TYPES or text[start:stop] != surface:
            continue
        key = wikidata.get(tid) or f"{TYPES[kind]}:{surface.lower()}"
        if key not in keys:
            keys[key] = f"e{len(keys) + 1}"
            doc.entities.append(
                Entity(keys[key], TYPES[kind], {"ru": surface, "en": None}, wikidata=wikidata.get(tid))
            )
        doc.mentions.append(Mention(start, stop, surface, TYPES[kind], keys[key], "nerel.gold"))
    by_span = {(m.start, m.stop): m.entity for m in doc.mentions}
    for rel, a, b in relations:
        if rel not in RELATIONS or a not in spans or b not in spans:
            continue
        subject = by_span.get(spans[a][1:3])
        start, stop = min(spans[a][1], spans[b][1]), max(spans[a][2], spans[b][2])
        predicate, form = RELATIONS[rel]
        obj = {"text": spans[b][3]} if form == "text" else {"entity": by_span.get(spans[b][1:3])}
        if subject and None not in obj.values() and stop - start <= MAX_FACT_SPAN:
            doc.facts.append(Fact(subject, predicate, obj, start, stop, stage="nerel.gold"))
    return doc


def nerel_docs(
    root: Path,
    count: int,
    *,
    min_facts: int = 3,
    sources: tuple[str, ...] = ("Wikinews",),
    first_day: date = date(2025, 9, 1),
) -> list[Doc]:
    """The first `count` NEREL articles (by file name) that yield at least `min_facts` facts;
    undated ones are spread a week apart from `first_day`, outlets taken in turn from `sources`."""
    docs: list[Doc] = []
    for txt in sorted(root.glob("*.txt")):
        n = len(docs)
        day = (first_day + timedelta(days=7 * n)).isoformat()
        doc = nerel_doc(txt, source=sources[n % len(sources)], published=day)
        if len(doc.facts) >= min_facts:
            docs.append(doc)
        if len(docs) == count:
            break
    return docs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(app) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start within 30 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


ERROR_KEYS = {"status", "code", "message", "detail"}


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]
