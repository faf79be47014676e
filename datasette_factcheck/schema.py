"""The database schema: tables, views, indexes, full-text search, and versioned migrations.

This module owns every CREATE statement in the project. ``ensure_schema(db)`` brings any
``sqlite_utils.Database`` up to date; it is called by the import command and by Datasette's
``startup`` hook. Migrations are applied in order, each inside its own transaction, and recorded in
``_factcheck_migrations`` so they run once.
"""

from __future__ import annotations

import datetime
from typing import Callable

import sqlite_utils

from .statuses import DEFAULT_STATUSES
from .transaction import atomic

MIGRATIONS_TABLE = "_factcheck_migrations"

# The tables a database must hold for the plugin to treat it as a fact-check database.
CORE_TABLES = ("articles", "claims", "statuses", "status_changes")

ARTICLE_CLAIMS_VIEW = """
CREATE VIEW article_claims AS
SELECT
    claims.id AS claim_id,
    claims.article_id,
    articles.title AS article_title,
    articles.url AS article_url,
    articles.outlet,
    articles.published,
    claims.position,
    claims.text,
    claims.speaker,
    claims.speaker_role,
    claims.quote,
    claims.claim_type,
    claims.checkworthiness,
    claims.status,
    statuses.label AS status_label,
    claims.assignee,
    claims.note,
    claims.updated_at,
    claims.version,
    claims.in_article
FROM claims
JOIN articles ON articles.id = claims.article_id
LEFT JOIN statuses ON statuses.id = claims.status
"""

ARTICLE_SUMMARY_VIEW = """
CREATE VIEW article_summary AS
SELECT
    articles.id AS article_id,
    articles.title,
    articles.outlet,
    articles.published,
    COUNT(claims.id) AS claims,
    SUM(claims.status = 'unchecked') AS unchecked,
    SUM(claims.status = 'in_progress') AS in_progress,
    SUM(statuses.is_final = 1) AS with_verdict,
    SUM(claims.checkworthiness >= {threshold}) AS checkworthy,
    (
        SELECT json_group_object(status, n) FROM (
            SELECT c1.status, COUNT(*) AS n FROM claims AS c1
            WHERE c1.article_id = articles.id AND c1.in_article = 1
            GROUP BY c1.status
        )
    ) AS status_counts,
    (
        SELECT MAX(status_changes.changed_at) FROM status_changes
        JOIN claims AS c2 ON c2.id = status_changes.claim_id
        WHERE c2.article_id = articles.id
    ) AS last_review
FROM articles
LEFT JOIN claims ON claims.article_id = articles.id AND claims.in_article = 1
LEFT JOIN statuses ON statuses.id = claims.status
GROUP BY articles.id
"""


