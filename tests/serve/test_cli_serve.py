"""`newsgraph serve`: loopback by default, ingest over HTTP only with a token."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from servekit import free_port

from newsgraph.cli import main

NEWSGRAPH = Path(sys.executable).parent / "newsgraph"


def test_help_has_an_example_and_safe_defaults():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "NEWSGRAPH_API_TOKEN" in result.output
    options = {p.name: p for p in main.commands["serve"].params}
    assert options["host"].default == "127.0.0.1" and options["token"].default is None


def serve(db: Path, *, token: str | None, workers: int = 1) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_API_TOKEN"}
    if token:
        env["NEWSGRAPH_API_TOKEN"] = token
    process = subprocess.Popen(
        [str(NEWSGRAPH), "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/api/status", timeout=2)
            return process, url
        except httpx.TransportError:
            if process.poll() is not None:
                pytest.fail(f"newsgraph serve exited: {process.stderr.read().decode()}")
            time.sleep(0.2)
    process.kill()
    pytest.fail("newsgraph serve did not answer within 60 s")


@pytest.mark.parametrize(
    ("token", "status", "workers"), [(None, 403, 1), ("t0ken", 401, 1), ("t0ken", 401, 2)]
)
def test_serves_on_loopback_with_ingest_gated_by_the_token(store_path, token, status, workers):
    process, url = serve(store_path, token=token, workers=workers)
    try:
        assert httpx.get(url + "/api/status").json()["articles"] > 0
        assert httpx.get(url + "/").headers["content-type"].startswith("text/html")
        assert httpx.post(url + "/api/articles", json={"text": "Текст."}).status_code == status
    finally:
        process.terminate()
        process.wait(timeout=20)
    message = process.stderr.read().decode()
    assert f"ingest over HTTP {'enabled' if token else 'disabled'}" in message
