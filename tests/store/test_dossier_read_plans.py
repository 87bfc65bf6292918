"""The dossier's fact groups, evidence, co-occurrence and mention months on SQLite (read
through m008's group indexes, per-group queries and per-article counts) and PostgreSQL, each
checked against the same figures computed in Python from the stored rows."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import sqlalchemy as sa
from test_read_paths import cooperation

from newsgraph.model import Fact
from newsgraph.resolve import crossdoc

EVIDENCE = 2


def varied_docs() -> list:
    """Groups of one fact key stated in several articles (two on one date, to order by article),
    several times in one article (to order by place), with and without qualifier and modality."""
    docs = []
    for n, day in enumerate((5, 3, 3, 1, 4, 2)):
        partner = "Турцией" if n % 3 else "Китаем"
        doc = cooperation(f"2025-{10 + n // 3}-{day:02d}", partner, n=n)  # two on 2025-10-03
        stop = len(doc.text)
        doc.facts += [
            Fact("e1", "cooperates_with", {"entity": "e2"}, 0, stop // 2),
            Fact("e1", "cooperates_with", {"entity": "e2"}, 0, stop, qualifier="оборона"),
            Fact("e1", "cooperates_with", {"entity": "e2"}, 0, stop, modality="planned" if n % 2 else None),
            Fact("e2", "cooperates_with", {"entity": "e1"}, 0, stop),
        ]
        docs.append(doc)
    return docs


def canonical(value: dict) -> str:
    return json.dumps(value, sort_keys=True)


def expected_groups(store, side: str, entity: str, evidence: int) -> dict[tuple, dict]:
    query = (
        "SELECT f.subject, f.predicate, f.object_key, f.qualifier, f.modality, f.article, f.seq, "
        "f.start, f.stop, f.confidence, a.published FROM facts f JOIN articles a ON a.id = f.article "
        f"WHERE f.{side} = :entity"
    )
    with store.engine.connect() as conn:
        rows = list(conn.execute(sa.text(query), {"entity": entity}))
    groups: dict[tuple, list] = defaultdict(list)
    for r in rows:
        groups[(r.subject, r.predicate, canonical(json.loads(r.object_key)), r.qualifier, r.modality)].append(
            r
        )
    return {
        key: {
            "articles": len({r.article for r in found}),
            "evidence_total": len(found),
            "confidence": max(r.confidence for r in found),
            "evidence": [
                (r.article, r.start, r.stop)
                for r in sorted(found, key=lambda r: (r.published, r.article, r.seq))[:evidence]
            ],
        }
        for key, found in groups.items()
    }


def assert_fact_groups_match_the_rows(store, entity: str) -> None:
    dossier = store.dossier(entity, evidence=EVIDENCE)
    for side, found, total in (
        ("subject", dossier["facts"], dossier["facts_total"]),
        ("object_entity", dossier["facts_as_object"], dossier["facts_as_object_total"]),
    ):
        expected = expected_groups(store, side, entity, EVIDENCE)
        assert len(found) == len(expected) == total
        for group in found:
            key = (
                group["subject"],
                group["predicate"],
                canonical(group["object"]),
                group["qualifier"],
                group["modality"],
            )
            want = expected[key]
            assert (group["articles"], group["evidence_total"]) == (want["articles"], want["evidence_total"])
            assert group["confidence"] == want["confidence"]
            got = [(e["article"], e["start"], e["stop"]) for e in group["evidence"]]
            assert got == want["evidence"], f"{side} {key}: evidence {got}, expected {want['evidence']}"


def test_fact_groups_and_their_oldest_evidence_match_the_rows(store):
    docs = varied_docs()
    store.add(docs)
    kz = store.find_entities("Казахстан")[0]["id"]
    turkey = store.find_entities("Турция")[0]["id"]
    china = store.find_entities("Китай")[0]["id"]
    for entity in (kz, turkey):
        assert_fact_groups_match_the_rows(store, entity)
    dossier = store.dossier(kz, evidence=EVIDENCE)
    assert dossier["facts"] and dossier["facts_as_object"]
    # Several facts of one group in one article (its start < stop // 2 and the full sentence).
    assert any(g["evidence_total"] > g["articles"] for g in dossier["facts"])
    # Through a merge (facts repointed), its undoing and an article's deletion.
    with store.writing() as conn:
        crossdoc.merge(conn, turkey, china)
    for entity in (kz, turkey):
        assert_fact_groups_match_the_rows(store, entity)
    with store.writing() as conn:
        crossdoc.split(conn, turkey)
        conn.execute(sa.text("DELETE FROM articles WHERE id = :id"), {"id": docs[3].id})
    for entity in (kz, turkey, china):
        assert_fact_groups_match_the_rows(store, entity)


def test_cooccurrence_and_months_match_the_mentions(store):
    store.add(varied_docs())
    kz = store.find_entities("Казахстан")[0]["id"]
    with store.engine.connect() as conn:
        rows = list(
            conn.execute(
                sa.text(
                    "SELECT m.entity, m.article, a.published FROM mentions m JOIN articles a ON a.id = m.article"
                )
            )
        )
    own = {r.article for r in rows if r.entity == kz}
    shared, often = defaultdict(set), Counter()
    months, month_mentions = defaultdict(set), Counter()
    for r in rows:
        if r.entity != kz and r.article in own:
            shared[r.entity].add(r.article)
            often[r.entity] += 1
        if r.entity == kz and r.published:
            months[r.published[:7]].add(r.article)
            month_mentions[r.published[:7]] += 1
    dossier = store.dossier(kz)
    got = {c["id"]: (c["articles"], c["mentions"]) for c in dossier["cooccurring"]}
    assert got == {e: (len(a), often[e]) for e, a in shared.items()}
    assert all(isinstance(v, int) for pair in got.values() for v in pair)
    assert dossier["timeline"] == [
        {"month": m, "articles": len(months[m]), "mentions": month_mentions[m]} for m in sorted(months)
    ]
    assert all(isinstance(row["mentions"], int) for row in dossier["timeline"])
