"""Reading: articles back as Docs, search, entity lists, lookup by name, dossiers, quotes, facts."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

import sqlalchemy as sa

from newsgraph.model import Doc, Entity, Fact, Mention, Quote, Sentence, Stance
from newsgraph.resolve import link
from newsgraph.store import fts
from newsgraph.store.schema import (
    article_sources,
    articles,
    entities,
    entity_counts,
    entity_names,
    facts,
    failures,
    mentions,
    quotes,
    runs,
    stances,
)
from newsgraph.store.sentences import sentence_text

MIN_PARTIAL_CHARS = 3  # a shorter part of a name would match nearly every entity
WIKIDATA_ID = re.compile(r"^[Qq]\d+$")
ARTICLE_COLUMNS = (
    articles.c.id,
    articles.c.title,
    articles.c.published,
    articles.c.source,
    articles.c.url,
    articles.c.lang,
    articles.c.file,
    articles.c.analysed,
    articles.c.ingested_at,
)
FACT_GROUPS = 25  # a dossier's fact groups per direction, those stated by most articles
FACT_EVIDENCE = 10  # sentences per fact group (its total is kept)
COOCCURRENCE_ARTICLES = 500  # co-occurring entities are counted over the entity's latest articles
LOOKUP_KINDS = {"name": ("name", "wikidata"), "lemma": ("lemma",), "sf": ("sf",), "surname": ("surname",)}


# --- articles ---------------------------------------------------------------


def article(conn: sa.Connection, article_id: str) -> Doc | None:
    row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    doc = Doc(
        text=row.text,
        id=row.id,
        title=row.title,
        published=row.published,
        lang=row.lang,
        source=row.source,
        url=row.url,
        file=row.file,
        analysed=bool(row.analysed),
        sentences=[Sentence(start, stop) for start, stop in row.sentences or []],
    )
    for m in conn.execute(
        sa.select(mentions).where(mentions.c.article == article_id).order_by(mentions.c.seq)
    ):
        doc.mentions.append(Mention(m.start, m.stop, m.text, m.type, m.entity, m.stage))
    for q in conn.execute(sa.select(quotes).where(quotes.c.article == article_id).order_by(quotes.c.seq)):
        doc.quotes.append(
            Quote(
                q.start,
                q.stop,
                q.kind,
                q.cue,
                q.cue_start,
                q.cue_stop,
                q.speaker,
                q.speaker_start,
                q.speaker_stop,
                q.speaker_text,
                q.outlet,
                q.confidence,
                q.reason,
                q.stage,
            )
        )
    for f in conn.execute(sa.select(facts).where(facts.c.article == article_id).order_by(facts.c.seq)):
        doc.facts.append(
            Fact(
                f.subject,
                f.predicate,
                dict(f.object),
                f.start,
                f.stop,
                f.qualifier,
                f.modality,
                f.confidence,
                f.stage,
            )
        )
    for s in conn.execute(sa.select(stances).where(stances.c.article == article_id).order_by(stances.c.seq)):
        doc.stances.append(Stance(s.holder, s.target, s.polarity, s.start, s.stop, s.confidence, s.stage))
    doc.entities = entity_records(conn, referenced_ids(doc))
    return doc


def referenced_ids(doc: Doc) -> list[str]:
    ids = [m.entity for m in doc.mentions]
    ids += [i for q in doc.quotes for i in (q.speaker, q.outlet) if i]
    for f in doc.facts:
        ids += [f.subject, *(f.object.get(k) for k in ("entity", "org") if f.object.get(k))]
    ids += [i for s in doc.stances for i in (s.holder, s.target)]
    return list(dict.fromkeys(ids))


def entity_records(conn: sa.Connection, ids: list[str]) -> list[Entity]:
    rows = {r.id: r for r in conn.execute(sa.select(entities).where(entities.c.id.in_(ids)))} if ids else {}
    return [
        Entity(
            id=r.id,
            type=r.type,
            name={"ru": r.name_ru, "en": r.name_en},
            kind=r.kind,
            wikidata=r.wikidata,
            aliases=list(r.aliases or []),
            attributes=dict(r.attributes or {}),
        )
        for i in ids
        if (r := rows.get(i)) is not None
    ]


def _article_filters(
    query: sa.Select, source: str | None, since: str | None, until: str | None, lang: str | None
) -> sa.Select:
    if source:
        query = query.where(articles.c.source == source)
    if since:
        query = query.where(articles.c.published >= since)
    if until:
        # "until 2025-12-18" includes that whole day, whatever the time part.
        query = query.where(articles.c.published <= until + "\uffff")
    if lang:
        query = query.where(articles.c.lang == lang)
    return query


def list_articles(
    conn: sa.Connection,
    *,
    limit: int,
    offset: int,
    source: str | None,
    since: str | None,
    until: str | None,
    lang: str | None,
) -> list[dict[str, Any]]:
    query = sa.select(*ARTICLE_COLUMNS, sa.func.length(articles.c.text).label("chars"))
    query = _article_filters(query, source, since, until, lang)
    query = query.order_by(
        articles.c.published.desc().nulls_last(), articles.c.ingested_at.desc(), articles.c.id
    )
    return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]


def extra_sources(conn: sa.Connection, article_id: str) -> list[dict[str, Any]]:
    query = sa.select(
        article_sources.c.url, article_sources.c.source, article_sources.c.file, article_sources.c.added_at
    ).where(article_sources.c.article == article_id)
    return [dict(r._mapping) for r in conn.execute(query.order_by(article_sources.c.id))]


# --- search -----------------------------------------------------------------


def search(
    conn: sa.Connection,
    text: str,
    *,
    limit: int,
    offset: int,
    source: str | None,
    since: str | None,
    until: str | None,
    lang: str | None,
) -> list[dict[str, Any]]:
    if conn.dialect.name == "postgresql":
        return _search_postgres(conn, text, limit, offset, source, since, until, lang)
    return _search_sqlite(conn, text, limit, offset, source, since, until, lang)


def _search_sqlite(conn, text, limit, offset, source, since, until, lang) -> list[dict[str, Any]]:
    match = fts.fts5_match(text)
    if match is None:
        return []
    fts_table = sa.table("article_fts", sa.column("article"))
    score = sa.literal_column("bm25(article_fts, 0.0, 5.0, 1.0)")
    query = (
        sa.select(*ARTICLE_COLUMNS, articles.c.text, score.label("score"))
        .select_from(fts_table.join(articles, articles.c.id == fts_table.c.article))
        .where(sa.literal_column("article_fts").op("MATCH")(match))
    )
    query = _article_filters(query, source, since, until, lang).order_by(sa.text("score"), articles.c.id)
    if not (source or since or until or lang):
        # Joining a hit to its article reads the article id from the FTS row, which costs more than
        # the ranking: only the hits scoring at least as well as the page's last one are joined.
        cutoff = conn.execute(
            sa.select(score.label("score"))
            .select_from(fts_table)
            .where(sa.literal_column("article_fts").op("MATCH")(match))
            .order_by(sa.text("score"))
            .limit(1)
            .offset(offset + limit - 1)
        ).scalar()
        if cutoff is not None:
            query = query.where(score <= cutoff)
    hits = []
    for row in conn.execute(query.limit(limit).offset(offset)):
        hit = {k: v for k, v in row._mapping.items() if k not in ("text", "score")}
        hit["snippet"] = fts.snippet(row.text, text)
        hit["rank"] = -row.score
        hits.append(hit)
    return hits


def _search_postgres(conn, text, limit, offset, source, since, until, lang) -> list[dict[str, Any]]:
    russian = sa.literal_column("'russian'::regconfig")
    tsquery = sa.func.websearch_to_tsquery(russian, fts.lemmatise_query(text))
    fts_table = sa.table("article_fts", sa.column("article"), sa.column("tsv"))
    rank = sa.func.ts_rank(fts_table.c.tsv, tsquery)
    inner = (
        sa.select(*ARTICLE_COLUMNS, rank.label("rank"))
        .select_from(fts_table.join(articles, articles.c.id == fts_table.c.article))
        .where(fts_table.c.tsv.op("@@")(tsquery))
    )
    inner = _article_filters(inner, source, since, until, lang)
    inner = inner.order_by(sa.desc("rank"), articles.c.id).limit(limit).offset(offset).subquery()
    # The headline's query holds the stems of both the words as typed and their lemmas.
    either = sa.func.websearch_to_tsquery(russian, text).op("||")(tsquery)
    head = sa.func.left(articles.c.text, fts.MAX_INDEXED_CHARS)
    headline = sa.func.ts_headline(russian, head, either, fts.PG_HEADLINE)
    query = (
        sa.select(inner, headline.label("snippet"), articles.c.text)
        .join(articles, articles.c.id == inner.c.id)
        .order_by(inner.c.rank.desc(), inner.c.id)
    )
    hits = []
    for row in conn.execute(query):
        hit = {k: v for k, v in row._mapping.items() if k != "text"}
        marked = fts.OPEN in hit["snippet"]
        hit["snippet"] = " ".join(hit["snippet"].split()) if marked else fts.snippet(row.text, text)
        hit["rank"] = float(hit["rank"])
        hits.append(hit)
    return hits


def search_facets(
    conn: sa.Connection,
    text: str,
    *,
    source: str | None,
    since: str | None,
    until: str | None,
    lang: str | None,
) -> dict[str, Any]:
    """Counts over every article the query matches: in all, by source and by month (YYYY-MM)."""
    fts_table = sa.table("article_fts", sa.column("article"), sa.column("tsv"))
    if conn.dialect.name == "postgresql":
        tsquery = sa.func.websearch_to_tsquery(
            sa.literal_column("'russian'::regconfig"), fts.lemmatise_query(text)
        )
        matched = fts_table.c.tsv.op("@@")(tsquery)
    else:
        match = fts.fts5_match(text)
        if match is None:
            return {"total": 0, "source": {}, "month": {}}
        matched = sa.literal_column("article_fts").op("MATCH")(match)
    if conn.dialect.name == "sqlite" and not (source or since or until or lang):
        return _facet_counts(conn.execute(SQLITE_FACETS, {"match": match}))
    month = sa.func.substr(articles.c.published, 1, 7).label("month")
    if conn.dialect.name == "postgresql":
        hits = fts_table.join(articles, articles.c.id == fts_table.c.article)
    else:
        # The article id straight from FTS5's content table: through the FTS row it costs a third more.
        content = sa.table("article_fts_content", sa.column("id"), sa.column("c0"))
        hits = fts_table.join(content, content.c.id == sa.literal_column("article_fts.rowid")).join(
            articles, articles.c.id == content.c.c0
        )
    query = (
        sa.select(articles.c.source, month, sa.func.count().label("hits"))
        .select_from(hits)
        .where(matched)
        .group_by(articles.c.source, month)
    )
    return _facet_counts(conn.execute(_article_filters(query, source, since, until, lang)))


# The facets of an unfiltered SQLite search: each hit's article id from FTS5's content table,
# then its source and month from one index (m007) rather than the primary key's and the row.
SQLITE_FACETS = sa.text(
    "SELECT a.source AS source, substr(a.published, 1, 7) AS month, count(*) AS hits "
    "FROM article_fts JOIN article_fts_content AS c ON c.id = article_fts.rowid "
    "JOIN articles AS a INDEXED BY ix_articles_facets ON a.id = c.c0 "
    "WHERE article_fts MATCH :match GROUP BY a.source, substr(a.published, 1, 7)"
)


def _facet_counts(rows: Iterable[sa.Row]) -> dict[str, Any]:
    total, sources, months = 0, Counter(), Counter()
    for row in rows:
        total += row.hits
        sources[row.source or "unknown"] += row.hits
        months[row.month or "undated"] += row.hits
    return {"total": total, "source": dict(sources.most_common()), "month": dict(sorted(months.items()))}


# --- entities ---------------------------------------------------------------


def _entity_counts_query() -> sa.Select:
    # The counts are kept by triggers (migrations/m004_read_paths.py): no mentions are counted here.
    return sa.select(
        entities.c.id,
        entities.c.type,
        entities.c.kind,
        entities.c.name_ru,
        entities.c.name_en,
        entities.c.wikidata,
        sa.func.coalesce(entity_counts.c.articles, 0).label("articles"),
        sa.func.coalesce(entity_counts.c.mentions, 0).label("mentions"),
    ).select_from(entities.outerjoin(entity_counts, entity_counts.c.entity == entities.c.id))


def list_entities(conn: sa.Connection, *, type: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    query = _entity_counts_query()
    if type:
        query = query.where(entities.c.type == type)
    query = query.order_by(sa.desc("articles"), sa.desc("mentions"), entities.c.id)
    return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]


@cache
def _entity_rows_query() -> sa.Select:
    return _entity_counts_query().where(entities.c.id.in_(sa.bindparam("ids", expanding=True)))


def entity_rows(conn: sa.Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    ids = list(ids)
    if not ids:
        return {}
    return {r.id: dict(r._mapping) for r in conn.execute(_entity_rows_query(), {"ids": ids})}


def find_entities(conn: sa.Connection, name_or_id: str, *, limit: int) -> list[dict[str, Any]]:
    """Id; then exact name, alias or Wikidata id; then lemmas and surnames; then substrings."""
    query = name_or_id.strip()
    if not query:
        return []
    found: dict[str, str] = {}
    if conn.execute(sa.select(entities.c.id).where(entities.c.id == query)).first():
        found[query] = "id"
    keys = [link.Key("wikidata", query.upper())] if WIKIDATA_ID.match(query) else []
    for key in keys + link.lookup_keys(query):
        kinds = LOOKUP_KINDS.get(key.kind, (key.kind,))
        ids = conn.execute(
            sa.select(entity_names.c.entity).where(
                entity_names.c.key == key.key, entity_names.c.kind.in_(kinds)
            )
        ).scalars()
        for entity_id in ids:
            found.setdefault(entity_id, key.kind)
    if not found and len(link.normalise(query)) >= MIN_PARTIAL_CHARS:
        pattern = "%" + link.normalise(query).replace("%", "").replace("_", "") + "%"
        ids = conn.execute(
            sa.select(entity_names.c.entity).where(
                entity_names.c.kind == "name", entity_names.c.key.like(pattern)
            )
        ).scalars()
        for entity_id in ids:
            found.setdefault(entity_id, "partial")
    rows = entity_rows(conn, found)
    order = {"id": 0, "wikidata": 1, "name": 1, "sf": 2, "lemma": 3, "surname": 4, "partial": 5}
    ranked = sorted(
        rows.values(), key=lambda r: (order[found[r["id"]]], -r["articles"], -r["mentions"], r["id"])
    )
    return [{**row, "match": found[row["id"]]} for row in ranked[:limit]]


# --- dossier ----------------------------------------------------------------


class ArticleTexts:
    """Texts and sentence spans of articles, each loaded once."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.cache: dict[str, tuple[str, list]] = {}

    def load(self, ids: Iterable[str]) -> None:
        missing = [i for i in set(ids) if i not in self.cache]
        if missing:
            for row in self.conn.execute(_article_texts_query(), {"ids": missing}):
                self.cache[row.id] = (row.text, row.sentences or [])

    def sentence(self, article_id: str, start: int, stop: int) -> dict[str, Any]:
        self.load([article_id])
        text, sentences = self.cache[article_id]
        return sentence_text(text, sentences, start, stop)


