"""Opening stores: URLs, errors, and migration steps added later."""

from __future__ import annotations

import types

import pytest
import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.model import Doc
from newsgraph.store import migrations, open_store
from newsgraph.store.engine import engine_url


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("newsgraph.db", "sqlite"),
        ("sqlite:///x.db", "sqlite"),
        ("postgresql://postgres@127.0.0.1:5432/db", "postgresql"),
        ("postgres://postgres@127.0.0.1/db", "postgresql"),
    ],
)
def test_engine_urls(url, backend):
    target = engine_url(url)
    assert target.get_backend_name() == backend
    if backend == "postgresql":
        assert target.get_driver_name() == "psycopg"


def test_an_unknown_url_says_what_is_expected():
    with pytest.raises(StoreError, match="expected a SQLite file path"):
        open_store("mysql://localhost/x")


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(StoreError, match="folder does not exist"):
        open_store(str(tmp_path / "missing" / "x.db"))


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path):
    with open_store(str(tmp_path / "x.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_in_memory_store_keeps_its_data():
    with open_store(":memory:") as store:
        store.add([Doc(text="Короткая заметка о Казахстане.", lang="ru")])
        assert store.stats()["articles"] == 1
        assert store.search("Казахстан")


def test_a_new_migration_step_is_applied_once(store_url, monkeypatch):
    with open_store(store_url) as store:
        base = store.version

    applied = []

    def upgrade(conn: sa.Connection, dialect: str) -> None:
        applied.append(dialect)
        conn.exec_driver_sql("CREATE TABLE extra_step (id INTEGER PRIMARY KEY)")

    step = types.ModuleType("newsgraph.store.migrations.m999_extra")
    step.VERSION, step.upgrade = 999, upgrade
    known = migrations.steps()
    monkeypatch.setattr(migrations, "steps", lambda: [*known, step])
    with open_store(store_url) as store:
        assert store.version == 999
    with open_store(store_url) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM extra_step").scalar() == 0
        names = conn.exec_driver_sql("SELECT name FROM schema_version ORDER BY version").scalars().all()
    assert len(applied) == 1 and names[-1] == "m999_extra" and base < 999


def test_a_failing_migration_step_leaves_the_old_version(store_url, monkeypatch):
    with open_store(store_url) as store:
        base = store.version

    def upgrade(conn: sa.Connection, dialect: str) -> None:
        conn.exec_driver_sql("CREATE TABLE half_done (id INTEGER)")
        conn.exec_driver_sql("THIS IS NOT SQL")

    step = types.ModuleType("newsgraph.store.migrations.m998_broken")
    step.VERSION, step.upgrade = 998, upgrade
    known = migrations.steps()
    monkeypatch.setattr(migrations, "steps", lambda: [*known, step])
    with pytest.raises(StoreError, match=r"m998_broken .* left at its previous version"):
        open_store(store_url)
    monkeypatch.setattr(migrations, "steps", lambda: known)
    with open_store(store_url) as store, store.engine.connect() as conn:
        assert store.version == base
        assert not sa.inspect(conn).has_table("half_done")