def utcnow() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _m0001_initial(db: sqlite_utils.Database) -> None:
    db["statuses"].create(
        {
            "id": str,
            "label": str,
            "description": str,
            "color": str,
            "sort_order": int,
            "is_final": int,
            "rating": int,
        },
        pk="id",
        not_null={"label", "sort_order", "is_final"},
        defaults={"is_final": 0, "sort_order": 0},
    )
    db["articles"].create(
        {
            "id": str,
            "title": str,
            "url": str,
            "outlet": str,
            "author": str,
            "published": str,
            "body": str,
            "source": str,
            "extra": str,
            "content_hash": str,
            "extracted_with": str,
            "imported_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "body"},
    )
    db["claims"].create(
        {
            "id": str,
            "article_id": str,
            "position": int,
            "start": int,
            "end": int,
            "text": str,
            "speaker": str,
            "quote": str,
            "claim_type": str,
            "checkworthiness": float,
            "status": str,
            "assignee": str,
            "note": str,
            "updated_at": str,
            "version": int,
            "in_article": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("status", "statuses", "id")],
        not_null={"article_id", "text", "status", "version", "in_article"},
        defaults={"status": "unchecked", "version": 0, "in_article": 1},
    )
    db["status_changes"].create(
        {
            "id": int,
            "claim_id": str,
            "from_status": str,
            "to_status": str,
            "actor": str,
            "note": str,
            "evidence_url": str,
            "changed_at": str,
        },
        pk="id",
        foreign_keys=[
            ("claim_id", "claims", "id"),
            ("from_status", "statuses", "id"),
            ("to_status", "statuses", "id"),
        ],
        not_null={"claim_id", "changed_at"},
    )
    db["claims"].create_index(["article_id", "position"])
    db["claims"].create_index(["status"])
    db["claims"].create_index(["speaker"])
    db["claims"].create_index(["checkworthiness"])
    db["status_changes"].create_index(["claim_id", "changed_at"])
    db["articles"].create_index(["published"])
    db["claims"].enable_fts(["text"], create_triggers=True, tokenize="porter")
    db["articles"].enable_fts(["title", "body"], create_triggers=True, tokenize="porter")
    seed_statuses(db)


def _m0002_speaker_role_and_name_variants(db: sqlite_utils.Database) -> None:
    db["claims"].add_column("speaker_role", str)
    db["name_variants"].create(
        {"id": int, "article_id": str, "name": str, "variant": str, "count": int},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "name", "variant"},
    )
    db["name_variants"].create_index(["article_id", "name", "variant"], unique=True)
    db["name_variants"].create_index(["name"])


def view_definitions() -> dict[str, str]:
    """The SQL of every view, as it should stand; the summary counts claims at or above the
    extractor's decision threshold, so it follows the shipped model."""
    from .extract import DEFAULT_THRESHOLD

    return {
        "article_claims": ARTICLE_CLAIMS_VIEW.strip(),
        "article_summary": ARTICLE_SUMMARY_VIEW.format(threshold=float(DEFAULT_THRESHOLD)).strip(),
    }


def ensure_views(db: sqlite_utils.Database) -> bool:
    """(Re)create any view whose stored SQL differs from ``view_definitions()``."""
    current = dict(
        db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall()
    )
    changed = False
    for name, sql in view_definitions().items():
        if current.get(name) != sql:
            with atomic(db.conn):
                db.execute(f"DROP VIEW IF EXISTS [{name}]")
                db.execute(sql)
            changed = True
    return changed


# status_changes is append-only: SQLite itself rejects UPDATE and DELETE on it.
STATUS_CHANGES_NO_UPDATE = """
CREATE TRIGGER status_changes_no_update BEFORE UPDATE ON status_changes
BEGIN
    SELECT RAISE(ABORT, 'status_changes is append-only: a review change cannot be updated');
END
"""
STATUS_CHANGES_NO_DELETE = """
CREATE TRIGGER status_changes_no_delete BEFORE DELETE ON status_changes
BEGIN
    SELECT RAISE(ABORT, 'status_changes is append-only: a review change cannot be deleted');
END
"""


def _m0003_review_history(db: sqlite_utils.Database) -> None:
    """The review workflow: the history also records assignment and the version each change
    produced; two triggers keep it append-only; the queue's "assigned to" filter is indexed.
    A later migration that must rebuild ``status_changes`` drops the append-only triggers first."""
    db["status_changes"].add_column("from_assignee", str)
    db["status_changes"].add_column("to_assignee", str)
    db["status_changes"].add_column("version", int)
    db.execute(STATUS_CHANGES_NO_UPDATE)
    db.execute(STATUS_CHANGES_NO_DELETE)
    db["claims"].create_index(["assignee", "checkworthiness"])


# INSERT OR REPLACE deletes the old row without firing DELETE triggers (recursive_triggers is
# off by default), so replacing an existing change is refused before the insert.
STATUS_CHANGES_NO_REPLACE = """
CREATE TRIGGER status_changes_no_replace BEFORE INSERT ON status_changes
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM status_changes WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'status_changes is append-only: a review change cannot be replaced');
END
"""


