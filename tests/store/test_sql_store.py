"""The store on SQLite and PostgreSQL: migrations, add, linking, search, lookup, dossier, rollback."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.model import Doc, Entity, Fact, Failure, Mention, Quote, Sentence
from newsgraph.store import open_store
from newsgraph.store.migrations import steps

TEXT_A = (
    "В Казахстане строится первый завод ASPAN-1. "
    "Политолог Дмитрий Родионов заявил, что проект важен для Казахстана. "
    "«Это не такой уж большой рынок», — отметил Родионов."
)
TEXT_B = (
    "Президент Казахстана Касым-Жомарт Токаев поручил локализовать производство. "
    "По мнению Дмитрия Родионова, республика сотрудничает с Турцией."
)


def mention(text: str, surface: str, type_: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, type_, entity)


def sentences(text: str) -> list[Sentence]:
    spans, start = [], 0
    for end in [
        i + 1 for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")
    ]:
        spans.append(Sentence(start, end))
        start = end + 1
    return spans


def kazakhstan(local: str = "e1") -> Entity:
    return Entity(
        local,
        "country",
        {"ru": "Казахстан", "en": "Kazakhstan"},
        wikidata="Q232",
        aliases=["Республика Казахстан"],
    )


def doc_a(**where) -> Doc:
    text = TEXT_A
    doc = Doc(
        text=text,
        title="Первый завод",
        published="2025-12-18",
        lang="ru",
        source="gazeta",
        url="https://example.org/a",
        analysed=True,
        sentences=sentences(text),
        **where,
    )
    doc.entities = [
        kazakhstan(),
        Entity("e2", "person", {"ru": "Дмитрий Родионов", "en": None}, aliases=["Родионов"]),
        Entity("e3", "facility", {"ru": "ASPAN-1", "en": "ASPAN-1"}),
    ]
    doc.mentions = [
        mention(text, "Казахстане", "country", "e1"),
        mention(text, "ASPAN-1", "facility", "e3"),
        mention(text, "Дмитрий Родионов", "person", "e2"),
        mention(text, "Казахстана", "country", "e1"),
        mention(text, "Родионов", "person", "e2", nth=1),
    ]
    content = "Это не такой уж большой рынок"
    start = text.index(content)
    speaker = doc.mentions[-1]
    cue = text.index("отметил")
    doc.quotes = [
        Quote(
            start,
            start + len(content),
            "direct",
            cue="отметил",
            cue_start=cue,
            cue_stop=cue + 7,
            speaker="e2",
            speaker_start=speaker.start,
            speaker_stop=speaker.stop,
        )
    ]
    doc.facts = [
        Fact("e3", "status", {"status": "under_construction"}, 0, text.index(".") + 1),
        Fact("e2", "position", {"text": "политолог"}, text.index("Политолог"), text.index("важен")),
    ]
    return doc


def doc_b() -> Doc:
    text = TEXT_B
    doc = Doc(
        text=text,
        title="Локализация",
        published="2025-12-20",
        lang="ru",
        source="tass",
        url="https://example.org/b",
        analysed=True,
        sentences=sentences(text),
    )
    doc.entities = [
        Entity("e1", "country", {"ru": "Казахстан", "en": None}, wikidata="Q232"),
        Entity(
            "e2", "person", {"ru": "Касым-Жомарт Токаев", "en": "Kassym-Jomart Tokayev"}, aliases=["Токаев"]
        ),
        # Inflected, as a stage might leave it: linked through lemmas and surname + first name.
        Entity("e3", "person", {"ru": "Родионов Дмитрий", "en": "Dmitry Rodionov"}),
        Entity("e4", "country", {"ru": "Турция", "en": "Turkey"}, wikidata="Q43"),
    ]
    doc.mentions = [
        mention(text, "Казахстана", "country", "e1"),
        mention(text, "Касым-Жомарт Токаев", "person", "e2"),
        mention(text, "Дмитрия Родионова", "person", "e3"),
        mention(text, "Турцией", "country", "e4"),
    ]
    opinion = text.index("республика")
    doc.quotes = [Quote(opinion, len(text) - 1, "indirect", cue="По мнению", speaker="e3")]
    doc.facts = [
        Fact("e2", "position", {"text": "президент", "org": "e1"}, 0, text.index("поручил")),
        Fact("e1", "cooperates_with", {"entity": "e4"}, opinion, len(text)),
    ]
    return doc


def count(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar()


def test_migrations_from_empty_record_every_step(store_url):
    newest = steps()[-1].VERSION
    with open_store(store_url) as store:
        assert store.version == newest
    with open_store(store_url) as store:  # reopening applies nothing twice
        assert count(store, "schema_version") == len(steps())
        assert store.stats()["articles"] == 0


def test_add_is_idempotent(store):
    first = store.add([doc_a(), doc_b()])
    assert sorted(first["added"]) == sorted([doc_a().id, doc_b().id])
    before = {table: count(store, table) for table in ("articles", "entities", "mentions", "quotes", "facts")}
    again = store.add([doc_a(), doc_b()])
    assert again == {"added": [], "present": [doc_a().id, doc_b().id]}
    assert {table: count(store, table) for table in before} == before
    assert before == {"articles": 2, "entities": 5, "mentions": 9, "quotes": 2, "facts": 4}


def test_same_text_at_a_new_url_is_recorded_once(store):
    store.add([doc_a()])
    copy = doc_a(file="copy.txt")
    copy.url, copy.source = "https://mirror.example.net/a", "mirror"
    assert store.add([copy]) == {"added": [], "present": [copy.id]}
    store.add([copy])
    assert store.article_sources(copy.id) == [
        {
            "url": "https://mirror.example.net/a",
            "source": "mirror",
            "file": "copy.txt",
            "added_at": store.article_sources(copy.id)[0]["added_at"],
        }
    ]
    assert store.article(copy.id).url == "https://example.org/a"


def test_a_batch_within_itself_counts_a_repeat_as_present(store):
    assert store.add([doc_a(), doc_a()]) == {"added": [doc_a().id], "present": [doc_a().id]}


def test_article_rebuilds_the_doc_with_global_ids(store):
    store.add([doc_a()])
    original, stored = doc_a(), store.article(doc_a().id)
    assert (stored.text, stored.title, stored.published, stored.lang, stored.source, stored.analysed) == (
        original.text,
        original.title,
        original.published,
        original.lang,
        original.source,
        True,
    )
    assert [(s.start, s.stop) for s in stored.sentences] == [(s.start, s.stop) for s in original.sentences]
    assert [(m.start, m.stop, m.text, m.type) for m in stored.mentions] == [
        (m.start, m.stop, m.text, m.type) for m in original.mentions
    ]
    assert all(stored.text[m.start : m.stop] == m.text for m in stored.mentions)
    by_local = {m.entity: s.entity for m, s in zip(original.mentions, stored.mentions, strict=True)}
    assert len(set(by_local.values())) == 3 and not set(by_local.values()) & {"e1", "e2", "e3"}
    quote = stored.quotes[0]
    assert (quote.start, quote.stop, quote.kind, quote.cue, quote.speaker) == (
        original.quotes[0].start,
        original.quotes[0].stop,
        "direct",
        "отметил",
        by_local["e2"],
    )
    assert [(f.subject, f.predicate, f.object, f.start, f.stop) for f in stored.facts] == [
        (by_local[f.subject], f.predicate, f.object, f.start, f.stop) for f in original.facts
    ]
    assert {e.id for e in stored.entities} == set(by_local.values())
    assert store.article("no-such-id") is None


def test_entities_link_across_articles(store):
    store.add([doc_a()])
    store.add([doc_b()])
    a, b = store.article(doc_a().id), store.article(doc_b().id)
    kz_a = next(m.entity for m in a.mentions if m.type == "country")
    kz_b = next(m.entity for m in b.mentions if m.text == "Казахстана")
    assert kz_a == kz_b
    rodionov_a = a.quotes[0].speaker
    assert b.quotes[0].speaker == rodionov_a
    rodionov = b.entity(rodionov_a)
    assert rodionov.name == {
        "ru": "Дмитрий Родионов",
        "en": "Dmitry Rodionov",
    }  # the first name stays, en filled
    assert "Родионов Дмитрий" in rodionov.aliases
    assert b.facts[0].object == {"text": "президент", "org": kz_a}
    turkey = b.facts[1].object["entity"]
    assert b.entity(turkey).wikidata == "Q43"


def test_a_namesake_is_not_linked_by_surname_alone(store):
    store.add([doc_a()])
    other = Doc(text="Сергей Родионов открыл выставку.", lang="ru", analysed=True)
    other.entities = [Entity("e1", "person", {"ru": "Сергей Родионов"}, aliases=["Родионов"])]
    other.mentions = [mention(other.text, "Сергей Родионов", "person", "e1")]
    store.add([other])
    assert len(store.find_entities("Сергей Родионов")) == 1
    ids = {row["id"] for row in store.entities(type="person")}
    assert len(ids) == 2


def test_search_uses_russian_morphology(store):
    store.add([doc_a(), doc_b()])
    hits = store.search("Казахстан")
    assert {hit["id"] for hit in hits} == {doc_a().id, doc_b().id}
    hit = next(h for h in hits if h["id"] == doc_a().id)
    assert "[Казахстане]" in hit["snippet"] or "[Казахстана]" in hit["snippet"]
    assert set(hit) >= {"id", "title", "published", "source", "snippet", "rank"}
    only_b = store.search("сотрудничать с Турцией")
    assert [h["id"] for h in only_b] == [doc_b().id]
    assert [h["id"] for h in store.search("заводы")] == [doc_a().id]
    assert store.search("Казахстан", since="2025-12-19") == [store.search("Казахстан", since="2025-12-19")[0]]
    assert store.search("Казахстан", since="2025-12-19")[0]["id"] == doc_b().id
    assert [h["id"] for h in store.search("Казахстан", until="2025-12-18")] == [doc_a().id]
    assert [h["id"] for h in store.search("Казахстан", source="tass")] == [doc_b().id]
    assert store.search("Казахстан", lang="en") == []
    assert store.search("Бразилия") == []
    assert store.search("  ,. ") == []


def test_entities_by_number_of_articles(store):
    store.add([doc_a(), doc_b()])
    rows = store.entities()
    assert rows[0]["name_ru"] in ("Казахстан", "Дмитрий Родионов") and rows[0]["articles"] == 2
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    assert {r["name_ru"] for r in store.entities(type="country")} == {"Казахстан", "Турция"}
    assert len(store.entities(limit=2)) == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Родионова", "Дмитрий Родионов"),
        ("Родионов", "Дмитрий Родионов"),
        ("дмитрий родионов", "Дмитрий Родионов"),
        ("Dmitry Rodionov", "Дмитрий Родионов"),
        ("Токаева", "Касым-Жомарт Токаев"),
        ("Казахстане", "Казахстан"),
        ("Республика Казахстан", "Казахстан"),
        ("Q232", "Казахстан"),
        ("ASPAN", "ASPAN-1"),
    ],
)
def test_find_entities_by_name_alias_or_inflected_form(store, query, expected):
    store.add([doc_a(), doc_b()])
    found = store.find_entities(query)
    assert found and found[0]["name_ru"] == expected, found


def test_find_entities_by_id_and_nothing(store):
    store.add([doc_a()])
    some = store.entities()[0]["id"]
    assert store.find_entities(some)[0] | {"match": "id"} == store.find_entities(some)[0]
    assert store.find_entities("Бразилия") == []


def test_dossier_of_a_person(store):
    store.add([doc_a(), doc_b()])
    rodionov = store.find_entities("Родионова")[0]["id"]
    dossier = store.dossier(rodionov)
    assert dossier["name"] == {"ru": "Дмитрий Родионов", "en": "Dmitry Rodionov"}
    assert dossier["type"] == "person" and dossier["article_count"] == 2
    assert [a["id"] for a in dossier["articles"]] == [doc_b().id, doc_a().id]  # newest first
    first = dossier["articles"][1]
    assert (
        first["sentences"][0]["text"] == "Политолог Дмитрий Родионов заявил, что проект важен для Казахстана."
    )
    assert first["sentences"][0]["mentions"][0]["text"] == "Дмитрий Родионов"
    co = {c["name_ru"]: c["articles"] for c in dossier["cooccurring"]}
    assert co["Казахстан"] == 2 and co["ASPAN-1"] == 1 and "Дмитрий Родионов" not in co
    assert [q["text"] for q in dossier["quotes_by"]] == [
        "республика сотрудничает с Турцией",
        "Это не такой уж большой рынок",
    ]
    assert dossier["quotes_by"][0]["speaker_name"] == "Дмитрий Родионов"
    assert [(f["predicate"], f["object"], f["articles"]) for f in dossier["facts"]] == [
        ("position", {"text": "политолог"}, 1)
    ]
    assert store.dossier("no-such-entity") is None


def test_dossier_groups_equal_facts_over_articles_and_quotes_about(store):
    second = Doc(
        text="Казахстан сотрудничает с Турцией в оборонной сфере.", published="2025-12-21", lang="ru"
    )
    second.entities = [kazakhstan(), Entity("e2", "country", {"ru": "Турция"}, wikidata="Q43")]
    second.mentions = [
        mention(second.text, "Казахстан", "country", "e1"),
        mention(second.text, "Турцией", "country", "e2"),
    ]
    second.facts = [Fact("e1", "cooperates_with", {"entity": "e2"}, 0, len(second.text))]
    store.add([doc_a(), doc_b(), second])
    kz = store.find_entities("Казахстан")[0]["id"]
    dossier = store.dossier(kz)
    fact = next(f for f in dossier["facts"] if f["predicate"] == "cooperates_with")
    assert fact["articles"] == 2 and fact["object_name"] == "Турция"
    assert {e["sentence"] for e in fact["evidence"]} == {
        "Казахстан сотрудничает с Турцией в оборонной сфере.",
        "По мнению Дмитрия Родионова, республика сотрудничает с Турцией.",
    }
    turkey = store.dossier(fact["object"]["entity"])
    assert turkey["facts_as_object"][0]["articles"] == 2
    assert [q["kind"] for q in store.dossier(fact["object"]["entity"])["quotes_about"]] == ["indirect"]


def test_quotes_and_facts_queries(store):
    store.add([doc_a(), doc_b()])
    assert len(store.quotes(speaker="Родионова")) == 2
    assert len(store.quotes(speaker="Родионова", since="2025-12-19")) == 1
    assert store.quotes(speaker="Никто Неизвестный") == []
    turkey = store.find_entities("Турция")[0]["id"]
    assert [q["kind"] for q in store.quotes(about=turkey)] == ["indirect"]
    facts = store.facts(subject="Токаев")
    assert [(f["predicate"], f["evidence"]) for f in facts] == [
        ("position", "Президент Казахстана Касым-Жомарт Токаев ")
    ]
    assert {f["predicate"] for f in store.facts(predicate="status")} == {"status"}


def test_a_failing_batch_rolls_back_completely(store):
    bad = Doc(text="Неизвестная сущность упомянута здесь.", lang="ru", analysed=True)
    bad.mentions = [Mention(0, 11, "Неизвестная", "person", "e9")]
    with pytest.raises(StoreError, match="e9"):
        store.add([doc_a(), bad])
    assert not store.has(doc_a().id) and not store.has(bad.id)
    assert {
        t: count(store, t) for t in ("articles", "entities", "entity_names", "mentions", "article_fts")
    } == {"articles": 0, "entities": 0, "entity_names": 0, "mentions": 0, "article_fts": 0}
    assert store.search("Казахстан") == []
    assert store.add([doc_a()])["added"] == [doc_a().id]  # the store is usable afterwards


def test_runs_and_their_failures(store):
    run = store.start_run("newsgraph ingest examples/")
    store.record_failures(run, [Failure("bad.bin", "binary file, not text")])
    store.finish_run(run, added=1, present=0, failed=1)
    stats = store.stats()
    assert stats["last_run"]["command"] == "newsgraph ingest examples/" and stats["last_run"]["failed"] == 1
    assert stats["last_failures"] == [
        {"source": "bad.bin", "reason": "binary file, not text", "stage": "ingest"}
    ]


def test_articles_listing(store):
    store.add([doc_a(), doc_b()])
    assert [a["id"] for a in store.articles()] == [doc_b().id, doc_a().id]
    assert [a["id"] for a in store.articles(source="gazeta")] == [doc_a().id]
    assert store.articles(since="2026-01-01") == []


def test_two_writers_at_once_store_everything_once(store, store_url):
    from concurrent.futures import ThreadPoolExecutor

    def write(batch: list[Doc]) -> dict[str, list[str]]:
        with open_store(store_url) as own:
            return own.add(batch)

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(write, [[doc_a(), doc_b()], [doc_b(), doc_a()]]))
    assert sorted(results[0]["added"] + results[1]["added"]) == sorted([doc_a().id, doc_b().id])
    assert count(store, "articles") == 2 and count(store, "entities") == 5


def test_english_articles_are_searched_with_english_stems(store):
    doc = Doc(text="Kazakhstan is building four plants for artillery shells.", lang="en", title="Plants")
    store.add([doc])
    assert [h["id"] for h in store.search("plant", lang="en")] == [doc.id]
    assert [h["id"] for h in store.search("Kazakhstan shell")] == [doc.id]
    assert "[plants]" in store.search("plant")[0]["snippet"]


def test_search_with_or_and_excluded_words(store):
    store.add([doc_a(), doc_b()])
    assert {h["id"] for h in store.search("заводы или Турцией")} == {doc_a().id, doc_b().id}
    assert {h["id"] for h in store.search("Казахстан -Турция")} == {doc_a().id}
    assert {h["id"] for h in store.search('"первого завода"')} == {doc_a().id}
    assert store.search('"завода первого"') == []


def test_stored_tells_which_articles_are_stored(store):
    a, b = doc_a(), doc_b()
    store.add([a])
    assert store.stored([a.id, b.id, a.id]) == {a.id}
    assert store.stored([]) == set()
    assert all(store.has(i) == (i in store.stored([a.id, b.id])) for i in (a.id, b.id))
