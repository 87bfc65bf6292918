"""The web/API read paths on SQLite and PostgreSQL: entity counts kept by triggers through
merges, splits and deletions; dossier limits with their totals; search facets; mention months."""

from __future__ import annotations

import sqlalchemy as sa
from test_sql_store import doc_a, doc_b, kazakhstan, mention, sentences

from newsgraph.model import Doc, Entity, Fact
from newsgraph.resolve import crossdoc
from newsgraph.store.migrations import steps


def counted_from_mentions(store) -> dict[str, tuple[int, int]]:
    query = "SELECT entity, COUNT(DISTINCT article), COUNT(*) FROM mentions GROUP BY entity"
    with store.engine.connect() as conn:
        return {r[0]: (r[1], r[2]) for r in conn.execute(sa.text(query))}


def kept_counts(store) -> dict[str, tuple[int, int]]:
    query = "SELECT entity, articles, mentions FROM entity_counts WHERE mentions > 0 OR articles <> 0"
    with store.engine.connect() as conn:
        return {r[0]: (r[1], r[2]) for r in conn.execute(sa.text(query))}


def cooperation(published: str, partner: str = "Турцией", n: int = 0) -> Doc:
    text = f"Казахстан сотрудничает с {partner} в оборонной сфере, раунд {n}."
    doc = Doc(text=text, title="Сотрудничество", published=published, lang="ru", source=f"outlet{n % 2}")
    doc.sentences = sentences(text)
    wikidata = "Q43" if partner == "Турцией" else "Q148"
    name = "Турция" if partner == "Турцией" else "Китай"
    doc.entities = [kazakhstan(), Entity("e2", "country", {"ru": name}, wikidata=wikidata)]
    doc.mentions = [mention(text, "Казахстан", "country", "e1"), mention(text, partner, "country", "e2")]
    doc.facts = [Fact("e1", "cooperates_with", {"entity": "e2"}, 0, len(text))]
    return doc


def test_the_read_paths_step_is_recorded(store):
    assert store.version == max(step.VERSION for step in steps()) >= 4


def test_entity_counts_follow_adds_merges_splits_and_deletions(store):
    store.add([doc_a(), doc_b(), cooperation("2025-12-21")])
    assert kept_counts(store) == counted_from_mentions(store)
    rodionov = store.find_entities("Родионова")[0]["id"]
    tokayev = store.find_entities("Токаев")[0]["id"]
    kz = store.find_entities("Казахстан")[0]["id"]
    turkey = store.find_entities("Турция")[0]["id"]
    with store.writing() as conn:
        # Rodionov's two mentions in the first article move in one UPDATE where Tokayev is not yet.
        crossdoc.merge(conn, tokayev, rodionov)
    assert kept_counts(store) == counted_from_mentions(store)
    assert store.entities(limit=50)[0]["id"] in (kz, tokayev)
    assert {e["id"]: e["articles"] for e in store.entities(limit=50)}[tokayev] == 2
    with store.writing() as conn:
        crossdoc.merge(conn, kz, turkey)  # both in the same articles: no article counted twice
    assert kept_counts(store) == counted_from_mentions(store)
    with store.writing() as conn:
        crossdoc.split(conn, kz)
        crossdoc.split(conn, tokayev)
    assert kept_counts(store) == counted_from_mentions(store)
    assert store.dossier(rodionov)["article_count"] == 2
    with store.writing() as conn:
        conn.execute(sa.text("DELETE FROM articles WHERE id = :id"), {"id": doc_b().id})
    assert kept_counts(store) == counted_from_mentions(store)
    assert store.dossier(rodionov)["article_count"] == 1


def test_dossier_keeps_the_best_attested_fact_groups_and_their_totals(store):
    docs = [cooperation(f"2025-11-{day:02d}", n=day) for day in (3, 1, 2)]
    docs.append(cooperation("2025-11-05", "Китаем", n=5))
    store.add(docs)
    kz = store.find_entities("Казахстан")[0]["id"]
    full = store.dossier(kz)
    assert full["facts_total"] == 2 and [f["articles"] for f in full["facts"]] == [3, 1]
    dossier = store.dossier(kz, fact_groups=1, evidence=2)
    assert dossier["facts_total"] == 2
    [fact] = dossier["facts"]
    assert fact["object_name"] == "Турция" and fact["articles"] == 3 and fact["evidence_total"] == 3
    assert [e["published"] for e in fact["evidence"]] == ["2025-11-01", "2025-11-02"]  # oldest first
    assert fact["evidence"][0]["sentence"] == docs[1].text
    turkey = fact["object"]["entity"]
    as_object = store.dossier(turkey, fact_groups=1, evidence=1)
    assert as_object["facts_as_object_total"] == 1
    assert as_object["facts_as_object"][0]["subject_name"] == "Казахстан"
    assert len(as_object["facts_as_object"][0]["evidence"]) == 1
    co = {c["name_ru"]: (c["articles"], c["mentions"]) for c in full["cooccurring"]}
    assert co == {"Турция": (3, 3), "Китай": (1, 1)}


def test_mention_months_count_articles_and_mentions(store):
    store.add([doc_a(), doc_b(), cooperation("2026-01-09")])
    kz = store.find_entities("Казахстан")[0]["id"]
    assert store.mention_months(kz) == [
        {"month": "2025-12", "articles": 2, "mentions": 3},
        {"month": "2026-01", "articles": 1, "mentions": 1},
    ]
    assert store.dossier(kz)["timeline"] == store.mention_months(kz)
    assert store.mention_months("no-such-entity") == []


def test_search_facets_count_every_hit(store):
    docs = [cooperation(f"2025-{month:02d}-10", n=month) for month in range(1, 8)] + [doc_a(), doc_b()]
    store.add(docs)
    facets = store.search_facets("Казахстан")
    assert facets["total"] == len(store.search("Казахстан", limit=100)) == 9
    assert facets["source"] == {"outlet1": 4, "outlet0": 3, "gazeta": 1, "tass": 1}
    assert list(facets["month"]) == [f"2025-{m:02d}" for m in range(1, 8)] + ["2025-12"]
    assert facets["month"]["2025-12"] == 2
    filtered = store.search_facets("Казахстан", source="tass", since="2025-12-01")
    assert filtered == {"total": 1, "source": {"tass": 1}, "month": {"2025-12": 1}}
    assert store.search_facets("")["total"] == 0


def test_story_methods_on_a_store_without_stories(store):
    store.add([doc_a()])
    assert store.stories() == []
    assert store.story("s-none") is None
    assert store.syndication([doc_a().id]) == {}
    assert store.syndication([]) == {}
