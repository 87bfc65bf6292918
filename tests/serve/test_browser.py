"""The web UI in Debian's Chromium (headless), driven by Playwright.

Screenshots of the main pages go to artifacts/screenshots/ for a human to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(
                f"{CHROMIUM} is missing in CI: install Debian's 'chromium' package (apt-get install chromium)"
            )
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page that fails the test on any dialog, page error or request off the loopback."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    problems: list[str] = []
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:")) or problems.append(r.url))
    page.problems = problems
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_search_entity_fact_sentence(page, live_server, docs):
    """Search → open an entity → see a fact → click to its sentence in the article."""
    doc = docs["nerel0"]
    fact = next(f for f in doc.facts if "text" in f.object)
    subject = next(e for e in doc.entities if e.id == fact.subject)
    page.goto(live_server + "/")
    shot(page, "home")
    page.fill(".big-search input[name=q]", subject.name["ru"])
    page.click(".big-search button")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".hit").count() >= 1
    shot(page, "search")
    page.locator(".entity-card", has_text=subject.name["ru"]).first.click()
    page.wait_for_url(f"**/entities/{subject.id}")
    shot(page, "dossier")
    row = page.locator("tr.fact", has_text=fact.object["text"]).first
    assert row.locator(".sources").inner_text().strip().isdigit()
    link = row.locator("a.fact-link").first
    match = re.match(r"^/articles/(\w+)\?focus=(\d+)-(\d+)#focus$", link.get_attribute("href") or "")
    assert match, link.get_attribute("href")
    article, start, stop = match.group(1), int(match.group(2)), int(match.group(3))
    text = next(d.text for d in docs.values() if d.id == article)
    link.click()
    page.wait_for_url(f"**/articles/{article}?focus=*#focus")
    focus = page.locator("#article-text .hl-focus")
    assert "".join(focus.all_inner_texts()) == text[start:stop]
    assert focus.first.is_visible()
    box = focus.first.bounding_box()
    assert box and 0 <= box["y"] <= 900, "the sentence is scrolled into view"
    shot(page, "article")
    page.locator("#article-text a.hl-mention").first.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1").inner_text()
    assert page.problems == []


def test_other_pages(page, live_server, docs):
    page.goto(live_server + "/status")
    assert "broken.html" in page.locator("table.failures").inner_text()
    shot(page, "status")
    page.goto(live_server + "/api")
    assert page.locator(".endpoint").count() >= 10
    shot(page, "api")
    page.goto(live_server + "/entities?type=person")
    assert page.locator("table.nice tbody tr").count() >= 3
    shot(page, "entities")
    page.goto(live_server + "/search?q=году")
    assert page.locator(".hit").count() >= 2
    facet = page.locator("aside.facets h3:has-text('Source') + ul a").first
    source = facet.evaluate("a => a.childNodes[0].textContent.trim()")
    facet.click()
    page.wait_for_url("**source=*")
    sources = page.locator(".hit .meta").all_inner_texts()
    assert sources and all(source in s for s in sources)
    page.goto(live_server + "/stories")
    shot(page, "stories")
    about = docs["copy"].mentions[0].entity
    story = httpx.get(f"{live_server}/api/stories", params={"about": about}).json()["items"][0]
    page.locator(f'ul.stories a[href="/stories/{story["id"]}"]').click()
    page.wait_for_url("**/stories/*")
    assert page.locator(".synd-group").count() >= 1
    shot(page, "story")
    assert page.problems == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_article_runs_nothing(browser, live_server, docs, bypass_csp):
    """With the Content-Security-Policy switched off too, escaping alone keeps the page inert."""
    context = browser.new_context(bypass_csp=bypass_csp, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = docs["hostile"]
    entity = hostile.mentions[0].entity
    for path in (f"/articles/{hostile.id}", f"/entities/{entity}", "/search?q=Эвилкорп", "/", "/status"):
        page.goto(live_server + path)
        page.wait_for_load_state("load")
        for text in ("злонамеренный", "жмите сюда"):
            target = page.get_by_text(text, exact=False)
            if target.count():
                target.first.hover()
                # our own links navigate to our own pages; only text that is no link is clicked
                if target.first.evaluate("e => !e.closest('a')"):
                    target.first.click()
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.evaluate("document.querySelectorAll('script').length") == 1, path
        assert (
            page.evaluate(
                "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                ".filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).length"
            )
            == 0
        ), path
        assert page.evaluate("document.querySelectorAll('img, iframe, svg[onload], b').length") == 0, path
    page.goto(live_server + f"/articles/{hostile.id}")
    assert "<script>window.__xss='script'</script>" in page.locator("#article-text").inner_text()
    if not bypass_csp:
        shot(page, "hostile-article")
    assert dialogs == []
    context.close()
