"""Incremental story clustering with syndication groups.

For each new article, in the order given (the order is the whole state, so
ingesting 100 articles and then 50 gives the same result as 150 at once):

1. a near copy of an earlier article (LSH band keys, then signature
   similarity ≥ `dedup.COPY_THRESHOLD`, or containment for a re-post of the
   first paragraphs) joins that article's syndication group and story;
2. otherwise the candidate stories are those sharing rare keys with it
   (names and numbers first, then word stems and linked entities) within
   `WINDOW_DAYS` of their time span; a translation of one of their articles
   joins that article's group (a weaker link, ``link = "translation"``) and
   story;
3. otherwise it joins the best story whose score over all keys reaches
   `STORY_THRESHOLD` while its names and numbers agree (`NAMES_THRESHOLD`),
   or, for a story told only in other languages, whose names and numbers
   alone reach `CROSS_LANGUAGE_THRESHOLD`; inside it, a copy the LSH missed
   still joins that copy's group;
4. otherwise it starts a story (and a syndication group) of its own.

Stories never merge and articles never move afterwards. That is the bounded
difference from a batch clustering: an article that would link two stories
joins one of them; in exchange assignments are stable for users and a story
id never disappears. Another input order can give other clusters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

import numpy as np
import sqlalchemy as sa

from newsgraph.resolve import corroborate, crossdoc, dedup, shingles
from newsgraph.resolve.features import Features, features, top_vector
from newsgraph.resolve.tables import key_df, lsh_bands, resolved, stories, story_keys

STORY_THRESHOLD = 0.14
# A story needs this many of the article's keys, not one shared name and a year.
MIN_SHARED_KEYS = 3
# The names and numbers must agree too (two stories of one week share news
# words), unless the article has fewer than MIN_NAMES of them.
NAMES_THRESHOLD = 0.2
MIN_NAMES = 3
# Joining a story told in other languages only: names and numbers must carry it.
CROSS_LANGUAGE_THRESHOLD = 0.35
CROSS_LANGUAGE_MIN_SHARED = 4
WINDOW_DAYS = 14
CANDIDATE_STORIES = 8
# Keys in more than this share of articles are too common to find candidates
# with (they still count in the score).
COMMON_KEY_SHARE = 0.003
COMMON_KEY_MIN_DF = 20
SEARCH_KEYS = 10  # the rarest keys find the candidates; all keys score them
TITLE_NAMES = 3


@dataclass(slots=True)
class ArticleInput:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    entities: dict[str, str] = field(default_factory=dict)  # stored entity id -> display name


@dataclass(slots=True)
class Assignment:
    article: str
    story: str
    syndication: str
    link: str
    link_to: str | None = None
    score: float | None = None


# --- the library entry points ------------------------------------------------


def update(store, article_ids: Iterable[str]) -> None:
    """Assign a syndication group and a story to each newly added article, in order.

    Call after `Store.add(docs)` with the ids it returns as ``"added"``;
    articles already resolved are skipped, so calling twice is harmless.
    """
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return
    engine = store.engine
    with engine.connect() as conn:
        conn = conn.execution_options(write=True)
        with conn.begin():
            inputs = _inputs(conn, ids)
            done = _resolved(conn, [a.id for a in inputs])
            seq, total = _counters(conn)
            todo = {a.id: _features(a) for a in inputs if a.id not in done}
            # the document frequencies of every key of the batch, kept current as articles are recorded
            dfs = _dfs(conn, sorted({k for _, feats in todo.values() for k in feats.keys}))
            touched = set()
            for article in inputs:
                if article.id in done:
                    touched.add(done[article.id].story)
                    continue
                touched.add(assign(conn, article, (seq, total), todo[article.id], dfs).story)
                seq, total = seq + 1, total + 1
            retitle(conn, sorted(touched))
            crossdoc.auto_merge(conn, sorted({e for article in inputs for e in article.entities}))
            corroborate.refresh_articles(conn, [a.id for a in inputs])


def story_assignments(store) -> dict[str, tuple[str, str]]:
    """Article id → (story id, syndication group id) for every resolved article."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(resolved.c.article, resolved.c.story, resolved.c.syndication))
        return {row.article: (row.story, row.syndication) for row in rows}


