"""A `store` fixture that runs each test on SQLite and on PostgreSQL.

PostgreSQL tests use a fresh database made for this session on the server at
127.0.0.1:5432 (user postgres; NEWSGRAPH_TEST_POSTGRES=postgresql://… names
another server) and dropped at its end; every test gets an empty schema. Without the server the tests fail, saying so, unless
NEWSGRAPH_SKIP_POSTGRES=1 asks to skip them.
"""

from __future__ import annotations

import os
import secrets

import psycopg
import pytest

from newsgraph.store import open_store

PG_SERVER = os.environ.get("NEWSGRAPH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
SKIP_ENV = "NEWSGRAPH_SKIP_POSTGRES"


def pytest_terminal_summary(terminalreporter) -> None:
    if os.environ.get(SKIP_ENV) == "1":
        terminalreporter.write_sep(
            "!", f"{SKIP_ENV}=1: the PostgreSQL store tests were SKIPPED, the store is untested on PostgreSQL"
        )


def _admin() -> psycopg.Connection:
    return psycopg.connect(PG_SERVER + "/postgres", autocommit=True, connect_timeout=5)


@pytest.fixture(scope="session")
def postgres_url():
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"PostgreSQL store tests SKIPPED because {SKIP_ENV}=1: they were not run")
    name = f"newsgraph_test_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        with _admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"the store tests need the PostgreSQL server on 127.0.0.1:5432 (user postgres, trust auth; "
            f"tried {PG_SERVER}), "
            f"and it could not be reached: {exc}. Start it (e.g. `service postgresql start`), "
            f"or set {SKIP_ENV}=1 to skip these tests knowingly."
        )
    yield f"{PG_SERVER}/{name}"
    with _admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty_schema(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url = request.getfixturevalue("postgres_url")
    _empty_schema(url)
    return url


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened
