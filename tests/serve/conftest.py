"""A temp SQLite store for the serving tests: the seed article through the real
pipeline, a few NEREL articles with their gold analysis, and a hostile article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from servekit import nerel_docs, running

from newsgraph.model import Doc, Entity, Fact, Failure, Mention, Quote
from newsgraph.serve.app import create_app
from newsgraph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "examples" / "000_8d78d08f977646fb.txt"
NEREL_DEV = ROOT.parent / "shared" / "data" / "nerel-1.1" / "dev"
NEREL_COUNT = 5

NASTY = "<script>window.__xss='script'</script>"
INJECTION_TEXT = (
    "Хакерская статья. " + NASTY + " Текст с картинкой <img src=x onerror=\"window.__xss='img'\"> "
    "и ссылкой <a href=\"javascript:window.__xss='link'\">жмите сюда</a>. "
    '<svg onload="window.__xss=\'svg\'"></svg> "><iframe src="javascript:window.__xss=\'iframe\'"></iframe>\n'
    "Корпорация Эвилкорп заявила: «<b onmouseover=\"window.__xss='hover'\">злонамеренный</b> код не пройдёт». "
    "Эвилкорп строит завод в Зловещинске."
)


def injection_doc() -> Doc:
    """Untrusted markup everywhere an article can carry text: body, title, source, URL, names."""
    text = INJECTION_TEXT
    corp = text.index("Корпорация Эвилкорп")
    corp_stop = corp + len("Корпорация Эвилкорп")
    quote_start = text.index("«") + 1
    quote_stop = text.index("»")
    plant = text.index("Эвилкорп строит")
    town = text.index("Зловещинске")
    cue = text.index("заявила")
    doc = Doc(
        text=text,
        title="Взлом " + NASTY,
        published="2025-12-20",
        lang="ru",
        source="<img src=x onerror=\"window.__xss='source'\">",
        url="javascript:window.__xss='url'",
        analysed=True,
        entities=[
            Entity(
                "x1",
                "organization",
                {"ru": "Эвилкорп<script>window.__xss='entity'</script>", "en": None},
                kind="company",
                aliases=["<img src=x onerror=\"window.__xss='alias'\">"],
            ),
            Entity("x2", "location", {"ru": "Зловещинск", "en": None}),
        ],
        mentions=[
            Mention(corp, corp_stop, text[corp:corp_stop], "organization", "x1"),
            Mention(plant, plant + len("Эвилкорп"), "Эвилкорп", "organization", "x1"),
            Mention(town, town + len("Зловещинске"), "Зловещинске", "location", "x2"),
        ],
        quotes=[Quote(quote_start, quote_stop, "direct", "заявила", cue, cue + 7, "x1", corp, corp_stop)],
        facts=[
            Fact("x1", "located_in", {"entity": "x2"}, plant, town + len("Зловещинске")),
            Fact("x1", "product", {"text": "<img src=x onerror=\"window.__xss='fact'\">"}, plant, town),
        ],
    )
    return doc


def build_store(path: Path, pipeline) -> dict[str, Doc]:
    from newsgraph.ingest.text import parse_text
    from newsgraph.resolve.stories import update as resolve_stories

    seed = pipeline(parse_text(SEED_TEXT.read_text(encoding="utf-8"), file=str(SEED_TEXT), source="Газета"))
    nerel = nerel_docs(NEREL_DEV, NEREL_COUNT, sources=("Wikinews", "Лента", "РИА Новости"))
    hostile = injection_doc()
    copy = Doc.from_json(nerel[0].to_json())
    copy.text += "\n\nПерепечатка с сайта Wikinews."  # a syndicated copy: offsets still hold
    copy.id, copy.source, copy.published = "", "Вечерние новости", "2025-09-02"
    copy.__post_init__()
    with open_store(str(path)) as store:
        run = store.start_run("ingest tests")
        added = store.add([seed, *nerel, copy, hostile])["added"]
        resolve_stories(store, added)
        store.record_failures(run, [Failure("broken.html", "HTML: no article text found " + NASTY, "ingest")])
        store.finish_run(run, added=len(added), present=0, failed=1)
    return {"seed": seed, "hostile": hostile, "copy": copy, **{f"nerel{i}": d for i, d in enumerate(nerel)}}


@pytest.fixture(scope="session")
def built(tmp_path_factory, shared, pipeline) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("serve") / "store.db"
    ids = {name: doc.id for name, doc in build_store(path, pipeline).items()}
    return path, ids


@pytest.fixture(scope="session")
def store_path(built) -> Path:
    return built[0]


@pytest.fixture(scope="session")
def docs(built) -> dict[str, Doc]:
    """The stored articles as read back (with stored entity ids), by name: seed, hostile, nerel0…"""
    path, ids = built
    with open_store(str(path)) as store:
        return {name: store.article(article_id) for name, article_id in ids.items()}


@pytest.fixture(scope="session")
def live_server(store_path) -> Iterator[str]:
    with running(create_app(str(store_path))) as url:
        yield url


@pytest.fixture(scope="session")
def client(live_server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=30) as c:
        yield c
