"""Crash safety: an import killed with SIGKILL part-way loses nothing it had committed and
leaves no half-written article; a re-run completes the import.

The import runs as a real ``sqlite-utils import-articles`` subprocess with worker processes; the
whole process group is killed (no chance to clean up) once the database holds some articles. The
database must then open, pass ``PRAGMA integrity_check`` and ``foreign_key_check``, and every
article in it must be exactly as a clean, uninterrupted import stores it: the same fields and the
same complete set of claims. Re-running the same command must finish the job, ending with the
same content as the clean import.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, run_import

SQLITE_UTILS = str(Path(sys.executable).with_name("sqlite-utils"))
# More than two of the bulk load's commit groups (importer.BULK_COMMIT_EVERY_ARTICLES), so that
# both kills below land part-way.
ARTICLES = 2500
# Per-row columns that legitimately differ between two imports of the same input.
VOLATILE = {"imported_at", "updated_at", "changed_at", "applied_at"}


def load_corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def table_rows(conn, table: str, where: str = "", params=()) -> list[tuple]:
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    columns = [
        row[1] for row in info
        if row[1] not in VOLATILE and not (row[1] == "id" and row[2].upper() == "INTEGER")
    ]
    sql = f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}] {where}"
    return sorted(conn.execute(sql, params).fetchall(), key=repr)


def per_article(conn) -> dict[str, tuple]:
    """article id -> (its row, its claims, its own name-variant rows)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    variant_cols = {r[1] for r in conn.execute("PRAGMA table_info(name_variants)")}
    scope = " AND scope = 'article'" if "scope" in variant_cols else ""
    out = {}
    for (article_id,) in conn.execute("SELECT id FROM articles").fetchall():
        out[article_id] = (
            table_rows(conn, "articles", "WHERE id = ?", [article_id]),
            table_rows(conn, "claims", "WHERE article_id = ?", [article_id]),
            table_rows(conn, "name_variants", f"WHERE article_id = ?{scope}", [article_id])
            if "name_variants" in tables else [],
        )
    return out


def whole_database(conn) -> dict[str, list]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
        "AND name NOT LIKE 'sqlite_%' AND name != '_factcheck_migrations'")]
    return {t: table_rows(conn, t) for t in tables}


def schema_objects(conn) -> set[tuple]:
    """Every index, trigger and view, with its SQL."""
    return set(conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') "
        "AND sql IS NOT NULL"
    ).fetchall())


def deferred(conn) -> set[tuple]:
    """What an interrupted bulk load recorded as not yet built, as schema_objects rows."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = '_factcheck_deferred'"
    ).fetchone():
        return set()
    kinds = {"index": "index", "fts_trigger": "trigger"}
    return {(kinds[kind], name, sql) for name, kind, sql in conn.execute(
        "SELECT name, kind, sql FROM _factcheck_deferred")}


def check_sound(path: Path, reference_schema: set[tuple]) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Nothing of the schema is lost: what is missing (an interrupted bulk load defers the
    # secondary and full-text indexes) is recorded, with its SQL, for the next import to build.
    missing = deferred(conn)
    assert schema_objects(conn) | missing == reference_schema
    assert not schema_objects(conn) & missing
    for table in ("articles", "claims"):
        fts = f"{table}_fts"
        conn.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('integrity-check')")
        if not any(name.startswith(f"{table}_a") for kind, name, _ in missing if kind == "trigger"):
            # Indexed (not deferred): the full-text index matches its table row for row.
            conn.execute(f"INSERT INTO [{fts}]([{fts}], rank) VALUES ('integrity-check', 1)")
    return conn


def count_articles(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def import_and_kill(db: Path, corpus_path: str, after_articles: int) -> int:
    """Start the import, SIGKILL its whole process group once ``after_articles`` are stored.
    Returns the number of articles stored when it was killed."""
    proc = subprocess.Popen(
        [SQLITE_UTILS, "import-articles", str(db), corpus_path, "--silent", "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if count_articles(db) >= after_articles:
                break
            time.sleep(0.01)
        assert proc.poll() is None, (
            "the import finished before it could be killed: "
            + proc.stderr.read().decode(errors="replace")
        )
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    return count_articles(db)


@pytest.fixture(scope="module")
def corpus_and_reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    manifest = load_corpus().write_corpus(tmp / "corpus", ARTICLES, seed=5, formats=("jsonl",))
    path = manifest["files"]["jsonl"]
    reference = tmp / "reference.db"
    result = run_import(reference, path, "--silent", "--workers", "1")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(reference)
    try:
        assert not deferred(conn)
        return path, per_article(conn), whole_database(conn), schema_objects(conn)
    finally:
        conn.close()


def test_sigkill_part_way_leaves_only_whole_articles_and_a_rerun_completes(
    tmp_path, corpus_and_reference
):
    path, reference, reference_db, reference_schema = corpus_and_reference
    db = tmp_path / "killed.db"
    stored = []
    # Killed twice: once early in the first run, once in a re-run that skips what is stored
    # (killed once it has committed more).
    for _ in range(2):
        stored.append(import_and_kill(db, path, (stored[-1] if stored else 0) + 1))
        conn = check_sound(db, reference_schema)
        try:
            # Killed during a bulk load (the first import into an empty database).
            assert deferred(conn)
            found = per_article(conn)
        finally:
            conn.close()
        assert 0 < len(found) < ARTICLES, len(found)
        for article_id, content in found.items():
            # Every stored article is complete: its row and all its claims, as a clean import.
            assert content == reference[article_id], article_id
    assert stored[1] > stored[0]

    result = subprocess.run(
        [SQLITE_UTILS, "import-articles", str(db), path, "--silent"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{ARTICLES} articles: {ARTICLES - stored[1]} imported, "), summary
    assert f"{stored[1]} unchanged, 0 failed" in summary, summary
    conn = check_sound(db, reference_schema)
    try:
        assert not deferred(conn)
        assert schema_objects(conn) == reference_schema
        assert per_article(conn) == reference
        assert whole_database(conn) == reference_db
    finally:
        conn.close()
