"""Tables of the resolve stage: near-duplicate index, syndication, stories, conflicts.

The MinHash signatures and LSH band keys live here, in the database, so that
the index grows with the store and not with the memory of one process.
Created by migration ``m002_stories``. Entity merges use the store's
``merges`` table.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# One row per resolved article, in the order they were resolved (`seq`): the
# order is what makes clustering deterministic and incremental.
resolved = sa.Table(
    "resolved",
    metadata,
    sa.Column("article", sa.String(64), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False, unique=True),
    sa.Column("lang", sa.String(16)),
    sa.Column("published", sa.String(40)),
    sa.Column("length", sa.Integer, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    sa.Column("anchors", sa.Text, nullable=False),  # space-separated name and number keys
    sa.Column("story", sa.String(80), nullable=False, index=True),
    sa.Column("story_score", sa.Float),
    sa.Column("syndication", sa.String(80), nullable=False, index=True),
    sa.Column("link", sa.String(16), nullable=False),  # original, copy, translation
    sa.Column("link_to", sa.String(64)),
    sa.Column("link_score", sa.Float),
)

lsh_bands = sa.Table(
    "lsh_bands",
    metadata,
    sa.Column("key", sa.BigInteger, nullable=False),
    sa.Column("article", sa.String(64), nullable=False),
    sa.PrimaryKeyConstraint("key", "article"),
)

key_df = sa.Table(
    "key_df",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String(80), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("first_date", sa.String(40), index=True),
    sa.Column("last_date", sa.String(40), index=True),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("groups", sa.Integer, nullable=False),
)

# The story profile: for each key, how many of the story's articles have it
# among their strongest keys.
story_keys = sa.Table(
    "story_keys",
    metadata,
    sa.Column("story", sa.String(80), nullable=False),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Column("label", sa.Text),
    sa.PrimaryKeyConstraint("story", "key"),
    sa.Index("ix_story_keys_key", "key", "story", "n"),  # covering: candidate search reads only the index
)

# Contradictions: one row per conflict, the sides (values with their sentences) as JSON.
conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("subject", sa.String(64), nullable=False, index=True),
    sa.Column("predicate", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),  # value, list, denial
    sa.Column("sides", sa.JSON, nullable=False),
    sa.Column("detected_at", sa.String(40), nullable=False),
)

TABLES = (resolved, lsh_bands, key_df, stories, story_keys, conflicts)