# The dossier's statements are built once, with bound parameters: building a SQLAlchemy
# statement costs more Python than running its compiled form (whose cache they then hit).


@cache
def _article_texts_query() -> sa.Select:
    return sa.select(articles.c.id, articles.c.text, articles.c.sentences).where(
        articles.c.id.in_(sa.bindparam("ids", expanding=True))
    )


@cache
def _entity_query() -> sa.Select:
    return sa.select(entities).where(entities.c.id == sa.bindparam("entity"))


def dossier(
    conn: sa.Connection,
    entity_id: str,
    *,
    limit: int,
    fact_groups: int = FACT_GROUPS,
    evidence: int = FACT_EVIDENCE,
) -> dict[str, Any] | None:
    row = conn.execute(_entity_query(), {"entity": entity_id}).first()
    if row is None:
        return None
    counts = entity_rows(conn, [entity_id])[entity_id]
    texts = ArticleTexts(conn)
    as_subject, subject_total = grouped_facts(
        conn, "subject", entity_id, texts, groups=fact_groups, evidence=evidence
    )
    as_object, object_total = grouped_facts(
        conn, "object_entity", entity_id, texts, groups=fact_groups, evidence=evidence
    )
    return {
        "id": row.id,
        "type": row.type,
        "kind": row.kind,
        "name": {"ru": row.name_ru, "en": row.name_en},
        "wikidata": row.wikidata,
        "aliases": list(row.aliases or []),
        "attributes": dict(row.attributes or {}),
        "article_count": counts["articles"],
        "mention_count": counts["mentions"],
        "articles": mentioning_articles(conn, entity_id, texts, limit, counts["articles"]),
        "timeline": mention_months(conn, entity_id),
        "cooccurring": cooccurring(conn, entity_id, limit, counts["articles"]),
        "cooccurring_window": min(counts["articles"], COOCCURRENCE_ARTICLES),
        "quotes_by": list_quotes(conn, speaker=entity_id, limit=limit),
        "quotes_about": list_quotes(conn, about=entity_id, limit=limit, exclude_speaker=entity_id),
        "facts": as_subject,
        "facts_total": subject_total,
        "facts_as_object": as_object,
        "facts_as_object_total": object_total,
        "stances_held": list_stances(conn, "holder", entity_id, limit),
        "stances_about": list_stances(conn, "target", entity_id, limit),
    }