def _m0004_status_changes_no_replace(db: sqlite_utils.Database) -> None:
    db.execute(STATUS_CHANGES_NO_REPLACE)


# Claims per status across the database, kept by triggers so the dashboard's totals cost one
# small read however many claims there are (a GROUP BY over 2,000,000 claims takes ~100 ms).
CLAIM_STATUS_TOTALS_TRIGGERS = [
    """
CREATE TRIGGER claim_status_totals_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_status_totals (status, claims) VALUES (NEW.status, 1)
    ON CONFLICT (status) DO UPDATE SET claims = claims + 1;
END
""",
    """
CREATE TRIGGER claim_status_totals_update AFTER UPDATE OF status ON claims
WHEN OLD.status IS NOT NEW.status BEGIN
    UPDATE claim_status_totals SET claims = claims - 1 WHERE status = OLD.status;
    INSERT INTO claim_status_totals (status, claims) VALUES (NEW.status, 1)
    ON CONFLICT (status) DO UPDATE SET claims = claims + 1;
END
""",
    """
CREATE TRIGGER claim_status_totals_delete AFTER DELETE ON claims BEGIN
    UPDATE claim_status_totals SET claims = claims - 1 WHERE status = OLD.status;
END
""",
]


def _m0005_page_indexes_and_status_totals(db: sqlite_utils.Database) -> None:
    """The pages' hot paths: the ClaimReview feed walks claims(status, id), the dashboard pages
    through articles(published, id) and reads its totals from claim_status_totals."""
    db["claims"].create_index(["status", "id"])
    db["articles"].create_index(["published", "id"])
    db.execute(
        "CREATE TABLE claim_status_totals (status TEXT PRIMARY KEY, claims INTEGER NOT NULL)"
    )
    db.execute(
        "INSERT INTO claim_status_totals (status, claims) "
        "SELECT status, COUNT(*) FROM claims GROUP BY status"
    )
    for sql in CLAIM_STATUS_TOTALS_TRIGGERS:
        db.execute(sql)


def _m0006_name_index(db: sqlite_utils.Database) -> None:
    """Name variants across the database (``name_index``): whether a ``name_variants`` row was
    found within its article or only across articles, and the name words of each article with
    the content hash they were taken from."""
    db["name_variants"].add_column("scope", str, not_null_default="article")
    db["article_names"].create(
        {"article_id": str, "name": str, "count": int, "initial_only": int},
        pk=("article_id", "name"),
        not_null={"count", "initial_only"},
        defaults={"initial_only": 0},
    )
    db["article_names"].create_index(["name"])
    db["article_names_indexed"].create({"article_id": str, "content_hash": str}, pk="article_id")


def _m0007_claims_status_checkworthiness(db: sqlite_utils.Database) -> None:
    # The claims table sorts by check-worthiness (metadata.yml), and the dashboard's status totals
    # link to it filtered by status: without this index SQLite sorted every claim of that status
    # (0.7 s for 1.8 million claims; 1 ms with it).
    db["claims"].create_index(["status", "checkworthiness"])


def _m0008_leaner_claim_indexes(db: sqlite_utils.Database) -> None:
    """Fewer b-tree inserts per imported claim; the import's writer spent most of its time there.

    Every claim's id is a hash, so each index holding it gets an insert at a random place. An
    imported claim is unchecked and unassigned, and the two indexes that serve only reviewed or
    assigned claims (the ClaimReview feed's walk through final statuses, the queue's "assigned
    to" filter) now leave such claims out. claims(status) was a third copy of the leading column
    of claims(status, id) and claims(status, checkworthiness). Together: about a fifth less
    writer time per article, and less growth with the size of the database.
    """
    db.execute("DROP INDEX IF EXISTS idx_claims_status")
    db.execute("DROP INDEX IF EXISTS idx_claims_status_id")
    db.execute(CLAIMS_REVIEWED_STATUS_ID_INDEX)
    db.execute("DROP INDEX IF EXISTS idx_claims_assignee_checkworthiness")
    db.execute(CLAIMS_ASSIGNED_INDEX)


