"""Engines for the two databases: a SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from newsgraph.errors import StoreError

BUSY_TIMEOUT_MS = 30_000


def engine_url(url: str) -> sa.URL:
    """``newsgraph.db``, ``sqlite:///x.db`` or ``postgresql://…`` as a SQLAlchemy URL."""
    if url.startswith(("postgresql://", "postgres://")):
        return sa.make_url("postgresql+psycopg://" + url.split("://", 1)[1])
    if url.startswith("postgresql+"):
        return sa.make_url(url)
    if url.startswith("sqlite:"):
        return sa.make_url(url)
    if "://" in url:
        raise StoreError(
            f"unknown database URL {url!r}: expected a SQLite file path, sqlite:///PATH "
            "or postgresql://USER@HOST:PORT/DB"
        )
    return sa.make_url("sqlite:///" + str(Path(url).expanduser()))


def make_engine(url: str) -> sa.Engine:
    target = engine_url(url)
    if target.get_backend_name() == "sqlite":
        return _sqlite_engine(target)
    return sa.create_engine(target, pool_pre_ping=True, future=True)


def _sqlite_engine(url: sa.URL) -> sa.Engine:
    database = url.database or ""
    if database and database != ":memory:" and not Path(database).parent.is_dir():
        raise StoreError(
            f"cannot create the SQLite database {database!r}: its folder does not exist; "
            "create the folder or pass another --db path"
        )
    options: dict = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if database in ("", ":memory:"):
        # Every new connection to ":memory:" is a new, empty database: keep one.
        options = {"connect_args": {"check_same_thread": False}, "poolclass": sa.pool.StaticPool}
    engine = sa.create_engine(url, future=True, **options)

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record) -> None:
        # pysqlite's own transaction handling defers BEGIN and commits around DDL;
        # take it over so that a batch (and a migration) is truly one transaction.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: sa.Connection) -> None:
        # Writers take the write lock at once, so two writers queue on the busy
        # timeout instead of failing on a lock upgrade; readers never block.
        write = conn.get_execution_options().get("write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
