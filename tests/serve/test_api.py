"""The REST API: every endpoint, pagination, filters and the error shape."""

from __future__ import annotations

import httpx
import pytest
from servekit import assert_error, running

from newsgraph.serve.app import create_app
from newsgraph.store import open_store


def test_articles_page_and_filters(client, docs):
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert len(page["items"]) == 3 and page["limit"] == 3 and page["offset"] == 0
    assert page["next_offset"] == 3
    everything = client.get("/api/articles", params={"limit": 200}).json()
    assert everything["next_offset"] is None
    assert {a["id"] for a in everything["items"]} == {d.id for d in docs.values()}
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert not {a["id"] for a in second["items"]} & {a["id"] for a in page["items"]}
    lenta = client.get("/api/articles", params={"source": "Лента"}).json()["items"]
    assert lenta and all(a["source"] == "Лента" for a in lenta)
    dated = client.get("/api/articles", params={"since": "2025-12-01", "until": "2025-12-31"}).json()["items"]
    assert {a["id"] for a in dated} >= {docs["hostile"].id}
    assert all("2025-12-01" <= a["published"] <= "2025-12-31~" for a in dated)
    assert client.get("/api/articles", params={"lang": "en"}).json()["items"] == []


def test_article_has_spans(client, docs):
    doc = docs["nerel0"]
    body = client.get(f"/api/articles/{doc.id}").json()
    assert body["text"] == doc.text and body["source"] == doc.source
    assert body["mentions"] and body["facts"]
    for span in body["mentions"] + body["facts"]:
        assert 0 <= span["start"] < span["stop"] <= len(body["text"])
    first = body["mentions"][0]
    assert body["text"][first["start"] : first["stop"]] == first["text"]
    entity_ids = {e["id"] for e in body["entities"]}
    assert {m["entity"] for m in body["mentions"]} <= entity_ids


def test_entities_list_filter_and_lookup(client):
    people = client.get("/api/entities", params={"type": "person", "limit": 5}).json()["items"]
    assert people and all(e["type"] == "person" for e in people)
    counts = [e["articles"] for e in people]
    assert counts == sorted(counts, reverse=True)
    found = client.get("/api/entities", params={"q": "Эвилкорп"}).json()["items"]
    assert found and found[0]["type"] == "organization"


def test_dossier(client, docs):
    entity = docs["hostile"].mentions[0].entity
    dossier = client.get(f"/api/entities/{entity}").json()
    assert dossier["id"] == entity and dossier["type"] == "organization"
    assert dossier["articles"][0]["id"] == docs["hostile"].id
    predicates = {f["predicate"] for f in dossier["facts"]}
    assert {"located_in", "product"} <= predicates
    evidence = dossier["facts"][0]["evidence"][0]
    assert evidence["article"] == docs["hostile"].id and evidence["stop"] > evidence["start"]
    assert dossier["quotes_by"] and dossier["quotes_by"][0]["speaker"] == entity


def test_quotes_and_facts(client, docs):
    speaker = docs["hostile"].quotes[0].speaker
    quotes = client.get("/api/quotes", params={"speaker": speaker}).json()["items"]
    assert len(quotes) == 1 and "злонамеренный" in quotes[0]["text"]
    facts = client.get("/api/facts", params={"predicate": "position", "limit": 5}).json()
    assert facts["items"] and all(f["predicate"] == "position" for f in facts["items"])
    assert facts["next_offset"] == 5
    subject = facts["items"][0]["subject"]
    own = client.get("/api/facts", params={"subject": subject}).json()["items"]
    assert own and all(f["subject"] == subject for f in own)


def test_search_with_facets(client, docs):
    result = client.get("/api/search", params={"q": "Эвилкорп"}).json()
    assert [h["id"] for h in result["items"]] == [docs["hostile"].id]
    assert "[" in result["items"][0]["snippet"]
    assert result["items"][0]["story"] and result["items"][0]["syndication"]
    assert result["entities"] and result["facets"]["type"] == {"organization": 1}
    assert result["facets"]["source"] and result["facets"]["month"] == {"2025-12": 1}
    none = client.get("/api/search", params={"q": "Эвилкорп", "type": "person"}).json()
    assert none["entities"] == [] and none["facets"]["type"] == {"organization": 1}
    assert client.get("/api/search", params={"q": "Эвилкорп", "source": "Лента"}).json()["items"] == []


def test_status(client):
    status = client.get("/api/status").json()
    assert status["articles"] == 8 and status["bytes"] > 0
    assert status["last_run"]["failed"] == 1
    assert status["last_failures"][0]["source"] == "broken.html"


def test_stories(client, docs):
    page = client.get("/api/stories", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2
    everything = client.get("/api/stories", params={"limit": 200}).json()["items"]
    assert len(everything) < len(docs)  # the syndicated copy joined its original's story
    about = client.get("/api/stories", params={"about": docs["copy"].mentions[0].entity}).json()["items"]
    assert about
    story = client.get(f"/api/stories/{about[0]['id']}").json()
    groups = [[a["id"] for a in g["articles"]] for g in story["syndication"]]
    assert [docs["nerel0"].id, docs["copy"].id] in groups
    assert_error(client.get("/api/stories/nope"), 404, "not_found")


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/articles/0000000000000000", 404, "not_found"),
        ("/api/entities/no-such-entity", 404, "not_found"),
        ("/api/articles?limit=0", 422, "invalid_request"),
        ("/api/articles?limit=abc", 422, "invalid_request"),
        ("/api/articles?since=yesterday", 422, "invalid_request"),
        ("/api/entities?type=dragon", 422, "invalid_request"),
        ("/api/search", 422, "invalid_request"),
        ("/api/nowhere", 404, "not_found"),
    ],
)
def test_every_error_has_one_shape(client, path, status, code):
    error = assert_error(client.get(path), status, code)
    if status == 422:
        assert error["detail"] and {"loc", "msg", "type"} <= set(error["detail"][0])


def test_wrong_method_has_the_shape(client):
    assert_error(client.delete("/api/articles"), 405, "method_not_allowed")


def test_unexpected_errors_have_the_shape(store_path):
    class Broken:
        def __getattr__(self, name):
            raise RuntimeError("disk on fire")

    app = create_app(open_store(str(store_path)))
    app.state.store = Broken()
    with running(app) as url:
        error = assert_error(httpx.get(url + "/api/status"), 500, "server_error")
    assert "RuntimeError" in error["message"] and "disk on fire" not in error["message"]


def test_security_headers(client):
    response = client.get("/api/status")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
