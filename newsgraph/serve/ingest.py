"""Ingest over HTTP: one article per request, as JSON or as an uploaded file.

The pipeline is built on the first request (its models take seconds to load)
and shared afterwards; requests are analysed one at a time.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from pydantic import ValidationError

from newsgraph.model import Doc
from newsgraph.serve.errors import ApiError
from newsgraph.store.base import Store

MAX_CHARS = 1_000_000
MAX_BYTES = 5_000_000
HTML_TYPES = ("text/html", "application/xhtml+xml")


async def doc_from_request(request: Request) -> Doc:
    from newsgraph.ingest.html import read_html
    from newsgraph.ingest.text import parse_text, read_text
    from newsgraph.serve.api import ArticleIn

    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        try:
            article = ArticleIn.model_validate_json(await _body(request))
        except ValidationError as exc:
            detail = [
                {"loc": [str(p) for p in e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()
            ]
            raise ApiError(
                422,
                "expected a JSON object with a non-empty 'text' (and optional title, published, "
                "source, url, lang)",
                detail=detail,
            ) from exc
        return parse_text(article.text, **article.model_dump(exclude={"text"}, exclude_none=True))
    if content_type == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=10)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(422, "expected a multipart form with a 'file' field holding the article")
        raw = await upload.read(MAX_BYTES + 1)
        _check_size(len(raw))
        meta = {k: v for k in ("source", "url") if isinstance(v := form.get(k), str) and v}
        is_html = (upload.content_type or "") in HTML_TYPES or (upload.filename or "").lower().endswith(
            (".html", ".htm")
        )
        reader = read_html if is_html else read_text
        return reader(raw, file=upload.filename, **meta)
    raise ApiError(
        415, f"expected Content-Type application/json or multipart/form-data, got {content_type or 'none'!r}"
    )


async def _body(request: Request) -> bytes:
    body = await request.body()
    _check_size(len(body))
    return body


def _check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise ApiError(
            413, f"the article is larger than {MAX_BYTES} bytes; split it or ingest it with the CLI"
        )


def analyse_and_store(app: FastAPI, store: Store, doc: Doc) -> dict[str, Any]:
    """Analyse, store and cluster one article; one at a time, since the models are shared
    and story assignment depends on the order of articles."""
    from newsgraph.pipeline import default_pipeline
    from newsgraph.resolve.stories import update as resolve_stories

    with app.state.pipeline_lock:
        if app.state.pipeline is None:
            app.state.pipeline = default_pipeline()
        doc = app.state.pipeline(doc)
        result = store.add([doc])
        resolve_stories(store, result.get("added", []))
    return {
        "id": doc.id,
        "added": doc.id in result.get("added", []),
        "analysed": doc.analysed,
        "mentions": len(doc.mentions),
        "quotes": len(doc.quotes),
        "facts": len(doc.facts),
    }
