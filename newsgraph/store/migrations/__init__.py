"""Versioned migrations: every module ``mNNN_name.py`` here is one step.

A step has ``VERSION`` (int, increasing) and ``upgrade(conn, dialect)``; to
add one, drop a new module in this package. `migrate` applies the pending
steps in order, inside one transaction that holds a lock, and records each in
the ``schema_version`` table.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import UTC, datetime
from types import ModuleType

import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.store import schema

STEP_NAME = re.compile(r"^m\d{3}_\w+$")


def steps() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if STEP_NAME.match(info.name)
    ]
    modules.sort(key=lambda module: module.VERSION)
    versions = [module.VERSION for module in modules]
    if len(set(versions)) != len(versions):
        raise StoreError(
            f"two migration steps share a VERSION: {[m.__name__ for m in modules]} have {versions}; "
            "give the newest step the next free number"
        )
    return modules


def current_version(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar() or 0


def migrate(engine: sa.Engine) -> int:
    """Bring the database to the newest version; returns that version."""
    dialect = engine.dialect.name
    with engine.connect() as conn:
        conn = conn.execution_options(write=True)
        with conn.begin():
            if dialect == "postgresql":
                # Two processes opening a fresh database at once must not both migrate it.
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7260401)"))
            schema.schema_version.create(conn, checkfirst=True)
            version = current_version(conn)
            for step in steps():
                if step.VERSION <= version:
                    continue
                try:
                    step.upgrade(conn, dialect)
                except sa.exc.SQLAlchemyError as exc:
                    raise StoreError(
                        f"migration step {step.__name__} (version {step.VERSION}) failed, so the database "
                        f"was left at its previous version {version}: {exc}; fix that step and open it again"
                    ) from exc
                conn.execute(
                    schema.schema_version.insert().values(
                        version=step.VERSION,
                        name=step.__name__.rsplit(".", 1)[-1],
                        applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    )
                )
                version = step.VERSION
    return version
