"""Storing articles and their claims: all of an article or none of it, review data never overwritten.

``Importer`` takes ``Article`` records (from ``readers``), runs the extractor on those whose content
changed (optionally in worker processes) and writes each article with its claims atomically, in
group transactions committed every COMMIT_EVERY_ARTICLES articles or COMMIT_EVERY_SECONDS seconds
(an article that fails rolls back its group, whose other articles are written again). An import
into an empty database is a bulk load: the secondary and full-text indexes are built at the end
(``schema.start_bulk_load``). Re-import rules:

- an article whose content hash and extractor settings are unchanged is skipped;
- a claim whose id survives keeps its status, assignee, note, version and history;
- a claim that has review data and is no longer in the article stays, with ``in_article = 0``;
- unreviewed claims that vanished are removed.
"""

from __future__ import annotations

import collections
import hashlib
import json
import multiprocessing
import os
import sqlite3
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import sqlite_utils

from . import name_index, schema
from .extract import EXTRACTOR_VERSION
from .readers import Article, InputError, read_input

# Articles are written in groups, the group committed every so many articles or seconds; a
# group only ever holds whole articles. One commit per article made SQLite
# rewrite the shared index pages and FTS5 write a segment per article; a short group keeps the
# write lock briefly, so reviewers writing through Datasette wait at most about this long.
COMMIT_EVERY_ARTICLES = 64
COMMIT_EVERY_SECONDS = 0.5
# During a bulk load (a new database, nothing yet to review) the groups are larger: every commit
# writes each b-tree page its group dirtied, and with claim ids spread at random over a growing
# index a group of 64 articles dirtied a page per claim, so the writer's time per article grew
# with the database (2.5x from the first 10,000 articles to the 100,000th in a bench of the same
# inserts; 1.85x, and half the total, with groups of 1,024).
BULK_COMMIT_EVERY_ARTICLES = 1024
BULK_COMMIT_EVERY_SECONDS = 2.0

# The import connection's page cache (SQLite's default is 2 MB). Every claim row goes into several
# b-trees keyed by random-looking ids; with the default cache most of those inserts re-read pages.
# A fixed size, so the import's memory does not grow with the database.
IMPORT_CACHE_MB = 64

# The page cache while building the indexes a bulk load deferred (``_build_deferred_indexes``).
INDEX_BUILD_CACHE_MB = 16

# How much the write-ahead log may hold before the import connection copies it into the database
# (SQLite's default is 1,000 pages, about 4 MB). The claims' indexes are updated at random places,
# so a small log copies the same pages over and over; at 64 MB the checkpoints took a fifth of the
# writer's time less. Readers (a Datasette serving the file) are unaffected; closing the
# database (the command does) empties the log.
IMPORT_WAL_CHECKPOINT_MB = 64

SELECT_ARTICLE_STATE = "SELECT content_hash, extracted_with FROM articles WHERE id = ?"

SELECT_EXISTING_CLAIMS = """
SELECT claims.id,
       claims.status != 'unchecked'
       OR claims.version > 0
       OR COALESCE(claims.note, '') != ''
       OR COALESCE(claims.assignee, '') != ''
       OR EXISTS (SELECT 1 FROM status_changes WHERE status_changes.claim_id = claims.id)
       AS reviewed
FROM claims WHERE claims.article_id = ?
"""

INSERT_ARTICLE = """
INSERT INTO articles (id, title, url, outlet, author, published, body, source, extra,
                      content_hash, extracted_with, imported_at, updated_at)
VALUES (:id, :title, :url, :outlet, :author, :published, :body, :source, :extra,
        :content_hash, :extracted_with, :now, :now)
ON CONFLICT (id) DO UPDATE SET
    title = excluded.title, url = excluded.url, outlet = excluded.outlet,
    author = excluded.author, published = excluded.published, body = excluded.body,
    source = excluded.source, extra = excluded.extra, content_hash = excluded.content_hash,
    extracted_with = excluded.extracted_with, updated_at = excluded.updated_at
"""

