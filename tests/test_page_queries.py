"""Every query behind the pages is indexed: EXPLAIN QUERY PLAN never shows a scan of `claims` or
`articles` without an index, and the paginated ones never sort in a temporary b-tree. Also the
trigger-kept status totals the dashboard reads stay equal to a real count."""

from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils

from datasette_factcheck import queries, schema

from conftest import run_import
from test_pages import publishable

FULL_SCAN = re.compile(r"\bSCAN (claims|articles)\b(?! USING (COVERING )?INDEX)")


@pytest.fixture
def conn(samples_db):
    conn = sqlite3.connect(samples_db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def example_params(conn) -> dict:
    article_id, published = conn.execute("SELECT id, published FROM articles LIMIT 1").fetchone()
    claim_id = conn.execute("SELECT id FROM claims LIMIT 1").fetchone()[0]
    return {
        "article_id": article_id,
        "claim_id": claim_id,
        "published": published,
        "limit": 51,
        "query": "bridge",
        "candidates": 500,
        "status": "false",
        "after": "",
        "position": 3,
    }


def hot_path_queries(conn):
    """(name, sql, params, must_not_sort) for every query the pages run."""
    params = example_params(conn)
    found = []
    for name in dir(queries):
        value = getattr(queries, name)
        if name.isupper() and isinstance(value, str) and value.lstrip().upper().startswith("SELECT"):
            found.append((name, value, params))
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    found.append(
        ("article_status_counts", queries.article_status_counts(len(ids)),
         {f"a{i}": v for i, v in enumerate(ids)})
    )
    claim_ids = [r[0] for r in conn.execute("SELECT id FROM claims LIMIT 100")]
    found.append(
        ("verdict_dates", queries.verdict_dates(len(claim_ids)),
         {f"c{i}": v for i, v in enumerate(claim_ids)})
    )
    return found


def plan(conn, sql, params) -> list[str]:
    return [row["detail"] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def test_every_page_query_is_checked(conn):
    names = {name for name, _, _ in hot_path_queries(conn)}
    # The constants the views use, so a new query cannot skip this test by accident.
    assert {
        "ARTICLE", "ARTICLE_CLAIMS", "ARTICLE_NAME_VARIANTS", "CLAIM", "CLAIM_HISTORY",
        "STATUSES", "STATUS_TOTALS", "ARTICLE_COUNT", "NAME_VARIANT_COUNT",
        "ARTICLES_DATED_FIRST_PAGE", "ARTICLES_DATED_AFTER", "ARTICLES_UNDATED_FIRST_PAGE",
        "ARTICLES_UNDATED_AFTER", "SEARCH_ARTICLES", "SEARCH_CLAIMS", "FEED_CLAIMS",
        "CLAIM_NEIGHBOURS",
        "article_status_counts", "verdict_dates",
    } <= names


def test_no_page_query_scans_claims_or_articles(conn):
    failures = []
    for name, sql, params in hot_path_queries(conn):
        if name == "STATUS_TOTALS_COUNTED":
            continue  # the fallback for databases published before migration 0005
        details = plan(conn, sql, params)
        if any(FULL_SCAN.search(d) for d in details):
            failures.append((name, details))
    assert failures == []


@pytest.mark.parametrize(
    "name",
    [
        "ARTICLES_DATED_FIRST_PAGE",
        "ARTICLES_DATED_AFTER",
        "ARTICLES_UNDATED_FIRST_PAGE",
        "ARTICLES_UNDATED_AFTER",
        "FEED_CLAIMS",
    ],
)
def test_paginated_queries_read_the_index_in_order(conn, name):
    """Keyset pages read from the cursor through an index in order: no sort of all rows."""
    details = plan(conn, getattr(queries, name), example_params(conn))
    assert not [d for d in details if "TEMP B-TREE" in d], details
    assert any("USING INDEX" in d for d in details), details


def test_the_article_page_reads_one_articles_claims_through_its_index(conn):
    details = plan(conn, queries.ARTICLE_CLAIMS, example_params(conn))
    assert any(
        re.search(r"SEARCH claims USING (COVERING )?INDEX idx_claims_article_id_position \(article_id=\?\)", d)
        for d in details
    ), details


def test_the_feed_walks_the_partial_index_of_checked_claims(conn):
    """claims(status, id) leaves out unchecked claims (most of an imported database, and cheaper
    to import); the feed's query must still be able to use it."""
    details = plan(conn, queries.FEED_CLAIMS, example_params(conn))
    assert any("idx_claims_status_id (status=? AND id>?)" in d for d in details), details


def test_the_queues_assignee_filter_uses_the_partial_index_of_assigned_claims(conn):
    from datasette_factcheck import review_views as rv

    sql = rv.QUEUE_ROWS.format(open_claims=rv.OPEN_CLAIMS, filters=rv.QUEUE_FILTERS["assignee"])
    details = plan(conn, sql, {"assignee": "alice", "limit": 50, "offset": 0})
    assert any("idx_claims_assignee_checkworthiness (assignee=?)" in d for d in details), details


@pytest.mark.parametrize("keyset", [False, True])
def test_the_queue_walks_the_checkworthiness_index_without_sorting(conn, keyset):
    # (sorting every open claim took 7.8 s a page on two million claims, past Datasette's time
    # limit; walking the index takes well under a millisecond at any depth)
    from datasette_factcheck import review_views as rv

    filters = rv.QUEUE_AFTER if keyset else ""
    params = {"limit": 51, "offset": 0, "after_score": 0.5, "after_rowid": 10}
    details = plan(conn, rv.QUEUE_ROWS.format(filters=filters), params)
    assert any("idx_claims_checkworthiness" in d for d in details), details
    assert not any("TEMP B-TREE" in d for d in details), details
    # a status filter walks the (status, checkworthiness) index the same way
    details = plan(conn, rv.QUEUE_ROWS.format(filters=rv.QUEUE_FILTERS["status"] + " " + filters),
                   {**params, "status": "in_progress"})
    assert any("idx_claims_status_checkworthiness (status=?" in d for d in details), details
    assert not any("TEMP B-TREE" in d for d in details), details


def test_the_fallback_count_uses_the_status_index(conn):
    details = plan(conn, queries.STATUS_TOTALS_COUNTED, {})
    assert any("USING COVERING INDEX" in d for d in details), details


def counted(conn) -> dict:
    return {
        r[0]: r[1]
        for r in conn.execute("SELECT status, COUNT(*) FROM claims GROUP BY status")
    }


def kept(conn) -> dict:
    return {
        r[0]: r[1]
        for r in conn.execute("SELECT status, claims FROM claim_status_totals WHERE claims > 0")
    }


def test_status_totals_follow_inserts_updates_and_deletes(samples_db, tmp_path):
    conn = sqlite3.connect(samples_db)
    assert kept(conn) == counted(conn) and sum(kept(conn).values()) > 0
    ids = [r[0] for r in conn.execute("SELECT id FROM claims ORDER BY id LIMIT 3")]
    with conn:
        conn.execute("UPDATE claims SET status = 'false' WHERE id = ?", [ids[0]])
        conn.execute("UPDATE claims SET status = 'true', note = 'x' WHERE id = ?", [ids[1]])
        conn.execute("UPDATE claims SET note = 'only a note' WHERE id = ?", [ids[2]])
    assert kept(conn) == counted(conn)
    assert kept(conn)["false"] == 1 and kept(conn)["true"] == 1
    # A re-import of a changed article deletes unreviewed claims that vanished and adds new ones.
    article = tmp_path / "changed.json"
    article.write_text(
        '{"id": "harbour-bridge-budget", "title": "Harbour bridge", "body": '
        '"The mayor said the bridge will cost $12 million. Tolls rose 40% in 2025."}'
    )
    conn.close()
    result = run_import(samples_db, str(article), "--silent", "--min-score", "0")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(samples_db)
    assert kept(conn) == counted(conn)
    conn.close()


def test_migration_fills_totals_for_an_existing_database(samples_db):
    db = sqlite_utils.Database(samples_db)
    expected = counted(db.conn)
    with db.conn:
        db.execute("DROP TABLE claim_status_totals")
        for trigger in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER claim_status_totals_{trigger}")
        db.execute("DROP INDEX idx_claims_status_id")
        db.execute("DROP INDEX idx_articles_published_id")
        db.execute(
            f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = '0005_page_indexes_and_status_totals'"
        )
    assert schema.ensure_schema(db) == ["0005_page_indexes_and_status_totals"]
    assert kept(db.conn) == expected


@pytest.mark.asyncio
async def test_dashboard_counts_without_the_totals_table(samples_db, make_datasette):
    """A database published before migration 0005 (opened read-only) still gets its totals."""
    conn = sqlite3.connect(samples_db)
    expected = counted(conn)
    with conn:
        conn.execute("DROP TABLE claim_status_totals")
    conn.close()
    publishable(samples_db)
    ds = await make_datasette(samples_db, immutable=True)
    response = await ds.client.get("/-/factcheck/factcheck.json")
    assert response.status_code == 200, response.text
    data = response.json()
    assert {t["id"]: t["n"] for t in data["totals"] if t["n"]} == expected


def test_the_scan_detector_tells_a_table_scan_from_an_index_scan():
    assert FULL_SCAN.search("SCAN claims")
    assert FULL_SCAN.search("SCAN articles USING INTEGER PRIMARY KEY")  # a rowid walk is a scan
    assert not FULL_SCAN.search("SCAN claims USING COVERING INDEX idx_claims_status")
    assert not FULL_SCAN.search("SEARCH claims USING INDEX idx_claims_status_id (status=? AND id>?)")
    assert not FULL_SCAN.search("SCAN claims_fts VIRTUAL TABLE INDEX 32:M1")
