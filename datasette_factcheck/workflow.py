"""Workflow rules: the status vocabulary in the database, and (later) review changes.

SQL lives in named constants; functions take a ``sqlite_utils.Database`` or a connection and do
their writes in one transaction.
"""

from __future__ import annotations

import sqlite_utils

COUNT_STATUS_USE = """
SELECT status_id, SUM(n) FROM (
    SELECT status AS status_id, COUNT(*) AS n FROM claims GROUP BY status
    UNION ALL
    SELECT to_status, COUNT(*) FROM status_changes GROUP BY to_status
    UNION ALL
    SELECT from_status, COUNT(*) FROM status_changes WHERE from_status IS NOT NULL
    GROUP BY from_status
) GROUP BY status_id
"""
UPSERT_STATUS = """
INSERT INTO statuses (id, label, description, color, sort_order, is_final, rating)
VALUES (:id, :label, :description, :color, :sort_order, :is_final, :rating)
ON CONFLICT (id) DO UPDATE SET label = excluded.label, description = excluded.description,
    color = excluded.color, sort_order = excluded.sort_order, is_final = excluded.is_final,
    rating = excluded.rating
"""
DELETE_STATUS = "DELETE FROM statuses WHERE id = ?"


def apply_configured_statuses(db: sqlite_utils.Database, statuses: list[dict]) -> list[str]:
    """Make the ``statuses`` table match the configured vocabulary.

    Configured statuses are inserted or updated. A status that is no longer configured is
    deleted if nothing uses it; if claims or their history still use it, it is kept (so nothing
    is lost) and a warning is returned for the log and the dashboard.
    """
    warnings = []
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        used = {row[0]: row[1] for row in conn.execute(COUNT_STATUS_USE).fetchall()}
        existing = [row[0] for row in conn.execute("SELECT id FROM statuses").fetchall()]
        conn.executemany(UPSERT_STATUS, statuses)
        configured = {s["id"] for s in statuses}
        for status_id in existing:
            if status_id in configured:
                continue
            if used.get(status_id):
                warnings.append(
                    f"status {status_id!r} is no longer configured, but {used[status_id]} "
                    "claims or history entries use it: it was kept"
                )
            else:
                conn.execute(DELETE_STATUS, [status_id])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return warnings
