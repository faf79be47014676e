"""Bad input: a clear message naming the file and line, the good articles still imported,
exit status 1, and nothing half-written."""

import json
import re

import pytest
import sqlite_utils

from conftest import run_import

GOOD = "Good article\n\nThe city spent $4 million on parks in 2025, the mayor said.\n"

BAD_CASES = [
    # (file name, content (bytes), expected message fragment, expected line)
    ("latin1.txt", "Titre\n\nCaf\xe9 prices rose 4 percent.".encode("latin-1"), "not valid UTF-8", 3),
    ("binary.txt", b"Title\n\nSome\x00binary", "binary data", 3),
    ("empty-body.txt", b"Only a title\n\n\n", "empty body", None),
    ("empty.txt", b"", "empty input", 1),
    ("no-title.json", json.dumps({"body": "Prices rose 4 percent."}).encode(), "no title", 1),
    ("empty-body.json", json.dumps({"title": "T", "body": "  "}).encode(), "empty body", 1),
    ("malformed.json", b'[\n  {"title": "T",\n   "body": "x"\n', "malformed JSON", None),
    ("malformed.jsonl", b'{"title": "A", "body": "Prices rose 4 percent."}\n{"title": "B", body}\n',
     "malformed JSON", 2),
    ("short-row.csv", b"title,body\nA,Prices rose 4 percent.\nB\n", "has 1 fields, the header has 2", 3),
    ("no-body-column.csv", b"title,summary\nA,x\n", "needs a title column and a body", 1),
    ("bad-date.json", json.dumps({"title": "T", "body": "Prices rose.", "published": "soon"}).encode(),
     "cannot read 'soon' as a date", 1),
    ("bad-front-matter.md", b"---\ntitle: [unclosed\n---\nBody text here.\n", "front matter is not valid YAML", None),
    ("notes.docx", b"PK\x03\x04", "unknown extension '.docx'", None),
]


@pytest.mark.parametrize("name,content,message,line", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_input_is_reported_and_good_input_still_imported(tmp_path, name, content, message, line):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    db_path = tmp_path / "f.db"
    result = run_import(db_path, bad, good, "--min-score", "0")
    assert result.exit_code == 1
    error_lines = [l for l in result.output.splitlines() if l.startswith("error:")]
    assert len(error_lines) >= 1, result.output
    assert str(bad) in error_lines[0]
    assert message in error_lines[0]
    if line is not None:
        assert f"{bad}:{line}:" in error_lines[0]
    summary = result.output.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ articles?: \d+ imported, 0 unchanged, 1 failed; \d+ claims", summary)
    # The good article (and any good record before the bad one in the same file) is imported;
    # the bad record is not.
    db = sqlite_utils.Database(db_path)
    assert {a["title"] for a in db["articles"].rows} - {"A"} == {"Good article"}


def test_missing_file(tmp_path):
    result = run_import(tmp_path / "f.db", tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'nope.txt'}: no such file or directory" in result.output
    assert "1 article: 0 imported, 0 unchanged, 1 failed; 0 claims" in result.output


def test_one_bad_record_among_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "One", "body": "Exports rose 3 percent in 2025."}\n'
        '{"title": "Two"}\n'
        '{"title": "Three", "body": "Imports fell 2 percent in 2025."}\n'
    )
    result = run_import(tmp_path / "f.db", path, "--min-score", "0")
    assert result.exit_code == 1
    assert f"error: {path}:2: record 2: empty body" in result.output
    assert "3 articles: 2 imported, 0 unchanged, 1 failed" in result.output
    titles = {a["title"] for a in sqlite_utils.Database(tmp_path / "f.db")["articles"].rows}
    assert titles == {"One", "Three"}


def test_usage_errors(tmp_path):
    result = run_import(tmp_path / "f.db")
    assert result.exit_code == 2
    assert "Give at least one PATH" in result.output