@cache
def _stances_query(side: str) -> sa.Select:
    holder, target = entities.alias("holder_entity"), entities.alias("target_entity")
    evidence = sa.func.substr(articles.c.text, stances.c.start + 1, stances.c.stop - stances.c.start)
    return (
        sa.select(
            stances.c.article,
            stances.c.holder,
            holder.c.name_ru.label("holder_name"),
            stances.c.target,
            target.c.name_ru.label("target_name"),
            stances.c.polarity,
            stances.c.start,
            stances.c.stop,
            evidence.label("evidence"),
            stances.c.confidence,
            stances.c.stage,
        )
        .join(articles, articles.c.id == stances.c.article)
        .join(holder, holder.c.id == stances.c.holder)
        .join(target, target.c.id == stances.c.target)
        .where(stances.c[side] == sa.bindparam("entity"))
        .order_by(stances.c.article, stances.c.seq)
        .limit(sa.bindparam("limit"))
    )


def list_stances(conn: sa.Connection, side: str, entity_id: str, limit: int) -> list[dict[str, Any]]:
    """Stances whose `side` ("holder" or "target") is the entity, with the other side's name and
    the quote they rest on."""
    rows = conn.execute(_stances_query(side), {"entity": entity_id, "limit": limit})
    return [dict(row._mapping) for row in rows]