STORY_ENTITY_TYPES = ("person", "organization", "facility", "project", "group")
CHUNK = 500  # ids per IN list


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _inputs(conn: sa.Connection, ids: list[str]) -> list[ArticleInput]:
    """The stored articles, in the order given, with the names of the entities they
    refer to (mentions, quotes, facts, stances, in that order): a few queries for
    the whole batch rather than a whole `Store.article` per article."""
    from newsgraph.store.schema import articles, entities, facts, mentions, quotes, stances

    rows: dict[str, sa.Row] = {}
    refs: dict[str, list[str | None]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        rows.update(
            (r.id, r)
            for r in conn.execute(
                sa.select(articles.c.id, articles.c.text, articles.c.title, articles.c.published,
                          articles.c.lang).where(articles.c.id.in_(chunk))
            )
        )  # fmt: skip
        for table, columns in (
            (mentions, (mentions.c.entity,)),
            (quotes, (quotes.c.speaker, quotes.c.outlet)),
            (facts, (facts.c.subject, facts.c.object)),
            (stances, (stances.c.holder, stances.c.target)),
        ):
            query = sa.select(table.c.article, *columns).where(table.c.article.in_(chunk))
            for r in conn.execute(query.order_by(table.c.article, table.c.seq)):
                found = refs[r.article]
                if table is facts:
                    obj = r.object or {}
                    found += [r.subject, *(obj.get(k) for k in ("entity", "org") if obj.get(k))]
                elif table is quotes:
                    found += [i for i in (r.speaker, r.outlet) if i]
                else:
                    found += list(r[1:])
    wanted = sorted({i for found in refs.values() for i in found if i})
    named: dict[str, str] = {}
    for chunk in _chunks(wanted):
        for r in conn.execute(
            sa.select(entities.c.id, entities.c.type, entities.c.name_ru, entities.c.name_en).where(
                entities.c.id.in_(chunk)
            )
        ):
            if r.type in STORY_ENTITY_TYPES:
                named[r.id] = r.name_ru or r.name_en or r.id
    inputs = []
    for article_id in ids:
        row = rows.get(article_id)
        if row is None:
            continue
        names = {i: named[i] for i in dict.fromkeys(refs[article_id]) if i in named}
        inputs.append(ArticleInput(row.id, row.text, row.title, row.published, row.lang, names))
    return inputs


def _resolved(conn: sa.Connection, ids: list[str]) -> dict[str, sa.Row]:
    found: dict[str, sa.Row] = {}
    for chunk in _chunks(ids):
        found.update(
            (r.article, r) for r in conn.execute(sa.select(resolved).where(resolved.c.article.in_(chunk)))
        )
    return found


# --- one article -------------------------------------------------------------


def assign(
    conn: sa.Connection,
    article: ArticleInput,
    counters: tuple[int, int] | None = None,
    prepared: tuple[np.ndarray, Features] | None = None,
    batch_dfs: dict[str, int] | None = None,
) -> Assignment:
    """Resolve one article against everything resolved before it.

    A caller resolving a batch passes `counters` (the next sequence number and
    the number resolved so far), the article's signature and features
    (`_features`), and `batch_dfs`, the stored document frequencies of the
    batch's keys, which this updates as it records the article.
    """
    done = conn.execute(RESOLVED_ROW, {"article": article.id}).first() if counters is None else None
    if done is not None:
        return Assignment(
            done.article, done.story, done.syndication, done.link, done.link_to, done.link_score
        )
    sig, feats = prepared or _features(article)
    bands = shingles.band_keys(sig) if not shingles.is_empty(sig) else []
    seq, total = counters or _counters(conn)
    if batch_dfs is None:
        dfs = _dfs(conn, list(feats.keys))
    else:
        dfs = {k: batch_dfs[k] for k in feats.keys if k in batch_dfs}
        for k in feats.keys:  # as `_record` counts them in the store
            batch_dfs[k] = batch_dfs.get(k, 0) + 1
    vector = top_vector(feats, dfs, total + 1)
    published = article.published[:10] if article.published else None

    result = _decide(conn, article, sig, bands, feats, vector, dfs, total, published)
    _record(conn, article, seq, sig, bands, feats, vector, published, result)
    return result


RESOLVED_ROW = sa.select(resolved).where(resolved.c.article == sa.bindparam("article"))


def _features(article: ArticleInput) -> tuple[np.ndarray, Features]:
    """The article's MinHash signature and keys (from its text alone)."""
    text = "\n".join(part for part in (article.title, article.text) if part)
    feats = features(text, list(article.entities))
    for entity_id, name in article.entities.items():
        feats.labels[f"e:{entity_id}"] = name
    return shingles.signature(text), feats


def _decide(conn, article, sig, bands, feats, vector, dfs, total, published) -> Assignment:
    length = len(article.text)
    copy = dedup.best_copy(sig, dedup.lsh_candidates(conn, bands), length=length) if bands else None
    if copy is not None:
        e = copy.earlier
        return Assignment(article.id, e.story, e.syndication, "copy", e.article, copy.score)
    ranked = _candidate_stories(conn, vector, dfs, total, published)
    members = dedup.story_members(conn, [story for story, *_ in ranked])
    anchors = feats.anchors
    translation = dedup.best_translation(article.lang, published, len(article.text), anchors, members)
    if translation is not None:
        e = translation.earlier
        return Assignment(article.id, e.story, e.syndication, "translation", e.article, translation.score)
    best = _best_story(article.lang, ranked, members)
    if best is not None:
        story, score = best
        inside = [m for m in members if m.story == story]
        copy = dedup.best_copy(sig, inside, length=length) if bands else None
        if copy is not None:
            e = copy.earlier
            return Assignment(article.id, story, e.syndication, "copy", e.article, copy.score)
        return Assignment(article.id, story, f"g-{article.id}", "original", None, score)
    return Assignment(article.id, f"s-{article.id}", f"g-{article.id}", "original", None, None)


def _best_story(lang, ranked: list[tuple[str, float, float, int]], members) -> tuple[str, float] | None:
    """The best story by all keys, if its names and numbers agree too; a story
    with no article in this language may be joined on names and numbers alone
    (its words cannot match)."""
    langs: dict[str, set] = {}
    for member in members:
        langs.setdefault(member.story, set()).add(member.lang)
    accepted = []
    for story, score, names, shared in ranked:
        if score >= STORY_THRESHOLD and (names >= NAMES_THRESHOLD or shared < 0):
            accepted.append((story, score))
        elif lang and lang not in langs.get(story, {lang}):
            if names >= CROSS_LANGUAGE_THRESHOLD and shared >= CROSS_LANGUAGE_MIN_SHARED:
                accepted.append((story, names))
    accepted.sort(key=lambda item: (-item[1], item[0]))
    return accepted[0] if accepted else None


def story_score(
    vector: dict[str, float], profile: dict[str, int], size: int, min_shared: int = MIN_SHARED_KEYS
) -> float:
    """Share of the article's key weight that the story supports, each key
    counted by the share of the story's articles that have it."""
    total = sum(vector.values())
    if not total or not size or sum(1 for k in vector if profile.get(k)) < min_shared:
        return 0.0
    return sum(w * min(1.0, profile.get(k, 0) / size) for k, w in vector.items()) / total


def _keys(name: str) -> sa.BindParameter:
    # Expanding parameters: the statement is built once and its values passed
    # at execution, instead of coercing every value of every IN list.
    return sa.bindparam(name, expanding=True)


SHORTLIST = (
    sa.select(story_keys.c.story, sa.func.count().label("shared"))
    .join(stories, stories.c.id == story_keys.c.story)
    .where(story_keys.c.key.in_(_keys("keys")))
    .where(
        sa.or_(stories.c.last_date.is_(None), stories.c.last_date >= sa.bindparam("lo")),
        sa.or_(stories.c.first_date.is_(None), stories.c.first_date <= sa.bindparam("hi")),
    )
    .group_by(story_keys.c.story)
    .order_by(sa.desc("shared"), story_keys.c.story)
    .limit(CANDIDATE_STORIES * 4)
)
SIZES = sa.select(stories.c.id, stories.c.articles).where(stories.c.id.in_(_keys("stories")))
PROFILES = sa.select(story_keys.c.story, story_keys.c.key, story_keys.c.n).where(
    story_keys.c.story.in_(_keys("stories")), story_keys.c.key.in_(_keys("keys"))
)
DFS = sa.select(key_df.c.key, key_df.c.df).where(key_df.c.key.in_(_keys("keys")))


def _candidate_stories(conn, vector, dfs, total, published) -> list[tuple[str, float, float, int]]:
    """Up to `CANDIDATE_STORIES` stories with their score over all keys, over
    names and numbers only, and the number of names and numbers shared."""
    limit = max(COMMON_KEY_MIN_DF, COMMON_KEY_SHARE * total)
    # Unseen keys cannot find anything; names, entities and numbers first,
    # since they are what other languages share.
    rare = sorted((k for k in vector if 0 < dfs.get(k, 0) <= limit), key=lambda k: (k[0] == "w", dfs[k], k))
    if not rare:
        return []
    lo, hi = "0000", "9999"
    day = dedup.day(published)
    if day is not None:
        lo = (day - timedelta(days=WINDOW_DAYS)).isoformat()
        hi = (day + timedelta(days=WINDOW_DAYS)).isoformat()
    rows = conn.execute(SHORTLIST, {"keys": rare[:SEARCH_KEYS], "lo": lo, "hi": hi})
    shortlisted = [row.story for row in rows]
    if not shortlisted:
        return []
    sizes = dict(conn.execute(SIZES, {"stories": shortlisted}).all())
    profiles: dict[str, dict[str, int]] = {story: {} for story in shortlisted}
    for row in conn.execute(PROFILES, {"stories": shortlisted, "keys": list(vector)}):
        profiles[row.story][row.key] = row.n
    # Linked entities exist only in analysed (Russian) articles: names in the
    # text stand for them here.
    names = {k: w for k, w in vector.items() if k[0] in "nd"}
    scored = []
    for story in shortlisted:
        profile, size = profiles[story], sizes[story]
        # -1 shared: too few names and numbers in the article to judge by them.
        shared = sum(1 for k in names if profile.get(k)) if len(names) >= MIN_NAMES else -1
        scored.append(
            (story, story_score(vector, profile, size), story_score(names, profile, size, 2), shared)
        )
    scored.sort(key=lambda item: (-max(item[1], item[2]), item[0]))
    return scored[:CANDIDATE_STORIES]


# --- bookkeeping -------------------------------------------------------------


def _counters(conn: sa.Connection) -> tuple[int, int]:
    """The next sequence number and the number of articles resolved so far
    (`seq` is dense, so no COUNT over the whole table)."""
    last = conn.execute(sa.select(sa.func.max(resolved.c.seq))).scalar() or 0
    return last + 1, last


def _dfs(conn: sa.Connection, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        found.update(conn.execute(DFS, {"keys": chunk}).all())
    return found


RESOLVED_INSERT = resolved.insert()
LSH_INSERT = lsh_bands.insert()
STORY_ROW = sa.select(stories).where(stories.c.id == sa.bindparam("story"))
STORY_INSERT = stories.insert()
STORY_UPDATE = (
    stories.update()
    .where(stories.c.id == sa.bindparam("story"))
    .values({c: sa.bindparam(c) for c in ("title", "first_date", "last_date", "articles", "groups")})
)
STORY_RETITLE = (
    stories.update().where(stories.c.id == sa.bindparam("story")).values(title=sa.bindparam("title"))
)


def _record(conn, article, seq, sig, bands, feats: Features, vector, published, result: Assignment) -> None:
    conn.execute(
        RESOLVED_INSERT,
        {
            "article": article.id,
            "seq": seq,
            "lang": article.lang,
            "published": published,
            "length": len(article.text),
            "signature": shingles.to_bytes(sig),
            "anchors": " ".join(sorted(feats.anchors)),
            "story": result.story,
            "story_score": result.score if result.link == "original" else None,
            "syndication": result.syndication,
            "link": result.link,
            "link_to": result.link_to,
            "link_score": result.score,
        },
    )
    if bands:
        conn.execute(LSH_INSERT, [{"key": key, "article": article.id} for key in sorted(set(bands))])
    # Driver-level executemany: these upserts run for every key of every
    # article, and SQLAlchemy's per-row parameter processing cost more than the SQL.
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(
        f"INSERT INTO key_df (key, df) VALUES ({mark}, 1) ON CONFLICT (key) DO UPDATE SET df = key_df.df + 1",
        [(key,) for key in sorted(feats.keys)],
    )
    conn.exec_driver_sql(
        f"INSERT INTO story_keys (story, key, n, label) VALUES ({mark}, {mark}, 1, {mark}) "
        "ON CONFLICT (story, key) DO UPDATE SET n = story_keys.n + 1",
        [(result.story, key, feats.labels.get(key)) for key in sorted(vector)],
    )
    _update_story(conn, result, seq, published, article.title)


def _update_story(
    conn, result: Assignment, seq: int, published: str | None, fallback_title: str | None
) -> None:
    row = conn.execute(STORY_ROW, {"story": result.story}).first()
    size = 1 if row is None else row.articles + 1
    # The title settles as a story grows: recomputed while it is small, then every tenth article.
    if row is None or size <= 10 or size % 10 == 0:
        title = story_title(conn, result.story) or fallback_title or result.story
    else:
        title = row.title
    new_group = 1 if result.syndication == f"g-{result.article}" else 0
    if row is None:
        conn.execute(
            STORY_INSERT,
            {
                "id": result.story,
                "seq": seq,
                "title": title,
                "first_date": published,
                "last_date": published,
                "articles": 1,
                "groups": 1,
            },
        )
        return
    first = min(d for d in (row.first_date, published) if d) if (row.first_date or published) else None
    last = max(d for d in (row.last_date, published) if d) if (row.last_date or published) else None
    conn.execute(
        STORY_UPDATE,
        {
            "story": result.story,
            "title": title,
            "first_date": first,
            "last_date": last,
            "articles": row.articles + 1,
            "groups": row.groups + new_group,
        },
    )


STORY_NAMES = (
    sa.select(story_keys.c.key, story_keys.c.label)
    .where(story_keys.c.story == sa.bindparam("story"), story_keys.c.label.is_not(None))
    .where(sa.or_(story_keys.c.key.like("e:%"), story_keys.c.key.like("n:%")))
    .order_by(story_keys.c.n.desc(), story_keys.c.key)
    .limit(TITLE_NAMES * 4)
)


def story_title(conn: sa.Connection, story: str) -> str | None:
    """The story's main names (linked entities first, then names in the text)."""
    rows = conn.execute(STORY_NAMES, {"story": story})
    labels: list[str] = []
    seen: set[str] = set()
    for row in sorted(rows, key=lambda r: (r.key[0] != "e",)):
        norm = row.label.lower()
        if norm in seen or any(norm in s or s in norm for s in seen):
            continue
        seen.add(norm)
        labels.append(row.label)
        if len(labels) == TITLE_NAMES:
            break
    return ", ".join(labels) or None


@cache
def _story_predicate() -> sa.Select:
    """The predicate most stated in a story's facts (built once)."""
    from newsgraph.store.schema import facts

    return (
        sa.select(facts.c.predicate, sa.func.count().label("n"))
        .join(resolved, resolved.c.article == facts.c.article)
        .where(resolved.c.story == sa.bindparam("story"))
        .group_by(facts.c.predicate)
        .order_by(sa.desc("n"), facts.c.predicate)
        .limit(1)
    )


def retitle(conn: sa.Connection, story_ids: list[str]) -> None:
    """Titles from the main names and the predicate most stated in the story's facts."""

    for story in story_ids:
        names = story_title(conn, story)
        if names is None:
            continue
        predicate = conn.execute(_story_predicate(), {"story": story}).first()
        title = names if predicate is None else f"{names}: {predicate.predicate.replace('_', ' ')}"
        conn.execute(STORY_RETITLE, {"story": story, "title": title})


# --- reading -----------------------------------------------------------------


def list_stories(
    conn: sa.Connection, *, about: list[str] | None = None, since: str | None = None, limit: int = 50
) -> list[dict]:
    """Stories, newest first; `about` holds entity ids and/or plain names."""
    query = sa.select(stories).order_by(stories.c.last_date.desc(), stories.c.seq.desc()).limit(limit)
    if since:
        query = query.where(stories.c.last_date >= since[:10])
    if about is not None:
        query = query.where(stories.c.id.in_(_stories_about(conn, about)))
    return [dict(row._mapping) for row in conn.execute(query)]


def _stories_about(conn: sa.Connection, about: list[str]) -> sa.CompoundSelect:
    """Stories whose articles mention one of the entity ids, or whose profile
    has every word of one of the plain names (in any script)."""
    from newsgraph.resolve.translit import phrase_key
    from newsgraph.store.schema import mentions

    entity_ids = [a for a in about if a.startswith("ent_")]
    selects = [
        sa.select(resolved.c.story)
        .join(mentions, mentions.c.article == resolved.c.article)
        .where(mentions.c.entity.in_(entity_ids)),
        sa.select(story_keys.c.story).where(story_keys.c.key.in_([f"e:{e}" for e in entity_ids])),
    ]
    for name in about:
        keys = sorted({f"n:{k}" for k in phrase_key(name).split()})
        if keys and not name.startswith("ent_"):
            selects.append(
                sa.select(story_keys.c.story)
                .where(story_keys.c.key.in_(keys))
                .group_by(story_keys.c.story)
                .having(sa.func.count(sa.distinct(story_keys.c.key)) == len(keys))
            )
    return sa.union(*selects)


def _entity_names(conn: sa.Connection, ids: set) -> dict[str, str]:
    from newsgraph.store.schema import entities

    wanted = sorted(i for i in ids if i)
    if not wanted:
        return {}
    rows = conn.execute(
        sa.select(entities.c.id, entities.c.name_ru, entities.c.name_en).where(entities.c.id.in_(wanted))
    )
    return {r.id: r.name_ru or r.name_en or r.id for r in rows}


def story_detail(conn: sa.Connection, story_id: str) -> dict | None:
    from newsgraph.resolve import corroborate, timeline
    from newsgraph.store.schema import articles, quotes

    row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).first()
    if row is None:
        return None
    members = conn.execute(
        sa.select(
            resolved.c.article,
            resolved.c.syndication,
            resolved.c.link,
            resolved.c.link_to,
            resolved.c.link_score,
            articles.c.title,
            articles.c.published,
            articles.c.source,
            articles.c.lang,
            articles.c.url,
        )
        .join(articles, articles.c.id == resolved.c.article)
        .where(resolved.c.story == story_id)
        .order_by(resolved.c.seq)
    ).all()
    groups: dict[str, list[dict]] = {}
    for m in members:
        groups.setdefault(m.syndication, []).append(
            {
                "id": m.article,
                "title": m.title,
                "published": m.published,
                "source": m.source,
                "lang": m.lang,
                "url": m.url,
                "link": m.link,
                "link_to": m.link_to,
                "similarity": m.link_score,
            }
        )
    ids = {m.article for m in members}
    facts = corroborate.stored_facts(conn, article_ids=sorted(ids))
    subjects = sorted({f.subject for f in facts})
    quote_rows = conn.execute(
        sa.select(quotes).where(quotes.c.article.in_(sorted(ids))).order_by(quotes.c.article, quotes.c.seq)
    ).all()
    texts = dict(
        conn.execute(sa.select(articles.c.id, articles.c.text).where(articles.c.id.in_(sorted(ids)))).all()
    )
    consolidated = [corroborate.consolidated_json(c) for c in corroborate.consolidate(facts)]
    conflicts = corroborate.conflict_rows(conn, subjects)
    names = _entity_names(
        conn,
        {f["subject"] for f in consolidated}
        | {f["object"].get("entity") for f in consolidated}
        | {q.speaker for q in quote_rows},
    )
    for item in consolidated + conflicts:
        item["subject_name"] = names.get(item["subject"])
    for item in consolidated:
        if item["object"].get("entity"):
            item["object_name"] = names.get(item["object"]["entity"])
    return {
        **dict(row._mapping),
        "syndication": [{"group": g, "articles": arts} for g, arts in groups.items()],
        "facts": consolidated,
        "conflicts": conflicts,
        "quotes": [
            {
                "article": q.article,
                "speaker": q.speaker,
                "speaker_name": names.get(q.speaker),
                "speaker_text": q.speaker_text,
                "kind": q.kind,
                "cue": q.cue,
                "text": texts[q.article][q.start : q.stop],
            }
            for q in quote_rows
        ],
        "timeline": timeline.story_timeline(conn, story_id),
    }
