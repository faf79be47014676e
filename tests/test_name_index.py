"""Name variants across the database: ``name_index.refresh`` run by every import."""

from __future__ import annotations

import sqlite_utils

from conftest import run_import
from datasette_factcheck import name_index

WITKOFF = (
    "US envoy Steve Witkoff met Yuri Ushakov in Moscow. Officials said Witkoff spoke for an hour, "
    "and a spokesperson for Witkoff confirmed the meeting."
)
WITKOV = ("The leak showed that envoy Steve Witkov had advised Ushakov, a report by Witkov's "
          "critics said.")
ONLY_SURNAME = "The leak showed that Witkov had advised Ushakov, critics said."
BIDENS = "Joe Biden said the plan would work. Hunter Biden declined to comment on Joe Biden's plan."
OTHER_BIDEN = "Jill Biden visited a school in Delaware, where Biden spoke to teachers."


def write(folder, name, title, body):
    path = folder / name
    path.write_text(f"# title: {title}\n\n{body}\n", encoding="utf-8")
    return path


def database_rows(db_path):
    db = sqlite_utils.Database(db_path)
    return sorted(
        (r["article_id"], r["name"], r["variant"], r["count"])
        for r in db.query("SELECT * FROM name_variants WHERE scope = 'database'")
    )


def test_a_spelling_used_only_in_another_article_is_flagged(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "a.txt", "Envoy meets aide", WITKOFF)
    write(src, "b.txt", "Leak shows envoy's advice", WITKOV)
    db_path = tmp_path / "f.db"
    assert run_import(db_path, src, "--min-score", "0").exit_code == 0
    rows = database_rows(db_path)
    assert rows == [("b", "Witkoff", "Witkov", 2)]
    # article a only uses the preferred spelling: nothing to warn about there
    db = sqlite_utils.Database(db_path)
    assert db.execute(
        "SELECT COUNT(*) FROM name_variants WHERE article_id = 'a'").fetchone()[0] == 0

    # re-importing unchanged articles keeps the rows
    assert run_import(db_path, src, "--min-score", "0").exit_code == 0
    assert database_rows(db_path) == rows

    # an article that never gives a first name: "Witkov" alone is not known to be a surname
    write(src, "c.txt", "Critics speak", ONLY_SURNAME)
    assert run_import(db_path, src, "--min-score", "0").exit_code == 0
    assert database_rows(db_path) == rows

    # once b is corrected, the warning goes
    write(src, "b.txt", "Leak shows envoy's advice", WITKOV.replace("Witkov", "Witkoff"))
    assert run_import(db_path, src, "--min-score", "0").exit_code == 0
    assert database_rows(db_path) == []


def test_people_sharing_a_surname_are_not_flagged_across_articles(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "a.txt", "Biden plan", BIDENS)
    write(src, "b.txt", "School visit", OTHER_BIDEN)
    db_path = tmp_path / "f.db"
    assert run_import(db_path, src, "--min-score", "0").exit_code == 0
    assert database_rows(db_path) == []
    db = sqlite_utils.Database(db_path)
    assert db.execute("SELECT COUNT(*) FROM name_variants").fetchone()[0] == 0


def test_refresh_indexes_only_what_changed_and_drops_deleted_articles(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "a.txt", "Envoy meets aide", WITKOFF)
    write(src, "b.txt", "Leak shows envoy's advice", WITKOV)
    db_path = tmp_path / "f.db"
    assert run_import(db_path, src, "--min-score", "0").exit_code == 0
    db = sqlite_utils.Database(db_path)
    assert not name_index.is_stale(db)
    assert name_index.refresh(db) is None  # nothing to do
    names = dict(db.execute(
        "SELECT name, count FROM article_names WHERE article_id = 'a'").fetchall())
    assert names["Witkoff"] == 3 and names["Ushakov"] == 1
    # an article removed behind the importer's back
    with db.conn:
        db.execute("DELETE FROM name_variants WHERE article_id = 'b'")
        db.execute("DELETE FROM claims WHERE article_id = 'b'")
        db.execute("DELETE FROM articles WHERE id = 'b'")
    assert name_index.is_stale(db)
    assert name_index.refresh(db) == 0
    assert db.execute(
        "SELECT COUNT(*) FROM article_names WHERE article_id = 'b'").fetchone()[0] == 0
    assert database_rows(db_path) == []
