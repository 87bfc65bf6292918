"""The web UI: server-rendered pages over the same read models as the API."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from newsgraph.model import ENTITY_TYPES
from newsgraph.serve import graph, queries, render
from newsgraph.serve.errors import ApiError
from newsgraph.store.base import Store

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
FOCUS = re.compile(r"^(\d{1,9})-(\d{1,9})$")
PAGE = 20
FACT_ROWS = 25  # per direction on a dossier page; the API has them all
FormText = Annotated[str | None, Query(max_length=500)]


def configure(templates: Jinja2Templates) -> None:
    env = templates.env
    env.globals.update(
        entity_href=render.entity_href,
        article_href=render.article_href,
        safe_url=render.safe_url,
        entity_name=render.entity_name,
        entity_types=ENTITY_TYPES,
        facet_url=facet_url,
        facet_params=facet_params,
    )
    env.filters.update(
        snippet=render.snippet,
        object_text=render.object_text,
        attribute_text=render.attribute_text,
        side_text=render.side_text,
    )


def facet_params(q: str, filters: dict[str, str | None]) -> dict[str, str]:
    return {"q": q, **{k: v for k, v in filters.items() if v}}


def facet_url(q: str, filters: dict[str, str | None], key: str | None, value: str | None) -> str:
    """The search URL with one facet set (a month facet sets a date range); clicking it again unsets it."""
    params = facet_params(q, filters)
    if key == "month" and value:
        last = calendar.monthrange(int(value[:4]), int(value[5:7]))[1]
        span = {"since": f"{value}-01", "until": f"{value}-{last:02d}"}
        if params.get("since") == span["since"]:
            params.pop("since"), params.pop("until", None)
        else:
            params.update(span)
    elif key:
        if params.get(key) == value:
            params.pop(key)
        else:
            params[key] = value or ""
    return "/search?" + urlencode(params)


def _page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def _store(request: Request) -> Store:
    return request.app.state.store


def _blank(value: str | None) -> str | None:
    """Form fields arrive as empty strings when left blank."""
    return value.strip() or None if value else None


@router.get("/")
def home(request: Request):
    store = _store(request)
    return _page(
        request,
        "home.html",
        stats=store.stats(),
        articles=store.articles(limit=8),
        entities=store.entities(limit=24),
    )


@router.get("/search")
def search(
    request: Request,
    q: FormText = None,
    source: FormText = None,
    type: FormText = None,
    since: FormText = None,
    until: FormText = None,
    lang: FormText = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    filters = {
        "source": _blank(source),
        "type": _blank(type),
        "since": _blank(since),
        "until": _blank(until),
        "lang": _blank(lang),
    }
    q = _blank(q)
    if filters["type"] not in (None, *ENTITY_TYPES):
        raise ApiError(
            422, f"unknown entity type {filters['type']!r}; expected one of {', '.join(ENTITY_TYPES)}"
        )
    results = queries.search(_store(request), q, limit=PAGE, offset=offset, **filters) if q else None
    if results:
        results["items"] = queries.fold_copies(results["items"])
    return _page(request, "search.html", q=q or "", results=results, filters=filters, offset=offset)


def _focus(value: str | None, length: int) -> tuple[int, int] | None:
    match = FOCUS.match(value or "")
    if not match:
        return None
    start, stop = int(match.group(1)), int(match.group(2))
    return (start, stop) if 0 <= start < stop <= length else None


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str, focus: FormText = None):
    doc = _store(request).article(article_id)
    if doc is None:
        raise ApiError(404, f"no article with id {article_id!r}; search for it from the home page")
    spot = _focus(focus, len(doc.text))
    body = render.highlight(doc.text, render.marks_for(doc, spot))
    names = {e.id: render.entity_name({"name": e.name}, e.id) for e in doc.entities}
    counts = Counter(m.entity for m in doc.mentions)
    entities = sorted((e for e in doc.entities if e.id in counts), key=lambda e: -counts[e.id])
    return _page(
        request, "article.html", doc=doc, body=body, names=names, entities=entities, counts=counts, focus=spot
    )


@router.get("/entities")
def entities(request: Request, type: FormText = None, offset: Annotated[int, Query(ge=0)] = 0):
    type = _blank(type)
    if type not in (None, *ENTITY_TYPES):
        raise ApiError(422, f"unknown entity type {type!r}; expected one of {', '.join(ENTITY_TYPES)}")
    rows = _store(request).entities(type=type, limit=PAGE * 3 + 1, offset=offset)
    return _page(
        request,
        "entities.html",
        rows=rows[: PAGE * 3],
        type=type,
        offset=offset,
        more=len(rows) > PAGE * 3,
        step=PAGE * 3,
    )


@router.get("/entities/{entity_id}")
def dossier(request: Request, entity_id: str):
    data = queries.dossier(_store(request), entity_id, limit=50)
    if data is None:
        raise ApiError(404, f"no entity with id {entity_id!r}; search for it by name")
    return _page(request, "dossier.html", **dossier_view(data))


def dossier_view(data: dict[str, Any]) -> dict[str, Any]:
    """The store's dossier arranged for reading: fact objects spelled out, pictures drawn."""
    name = render.entity_name(data, data["id"])
    neighbours = [
        {
            "id": n["id"],
            "name": render.entity_name(n, n["id"]),
            "type": n.get("type"),
            "count": n.get("articles") or 1,
        }
        for n in data.get("cooccurring") or []
    ]
    picture = graph.cooccurrence({"id": data["id"], "name": name, "type": data.get("type")}, neighbours)
    articles = data.get("articles") or []
    return {
        "entity": data,
        "name": name,
        "graph": picture,
        "neighbours": neighbours,
        "articles": articles,
        "facts": [_fact_row(f, "object") for f in _best(data.get("facts"))],
        "facts_as_object": [_fact_row(f, "subject") for f in _best(data.get("facts_as_object"))],
        "facts_total": data.get("facts_total", len(data.get("facts") or []))
        + data.get("facts_as_object_total", len(data.get("facts_as_object") or [])),
        "timeline": graph.timeline(
            [a.get("published") for a in articles],
            months={m["month"]: m["articles"] for m in data.get("timeline") or []},
        ),
        "quotes_by": data.get("quotes_by") or [],
        "quotes_about": data.get("quotes_about") or [],
        "conflicts": data.get("conflicts") or [],
    }