INSERT_CLAIM = """
INSERT INTO claims (id, article_id, position, start, "end", text, speaker, speaker_role, quote,
                    claim_type, checkworthiness, status, version, in_article, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unchecked', 0, 1, ?)
"""

# Only extraction fields: status, assignee, note, version and updated_at belong to reviewers.
UPDATE_CLAIM_EXTRACTION = """
UPDATE claims SET position = ?, start = ?, "end" = ?, text = ?, speaker = ?, speaker_role = ?,
       quote = ?, claim_type = ?, checkworthiness = ?, in_article = 1
WHERE id = ?
"""

MARK_CLAIM_GONE = 'UPDATE claims SET in_article = 0, start = NULL, "end" = NULL WHERE id = ?'
DELETE_CLAIM = "DELETE FROM claims WHERE id = ?"
DELETE_NAME_VARIANTS = "DELETE FROM name_variants WHERE article_id = ?"
INSERT_NAME_VARIANT = (
    "INSERT OR IGNORE INTO name_variants (article_id, name, variant, count) VALUES (?, ?, ?, ?)"
)


_QUOTE_STYLES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _single_spaced(text: str) -> str:
    """``re.sub(r"\\s+", " ", text).strip()``: every run of whitespace one space, none at the
    ends. str.split() splits at the characters \\s matches (both are str.isspace();
    tests/test_reimport.py checks every code point) and drops the ends, without a match object
    per space."""
    return " ".join(text.split())


def normalize_sentence(text: str) -> str:
    """The form of a sentence that claim ids are derived from: case, spacing and quote styles
    do not change an id."""
    if text.isascii():
        # (already in NFKC, with no curly quotes, and casefold() is lower() on it)
        return _single_spaced(text.lower())
    text = unicodedata.normalize("NFKC", text).casefold()
    return _single_spaced(text.translate(_QUOTE_STYLES))


def claim_ids(article_id: str, texts: Iterable[str]) -> list[str]:
    """Stable ids for the sentences of one article, with an occurrence counter for repeats."""
    seen: dict[str, int] = {}
    ids = []
    for text in texts:
        norm = normalize_sentence(text)
        n = seen.get(norm, 0)
        seen[norm] = n + 1
        digest = hashlib.sha1(f"{article_id}\x1f{norm}\x1f{n}".encode("utf-8")).hexdigest()
        ids.append(digest[:16])
    return ids


def extraction_settings(min_score: float) -> str:
    """What the stored claims of an article were extracted with; a change forces re-extraction."""
    return f"extractor={EXTRACTOR_VERSION};min_score={min_score:g}"


def extract_article(article_id: str, body: str):
    """Worker-side: run the extractor on one body. Returns plain tuples (cheap to pickle): the
    claims, each with its id first, the name variants within the article, and its surnames for the
    name index. Everything that needs only the article is done here, where it runs in parallel;
    the single writer only stores."""
    # Imported here: a run that finds every article unchanged never loads the extractor.
    from .extract import extract_claims, find_name_variants
    from .extract.names import name_counts

    claims = extract_claims(body)
    found = name_counts(body)
    ids = claim_ids(article_id, (c.text for c in claims))
    return (
        [
            (claim_id, c.text, c.start, c.end, c.speaker, c.speaker_role, c.quote, c.claim_type,
             c.checkworthiness)
            for claim_id, c in zip(ids, claims)
        ],
        [(v.name, v.variant, v.count) for v in find_name_variants(body, found)],
        name_index.article_name_rows(found),
    )


# Worker processes run at a lower priority than the writer, and each on a CPU of its own. With
# N workers on N cores there is one process more than cores: the single writer, which every
# article waits for, must not get only its fair share, and when it waits for results its core must
# not stay idle. Left to itself, Linux kept both workers on one core (it rarely moves a busy,
# cache-hot process onto a core that is idle only for moments): 2 workers were 1.6x as fast as 1;
# pinned, 1.8x (bench/bench_import.py).
WORKER_NICENESS = 15