# Partial indexes: a query uses them only when its WHERE clause implies theirs, so the feed's
# query spells out ``status != 'unchecked'``; ``assignee = ?`` implies ``assignee IS NOT NULL``.
CLAIMS_REVIEWED_STATUS_ID_INDEX = (
    "CREATE INDEX idx_claims_status_id ON claims (status, id) WHERE status != 'unchecked'"
)
CLAIMS_ASSIGNED_INDEX = (
    "CREATE INDEX idx_claims_assignee_checkworthiness ON claims (assignee, checkworthiness) "
    "WHERE assignee IS NOT NULL"
)


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("0001_initial", _m0001_initial),
    ("0002_speaker_role_and_name_variants", _m0002_speaker_role_and_name_variants),
    ("0003_review_history", _m0003_review_history),
    ("0004_status_changes_no_replace", _m0004_status_changes_no_replace),
    ("0005_page_indexes_and_status_totals", _m0005_page_indexes_and_status_totals),
    ("0006_name_index", _m0006_name_index),
    ("0007_claims_status_checkworthiness", _m0007_claims_status_checkworthiness),
    ("0008_leaner_claim_indexes", _m0008_leaner_claim_indexes),
]


def applied_migrations(db: sqlite_utils.Database) -> set[str]:
    if MIGRATIONS_TABLE not in db.table_names():
        return set()
    return {row[0] for row in db.execute(f"SELECT name FROM [{MIGRATIONS_TABLE}]").fetchall()}


def pending_migrations(db: sqlite_utils.Database) -> list[str]:
    done = applied_migrations(db)
    return [name for name, _ in MIGRATIONS if name not in done]


def ensure_schema(db: sqlite_utils.Database) -> list[str]:
    """Apply every pending migration, each in its own transaction. Returns the names applied."""
    if MIGRATIONS_TABLE not in db.table_names():
        db[MIGRATIONS_TABLE].create({"name": str, "applied_at": str}, pk="name")
    applied = []
    for name in pending_migrations(db):
        fn = dict(MIGRATIONS)[name]
        with atomic(db.conn):
            fn(db)
            db[MIGRATIONS_TABLE].insert({"name": name, "applied_at": utcnow()})
        applied.append(name)
    ensure_views(db)
    return applied


def has_factcheck_tables(table_names) -> bool:
    names = set(table_names)
    return all(t in names for t in CORE_TABLES)


def seed_statuses(db: sqlite_utils.Database, statuses=None) -> None:
    """Insert the default vocabulary (or ``statuses``) for ids not yet present."""
    rows = statuses if statuses is not None else DEFAULT_STATUSES
    db["statuses"].insert_all([dict(row) for row in rows], pk="id", ignore=True)


# -- Bulk loading --------------------------------------------------------------------------------
# An import into an empty database builds the secondary indexes and the full-text indexes once, at
# the end, instead of row by row: every claim updates those b-trees at a random place and FTS5
# merges its segments over and over, and together they were three fifths of the writer's time,
# growing with the size of the database. What is dropped is recorded, with its SQL, in
# DEFERRED_TABLE in the same transaction, so an import that is killed part-way leaves a database
# that says what it lacks, and the next import (which continues the bulk load) builds it.
DEFERRED_TABLE = "_factcheck_deferred"
# Kept while loading: primary keys and unique indexes, which enforce what the import relies on,
# and the index the importer itself reads for every article it stores.
KEPT_WHILE_LOADING = {"idx_claims_article_id_position"}
BULK_LOADED_TABLES = ("articles", "claims", "article_names")
# sqlite-utils' enable_fts(create_triggers=True) names the triggers that keep [table]_fts in step.
FTS_TRIGGER_SUFFIXES = ("_ai", "_ad", "_au")
FTS_REBUILD = "INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')"