def _walk_newest(conn: sa.Connection, articles_of_entity: int, limit: int) -> bool:
    """Whether an entity's `limit` newest articles are best found by walking all articles newest
    first (SQLite), each looked up in the entity's mentions, rather than by sorting the entity's
    own: the walk reads about limit × all / articles_of_entity of them, the sort all of the
    entity's. Either way finds the same articles; a country takes the walk, a person the sort."""
    if conn.dialect.name != "sqlite" or articles_of_entity <= 0:
        return False
    total = conn.execute(_newest_rowid_query()).scalar() or 0
    return limit * total < articles_of_entity**2


@cache
def _newest_rowid_query() -> sa.Select:
    return sa.select(sa.func.max(sa.literal_column("articles.rowid"))).select_from(articles)


def _articles_of(entity: sa.BindParameter, walk: bool) -> sa.ColumnElement:
    """The condition "the article mentions the entity", as a lookup per article when walking."""
    if walk:
        return sa.exists().where(mentions.c.entity == entity, mentions.c.article == articles.c.id)
    return articles.c.id.in_(sa.select(mentions.c.article).where(mentions.c.entity == entity))


@cache
def _mentioning_articles_queries(walk: bool) -> tuple[sa.Select, sa.Select]:
    entity = sa.bindparam("entity")
    found = (
        sa.select(articles.c.id, articles.c.title, articles.c.published, articles.c.source, articles.c.url)
        .where(_articles_of(entity, walk))
        .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        .limit(sa.bindparam("limit"))
    )
    spans = (
        sa.select(mentions.c.article, mentions.c.start, mentions.c.stop, mentions.c.text)
        .where(mentions.c.entity == entity, mentions.c.article.in_(sa.bindparam("ids", expanding=True)))
        .order_by(mentions.c.article, mentions.c.start)
    )
    return found, spans


