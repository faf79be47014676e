"""Helpers for the review workflow's tests: signed-in clients, form tokens, database reads."""

from __future__ import annotations

import html
import re
import sqlite3

from datasette_factcheck.compat import IS_1_0, actor_cookie

ARTICLE = "harbour-bridge-budget"
REVIEWERS = {"id": ["alice", "bob"]}  # the reviewers allow block in metadata.yml

# (actor, may review?) for the permission matrix: anonymous, a signed-in non-reviewer, a
# reviewer from the allow block, and root.
ACTORS = [
    (None, False),
    ({"id": "mallory"}, False),
    ({"id": "alice"}, True),
    ({"id": "root"}, True),
]


def checkpoint(path) -> None:
    """Move everything from the WAL into the database file, as a published file would be.

    The in-process import may still hold its connection until garbage collection, and an
    immutable open (``datasette -i``) reads the main file only."""
    import gc

    gc.collect()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def cookies_for(ds, actor) -> dict:
    """Cookies that sign ``actor`` in (none for the anonymous actor)."""
    return {"ds_actor": actor_cookie(ds, actor)} if actor else {}


def claim_path(database: str, claim_id: str) -> str:
    return f"/-/factcheck/{database}/claims/{claim_id}"


def review_path(database: str, claim_id: str) -> str:
    return claim_path(database, claim_id) + "/review"


def db_name(path) -> str:
    return path.stem


def claim_rows(path, article_id=ARTICLE) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    rows = [
        dict(r)
        for r in conn.execute(
            "SELECT id, status, version, note, assignee, speaker, claim_type, checkworthiness,"
            " article_id FROM claims WHERE article_id = ? ORDER BY position",
            [article_id],
        )
    ]
    conn.close()
    return rows


def claim_state(path, claim_id) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        "SELECT id, status, version, note, assignee, updated_at FROM claims WHERE id = ?", [claim_id]
    ).fetchone()
    conn.close()
    return dict(row)


def changes_of(path, claim_id=None) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    sql = "SELECT * FROM status_changes"
    params = []
    if claim_id is not None:
        sql += " WHERE claim_id = ?"
        params.append(claim_id)
    rows = [dict(r) for r in conn.execute(sql + " ORDER BY id", params)]
    conn.close()
    return rows


async def form_token(ds, cookies: dict, page: str) -> tuple[str, dict]:
    """The CSRF token a page's form carries, and the cookies to post it with.

    Datasette 0.65 pairs the form field with a ``ds_csrftoken`` cookie; 1.0a41 checks
    Sec-Fetch-Site/Origin instead and the field is inert."""
    response = await ds.client.get(page, cookies=cookies)
    assert response.status_code == 200, (page, response.status_code)
    match = re.search(r'name="csrftoken" value="([^"]*)"', response.text)
    assert match, f"no csrftoken field on {page}"
    jar = dict(cookies)
    if "ds_csrftoken" in response.cookies:
        jar["ds_csrftoken"] = response.cookies["ds_csrftoken"]
    return html.unescape(match.group(1)), jar


async def post_form(ds, path: str, fields, cookies: dict, headers=None):
    """POST form fields (a dict, or a list of pairs for repeated names)."""
    import urllib.parse

    body = urllib.parse.urlencode(list(fields.items()) if isinstance(fields, dict) else fields)
    return await ds.client.post(
        path,
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded", **(headers or {})},
        cookies=cookies,
    )


__all__ = [
    "ACTORS",
    "ARTICLE",
    "IS_1_0",
    "REVIEWERS",
    "changes_of",
    "checkpoint",
    "claim_path",
    "claim_rows",
    "claim_state",
    "cookies_for",
    "db_name",
    "form_token",
    "post_form",
    "review_path",
]
