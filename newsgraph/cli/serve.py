"""`newsgraph serve`: the REST API and the web UI in one process."""

from __future__ import annotations

import ipaddress
import logging
import os

import click

from newsgraph.cli import db_option, main

WORKER_HEALTHCHECK_S = 60  # seconds a worker process may take to answer uvicorn's health ping
# An idle connection is kept longer than clients keep theirs (httpx 5 s, like uvicorn's default):
# else the server may close one just as a client sends on it, and the client sees a reset.
KEEP_ALIVE_S = 30

log = logging.getLogger(__name__)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback exposes the store to the network.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option(
    "--token",
    envvar="NEWSGRAPH_API_TOKEN",
    default=None,
    show_envvar=True,
    help="Enable POST /api/articles and require 'Authorization: Bearer TOKEN' for it.",
)
@click.option(
    "--cache-size",
    default=1024,
    show_default=True,
    type=click.IntRange(0),
    help="GET responses kept in memory until the store changes (any commit, by any process); "
    "0 keeps none. ETags and 304s work either way.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Server processes; more use more cores (each keeps its own cache).",
)
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    help="The server's log level (info logs each request and worker restarts).",
)
def serve(
    db: str, host: str, port: int, token: str | None, cache_size: int, workers: int, log_level: str
) -> None:
    """Serve the web UI and the REST API (OpenAPI at /openapi.json).

    Example:

        newsgraph serve --db news.db --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from newsgraph.serve import app as serve_app

    if not _is_loopback(host):
        click.echo(
            f"Warning: listening on {host}: anyone who reaches this port can read the store.", err=True
        )
    click.echo(
        f"newsgraph on http://{host}:{port}/ (ingest over HTTP {'enabled' if token else 'disabled'})",
        err=True,
    )
    if workers == 1:
        app = serve_app.create_app(db, api_token=token, cache_size=cache_size)
        uvicorn.run(app, host=host, port=port, log_level=log_level, timeout_keep_alive=KEEP_ALIVE_S)
        return
    # Worker processes build their own app from the environment: an app object cannot be sent to them.
    os.environ.update(
        {serve_app.ENV_DB: db, serve_app.ENV_TOKEN: token or "", serve_app.ENV_CACHE: str(cache_size)}
    )
    uvicorn.run(
        "newsgraph.serve.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        timeout_keep_alive=KEEP_ALIVE_S,
        # uvicorn kills a worker that misses its health ping (5 s by default), dropping every
        # connection it holds; a busy worker on a loaded machine is slow to answer, not hung.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
    )