def mentioning_articles(
    conn: sa.Connection, entity_id: str, texts: ArticleTexts, limit: int, articles_of_entity: int = 0
) -> list[dict]:
    walk = _walk_newest(conn, articles_of_entity, limit)
    articles_query, spans_query = _mentioning_articles_queries(walk)
    found = [dict(r._mapping) for r in conn.execute(articles_query, {"entity": entity_id, "limit": limit})]
    ids = [a["id"] for a in found]
    texts.load(ids)
    spans: dict[str, list] = {i: [] for i in ids}
    if ids:
        for m in conn.execute(spans_query, {"entity": entity_id, "ids": ids}):
            spans[m.article].append(m)
    for item in found:
        item["mentions"] = len(spans[item["id"]])
        item["sentences"] = []
        for m in spans[item["id"]]:
            sentence = texts.sentence(item["id"], m.start, m.stop)
            if not item["sentences"] or item["sentences"][-1]["start"] != sentence["start"]:
                item["sentences"].append({**sentence, "mentions": []})
            item["sentences"][-1]["mentions"].append({"start": m.start, "stop": m.stop, "text": m.text})
    return found


@cache
def _mention_months_query() -> sa.Select:
    # Mentions counted per article first (from the index on (entity, article)): each article's
    # date is then looked up once, not once per mention (a country has ten per article).
    per_article = (
        sa.select(mentions.c.article, sa.func.count().label("mentions"))
        .where(mentions.c.entity == sa.bindparam("entity"))
        .group_by(mentions.c.article)
        .subquery("per_article")
    )
    month = sa.func.substr(articles.c.published, 1, 7).label("month")
    return (
        sa.select(
            month,
            sa.func.count().label("articles"),
            sa.cast(sa.func.sum(per_article.c.mentions), sa.Integer).label("mentions"),
        )
        .select_from(per_article.join(articles, articles.c.id == per_article.c.article))
        .where(articles.c.published.is_not(None))
        .group_by(month)
        .order_by(month)
    )


# The same on SQLite, each article's date read from the covering index of m007 (which its
# planner passes by for the primary key and the row), grouped and ordered by one expression.
SQLITE_MENTION_MONTHS = sa.text(
    "SELECT substr(a.published, 1, 7) AS month, count(*) AS articles, sum(m.mentions) AS mentions "
    "FROM (SELECT article, count(*) AS mentions FROM mentions WHERE entity = :entity GROUP BY article) AS m "
    "JOIN articles AS a INDEXED BY ix_articles_facets ON a.id = m.article "
    "WHERE a.published IS NOT NULL GROUP BY month ORDER BY month"
)