def deferred_objects(db: sqlite_utils.Database) -> list[tuple[str, str, str, str]]:
    """What a bulk load has dropped and not yet rebuilt: (name, kind, table, sql) rows."""
    if DEFERRED_TABLE not in db.table_names():
        return []
    return db.execute(
        f"SELECT name, kind, tbl, sql FROM [{DEFERRED_TABLE}] ORDER BY rowid"
    ).fetchall()


def start_bulk_load(db: sqlite_utils.Database) -> bool:
    """Defer the secondary and full-text indexes if the database holds no articles yet (or an
    earlier bulk load was interrupted). Returns whether the import is a bulk load, which
    ``finish_bulk_load`` must end."""
    conn = db.conn
    with atomic(conn):
        if DEFERRED_TABLE in db.table_names():
            return True
        if conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            return False
        conn.execute(
            f"CREATE TABLE [{DEFERRED_TABLE}] (name TEXT PRIMARY KEY, kind TEXT NOT NULL, "
            "tbl TEXT NOT NULL, sql TEXT NOT NULL)"
        )
        record = f"INSERT INTO [{DEFERRED_TABLE}] (name, kind, tbl, sql) VALUES (?, ?, ?, ?)"
        for table in BULK_LOADED_TABLES:
            unique = {row[1] for row in conn.execute(f"PRAGMA index_list([{table}])") if row[2]}
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL ORDER BY name",
                [table],
            ).fetchall():
                if name in unique or name in KEPT_WHILE_LOADING:
                    continue
                conn.execute(record, [name, "index", table, sql])
                conn.execute(f"DROP INDEX [{name}]")
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "AND name IN ({}) ORDER BY name".format(", ".join("?" * len(FTS_TRIGGER_SUFFIXES))),
                [table, *(table + suffix for suffix in FTS_TRIGGER_SUFFIXES)],
            ).fetchall():
                conn.execute(record, [name, "fts_trigger", table, sql])
                conn.execute(f"DROP TRIGGER [{name}]")
    return True


def _create_if_missing(conn, kind: str, name: str, sql: str) -> None:
    """Run ``sql`` unless an index or trigger called ``name`` exists (a migration, or a person,
    may have built it meanwhile)."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", [kind, name]
    ).fetchone():
        conn.execute(sql)


def finish_bulk_load(db: sqlite_utils.Database) -> int:
    """Build what ``start_bulk_load`` deferred. Each index is built in a transaction of its own,
    and each full-text index (its triggers, then a rebuild from its table) in one, so the write
    lock is never held for the whole job, and an interruption leaves the rest recorded for the
    next import. Returns how many indexes were built."""
    if DEFERRED_TABLE not in db.table_names():
        return 0
    conn = db.conn
    built = 0
    objects = deferred_objects(db)
    forget = f"DELETE FROM [{DEFERRED_TABLE}] WHERE name = ?"
    for name, kind, table, sql in objects:
        if kind != "index":
            continue
        with atomic(conn):
            _create_if_missing(conn, "index", name, sql)
            conn.execute(forget, [name])
        built += 1
    for table in dict.fromkeys(t for _, kind, t, _ in objects if kind == "fts_trigger"):
        with atomic(conn):
            for name, kind, t, sql in objects:
                if kind == "fts_trigger" and t == table:
                    _create_if_missing(conn, "trigger", name, sql)
                    conn.execute(forget, [name])
            conn.execute(FTS_REBUILD.format(fts=f"{table}_fts"))
        built += 1
    with atomic(conn):
        if not conn.execute(f"SELECT 1 FROM [{DEFERRED_TABLE}] LIMIT 1").fetchone():
            conn.execute(f"DROP TABLE [{DEFERRED_TABLE}]")
    return built
