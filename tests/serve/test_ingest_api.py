"""POST /api/articles: disabled without a token, and then requiring it; JSON and file uploads."""

from __future__ import annotations

import httpx
import pytest
from servekit import assert_error, running

from newsgraph.serve.app import create_app
from newsgraph.store import open_store

TOKEN = "s3cret-token"
TEXT = " date 2025-11-02 Завод в Казани\nКомпания «Ромашка» открыла завод в Казани. Директор завода Иван Петров заявил, что завод заработает в 2026 году."


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    store = open_store(str(tmp_path_factory.mktemp("ingest") / "store.db"))
    app = create_app(store, api_token=TOKEN)
    app.state.pipeline = pipeline  # the session's, already loaded
    with running(app) as url:
        yield url
    store.close()


def post(url: str, token: str | None = TOKEN, **kwargs) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx.post(url + "/api/articles", headers=headers, timeout=60, **kwargs)


def test_disabled_without_a_token(live_server):
    error = assert_error(post(live_server, json={"text": TEXT}), 403, "ingest_disabled")
    assert "--token" in error["message"]


def test_token_required(server):
    assert_error(post(server, token=None, json={"text": TEXT}), 401, "unauthorized")
    response = post(server, token="wrong", json={"text": TEXT})
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_json_ingest_then_read_back(server):
    response = post(server, json={"text": TEXT, "source": "Казанские вести", "url": "https://example.org/a"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] is True and body["analysed"] is True
    article = httpx.get(f"{server}/api/articles/{body['id']}").json()
    assert article["title"] == "Завод в Казани" and article["published"] == "2025-11-02"
    assert article["source"] == "Казанские вести" and article["text"].startswith("Компания")
    again = post(server, json={"text": TEXT}).json()
    assert again["id"] == body["id"] and again["added"] is False


def test_file_uploads(server):
    text = "Министерство обороны России сообщило о новых поставках боеприпасов в войска."
    response = post(
        server, files={"file": ("note.txt", text.encode("cp1251"), "text/plain")}, data={"source": "Архив"}
    )
    assert response.status_code == 201, response.text
    assert httpx.get(f"{server}/api/articles/{response.json()['id']}").json()["text"] == text
    page = (
        "<html><head><title>Новость</title></head><body><article><h1>Новость</h1>"
        "<p>" + "Правительство Казахстана утвердило программу строительства заводов. " * 4 + "</p>"
        "</article></body></html>"
    )
    response = post(server, files={"file": ("page.html", page.encode(), "text/html")})
    assert response.status_code == 201, response.text
    assert (
        "Правительство Казахстана"
        in httpx.get(f"{server}/api/articles/{response.json()['id']}").json()["text"]
    )


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"json": {"text": ""}}, 422, "invalid_request"),
        ({"json": {"title": "no text"}}, 422, "invalid_request"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "invalid_request"),
        ({"content": b"plain", "headers": {"content-type": "text/plain"}}, 415, "unsupported_media_type"),
        ({"files": {"file": ("a.pdf", b"%PDF-1.4 binary", "application/pdf")}}, 400, "invalid_input"),
        (
            {"data": {"source": "no file"}, "files": {"other": ("x.txt", b"x", "text/plain")}},
            422,
            "invalid_request",
        ),
    ],
)
def test_bad_requests(server, kwargs, status, code):
    headers = {"authorization": f"Bearer {TOKEN}", **kwargs.pop("headers", {})}
    response = httpx.post(server + "/api/articles", headers=headers, timeout=60, **kwargs)
    assert_error(response, status, code)