def mention_months(conn: sa.Connection, entity_id: str) -> list[dict[str, Any]]:
    """Per month of publication (YYYY-MM): the articles mentioning the entity and its mentions, oldest first."""
    query = SQLITE_MENTION_MONTHS if conn.dialect.name == "sqlite" else _mention_months_query()
    return [dict(r._mapping) for r in conn.execute(query, {"entity": entity_id})]


@cache
def _cooccurring_query(walk: bool) -> sa.Select:
    entity = sa.bindparam("entity")
    own_articles = (
        sa.select(articles.c.id)
        .where(_articles_of(entity, walk))
        .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        .limit(COOCCURRENCE_ARTICLES)
    )
    shared = sa.func.count(sa.distinct(mentions.c.article)).label("articles")
    # Ties in articles are broken by how often the other entity is mentioned there.
    often = sa.func.count(mentions.c.id).label("mentions")
    return (
        sa.select(mentions.c.entity, shared, often)
        .where(mentions.c.article.in_(own_articles), mentions.c.entity != entity)
        .group_by(mentions.c.entity)
        .order_by(sa.desc("articles"), sa.desc("mentions"), mentions.c.entity)
        .limit(sa.bindparam("limit"))
    )


def cooccurring(
    conn: sa.Connection, entity_id: str, limit: int, articles_of_entity: int = 0
) -> list[dict[str, Any]]:
    """Entities sharing the entity's latest `COOCCURRENCE_ARTICLES` articles, by articles shared.

    Bounded so that a country mentioned in a third of the store costs what a
    person mentioned in a few hundred articles does.
    """
    walk = _walk_newest(conn, articles_of_entity, COOCCURRENCE_ARTICLES)
    found = conn.execute(_cooccurring_query(walk), {"entity": entity_id, "limit": limit}).all()
    rows = entity_rows(conn, [r.entity for r in found])
    return [
        {k: rows[r.entity][k] for k in ("id", "type", "kind", "name_ru", "name_en", "wikidata")}
        | {"articles": r.articles, "mentions": r.mentions}
        for r in found
    ]


FACT_KEY = (facts.c.subject, facts.c.predicate, facts.c.object_key, facts.c.qualifier, facts.c.modality)


@cache
def _fact_groups_query(side: str) -> sa.Select:
    """The fact groups with the entity on `side` ("subject" or "object_entity"), most articles first."""
    counted = (
        sa.select(
            *FACT_KEY,
            sa.func.count(sa.distinct(facts.c.article)).label("articles"),
            sa.func.count().label("evidence_total"),
            sa.func.max(facts.c.confidence).label("confidence"),
        )
        .where(facts.c[side] == sa.bindparam("entity"))
        .group_by(*FACT_KEY)
    )
    # The number of groups rides along each row of the top ones: one aggregation, not two.
    top = (
        counted.add_columns(sa.func.count().over().label("groups_total"))
        .order_by(sa.desc("articles"), *FACT_KEY)
        .limit(sa.bindparam("groups"))
        .subquery("top")
    )
    return sa.select(top)


@cache
def _fact_evidence_query(side: str, groups: int) -> sa.Select:
    """The first sentences (by rank ≤ :evidence) of `groups` fact groups, keyed by :k{group}_{column}."""
    # The top groups' keys as parameters: the aggregation is not run again under the evidence query.
    in_top = sa.or_(
        *(
            sa.and_(
                *(
                    c.is_not_distinct_from(sa.bindparam(f"k{g}_{i}", type_=c.type))
                    for i, c in enumerate(FACT_KEY)
                )
            )
            for g in range(groups)
        )
    )
    rank = sa.func.row_number().over(
        partition_by=FACT_KEY, order_by=(articles.c.published, facts.c.article, facts.c.seq)
    )
    ranked = (
        sa.select(
            *FACT_KEY,
            facts.c.article,
            facts.c.start,
            facts.c.stop,
            facts.c.stage,
            articles.c.title,
            articles.c.published,
            rank.label("rank"),
        )
        .select_from(facts.join(articles, articles.c.id == facts.c.article))
        .where(facts.c[side] == sa.bindparam("entity"), in_top)
        .subquery("ranked")
    )
    return sa.select(ranked).where(ranked.c.rank <= sa.bindparam("evidence")).order_by(ranked.c.rank)


SQLITE_GROUP_INDEX = {"subject": "ix_facts_subject_group", "object_entity": "ix_facts_object_group"}


