"""The application factory: one FastAPI app serving the REST API and the web UI.

create_app("newsgraph.db")                   # read-only: POST /api/articles is disabled
create_app("newsgraph.db", api_token="s3")   # ingest over HTTP with "Authorization: Bearer s3"
"""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import CapacityLimiter, to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph import __version__
from newsgraph.serve import api, errors, web
from newsgraph.serve.cache import Generation, ResponseCache
from newsgraph.store.base import Store

HERE = Path(__file__).resolve().parent
# Sync routes run on at most this many threads: the GIL runs one at a time anyway, and a request
# beyond the store's pool (5 connections; one is the cache's on PostgreSQL) would open and close
# a connection of its own (anyio's default is 40 threads).
SERVE_THREADS = 4
INGEST_THREADS = 4  # POST /api/articles: analyses queue on the pipeline lock, in threads of their own

# Article text is untrusted: besides escaping, the browser is told to run only
# our own script and to load nothing from anywhere else (the UI works offline).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
SECURITY_HEADER_BYTES = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]


class SecurityHeaders:
    """ASGI middleware adding `SECURITY_HEADERS` to every response that does not set them itself
    (a plain ASGI wrapper: Starlette's BaseHTTPMiddleware costs a task and a stream per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADER_BYTES if n not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def _open(store: Store | str) -> tuple[Store, bool]:
    if isinstance(store, Store):
        return store, False
    from newsgraph.store import open_store

    return open_store(store), True


def create_app(store: Store | str, api_token: str | None = None, cache_size: int = 1024) -> FastAPI:
    """The app over a store (an open `Store`, or a URL that this app opens and closes);
    `cache_size` GET responses are kept until the store changes (0: no cache)."""
    opened, owned = _open(store)
    generation = Generation(opened)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        to_thread.current_default_thread_limiter().total_tokens = SERVE_THREADS
        app.state.ingest_threads = CapacityLimiter(INGEST_THREADS)
        yield
        generation.close()
        if owned:
            opened.close()

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        summary="News articles as a sourced knowledge base: entities, quotes, facts, stories.",
        description=(
            "Every list is paginated with `limit` and `offset`; every error has the shape "
            '`{"error": {"status", "code", "message", "detail"}}`. `POST /api/articles` works only '
            "when the server was started with an API token, and then requires `Authorization: Bearer TOKEN`."
        ),
        lifespan=lifespan,
        # FastAPI's interactive docs load their script from a CDN; /api is an offline page instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = opened
    app.state.api_token = api_token or None
    app.state.pipeline = None
    app.state.pipeline_lock = threading.Lock()
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    web.configure(app.state.templates)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.add_middleware(SecurityHeaders)
    # Added last, so outermost: cached responses already carry the headers above.
    app.add_middleware(ResponseCache, generation=generation, size=cache_size)

    return app


ENV_DB, ENV_TOKEN, ENV_CACHE = "NEWSGRAPH_DB", "NEWSGRAPH_API_TOKEN", "NEWSGRAPH_SERVE_CACHE"


def app_from_env() -> FastAPI:
    """`create_app` from the environment: the factory each uvicorn worker process calls."""
    return create_app(
        os.environ[ENV_DB],
        api_token=os.environ.get(ENV_TOKEN) or None,
        cache_size=int(os.environ.get(ENV_CACHE, "1024")),
    )
