"""Story clustering and syndication on a store, with the corpus built from NEREL."""

from __future__ import annotations

import pytest
from corpus import NEREL_TRAIN, build

from newsgraph.model import Doc, Entity, Fact, Mention
from newsgraph.resolve import stories
from newsgraph.resolve.bcubed import bcubed
from newsgraph.store import open_store


@pytest.fixture(scope="module")
def corpus():
    if not NEREL_TRAIN.is_dir():
        pytest.fail(f"NEREL is missing at {NEREL_TRAIN}")
    return build(NEREL_TRAIN, stories=12)


def docs_of(corpus):
    return [Doc(text=a.text, id=a.id, title=a.title, published=a.published, lang=a.lang) for a in corpus]


def resolve_all(db, docs, batches):
    store = open_store(str(db))
    start = 0
    for size in batches:
        added = store.add(docs[start : start + size])["added"]
        stories.update(store, added)
        start += size
    result = stories.story_assignments(store)
    store.close()
    return result


def test_corpus_scores(tmp_path, corpus):
    got = resolve_all(tmp_path / "a.db", docs_of(corpus), [len(corpus)])
    story = bcubed({k: v[0] for k, v in got.items()}, {a.id: a.story for a in corpus})
    synd = bcubed({k: v[1] for k, v in got.items()}, {a.id: a.syndication for a in corpus})
    assert story["f1"] >= 0.85
    assert synd["f1"] >= 0.9


def test_incremental_equals_batch(tmp_path):
    """100 articles today and 50 tomorrow give what 150 at once give: the
    clustering is a function of the input order only."""
    docs = docs_of(build(NEREL_TRAIN, stories=40, stride=11))[:150]
    assert len(docs) == 150
    once = resolve_all(tmp_path / "once.db", docs, [150])
    split = resolve_all(tmp_path / "split.db", docs, [100, 50])
    assert once == split
    assert len({story for story, _ in once.values()}) >= 25


def test_same_order_same_result_and_update_is_idempotent(tmp_path, corpus):
    docs = docs_of(corpus)[:15]
    first = resolve_all(tmp_path / "x.db", docs, [15])
    store = open_store(str(tmp_path / "x.db"))
    stories.update(store, [d.id for d in docs])
    assert stories.story_assignments(store) == first
    store.close()
    assert resolve_all(tmp_path / "y.db", docs, [15]) == first


def test_copy_joins_group_and_story(tmp_path, corpus):
    original = corpus[0]
    copy = Doc(text="Перепечатка. " + original.text + "\nИсточник: агентство.", title=original.title,
               published=original.published, lang="ru")  # fmt: skip
    got = resolve_all(
        tmp_path / "c.db", [Doc(text=original.text, title=original.title, lang="ru"), copy], [2]
    )
    (a, b) = got.values()
    assert a == b


def test_translation_is_a_weaker_link_in_the_same_group(tmp_path):
    ru = Doc(
        text="Президент Казахстана Касым-Жомарт Токаев 18 декабря 2025 года объявил о проекте ASPAN: "
        "четыре завода Great Sky выпустят 155-мм и 152-мм снаряды и 120-мм мины к 2027 году, "
        "стоимость составит 1 млрд долларов. Министр Ерлан Карин и глава Great Sky Марат Бекжанов "
        "сообщили, что первый завод ASPAN-1 построят в Астане.",
        title="Казахстан построит заводы боеприпасов",
        published="2025-12-18",
        lang="ru",
    )
    en = Doc(
        text="Kazakhstan's President Kassym-Jomart Tokayev on December 18, 2025 announced the ASPAN project: "
        "four Great Sky plants will make 155mm and 152mm shells and 120mm mortar rounds by 2027, "
        "at a cost of $1bn. Minister Yerlan Karin and Great Sky head Marat Bekzhanov said the "
        "first plant, ASPAN-1, will be built in Astana.",
        title="Kazakhstan to build munitions plants",
        published="2025-12-19",
        lang="en",
    )
    other = Doc(text="Футбольный клуб Кайрат из Алматы обыграл Астану со счётом 2:1 в матче 2025 года.",
                published="2025-12-19", lang="ru")  # fmt: skip
    store = open_store(str(tmp_path / "t.db"))
    stories.update(store, store.add([ru, en, other])["added"])
    got = stories.story_assignments(store)
    with store.engine.connect() as conn:
        row = conn.execute(
            stories.sa.select(stories.resolved).where(stories.resolved.c.article == en.id)
        ).one()
    store.close()
    assert got[en.id] == got[ru.id]
    assert row.link == "translation" and row.link_to == ru.id
    assert got[other.id][0] != got[ru.id][0]


def test_story_detail_with_facts_and_conflicts(tmp_path):
    def doc(text, cost, published, modality=None):
        d = Doc(text=text, title="Проект ASPAN", published=published, lang="ru")
        d.entities = [
            Entity("e1", "project", {"ru": "ASPAN"}),
            Entity("e2", "person", {"ru": "Марат Бекжанов"}),
        ]
        d.mentions = [Mention(0, 5, "ASPAN", "project", "e1")]
        d.facts = [
            Fact("e1", "cost", {"money": {"amount": cost, "currency": "USD"}}, 0, 5, modality=modality)
        ]
        return d

    a = doc(
        "ASPAN обойдётся в 1 млрд долларов, сообщил глава Great Sky Марат Бекжанов в Астане.",
        1e9,
        "2025-12-18",
    )
    b = doc(
        "ASPAN стоит 2 млрд долларов, заявил в Астане Марат Бекжанов, глава Great Sky.", 2e9, "2025-12-19"
    )
    store = open_store(str(tmp_path / "f.db"))
    stories.update(store, store.add([a, b])["added"])
    got = stories.story_assignments(store)
    assert got[a.id][0] == got[b.id][0]
    with store.engine.connect() as conn:
        listed = stories.list_stories(conn, about=["ASPAN"])
        detail = stories.story_detail(conn, got[a.id][0])
    store.close()
    assert [s["id"] for s in listed] == [got[a.id][0]]
    assert "ASPAN" in detail["title"] and detail["title"].endswith(": cost")
    (conflict,) = detail["conflicts"]
    assert conflict["kind"] == "value" and len(conflict["sides"]) == 2
    assert any("1 млрд" in ev["sentence"] for side in conflict["sides"] for ev in side["evidence"])
    assert detail["timeline"][0]["date"] == "2025-12-18"


def test_multilanguage_corpus(tmp_path):
    from multilang import ARTICLES

    store = open_store(str(tmp_path / "m.db"))
    docs = [Doc(text=text, id=aid, published=day, lang=lang) for aid, lang, day, text, _, _ in ARTICLES]
    stories.update(store, store.add(docs)["added"])
    got = stories.story_assignments(store)
    with store.engine.connect() as conn:
        about_tokayev = {s["id"] for s in stories.list_stories(conn, about=["Tokayev"])}
        about_sky = {s["id"] for s in stories.list_stories(conn, about=["Great Sky"])}
    store.close()
    assert about_tokayev == {got["aspan-ru"][0], got["trade"][0]}  # the Russian texts say Токаев
    assert about_sky == {got["aspan-ru"][0]}
    story = bcubed({k: v[0] for k, v in got.items()}, {a[0]: a[4] for a in ARTICLES})
    synd = bcubed({k: v[1] for k, v in got.items()}, {a[0]: a[5] for a in ARTICLES})
    assert story["f1"] >= 0.85
    assert synd["f1"] >= 0.9
    assert got["aspan-en"] == got["aspan-fr"] == got["aspan-ru"]
    assert got["aspan-en-report"][1] != got["aspan-reaction"][1]
