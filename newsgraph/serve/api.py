"""The REST API under ``/api``: thin JSON views over `Store` methods.

Lists are pages: ``{"items": [...], "limit", "offset", "next_offset"}`` where
``next_offset`` is null on the last page (one extra row is fetched to know).
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

import orjson
from anyio import to_thread
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from newsgraph.model import ENTITY_TYPES
from newsgraph.serve import ingest, queries
from newsgraph.serve.errors import ApiError, error_responses
from newsgraph.store.base import Store

router = APIRouter(prefix="/api", responses=error_responses(422, 500))

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ID = r"^[\w.:-]{1,128}$"

Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
Since = Annotated[str | None, Query(pattern=DATE, description="Published on or after (YYYY[-MM[-DD]]).")]
Until = Annotated[str | None, Query(pattern=DATE, description="Published on or before (YYYY[-MM[-DD]]).")]
Source = Annotated[str | None, Query(max_length=200, description="Outlet, as stored.")]
Lang = Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639 language code.")]
EntityType = Annotated[
    str | None, Query(pattern="^(" + "|".join(ENTITY_TYPES) + ")$", description="Entity type.")
]
EntityId = Annotated[str, Path(pattern=ID, description="Stored entity id.")]
ArticleId = Annotated[str, Path(pattern=ID, description="Article id (16 hex digits).")]


class FastJSON(JSONResponse):
    """JSON by orjson: the same document as the standard encoder's, several times faster on a dossier."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")


class Page(BaseModel):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = None


class SearchPage(Page):
    query: str
    entities: list[dict[str, Any]] = Field(description="Entities whose name or alias matches the query.")
    facets: dict[str, dict[str, int]] = Field(description="Counts by source, month and entity type.")


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=ingest.MAX_CHARS)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}")
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$")


class Ingested(BaseModel):
    id: str
    added: bool
    analysed: bool
    mentions: int
    quotes: int
    facts: int


def store_of(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(store_of)]


def page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    more = len(rows) > limit
    return {
        "items": rows[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def require_token(
    request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> None:
    token = request.app.state.api_token
    if token is None:
        raise ApiError(
            403,
            "ingest over HTTP is disabled: restart the server with --token TOKEN "
            "(or $NEWSGRAPH_API_TOKEN) to enable POST /api/articles",
            code="ingest_disabled",
        )
    given = creds.credentials if creds else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(
            401,
            "expected header 'Authorization: Bearer TOKEN' with the server's token; "
            + ("got a wrong token" if given else "got none"),
            headers={"WWW-Authenticate": "Bearer"},
        )


@router.get("/articles", response_model=Page, summary="Articles, newest first")
def list_articles(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    lang: Lang = None,
):
    rows = store.articles(limit=limit + 1, offset=offset, source=source, since=since, until=until, lang=lang)
    return page(rows, limit, offset)


@router.get(
    "/articles/{article_id}",
    summary="One article with its mentions, entities, quotes and facts as spans",
    responses=error_responses(404),
)
def get_article(store: StoreDep, article_id: ArticleId) -> dict[str, Any]:
    doc = store.article(article_id)
    if doc is None:
        raise ApiError(404, f"no article with id {article_id!r}; list ids at /api/articles")
    return queries.article_json(doc)


@router.post(
    "/articles",
    status_code=201,
    response_model=Ingested,
    summary="Ingest one article (JSON or a file upload); needs the server's API token",
    responses=error_responses(400, 401, 403, 413, 415),
    dependencies=[Depends(require_token)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": ArticleIn.model_json_schema(ref_template="#/components/schemas/{model}")
                },
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "source": {"type": "string"},
                            "url": {"type": "string"},
                        },
                    }
                },
            },
        }
    },
)
async def post_article(request: Request, store: StoreDep):
    doc = await ingest.doc_from_request(request)
    # Threads of their own: an analysis takes seconds, and must not hold the readers' few threads.
    return await to_thread.run_sync(
        ingest.analyse_and_store,
        request.app,
        store,
        doc,
        limiter=getattr(request.app.state, "ingest_threads", None),
    )


@router.get("/entities", response_model=Page, summary="Entities by number of articles, or by name with `q`")
def list_entities(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Name, alias, inflected form or id.")] = None,
    type: EntityType = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    if q:
        rows = [e for e in store.find_entities(q, limit=offset + limit + 1) if type in (None, e.get("type"))]
        return page(rows[offset:], limit, offset)
    return page(store.entities(type=type, limit=limit + 1, offset=offset), limit, offset)


@router.get("/entities/{entity_id}", summary="An entity's dossier", responses=error_responses(404))
def get_dossier(
    store: StoreDep,
    entity_id: EntityId,
    limit: Annotated[int, Query(ge=1, le=500, description="Articles to include.")] = 50,
) -> dict[str, Any]:
    dossier = queries.dossier(store, entity_id, limit=limit)
    if dossier is None:
        raise ApiError(404, f"no entity with id {entity_id!r}; find ids at /api/entities?q=NAME")
    return FastJSON(dossier)  # rows are JSON-ready: skip the generic encoder on this big one


@router.get("/quotes", response_model=Page, summary="Quotes, filtered by speaker or by entity mentioned")
def list_quotes(
    store: StoreDep,
    speaker: Annotated[str | None, Query(pattern=ID, description="Entity id of the speaker.")] = None,
    about: Annotated[
        str | None, Query(pattern=ID, description="Entity id mentioned inside the quote.")
    ] = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    rows = store.quotes(speaker=speaker, about=about, since=since, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


@router.get("/facts", response_model=Page, summary="Facts, filtered by subject entity or predicate")
def list_facts(
    store: StoreDep,
    subject: Annotated[str | None, Query(pattern=ID, description="Entity id of the subject.")] = None,
    predicate: Annotated[
        str | None, Query(pattern=r"^[a-z_]{1,64}$", description="Predicate, e.g. operator, cost, position.")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    rows = store.facts(subject=subject, predicate=predicate, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


@router.get("/stories", response_model=Page, summary="Stories: clusters of articles about one development")
def list_stories(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    since: Since = None,
    about: Annotated[str | None, Query(pattern=ID, description="Entity id.")] = None,
):
    return page(
        queries.stories(store, limit=limit + 1, offset=offset, since=since, about=about), limit, offset
    )


@router.get(
    "/stories/{story_id}",
    summary="One story: its articles by syndication group, and conflicts",
    responses=error_responses(404),
)
def get_story(
    store: StoreDep, story_id: Annotated[str, Path(pattern=ID, description="Story id (s-…).")]
) -> dict[str, Any]:
    story = queries.story(store, story_id)
    if story is None:
        raise ApiError(404, f"no story with id {story_id!r}; list stories at /api/stories")
    return story


@router.get("/search", response_model=SearchPage, summary="Full-text search over articles, with facets")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
    limit: Limit = 20,
    offset: Offset = 0,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    lang: Lang = None,
    type: EntityType = None,
):
    return queries.search(
        store, q, limit=limit, offset=offset, source=source, since=since, until=until, lang=lang, type=type
    )


@router.get("/status", summary="Store size and the last ingest run with its failures")
def status(store: StoreDep) -> dict[str, Any]:
    return queries.status(store)
