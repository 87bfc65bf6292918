"""Merges move every row of an entity and are recorded; splits restore exactly."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.model import Doc, Entity, Fact, Mention, Quote, Stance
from newsgraph.resolve import crossdoc
from newsgraph.store import open_store, schema

TABLES = ("entities", "entity_names", "mentions", "facts", "quotes", "stances")


def doc(text: str, name: str, lang: str) -> Doc:
    d = Doc(text=text, published="2025-12-18", lang=lang)
    stop = len(name)
    d.entities = [Entity("e1", "person", {lang: name}), Entity("e2", "organization", {"ru": "МИД России"})]
    d.mentions = [Mention(0, stop, name, "person", "e1")]
    d.quotes = [Quote(stop + 10, len(text), "indirect", speaker="e1", speaker_start=0, speaker_stop=stop)]
    d.facts = [
        Fact("e1", "position", {"text": "министр"}, 0, stop),
        Fact("e2", "member_of", {"entity": "e1"}, 0, stop),
    ]
    d.stances = [
        Stance("e1", "e2", "negative", stop + 10, len(text)),
        Stance("e2", "e1", "positive", 0, stop),
    ]
    return d


def dump(store) -> dict[str, list]:
    with store.engine.connect() as conn:
        return {
            name: sorted(map(tuple, conn.execute(sa.select(schema.metadata.tables[name])).all()), key=repr)
            for name in TABLES
        }


@pytest.fixture
def store(tmp_path):
    store = open_store(str(tmp_path / "x.db"))
    store.add([
        doc("Лавров заявил журналистам, что переговоры продолжатся.", "Лавров", "ru"),
        doc("Lavrov said the talks would go on next week in Geneva.", "Lavrov", "en"),
    ])  # fmt: skip
    yield store
    store.close()


def ids(store, name):
    return [e["id"] for e in store.find_entities(name) if e["type"] == "person"]


def test_translit_candidates_find_the_other_script(store):
    (ru,), (en,) = ids(store, "Лавров"), ids(store, "Lavrov")
    assert ru != en
    with store.engine.connect() as conn:
        assert crossdoc.translit_candidates(conn, en) == [ru]


def test_merge_moves_everything_and_split_restores_it(store):
    (ru,), (en,) = ids(store, "Лавров"), ids(store, "Lavrov")
    before = dump(store)
    with store.writing() as conn:
        crossdoc.merge(conn, ru, en, "translit")
    dossier = store.dossier(ru)
    assert "Lavrov" in dossier["aliases"] or dossier["name_en"] == "Lavrov"
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(schema.mentions.c.entity).distinct()).scalars().all() == [ru]
        objects = conn.execute(
            sa.select(schema.facts.c.object_entity).where(schema.facts.c.predicate == "member_of")
        )
        assert set(objects.scalars()) == {ru}
        held = conn.execute(sa.select(schema.stances.c.holder).where(schema.stances.c.polarity == "negative"))
        assert set(held.scalars()) == {ru}
        (log,) = crossdoc.merge_log(conn, ru)
        assert (log["kept"], log["merged"], log["reason"], log["undone_at"]) == (ru, en, "translit", None)
    with store.writing() as conn:
        (undone,) = crossdoc.split(conn, ru)
    assert undone["restored"] == en
    assert dump(store) == before
    with store.engine.connect() as conn:
        assert crossdoc.merge_log(conn, ru)[0]["undone_at"] is not None


def test_bad_merges_and_splits_say_what_to_do(store):
    (ru,) = ids(store, "Лавров")
    with pytest.raises(StoreError, match="itself"), store.writing() as conn:
        crossdoc.merge(conn, ru, ru)
    with pytest.raises(StoreError, match="no merge to undo"), store.writing() as conn:
        crossdoc.split(conn, ru)


def test_update_merges_one_name_in_two_scripts_and_split_undoes_it(tmp_path):
    from newsgraph.resolve import stories

    store = open_store(str(tmp_path / "auto.db"))
    ru = Doc(text="Сергей Лавров провёл переговоры в Женеве.", published="2025-12-18", lang="ru")
    ru.entities = [
        Entity("e1", "person", {"ru": "Сергей Лавров"}),
        Entity("e2", "person", {"ru": "Сергей Шойгу"}),
    ]
    ru.mentions = [Mention(0, 13, "Сергей Лавров", "person", "e1")]
    en = Doc(text="В Женеве Sergei Lavrov встретился с коллегой.", published="2025-12-19", lang="ru")
    en.entities = [
        Entity("e1", "person", {"en": "Sergei Lavrov"}),
        Entity("e2", "person", {"en": "Sergei Shoigu"}),
    ]
    en.mentions = [Mention(9, 22, "Sergei Lavrov", "person", "e1")]
    stories.update(store, store.add([ru, en])["added"])
    lavrov = ids(store, "Сергей Лавров")
    assert len(lavrov) == 1 and ids(store, "Sergei Lavrov") == lavrov
    assert len(ids(store, "Sergei Shoigu") + ids(store, "Сергей Шойгу")) == 2  # no mention: not merged
    with store.engine.connect() as conn:
        (log,) = crossdoc.merge_log(conn)
    assert log["reason"] == "translit: srg lvrv"
    with store.writing() as conn:
        crossdoc.split(conn, log["kept"])
    assert len(set(ids(store, "Сергей Лавров") + ids(store, "Sergei Lavrov"))) == 2
    store.close()


def test_auto_merge_of_many_entities_equals_one_at_a_time(tmp_path):
    def docs():
        pairs = [
            ("ru", ["Сергей Лавров", "Сергей Шойгу", "Касым-Жомарт Токаев"]),
            ("en", ["Sergei Lavrov", "Sergei Shoigu"]),
            ("en", ["Kassym-Jomart Tokayev", "Sergey Lavrov"]),
        ]
        found = []
        for n, (lang, names) in enumerate(pairs):
            d = Doc(text=f"Статья {n}: " + ", ".join(names) + ".", published="2025-12-18", lang="ru")
            d.entities = [Entity(f"e{i + 1}", "person", {lang: name}) for i, name in enumerate(names)]
            found.append(d)
        return found

    logs, names = [], []
    for how in ("batch", "one by one"):
        store = open_store(str(tmp_path / f"{how}.db"))
        store.add(docs())
        with store.engine.connect() as conn:
            entity_ids = sorted(conn.execute(sa.select(schema.entities.c.id)).scalars())
        with store.writing() as conn:
            if how == "batch":
                crossdoc.auto_merge(conn, entity_ids)
            else:
                for entity_id in entity_ids:
                    crossdoc.auto_merge(conn, [entity_id])
        with store.engine.connect() as conn:
            logs.append([(m["kept"], m["merged"], m["reason"]) for m in crossdoc.merge_log(conn)])
            names.append(sorted(map(tuple, conn.execute(sa.select(schema.entity_names)).all())))
        store.close()
    assert len(logs[0]) >= 2  # several merges in one call
    assert logs[0] == logs[1]
    assert names[0] == names[1]
