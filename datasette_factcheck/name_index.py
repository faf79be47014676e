"""Name variants across the database.

``importer`` stores the variants found *within* each article (``name_variants`` rows with
``scope = 'article'``). This module adds the ones only visible *across* articles: an article that
always writes ``Witkov`` while the rest of the database writes ``Witkoff`` gets a row
(``article_id``, ``name = 'Witkoff'``, ``variant = 'Witkov'``, ``count``, ``scope = 'database'``)
so its page can warn reviewers too.

``refresh(db)`` is incremental and runs at the end of every import:

1. the surnames of each new or changed article (``content_hash`` differs from the one indexed)
   go into ``article_names``: words of five letters or more that close a person's name somewhere
   in the article and are not also written in lower case there (see ``extract.names``);
   articles that are gone are dropped;
2. the words' totals over the database are compared with ``extract.names.find_cross_variants``
   one first letter at a time (variants always share their first letter), so only that letter's
   share of the vocabulary is in memory;
3. the ``scope = 'database'`` rows of ``name_variants`` are replaced in one transaction.

Memory holds one batch of article bodies and one letter's share of the vocabulary (one entry per
distinct name word), never the corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite_utils

from .transaction import atomic

if TYPE_CHECKING:
    from .extract.names import NameCounts

BATCH = 200
# Stored after each article's content hash: changing what is indexed re-indexes every article.
INDEX_VERSION = ":names2"

_CHANGED = """
SELECT articles.id, articles.body, articles.content_hash
FROM articles LEFT JOIN article_names_indexed AS state ON state.article_id = articles.id
WHERE state.article_id IS NULL
   OR state.content_hash IS NOT (COALESCE(articles.content_hash, '') || ?)
LIMIT ?
"""
_TOTALS = """
SELECT name, SUM(count), MIN(initial_only) FROM article_names
WHERE name >= ? AND name < ? GROUP BY name
"""
_NEXT_LETTER = "SELECT MIN(name) FROM article_names WHERE name >= ?"


def article_name_rows(found: NameCounts) -> list[tuple[str, int, int]]:
    """What ``article_names`` holds for one article, from ``name_counts(body)``: its surnames
    with their counts and whether they were only seen at a sentence start. Pure, so the
    importer's worker processes compute it beside the claims."""
    from .extract import names

    return [
        (name, n, int(name in found.initial_only))
        for name, n in found.counts.items()
        if len(name) >= names.MIN_LENGTH and name in found.surname_like and name not in found.common
    ]


def store_article_names(conn, article_id: str, rows, content_hash: str | None) -> None:
    """(Re)record one article's surnames; call inside the transaction that writes it."""
    conn.execute("DELETE FROM article_names WHERE article_id = ?", [article_id])
    conn.executemany(
        "INSERT INTO article_names (article_id, name, count, initial_only) VALUES (?, ?, ?, ?)",
        [(article_id, name, n, initial_only) for name, n, initial_only in rows],
    )
    conn.execute(
        "INSERT INTO article_names_indexed (article_id, content_hash) VALUES (?, ?) "
        "ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash",
        [article_id, f"{content_hash or ''}{INDEX_VERSION}"],
    )


def index_article(conn, article_id: str, body: str, content_hash: str | None) -> None:
    """(Re)record the surnames of one article; call inside a transaction."""
    from .extract import names

    store_article_names(conn, article_id, article_name_rows(names.name_counts(body or "")), content_hash)


def is_stale(db: sqlite_utils.Database) -> bool:
    """Whether some article is not indexed (or changed since) or an indexed one is gone."""
    conn = db.conn
    return bool(conn.execute(
        "SELECT EXISTS (SELECT 1 FROM articles LEFT JOIN article_names_indexed AS state "
        "ON state.article_id = articles.id "
        "WHERE state.article_id IS NULL "
        "OR state.content_hash IS NOT (COALESCE(articles.content_hash, '') || ?)) "
        "OR EXISTS (SELECT 1 FROM article_names_indexed AS state "
        "WHERE state.article_id NOT IN (SELECT id FROM articles))",
        [INDEX_VERSION],
    ).fetchone()[0])


def refresh(db: sqlite_utils.Database, force: bool = False) -> int | None:
    """Bring ``article_names`` and the cross-article ``name_variants`` rows up to date: when an
    article is new, changed or gone, or when ``force`` is set (the importer sets it whenever it
    wrote an article, as writing an article clears that article's rows). Returns the number of
    cross-article rows now stored, or None when nothing needed doing."""
    if not force and not is_stale(db):
        return None
    from .extract import names  # rapidfuzz and the name rules: only when there is work

    conn = db.conn
    # 1. index new and changed articles, a batch per transaction
    while True:
        rows = conn.execute(_CHANGED, [INDEX_VERSION, BATCH]).fetchall()
        if not rows:
            break
        with atomic(conn):
            for article_id, body, content_hash in rows:
                index_article(conn, article_id, body, content_hash)
    with atomic(conn):
        conn.execute(
            "DELETE FROM article_names WHERE article_id NOT IN (SELECT id FROM articles)"
        )
        conn.execute(
            "DELETE FROM article_names_indexed WHERE article_id NOT IN (SELECT id FROM articles)"
        )
    # 2. compare the vocabulary's totals, one first letter at a time
    desired = []
    letter_from = ""
    while True:
        row = conn.execute(_NEXT_LETTER, [letter_from]).fetchone()
        if row is None or row[0] is None:
            break
        letter = row[0][0]
        letter_from = chr(ord(letter) + 1)
        totals: dict[str, int] = {}
        variant_only: set[str] = set()
        for name, total, initial_only in conn.execute(_TOTALS, [letter, letter_from]):
            totals[name] = total
            if initial_only:
                variant_only.add(name)
        # 3. one row for each article that uses a variant but never the preferred form
        for v in names.find_cross_variants(totals, variant_only):
            for article_id, count in conn.execute(
                "SELECT article_id, count FROM article_names AS a WHERE name = ? AND NOT EXISTS "
                "(SELECT 1 FROM article_names AS b WHERE b.article_id = a.article_id "
                "AND b.name = ?)",
                [v.variant, v.name],
            ):
                desired.append((article_id, v.name, v.variant, count))
    with atomic(conn):
        conn.execute("DELETE FROM name_variants WHERE scope = 'database'")
        conn.executemany(
            "INSERT OR IGNORE INTO name_variants (article_id, name, variant, count, scope) "
            "VALUES (?, ?, ?, ?, 'database')",
            desired,
        )
    return len(desired)
