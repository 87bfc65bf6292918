"""The web pages as HTML: every page renders, spans are highlighted, untrusted text is escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsgraph.serve import queries, render
from newsgraph.serve.web import facet_url


def html(client, path: str, status: int = 200) -> str:
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def our_markup_only(page: str) -> None:
    """No element, attribute or URL from the hostile article survives as markup."""
    parser = Elements()
    parser.feed(page)
    tags = {tag for tag, _ in parser.found}
    assert not tags & {"img", "iframe", "b", "object", "embed"}
    assert [attrs for tag, attrs in parser.found if tag == "script"] == [
        {"src": "/static/app.js", "defer": None}
    ]
    for tag, attrs in parser.found:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)


def test_pages_render(client, docs):
    entity = docs["nerel0"].mentions[0].entity
    for path in (
        "/",
        "/search?q=Обама",
        "/entities",
        "/entities?type=person",
        f"/entities/{entity}",
        f"/articles/{docs['nerel0'].id}",
        "/stories",
        "/status",
    ):
        page = html(client, path)
        assert "<title>" in page and "/static/style.css" in page


def test_api_reference_is_offline(client):
    page = html(client, "/api")
    assert "/api/entities/{entity_id}" in page and "needs the API token" in page
    assert "cdn" not in page.lower() and client.get("/docs").status_code == 404


def test_article_highlights_and_links_spans(client, docs):
    doc = docs["nerel0"]
    page = html(client, f"/articles/{doc.id}")
    mention = doc.mentions[0]
    assert f'href="/entities/{mention.entity}"' in page
    linked = re.findall(r'<a class="[^"]*hl-mention[^"]*" href="/entities/([^"]+)"', page)
    assert set(linked) == {m.entity for m in doc.mentions}
    assert 'id="fact-0"' in page


def test_focus_marks_the_sentence(client, docs):
    doc = docs["nerel0"]
    fact = doc.facts[0]
    page = html(client, render.article_href(doc.id, fact.start, fact.stop).split("#")[0])
    assert 'id="focus"' in page
    body = page.split('id="article-text">', 1)[1].split("</div>", 1)[0]
    marked = re.findall(r'class="[^"]*hl-focus[^"]*"[^>]*>([^<]*)<', body)
    assert "".join(marked).replace("&#34;", '"').replace("&#39;", "'") == doc.text[fact.start : fact.stop]


def test_bad_focus_is_ignored(client, docs):
    page = html(client, f"/articles/{docs['nerel0'].id}?focus=5-999999999")
    assert 'id="focus"' not in page


def test_dossier_shows_facts_sources_and_graph(client, docs):
    doc = docs["nerel0"]
    subject = doc.facts[0].subject
    page = html(client, f"/entities/{subject}")
    assert 'class="sources"' in page and "fact-link" in page
    assert f"/articles/{doc.id}?focus=" in page
    assert '<svg class="graph"' in page or "No other entity" in page


def test_story_page_groups_copies(client, docs):
    story = client.get("/api/stories", params={"about": docs["copy"].mentions[0].entity}).json()["items"][0]
    page = html(client, f"/stories/{story['id']}")
    assert "One report, 2 copies" in page
    assert f'href="/articles/{docs["copy"].id}"' in page
    assert f'href="/stories/{story["id"]}"' in html(client, "/stories")


def test_search_page_facets(client, docs):
    page = html(client, "/search?q=Эвилкорп")
    assert "<mark>Эвилкорп</mark>" in page
    assert 'href="/search?q=%D0%AD' in page  # facet links keep the query
    assert html(client, "/search?q=Эвилкорп&source=Лента").count('class="hit"') == 0


def test_search_folds_copies_of_one_report(client, docs):
    page = html(client, "/search?q=Обама")
    assert page.count('class="hit"') == 1 and "Same report also in" in page
    assert f'href="/articles/{docs["copy"].id}"' in page


def test_fold_copies():
    hits = [
        {"id": "a", "syndication": "g1"},
        {"id": "b", "syndication": None},
        {"id": "c", "syndication": "g1"},
    ]
    folded = queries.fold_copies(hits)
    assert [h["id"] for h in folded] == ["a", "b"] and [c["id"] for c in folded[0]["copies"]] == ["c"]


def test_facet_url_toggles():
    on = facet_url("ASPAN", {"source": None}, "source", "ТАСС")
    assert on == "/search?q=ASPAN&source=%D0%A2%D0%90%D0%A1%D0%A1"
    assert facet_url("ASPAN", {"source": "ТАСС"}, "source", "ТАСС") == "/search?q=ASPAN"
    month = facet_url("x", {}, "month", "2024-02")
    assert month == "/search?q=x&since=2024-02-01&until=2024-02-29"


def test_hostile_article_is_escaped_everywhere(client, docs):
    hostile = docs["hostile"]
    entity = hostile.mentions[0].entity
    for path in (
        f"/articles/{hostile.id}",
        f"/entities/{entity}",
        "/search?q=Эвилкорп",
        "/",
        "/status",
        "/entities",
    ):
        page = html(client, path)
        our_markup_only(page)
    page = html(client, f"/articles/{hostile.id}")
    assert "&lt;script&gt;window.__xss=&#39;script&#39;&lt;/script&gt;" in page
    assert "original ↗" not in page  # its javascript: URL is not made a link


def test_errors_are_pages_for_browsers_and_json_for_the_rest(client):
    page = html(client, "/entities/nobody", 404)
    assert "no entity with id" in page and "<h1>Not found</h1>" in page
    response = client.get("/entities/nobody")
    assert response.json()["error"]["code"] == "not_found"
    assert "unknown entity type" in html(client, "/entities?type=dragon", 422)


def test_highlight_nested_and_overlapping_spans():
    text = "Ab <c> de"
    marks = [
        render.Mark(0, 6, "quote", "q", "quote"),
        render.Mark(3, 9, "fact", "f", "fact", "fact-0"),
        render.Mark(0, 2, "mention", "m1", "M"),
    ]
    out = str(render.highlight(text, marks))
    assert out.count('href="/entities/m1"') == 1
    assert "&lt;c&gt;" in out and "<c>" not in out
    assert '<span class="anchor" id="fact-0"></span>' in out
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">") == text


def test_snippet_marks_only_matches():
    assert str(render.snippet("a [слово] b <i>")) == "a <mark>слово</mark> b &lt;i&gt;"
    assert str(render.snippet("[1, 2] x")) == "[1, 2] x"


def test_safe_url():
    assert render.safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", None, ""):
        assert render.safe_url(bad) is None


def test_attribute_text():
    roles = [{"role": "Политолог", "org": None, "start": 1, "stop": 9}, {"role": "Политолог", "org": None}]
    assert render.attribute_text(roles) == "Политолог"
    assert render.attribute_text({"role": "директор", "org": "Great Sky"}) == "директор (Great Sky)"
    assert render.attribute_text(["a", "b"]) == "a; b" and render.attribute_text(None) == ""


def test_conflict_sides_read_as_values():
    evidence = [{"object": {"money": {"amount": 1e9, "currency": "USD"}}}]
    assert render.side_text({"value": ["money:USD:1e9"], "evidence": evidence}) == "1 billion USD"
    assert (
        render.side_text(
            {"value": {"denied": "status:operating"}, "evidence": [{"object": {"status": "operating"}}]}
        )
        == "denied: operating"
    )
    assert render.side_text({"value": ["value:4"], "evidence": []}) == "value:4"