def start_method() -> str:
    """How to start the workers. Forking is the quickest, but only safe while this process runs a
    single thread: a lock another thread holds at the fork stays held forever in the child (a test
    run hung so, forking beside Datasette's write threads). The command is single-threaded; a
    library caller with threads gets freshly started workers instead."""
    if hasattr(os, "fork") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _worker_started(counter) -> None:
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # no os.nice (Windows), or not permitted: run as is
        pass
    if hasattr(os, "sched_setaffinity"):
        allowed = sorted(os.sched_getaffinity(0))  # respects taskset and cgroup limits
        if len(allowed) > 1:
            try:
                os.sched_setaffinity(0, {allowed[index % len(allowed)]})
            except OSError:
                pass


def _extract_job(job: tuple[str, str]):
    started, cpu_started = time.perf_counter(), time.thread_time()
    result = extract_article(*job)
    return time.perf_counter() - started, time.thread_time() - cpu_started, result


@dataclass
class Stats:
    articles: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0
    extract_seconds: float = 0.0
    # The CPU time of the same work (the extracting thread's): what it costs one core, apart from
    # the moments a shared machine gave the core to someone else.
    extract_cpu_seconds: float = 0.0
    write_seconds: float = 0.0
    index_seconds: float = 0.0  # building what a bulk load deferred
    errors: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.imported} imported"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        parts.append(f"{self.unchanged} unchanged")
        parts.append(f"{self.failed} failed")
        noun = "article" if self.articles == 1 else "articles"
        return f"{self.articles} {noun}: {', '.join(parts)}; {self.claims} claims"


