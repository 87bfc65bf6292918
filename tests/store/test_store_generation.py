"""The store generation the web server's cache is keyed on: moved on by every commit, on SQLite
(``PRAGMA data_version``) and on PostgreSQL (statement triggers of migration m005), and by nothing else."""

from __future__ import annotations

from test_sql_store import doc_a, doc_b

from newsgraph.resolve import crossdoc
from newsgraph.serve.cache import Generation
from newsgraph.store.sql import SqlStore


def test_every_write_moves_the_generation_and_reads_do_not(store):
    generation = Generation(store)
    try:
        start = generation()
        assert not isinstance(start, tuple), "expected an exact generation, got the expiry fallback"
        store.search("Родионов")
        store.entities()
        assert generation() == start
        store.add([doc_a()])
        added = generation()
        assert added != start
        with SqlStore(store.url) as other:  # another connection, as another process would be
            other.add([doc_b()])
        second = generation()
        assert second != added
        rodionov = store.find_entities("Родионова")[0]["id"]
        tokayev = store.find_entities("Токаев")[0]["id"]
        with store.writing() as conn:
            crossdoc.merge(conn, tokayev, rodionov)
        assert generation() != second
        merged = generation()
        store.dossier(tokayev)
        assert generation() == merged
    finally:
        generation.close()


def test_a_transaction_moves_the_generation_once(store):
    """However many statements a write runs (a batch runs thousands), the counter moves once
    (PostgreSQL; on SQLite the generation is data_version, one change per commit anyway)."""
    generation = Generation(store)
    try:
        start = generation()
        store.add([doc_a(), doc_b()])
        after_add = generation()
        assert after_add != start
        if store.dialect == "postgresql":
            assert after_add == start + 1
            with store.writing() as conn:
                conn.exec_driver_sql("UPDATE articles SET title = title || '!'")
                conn.exec_driver_sql("UPDATE articles SET title = title || '?'")
            assert generation() == after_add + 1
    finally:
        generation.close()