@pytest.mark.parametrize("action", ["ABORT", "FAIL", "ROLLBACK"])
def test_failure_mid_article_leaves_nothing_half_written(tmp_path, action):
    """A database error while writing an article's claims undoes that whole article, and only
    it: also when the error ends the whole group transaction (RAISE(ROLLBACK)), in which case
    the articles written before it in the same group are written again."""
    db_path = tmp_path / "f.db"
    assert run_import(db_path, "--samples").exit_code == 0
    db = sqlite_utils.Database(db_path)
    db.execute(
        "CREATE TRIGGER fail_on_poison BEFORE INSERT ON claims "
        f"WHEN NEW.text LIKE '%poison%' BEGIN SELECT RAISE({action}, 'poisoned claim'); END"
    )
    db.conn.commit()
    db.close()
    path = tmp_path / "three.jsonl"
    path.write_text(
        '{"id": "before", "title": "Before", "body": "Imports fell 2 percent in 2025."}\n'
        '{"id": "p", "title": "Poisoned", "body": "The first sentence has 3 figures in 2025. '
        'The poison sentence has 4 figures in 2026."}\n'
        '{"id": "after", "title": "After", "body": "Exports rose 3 percent in 2025."}\n'
    )
    result = run_import(db_path, path, "--min-score", "0")
    assert result.exit_code == 1
    assert "could not store article 'p'" in result.output
    assert "3 articles: 2 imported, 0 unchanged, 1 failed; 2 claims" in result.output
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count_where("id = 'p'") == 0
    assert db["claims"].count_where("article_id = 'p'") == 0
    for article_id in ("before", "after"):
        assert db["articles"].count_where("id = ?", [article_id]) == 1
        assert db["claims"].count_where("article_id = ?", [article_id]) == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_interrupted_mid_article_commits_only_whole_articles(tmp_path, monkeypatch):
    """Ctrl-C while an article is half-written: its group is rolled back (there is no savepoint
    per article), earlier groups stay, and a re-run completes the import."""
    from datasette_factcheck import importer
    from datasette_factcheck.readers import collect_inputs

    monkeypatch.setattr(importer, "COMMIT_EVERY_ARTICLES", 2)
    monkeypatch.setattr(importer, "BULK_COMMIT_EVERY_ARTICLES", 2)  # (a new database)
    path = tmp_path / "five.jsonl"
    path.write_text("".join(
        json.dumps({"id": f"a{n}", "title": f"T{n}",
                    "body": f"Exports rose {n + 2} percent in 2025. Imports fell {n} percent."}) + "\n"
        for n in range(5)
    ))
    db = sqlite_utils.Database(tmp_path / "f.db")
    imp = importer.Importer(db, min_score=0)
    real_store = imp._store
    calls = []

    def store(article, claims, *rest):
        calls.append(article.id)
        if article.id == "a3":
            db.conn.execute(importer.INSERT_CLAIM, (
                "half", "a3", 0, 0, 1, "x", None, None, None, "factual", 1.0, "now"))
            raise KeyboardInterrupt
        return real_store(article, claims, *rest)

    monkeypatch.setattr(imp, "_store", store)
    inputs, _ = collect_inputs([str(path)])
    with pytest.raises(KeyboardInterrupt):
        imp.run(importer.iter_records(inputs, "auto"))
    assert calls == ["a0", "a1", "a2", "a3"]
    # a0 and a1 were committed as a group; a2 shared the interrupted group with a3.
    assert [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")] == ["a0", "a1"]
    assert db["claims"].count_where("id = 'half' OR article_id IN ('a2', 'a3')") == 0
    assert (imp.stats.imported, imp.stats.failed) == (2, 0)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()

    result = run_import(tmp_path / "f.db", path, "--min-score", "0")
    assert result.exit_code == 0, result.output
    assert "5 articles: 3 imported, 2 unchanged, 0 failed" in result.output


def test_a_repeated_id_ends_as_its_last_record_with_workers(tmp_path):
    """Workers extract batches in parallel, several in flight at once; the writer still stores in
    input order, so a repeated id ends as its last record."""
    from datasette_factcheck.importer import Importer, iter_records
    from datasette_factcheck.readers import collect_inputs

    rows = []
    for n in range(1, 41):
        rows.append({"id": "same", "title": f"Version {n}",
                     "body": f"Prices rose {n} percent in 2025."})
        rows.append({"id": f"other{n}", "title": "Other", "body": f"Exports fell {n} percent."})
    path = tmp_path / "repeated.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = sqlite_utils.Database(tmp_path / "f.db")
    inputs, _ = collect_inputs([str(path)])
    # Batches of 3 articles per worker: 14 batches, up to three in flight.
    stats = Importer(db, min_score=0, workers=2, batch=3).run(iter_records(inputs, "auto"))
    assert (stats.articles, stats.failed) == (80, 0)
    assert db["articles"].get("same")["title"] == "Version 40"
    assert [r[0] for r in db.execute("SELECT text FROM claims WHERE article_id = 'same'")] == [
        "Prices rose 40 percent in 2025."]
    assert db["articles"].count == 41


@pytest.mark.parametrize("workers", [1, 2])
def test_stats_count_the_extraction_in_wall_and_cpu_time(tmp_path, workers):
    """The import's stats hold the extraction's time twice: as the clock saw it and as the CPU
    spent it (what the benchmark's per-process speed is judged on), both counted for every
    article. The extracting thread's CPU time is of the order of the wall time around it (the two
    clocks are read apart, so it may pass it by a hair on a quiet machine)."""
    from datasette_factcheck.importer import Importer, iter_records
    from datasette_factcheck.readers import collect_inputs

    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "title": "T", "body": GOOD.split("\n\n")[1] * 20})
                            + "\n" for n in range(12)))
    db = sqlite_utils.Database(tmp_path / "f.db")
    inputs, _ = collect_inputs([str(path)])
    stats = Importer(db, min_score=0, workers=workers, batch=4).run(iter_records(inputs, "auto"))
    assert (stats.imported, stats.failed) == (12, 0)
    assert 0 < stats.extract_cpu_seconds < 2 * stats.extract_seconds


def test_workers_are_not_forked_beside_other_threads(tmp_path):
    """Forking while another thread holds a lock can hang the child for good; with threads
    running (Datasette's, a test's) the importer starts its workers fresh instead, and the import
    completes."""
    import threading

    from datasette_factcheck import importer
    from datasette_factcheck.readers import collect_inputs

    assert importer.start_method() in ("fork", "spawn")
    held = threading.Lock()
    held.acquire()
    other = threading.Thread(target=held.acquire, daemon=True)  # waits, holding nothing we need
    other.start()
    try:
        assert importer.start_method() == "spawn"
        path = tmp_path / "two.jsonl"
        path.write_text("".join(
            json.dumps({"id": f"a{n}", "title": "T", "body": f"Exports fell {n} percent."}) + "\n"
            for n in range(6)
        ))
        db = sqlite_utils.Database(tmp_path / "f.db")
        inputs, _ = collect_inputs([str(path)])
        stats = importer.Importer(db, min_score=0, workers=2).run(
            importer.iter_records(inputs, "auto"))
        assert (stats.imported, stats.failed, stats.claims) == (6, 0, 6)
    finally:
        held.release()
        other.join()