@cache
def _sqlite_fact_evidence_query(side: str, groups: int) -> sa.TextClause:
    """As `_fact_evidence_query`, on SQLite: one query per group for its first :evidence facts,
    found in the group's range of its index (m008) with the articles' dates from m007's index,
    and only those facts' rows and their articles' titles read."""
    index = SQLITE_GROUP_INDEX[side]
    parts = [
        f"SELECT * FROM (SELECT {g} AS g, f.id AS id, a.published AS published, f.article AS article, "
        f"f.seq AS seq FROM facts AS f INDEXED BY {index} "
        "JOIN articles AS a INDEXED BY ix_articles_facets ON a.id = f.article "
        f"WHERE f.{side} = :entity AND f.subject = :k{g}_0 AND f.predicate = :k{g}_1 "
        f"AND f.object_key = :k{g}_2 AND f.qualifier IS :k{g}_3 AND f.modality IS :k{g}_4 "
        "ORDER BY a.published, f.article, f.seq LIMIT :evidence)"
        for g in range(groups)
    ]
    return sa.text(
        "SELECT f.subject, f.predicate, f.object_key, f.qualifier, f.modality, f.article, f.start, "
        "f.stop, f.stage, a.title, a.published "
        f"FROM ({' UNION ALL '.join(parts)}) AS first "
        "JOIN facts AS f ON f.id = first.id JOIN articles AS a ON a.id = first.article "
        "ORDER BY first.g, first.published, first.article, first.seq"
    )


def grouped_facts(
    conn: sa.Connection, side: str, entity_id: str, texts: ArticleTexts, *, groups: int, evidence: int
) -> tuple[list[dict[str, Any]], int]:
    """Equal facts as one, with the entity on `side` ("subject" or "object_entity"): the `groups`
    stated by most articles, each with its first `evidence` sentences (oldest first) and its
    totals; and the number of groups there are."""
    params = {"entity": entity_id, "groups": groups}
    found = {tuple(r[:5]): r for r in conn.execute(_fact_groups_query(side), params)}
    if not found:
        return [], 0
    total = next(iter(found.values())).groups_total
    keys = {f"k{g}_{i}": value for g, key in enumerate(found) for i, value in enumerate(key)}
    if conn.dialect.name == "sqlite":
        query = _sqlite_fact_evidence_query(side, len(found))
    else:
        query = _fact_evidence_query(side, len(found))
    rows = list(conn.execute(query, {"entity": entity_id, "evidence": evidence, **keys}))
    texts.load(r.article for r in rows)
    grouped: dict[tuple, dict[str, Any]] = {
        key: {
            "subject": r.subject,
            "predicate": r.predicate,
            "object": json.loads(r.object_key),  # canonical JSON of the object (write.object_key)
            "qualifier": r.qualifier,
            "modality": r.modality,
            "confidence": r.confidence,
            "articles": r.articles,
            "evidence_total": r.evidence_total,
            "evidence": [],
        }
        for key, r in found.items()
    }
    for r in rows:
        group = grouped[tuple(r[:5])]
        group["evidence"].append(
            {
                "article": r.article,
                "title": r.title,
                "published": r.published,
                "start": r.start,
                "stop": r.stop,
                "stage": r.stage,
                "sentence": texts.sentence(r.article, r.start, r.stop)["text"],
            }
        )
    referenced = {g["subject"] for g in grouped.values()}
    referenced |= {g["object"][k] for g in grouped.values() for k in ("entity", "org") if g["object"].get(k)}
    names = entity_rows(conn, referenced)
    for group in grouped.values():
        group["subject_name"] = _display(names.get(group["subject"]))
        for key, label in (("entity", "object_name"), ("org", "org_name")):
            if group["object"].get(key):
                group[label] = _display(names.get(group["object"][key]))
    return sorted(grouped.values(), key=lambda g: (g["predicate"], -g["articles"])), total


def _display(row: dict[str, Any] | None) -> str | None:
    return (row.get("name_ru") or row.get("name_en") or row.get("id")) if row else None


# --- quotes and facts -------------------------------------------------------


def list_quotes(
    conn: sa.Connection,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    limit: int = 50,
    offset: int = 0,
    exclude_speaker: str | None = None,
) -> list[dict[str, Any]]:
    query = _quotes_query(bool(speaker), bool(about), bool(since), bool(exclude_speaker))
    params = {
        "speaker": speaker,
        "about": about,
        "since": since,
        "exclude_speaker": exclude_speaker,
        "limit": limit,
        "offset": offset,
    }
    return [dict(r._mapping) for r in conn.execute(query, params)]


