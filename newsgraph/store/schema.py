"""The one schema, in SQLAlchemy Core, shared by SQLite and PostgreSQL.

Migrations create these tables by name (`migrations/m001_base.py`); a later
migration that adds tables defines them here and creates them the same way.
Full-text search is dialect-specific and lives in the migrations, not here.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

metadata = sa.MetaData()

# JSONB on PostgreSQL so that fact objects can be compared and grouped.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40), index=True),
    sa.Column("lang", sa.String(16), index=True),
    sa.Column("source", sa.Text, index=True),
    sa.Column("url", sa.Text),
    sa.Column("file", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("analysed", sa.Boolean, nullable=False, default=False),
    sa.Column("sentences", Json),  # [[start, stop], ...] for the dossier's sentences
    sa.Column("ingested_at", sa.String(40), nullable=False),
)

article_sources = sa.Table(
    "article_sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("file", sa.Text),
    sa.Column("added_at", sa.String(40), nullable=False),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("type", sa.String(32), nullable=False, index=True),
    sa.Column("kind", sa.String(32)),
    sa.Column("name_ru", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("wikidata", sa.String(32), index=True),
    sa.Column("aliases", Json, nullable=False),
    sa.Column("attributes", Json, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

# Normalised lookup keys of an entity (see resolve/link.py for the key kinds).
entity_names = sa.Table(
    "entity_names",
    metadata,
    sa.Column("entity", sa.String(64), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.PrimaryKeyConstraint("entity", "key", "kind"),
    sa.Index("ix_entity_names_key", "key"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("stop", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("entity", sa.String(64), sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("stage", sa.String(64), nullable=False),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("stop", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("cue", sa.Text),
    sa.Column("cue_start", sa.Integer),
    sa.Column("cue_stop", sa.Integer),
    sa.Column("speaker", sa.String(64), sa.ForeignKey("entities.id"), index=True),
    sa.Column("speaker_start", sa.Integer),
    sa.Column("speaker_stop", sa.Integer),
    sa.Column("speaker_text", sa.Text),
    sa.Column("outlet", sa.Text),  # a global entity id when the outlet was linked, else as written
    sa.Column("outlet_entity", sa.String(64), sa.ForeignKey("entities.id")),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("stage", sa.String(64), nullable=False),
)

stances = sa.Table(
    "stances",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("holder", sa.String(64), sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("target", sa.String(64), sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("polarity", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("stop", sa.Integer, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("stage", sa.String(64), nullable=False),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("subject", sa.String(64), sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("predicate", sa.String(64), nullable=False, index=True),
    sa.Column("object", Json, nullable=False),
    sa.Column("object_key", sa.Text, nullable=False),  # canonical JSON of `object`, to group equal facts
    sa.Column("object_entity", sa.String(64), sa.ForeignKey("entities.id"), index=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("stop", sa.Integer, nullable=False),
    sa.Column("qualifier", sa.Text),
    sa.Column("modality", sa.String(32)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("stage", sa.String(64), nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("command", sa.Text, nullable=False),
    sa.Column("started_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("added", sa.Integer),
    sa.Column("present", sa.Integer),
    sa.Column("failed", sa.Integer),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("stage", sa.String(64), nullable=False),
)

# Entity merges (and their undoing by split): `data` keeps what is needed to reverse one.
merges = sa.Table(
    "merges",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kept", sa.String(64), nullable=False, index=True),
    sa.Column("merged", sa.String(64), nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("data", Json, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("undone_at", sa.String(40)),
)

# Per entity: the number of articles mentioning it and of its mentions. Derived from
# `mentions` by database triggers (migrations/m004_read_paths.py), so every writer, the
# entity merges and splits that repoint mentions included, keeps it exact; entity lists
# and dossiers read it instead of counting a quarter of a million mentions.
entity_counts = sa.Table(
    "entity_counts",
    metadata,
    sa.Column("entity", sa.String(64), primary_key=True),
    sa.Column("articles", sa.Integer, nullable=False, default=0),
    sa.Column("mentions", sa.Integer, nullable=False, default=0),
)