class Importer:
    """Write articles into ``db``; call ``run(records)`` with Articles and InputErrors."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        min_score: float,
        workers: int = 1,
        on_error=None,
        on_progress=None,
        batch: int = 64,
        bulk_load: bool = True,
        on_indexing=None,
    ):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.min_score = float(min_score)
        self.settings = extraction_settings(self.min_score)
        self.workers = max(1, int(workers))
        self.on_error = on_error or (lambda error: None)
        self.on_progress = on_progress or (lambda article: None)
        self.batch = batch
        self.bulk_load = bulk_load
        self.on_indexing = on_indexing or (lambda: None)
        self.stats = Stats()
        self._group: list[tuple] = []
        self._group_started = 0.0
        self._group_limits = (COMMIT_EVERY_ARTICLES, COMMIT_EVERY_SECONDS)
        self._pool = None

    # -- driving ----------------------------------------------------------------------------------

    def run(self, records: Iterable[Article | InputError]) -> Stats:
        schema.ensure_schema(self.db)
        # In WAL mode NORMAL syncs at checkpoints rather than at every commit: a committed
        # article survives the process being killed; only a power cut can lose the last few
        # commits, and never leaves a corrupt file. It saves one fsync per article.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        page_size = self.conn.execute("PRAGMA page_size").fetchone()[0]
        self.conn.execute(
            f"PRAGMA wal_autocheckpoint = {IMPORT_WAL_CHECKPOINT_MB * 1024 * 1024 // page_size}"
        )
        # Into an empty database (or continuing one that was interrupted), the secondary and
        # full-text indexes are built once at the end (schema.start_bulk_load). Without bulk
        # loading, an interrupted bulk load is finished first.
        if self.bulk_load:
            bulk = schema.start_bulk_load(self.db)
        else:
            self._build_deferred_indexes()
            bulk = False
        self._group_limits = ((BULK_COMMIT_EVERY_ARTICLES, BULK_COMMIT_EVERY_SECONDS) if bulk
                              else (COMMIT_EVERY_ARTICLES, COMMIT_EVERY_SECONDS))
        self.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_MB * 1024}")
        try:
            self._run(records)
        finally:
            if self._pool is not None:
                self._pool.terminate()
                self._pool.join()
                self._pool = None
            # Even when interrupted: every article in the open group is whole (an interrupted
            # write rolled its group back), so what is done is kept, and indexed.
            self._commit_group()
            if bulk:
                self._build_deferred_indexes()
        name_index.refresh(self.db, force=bool(self.stats.imported or self.stats.updated))
        return self.stats

    def _build_deferred_indexes(self) -> None:
        if not schema.deferred_objects(self.db):
            return
        self.on_indexing()
        # SQLite sorts the rows of each new index in up to cache_size of memory, on top of the
        # page cache the import has filled: with the import's 64 MB the process peaked 47% higher
        # at 100,000 articles than at 10,000; with 16 MB, 12% (and the build took no longer).
        self.conn.execute(f"PRAGMA cache_size = -{INDEX_BUILD_CACHE_MB * 1024}")
        started = time.perf_counter()
        schema.finish_bulk_load(self.db)
        self.stats.index_seconds += time.perf_counter() - started

    def _extraction_pool(self):
        """The worker processes, started when the first changed article needs them (a run that
        finds everything unchanged starts none); None for ``workers=1``."""
        if self.workers > 1 and self._pool is None:
            ctx = multiprocessing.get_context(start_method())
            counter = ctx.Value("i", 0)
            self._pool = ctx.Pool(self.workers, initializer=_worker_started, initargs=(counter,))
        return self._pool

    def _run(self, records) -> None:
        # Changed articles are sent to the extractor in batches; with worker processes up to
        # two batches are in flight, so the workers extract while this process reads and writes.
        in_flight: collections.deque = collections.deque()
        pending: list[Article] = []
        size = self.batch * self.workers
        for record in records:
            if isinstance(record, InputError):
                self._fail(record)
                continue
            self.stats.articles += 1
            if self._unchanged(record):
                self.stats.unchanged += 1
                self.on_progress(record)
                continue
            pending.append(record)
            if len(pending) >= size:
                self._submit(pending, in_flight)
                pending = []
        if pending:
            self._submit(pending, in_flight)
        while in_flight:
            self._collect(*in_flight.popleft())

    def _submit(self, articles: list[Article], in_flight) -> None:
        pool = self._extraction_pool()
        if pool is None:
            self._collect(articles, [_extract_job((a.id, a.body)) for a in articles])
            return
        jobs = [(a.id, a.body) for a in articles]
        in_flight.append((articles, pool.map_async(_extract_job, jobs, chunksize=8)))
        while len(in_flight) > 2:
            self._collect(*in_flight.popleft())

    def _collect(self, articles: list[Article], results) -> None:
        """Write one batch, in input order (a repeated id must end as its last record)."""
        if not isinstance(results, list):
            results = results.get()
        for article, (seconds, cpu_seconds, result) in zip(articles, results):
            self.stats.extract_seconds += seconds
            self.stats.extract_cpu_seconds += cpu_seconds
            self._write_one(article, result)

    def _write_one(self, article: Article, result) -> None:
        """Store one article inside the open group transaction (starting one if none is open);
        commit the group once it holds COMMIT_EVERY_ARTICLES articles or is COMMIT_EVERY_SECONDS
        old.

        No savepoint per article: FTS5 writes its pending index as a new segment at every
        savepoint, which cost about a quarter of the writer's time. An article that fails
        instead rolls back the whole group, and the group's earlier articles are written again:
        failures are rare, and either way only whole articles are ever committed."""
        started = time.perf_counter()
        conn = self.conn
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                self._group_started = started
            try:
                created, stored = self._store(article, *result)
            except sqlite3.Error as e:
                self._fail(InputError(article.source, f"could not store article {article.id!r}: {e}",
                                      article.line, article.record), counted=True)
                self._rollback_group()
                self._replay_group()
                return
            except BaseException:
                # Interrupted half-way through an article: nothing of this group is committed.
                self._rollback_group()
                self._group = []
                raise
            self._group.append((article, result, created, stored))
            most_articles, most_seconds = self._group_limits
            if (len(self._group) >= most_articles
                    or time.perf_counter() - self._group_started >= most_seconds):
                self._commit_group()
        finally:
            self.stats.write_seconds += time.perf_counter() - started

    def _commit_group(self) -> None:
        """Commit the open group transaction; only then do its articles count as stored."""
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        group, self._group = self._group, []
        for article, _, created, stored in group:
            if created:
                self.stats.imported += 1
            else:
                self.stats.updated += 1
            self.stats.claims += stored
            self.on_progress(article)

    def _rollback_group(self) -> None:
        if self.conn.in_transaction:  # a RAISE(ROLLBACK) trigger or a full disk may have ended it
            self.conn.execute("ROLLBACK")

    def _replay_group(self) -> None:
        group, self._group = self._group, []
        for article, result, _, _ in group:
            self._write_one(article, result)

    def _fail(self, error: InputError, counted: bool = False) -> None:
        """Record an input (or record) that could not be imported; it counts as one article."""
        if not counted:
            self.stats.articles += 1
        self.stats.failed += 1
        self.stats.errors.append(error)
        self.on_error(error)

    def _unchanged(self, article: Article) -> bool:
        row = self.conn.execute(SELECT_ARTICLE_STATE, [article.id]).fetchone()
        return row is not None and row[0] == article.content_hash and row[1] == self.settings

    # -- writing ----------------------------------------------------------------------------------

    def _store(self, article: Article, claims: list[tuple], variants: list[tuple],
               names: list[tuple] | None = None):
        """Write one article with its claims in the open group transaction (``_write_one`` makes
        the group all or nothing per article). ``claims`` are the tuples of ``extract_article``,
        each starting with the claim's id. Returns (created, number of claims stored)."""
        now = schema.utcnow()
        conn = self.conn
        existed = conn.execute("SELECT 1 FROM articles WHERE id = ?", [article.id]).fetchone()
        conn.execute(
            INSERT_ARTICLE,
            {
                "id": article.id,
                "title": article.title,
                "url": article.url,
                "outlet": article.outlet,
                "author": article.author,
                "published": article.published,
                "body": article.body,
                "source": article.source,
                "extra": json.dumps(article.extra, ensure_ascii=False, default=str)
                if article.extra else None,
                "content_hash": article.content_hash,
                "extracted_with": self.settings,
                "now": now,
            },
        )
        existing = dict(conn.execute(SELECT_EXISTING_CLAIMS, [article.id]).fetchall())
        inserts, updates, kept = [], [], set()
        for position, c in enumerate(claims):
            claim_id, text, start, end, speaker, role, quote, claim_type, score = c
            if claim_id in existing:
                # A surviving claim is kept if it is still check-worthy or was reviewed.
                if score >= self.min_score or existing[claim_id]:
                    updates.append((position, start, end, text, speaker, role, quote,
                                    claim_type, score, claim_id))
                    kept.add(claim_id)
            elif score >= self.min_score and claim_id not in kept:
                inserts.append((claim_id, article.id, position, start, end, text, speaker,
                                role, quote, claim_type, score, now))
                kept.add(claim_id)
        gone = [cid for cid in existing if cid not in kept]
        conn.executemany(UPDATE_CLAIM_EXTRACTION, updates)
        conn.executemany(INSERT_CLAIM, inserts)
        conn.executemany(MARK_CLAIM_GONE, [(cid,) for cid in gone if existing[cid]])
        conn.executemany(DELETE_CLAIM, [(cid,) for cid in gone if not existing[cid]])
        conn.execute(DELETE_NAME_VARIANTS, [article.id])
        conn.executemany(
            INSERT_NAME_VARIANT, [(article.id, name, variant, count) for name, variant, count in variants]
        )
        if names is not None:
            name_index.store_article_names(conn, article.id, names, article.content_hash)
        return existed is None, len(kept)


def iter_records(inputs, fmt: str, stdin=None) -> Iterator[Article | InputError]:
    """The records of every input in turn (Articles, and InputErrors for what could not be read)."""
    for item in inputs:
        yield from read_input(item, fmt, stdin=stdin)
