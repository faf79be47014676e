"""The SQL behind the pages, in named constants, so the query-plan test can check every one.

Every query here is bounded: it reads one article, one claim, one page of articles or one page of
a feed through an index, never a scan of ``claims`` or ``articles`` (see
tests/test_page_queries.py, which runs EXPLAIN QUERY PLAN on each of them).
"""

from __future__ import annotations

# Columns of a claim the pages show; `end` is quoted because it is an SQL keyword.
CLAIM_COLUMNS = """
    claims.id, claims.article_id, claims.position, claims.start, claims."end", claims.text,
    claims.speaker, claims.speaker_role, claims.quote, claims.claim_type, claims.checkworthiness,
    claims.status, claims.assignee, claims.note, claims.updated_at, claims.version,
    claims.in_article
"""

ARTICLE_COLUMNS = """
    articles.id, articles.title, articles.url, articles.outlet, articles.author,
    articles.published, articles.imported_at, articles.updated_at
"""

STATUSES = """
SELECT id, label, description, color, sort_order, is_final, rating
FROM statuses ORDER BY sort_order, id
"""

# -- article page ---------------------------------------------------------------------------------

ARTICLE = f"SELECT {ARTICLE_COLUMNS}, articles.body FROM articles WHERE articles.id = :article_id"

# One article's claims in article order, through the claims(article_id, position) index.
ARTICLE_CLAIMS = f"""
SELECT {CLAIM_COLUMNS} FROM claims
WHERE claims.article_id = :article_id
ORDER BY claims.position, claims.id
"""

ARTICLE_NAME_VARIANTS = """
SELECT name, variant, count FROM name_variants
WHERE article_id = :article_id
ORDER BY name, variant
"""

# -- claim page -----------------------------------------------------------------------------------

CLAIM = f"""
SELECT {CLAIM_COLUMNS},
    articles.title AS article_title, articles.url AS article_url, articles.outlet AS article_outlet,
    articles.author AS article_author, articles.published AS article_published,
    articles.imported_at AS article_imported_at, articles.body AS article_body
FROM claims JOIN articles ON articles.id = claims.article_id
WHERE claims.id = :claim_id
"""

# The claims before and after one in its article (previous/next links), in one statement.
CLAIM_NEIGHBOURS = """
SELECT 'previous' AS side, id FROM (
    SELECT id FROM claims
    WHERE article_id = :article_id AND position < :position AND in_article = 1
    ORDER BY position DESC LIMIT 1
)
UNION ALL
SELECT 'next' AS side, id FROM (
    SELECT id FROM claims
    WHERE article_id = :article_id AND position > :position AND in_article = 1
    ORDER BY position LIMIT 1
)
"""

# Every column: the review workflow's later migrations add some (assignment, version).
CLAIM_HISTORY = """
SELECT * FROM status_changes
WHERE claim_id = :claim_id
ORDER BY changed_at, id
"""

# -- dashboard ------------------------------------------------------------------------------------

# Totals per status over every claim, kept current by triggers (schema migration 0005).
STATUS_TOTALS = "SELECT status, claims AS n FROM claim_status_totals WHERE claims > 0"

# The same counted, for a database published before that migration: reads the claims(status)
# index from end to end, so only a fallback.
STATUS_TOTALS_COUNTED = "SELECT status, COUNT(*) AS n FROM claims GROUP BY status"

ARTICLE_COUNT = "SELECT COUNT(*) FROM articles"

NAME_VARIANT_COUNT = "SELECT COUNT(*) FROM name_variants"

# Newest first, keyset-paginated on (published, id): dated articles first, then undated ones.
# Both read the articles(published, id) index from the cursor on, whatever the page number.
ARTICLES_DATED_FIRST_PAGE = f"""
SELECT {ARTICLE_COLUMNS} FROM articles
WHERE articles.published IS NOT NULL
ORDER BY articles.published DESC, articles.id DESC
LIMIT :limit
"""

ARTICLES_DATED_AFTER = f"""
SELECT {ARTICLE_COLUMNS} FROM articles
WHERE articles.published IS NOT NULL
  AND (articles.published, articles.id) < (:published, :article_id)
ORDER BY articles.published DESC, articles.id DESC
LIMIT :limit
"""

ARTICLES_UNDATED_FIRST_PAGE = f"""
SELECT {ARTICLE_COLUMNS} FROM articles
WHERE articles.published IS NULL
ORDER BY articles.id DESC
LIMIT :limit
"""

ARTICLES_UNDATED_AFTER = f"""
SELECT {ARTICLE_COLUMNS} FROM articles
WHERE articles.published IS NULL AND articles.id < :article_id
ORDER BY articles.id DESC
LIMIT :limit
"""


def article_status_counts(n: int) -> str:
    """Counts per status of the in-article claims of ``n`` articles (one page of the dashboard),
    through the claims(article_id, position) index."""
    placeholders = ", ".join(f":a{i}" for i in range(n))
    return f"""
SELECT article_id, status, COUNT(*) AS n FROM claims
WHERE article_id IN ({placeholders}) AND in_article = 1
GROUP BY article_id, status
"""


# Full-text search, bounded however common the words: the newest :candidates matches (by rowid,
# which FTS5 walks from the end) are ranked by relevance, and the best :limit shown.
SEARCH_ARTICLES = f"""
SELECT {ARTICLE_COLUMNS},
    snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snippet
FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
WHERE articles_fts MATCH :query AND articles_fts.rowid >= (
    SELECT MIN(rowid) FROM (
        SELECT rowid FROM articles_fts WHERE articles_fts MATCH :query
        ORDER BY rowid DESC LIMIT :candidates
    )
)
ORDER BY articles_fts.rank
LIMIT :limit
"""

SEARCH_CLAIMS = f"""
SELECT {CLAIM_COLUMNS}, articles.title AS article_title
FROM claims_fts
JOIN claims ON claims.rowid = claims_fts.rowid
JOIN articles ON articles.id = claims.article_id
WHERE claims_fts MATCH :query AND claims_fts.rowid >= (
    SELECT MIN(rowid) FROM (
        SELECT rowid FROM claims_fts WHERE claims_fts MATCH :query
        ORDER BY rowid DESC LIMIT :candidates
    )
)
ORDER BY claims_fts.rank
LIMIT :limit
"""

# -- ClaimReview feed -----------------------------------------------------------------------------

# One page of one final status's claims, in id order from the cursor, through claims(status, id).
# That index leaves out unchecked claims (most of them); the redundant-looking condition on
# 'unchecked' is what lets SQLite use it (``unchecked`` is never a final status).
FEED_CLAIMS = f"""
SELECT {CLAIM_COLUMNS},
    articles.title AS article_title, articles.url AS article_url, articles.outlet AS article_outlet,
    articles.author AS article_author, articles.published AS article_published,
    articles.imported_at AS article_imported_at
FROM claims JOIN articles ON articles.id = claims.article_id
WHERE claims.status = :status AND claims.status != 'unchecked' AND claims.id > :after
ORDER BY claims.id
LIMIT :limit
"""


def verdict_dates(n: int) -> str:
    """When each of ``n`` claims last changed to each status (for ClaimReview datePublished)."""
    placeholders = ", ".join(f":c{i}" for i in range(n))
    return f"""
SELECT claim_id, to_status, MAX(changed_at) AS changed_at FROM status_changes
WHERE claim_id IN ({placeholders})
GROUP BY claim_id, to_status
"""
