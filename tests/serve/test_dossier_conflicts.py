"""The dossier page lists where the sources disagree."""

from __future__ import annotations

import copy

from newsgraph.ingest.text import parse_text
from newsgraph.resolve import stories
from newsgraph.store import open_store


def test_dossier_page_shows_the_conflict(tmp_path, pipeline, seed_doc):
    import asyncio

    import httpx

    from newsgraph.serve.app import create_app

    other = pipeline(
        parse_text(
            "Проект ASPAN, оператором которого выступает компания Great Sky, обойдётся в два миллиарда долларов."
        )
    )
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        stories.update(store, store.add([copy.deepcopy(seed_doc), other])["added"])
        (aspan,) = [e for e in store.find_entities("ASPAN") if e["type"] == "project"]

    async def get(path: str) -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(path)

    page = asyncio.run(get(f"/entities/{aspan['id']}"))
    assert page.status_code == 200
    assert "Where the sources disagree" in page.text and "cost" in page.text