@cache
def _quotes_query(speaker: bool, about: bool, since: bool, exclude_speaker: bool) -> sa.Select:
    """The quotes list with the given filters, as parameters of the same names."""
    content = sa.func.substr(articles.c.text, quotes.c.start + 1, quotes.c.stop - quotes.c.start)
    speaker_entity = entities.alias("speaker_entity")
    query = sa.select(
        quotes.c.id,
        quotes.c.article,
        articles.c.title,
        articles.c.published,
        articles.c.source,
        quotes.c.start,
        quotes.c.stop,
        content.label("text"),
        quotes.c.kind,
        quotes.c.cue,
        quotes.c.cue_start,
        quotes.c.cue_stop,
        quotes.c.speaker,
        sa.func.coalesce(speaker_entity.c.name_ru, speaker_entity.c.name_en).label("speaker_name"),
        quotes.c.speaker_start,
        quotes.c.speaker_stop,
        quotes.c.speaker_text,
        quotes.c.outlet,
        quotes.c.outlet_entity,
        quotes.c.confidence,
        quotes.c.reason,
        quotes.c.stage,
    ).select_from(
        quotes.join(articles, articles.c.id == quotes.c.article).outerjoin(
            speaker_entity, speaker_entity.c.id == quotes.c.speaker
        )
    )
    if speaker:
        query = query.where(quotes.c.speaker == sa.bindparam("speaker"))
    if exclude_speaker:
        excluded = sa.bindparam("exclude_speaker")
        query = query.where(sa.or_(quotes.c.speaker.is_(None), quotes.c.speaker != excluded))
    if about:
        entity = sa.bindparam("about")
        inside = sa.select(mentions.c.id).where(
            mentions.c.article == quotes.c.article,
            mentions.c.entity == entity,
            mentions.c.start >= quotes.c.start,
            mentions.c.stop <= quotes.c.stop,
        )
        # Only the quotes of articles mentioning the entity are looked into, not every quote.
        named_in = sa.select(mentions.c.article).where(mentions.c.entity == entity)
        query = query.where(quotes.c.article.in_(named_in), sa.exists(inside))
    if since:
        query = query.where(articles.c.published >= sa.bindparam("since"))
    query = query.order_by(articles.c.published.desc().nulls_last(), quotes.c.article, quotes.c.seq)
    return query.limit(sa.bindparam("limit")).offset(sa.bindparam("offset"))


def list_facts(
    conn: sa.Connection, *, subject: str | None, predicate: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    evidence = sa.func.substr(articles.c.text, facts.c.start + 1, facts.c.stop - facts.c.start)
    subject_entity, object_entity = entities.alias("subject_entity"), entities.alias("object_entity")
    query = sa.select(
        facts.c.id,
        facts.c.article,
        articles.c.title,
        articles.c.published,
        facts.c.subject,
        sa.func.coalesce(subject_entity.c.name_ru, subject_entity.c.name_en).label("subject_name"),
        facts.c.predicate,
        facts.c.object,
        facts.c.object_entity,
        sa.func.coalesce(object_entity.c.name_ru, object_entity.c.name_en).label("object_name"),
        facts.c.qualifier,
        facts.c.modality,
        facts.c.confidence,
        facts.c.stage,
        facts.c.start,
        facts.c.stop,
        evidence.label("evidence"),
    ).select_from(
        facts.join(articles, articles.c.id == facts.c.article)
        .join(subject_entity, subject_entity.c.id == facts.c.subject)
        .outerjoin(object_entity, object_entity.c.id == facts.c.object_entity)
    )
    if subject:
        query = query.where(facts.c.subject == subject)
    if predicate:
        query = query.where(facts.c.predicate == predicate)
    query = query.order_by(
        facts.c.subject, facts.c.predicate, articles.c.published, facts.c.article, facts.c.seq
    )
    return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]


# --- stats ------------------------------------------------------------------


def stats(conn: sa.Connection) -> dict[str, Any]:
    def count(table: sa.Table) -> int:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0

    result: dict[str, Any] = {
        name: count(table)
        for name, table in (
            ("articles", articles),
            ("entities", entities),
            ("mentions", mentions),
            ("quotes", quotes),
            ("facts", facts),
        )
    }
    result["analysed"] = conn.execute(
        sa.select(sa.func.count()).select_from(articles).where(articles.c.analysed.is_(True))
    ).scalar()
    last = conn.execute(sa.select(runs).order_by(runs.c.id.desc()).limit(1)).first()
    result["last_run"] = dict(last._mapping) if last else None
    result["last_failures"] = []
    if last:
        query = sa.select(failures.c.source, failures.c.reason, failures.c.stage).where(
            failures.c.run == last.id
        )
        result["last_failures"] = [dict(r._mapping) for r in conn.execute(query.order_by(failures.c.id))]
    return result