def _best(facts: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The facts stated by most articles (a country is the object of hundreds), in predicate order."""
    best = sorted(facts or [], key=lambda f: -(f.get("articles") or 0))[:FACT_ROWS]
    return sorted(best, key=lambda f: (f.get("predicate") or "", -(f.get("articles") or 0)))


def _fact_row(fact: dict[str, Any], other: str) -> dict[str, Any]:
    """A grouped fact with the entity at its other end (object, or subject when reversed) as a link."""
    obj = fact.get("object") or {}
    if other == "subject":
        target, label = fact.get("subject"), fact.get("subject_name") or fact.get("subject")
    else:
        target = obj.get("entity")
        label = fact.get("object_name") or render.object_text(obj)
    # Copies of one report repeat the sentence: show each wording once (the count keeps them all).
    wordings: dict[str, dict[str, Any]] = {}
    for item in fact.get("evidence") or []:
        wordings.setdefault((item.get("sentence") or "").strip(), item)
    return {**fact, "other_id": target, "other_label": label, "evidence": list(wordings.values())}


@router.get("/stories")
def stories(request: Request, offset: Annotated[int, Query(ge=0)] = 0):
    rows = queries.stories(_store(request), limit=PAGE + 1, offset=offset)
    return _page(request, "stories.html", rows=rows[:PAGE], offset=offset, more=len(rows) > PAGE, step=PAGE)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str):
    data = queries.story(_store(request), story_id)
    if data is None:
        raise ApiError(404, f"no story with id {story_id!r}; see the list of stories")
    return _page(request, "story.html", story=data)


@router.get("/api")
def api_reference(request: Request):
    """The REST API described from its own OpenAPI schema, readable offline."""
    spec = request.app.openapi()
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("summary", ""),
            "parameters": op.get("parameters", []),
            "body": "requestBody" in op,
            "secured": bool(op.get("security")),
        }
        for path, ops in spec["paths"].items()
        for method, op in ops.items()
    ]
    return _page(request, "api.html", spec=spec, operations=operations)


@router.get("/status")
def status(request: Request):
    return _page(request, "status.html", status=queries.status(_store(request)))
