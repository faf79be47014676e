"""Each input format, directories and standard input, through the real sqlite-utils CLI."""

import csv
import io
import json

import pytest
import sqlite_utils

from conftest import run_import
from datasette_factcheck.readers import derive_article_id, markdown_title

BODY = (
    "The council approved a budget of $48 million on Tuesday, Mayor Ann Lee said.\n\n"
    "Opposition councillor Tom Reyes said the plan would raise taxes by 4 percent next year."
)


def rows(db_path, table):
    return list(sqlite_utils.Database(db_path)[table].rows)


def assert_offsets_match(db_path):
    db = sqlite_utils.Database(db_path)
    bodies = {a["id"]: a["body"] for a in db["articles"].rows}
    claims = list(db["claims"].rows)
    assert claims, "expected claims"
    for claim in claims:
        assert bodies[claim["article_id"]][claim["start"]:claim["end"]] == claim["text"]


def csv_text(*rows_):
    out = io.StringIO()
    csv.writer(out).writerows(rows_)
    return out.getvalue()


FORMAT_CASES = {
    "text": (
        "story.txt",
        "# url: https://example.com/a\n# outlet: Ledger\n# published: 2026-03-14\n# desk: metro\n\n"
        "Council approves budget\n\n" + BODY,
    ),
    "markdown": (
        "story.md",
        "---\ntitle: Council approves budget\nurl: https://example.com/a\noutlet: Ledger\n"
        "published: 2026-03-14\ndesk: metro\n---\n\n" + BODY,
    ),
    "json": (
        "story.json",
        json.dumps({"title": "Council approves budget", "body": BODY, "url": "https://example.com/a",
                    "outlet": "Ledger", "published": "2026-03-14", "desk": "metro"}),
    ),
    "jsonl": (
        "story.jsonl",
        json.dumps({"title": "Council approves budget", "text": BODY, "url": "https://example.com/a",
                    "outlet": "Ledger", "published": "2026-03-14", "desk": "metro"}) + "\n",
    ),
    "csv": ("story.csv", csv_text(
        ["title", "body", "url", "outlet", "published", "desk"],
        ["Council approves budget", BODY, "https://example.com/a", "Ledger", "2026-03-14", "metro"],
    )),
}


@pytest.mark.parametrize("fmt", sorted(FORMAT_CASES))
def test_each_format(tmp_path, fmt):
    name, content = FORMAT_CASES[fmt]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    db_path = tmp_path / "f.db"
    result = run_import(db_path, path, "--min-score", "0", "--silent")
    assert result.exit_code == 0, result.output
    assert "1 article: 1 imported, 0 unchanged, 0 failed; 2 claims" in result.output
    [article] = rows(db_path, "articles")
    assert article["title"] == "Council approves budget"
    assert article["url"] == "https://example.com/a"
    assert article["outlet"] == "Ledger"
    assert article["published"] == "2026-03-14"
    assert article["body"] == BODY
    assert json.loads(article["extra"]) == {"desk": "metro"}
    assert article["content_hash"] and article["imported_at"] and article["updated_at"]
    # The same url gives the same id whatever the format.
    assert article["id"] == derive_article_id(url="https://example.com/a")
    assert_offsets_match(db_path)


def test_json_array_and_explicit_ids(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([
        {"id": 17, "title": "First", "body": "Prices rose 5 percent in May, the statistics office said."},
        {"id": "b", "title": "Second", "body": "Unemployment fell to 4.1 percent, the lowest since 2001."},
    ]))
    db_path = tmp_path / "f.db"
    result = run_import(db_path, path, "--min-score", "0")
    assert result.exit_code == 0, result.output
    assert sorted(a["id"] for a in rows(db_path, "articles")) == ["17", "b"]


def test_plain_text_title_is_first_line_and_path_gives_id(tmp_path):
    folder = tmp_path / "in" / "2026"
    folder.mkdir(parents=True)
    (folder / "roads.txt").write_text("Roads budget doubles\n\nThe city will spend $12 million on roads.\n")
    db_path = tmp_path / "f.db"
    assert run_import(db_path, tmp_path / "in", "--min-score", "0").exit_code == 0
    [article] = rows(db_path, "articles")
    assert article["title"] == "Roads budget doubles"
    assert article["body"] == "The city will spend $12 million on roads."
    assert article["id"] == "2026-roads"
    assert article["source"].endswith("roads.txt")


def test_directory_recursive_by_extension(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("A title\n\nThe port handled 3 million containers in 2025.")
    (tmp_path / "in" / "sub" / "b.md").write_text("# B title\n\nExports grew by 8 percent, officials said.")
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (tmp_path / "in" / ".hidden.txt").write_text("Hidden\n\nShould not be read.")
    db_path = tmp_path / "f.db"
    result = run_import(db_path, tmp_path / "in", "--min-score", "0")
    assert result.exit_code == 0, result.output
    assert sorted(a["title"] for a in rows(db_path, "articles")) == ["A title", "B title"]


@pytest.mark.parametrize(
    "content,fmt",
    [
        ('{"title": "From stdin", "body": "Sales rose 9 percent in 2025, the company said."}\n', None),
        ('[{"title": "From stdin", "body": "Sales rose 9 percent in 2025, the company said."}]', None),
        ("---\ntitle: From stdin\n---\nSales rose 9 percent in 2025, the company said.\n", None),
        ("From stdin\n\nSales rose 9 percent in 2025, the company said.\n", None),
        ("title,body\nFrom stdin,\"Sales rose 9 percent in 2025, the company said.\"\n", "csv"),
    ],
)
def test_standard_input(tmp_path, content, fmt):
    db_path = tmp_path / "f.db"
    args = ["-", "--min-score", "0"] + (["--format", fmt] if fmt else [])
    result = run_import(db_path, *args, input=content)
    assert result.exit_code == 0, result.output
    [article] = rows(db_path, "articles")
    assert article["title"] == "From stdin"
    assert article["source"] == "<stdin>"


def test_format_option_overrides_extension(tmp_path):
    path = tmp_path / "feed.data"
    path.write_text('{"title": "T", "body": "Inflation hit 7 percent last year, the bank said."}\n')
    db_path = tmp_path / "f.db"
    assert run_import(db_path, path, "--format", "jsonl", "--min-score", "0").exit_code == 0
    assert len(rows(db_path, "articles")) == 1


def test_min_score_filters_claims(tmp_path):
    db_low, db_default = tmp_path / "low.db", tmp_path / "default.db"
    assert run_import(db_low, "--samples", "--min-score", "0").exit_code == 0
    assert run_import(db_default, "--samples").exit_code == 0
    every = sqlite_utils.Database(db_low)["claims"].count
    kept = sqlite_utils.Database(db_default)["claims"].count
    assert 0 < kept < every
    from datasette_factcheck.extract import DEFAULT_THRESHOLD

    scores = [r["checkworthiness"] for r in sqlite_utils.Database(db_default)["claims"].rows]
    assert min(scores) >= DEFAULT_THRESHOLD


def test_samples_import_and_offsets(samples_db):
    db = sqlite_utils.Database(samples_db)
    assert db["articles"].count == 4
    assert_offsets_match(samples_db)
    statuses = {r["status"] for r in db["claims"].rows}
    assert statuses == {"unchecked"}


def test_full_text_search_kept_current(samples_db):
    db = sqlite_utils.Database(samples_db)
    hits = list(db["claims"].search("bridge"))
    assert hits
    assert list(db["articles"].search("measles"))


def test_import_leaves_a_complete_file_for_immutable_readers(samples_db):
    """The command closes its connection, which checkpoints the WAL into the database file."""
    import sqlite3

    assert not samples_db.with_name(samples_db.name + "-wal").exists()
    conn = sqlite3.connect(f"file:{samples_db}?immutable=1", uri=True)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
    conn.close()


@pytest.mark.parametrize(
    "line,title",
    [
        ("# Budget approved", "Budget approved"),
        ("  # Budget approved #  ", "Budget approved"),
        ("# Budget approved ###", "Budget approved"),
        ("#\tBudget approved", "Budget approved"),
        ("# Why C# won", "Why C# won"),  # a closing sequence needs a space before it
        ("# Budget#", "Budget#"),
        ("#Budget approved", None),  # no space: not a heading
        ("## Budget approved", None),  # only a level-one heading is the title
        ("# #", None),
        ("#", None),
        ("Budget approved", None),
    ],
)
def test_markdown_title(line, title):
    assert markdown_title(line) == title


def test_markdown_heading_with_a_long_run_of_spaces(tmp_path):
    # Found by the fuzz test: the heading regular expression backtracked in cubic time on such a
    # line (800 spaces took 0.4 s, 20,000 would take hours), and the import hung.
    path = tmp_path / "long.md"
    path.write_text("# Budget" + " " * 20_000 + "approved\n\nThe council approved $48 million.\n")
    result = run_import(tmp_path / "f.db", path)
    assert result.exit_code == 0, result.output
    (article,) = sqlite_utils.Database(tmp_path / "f.db")["articles"].rows
    assert article["title"] == "Budget" + " " * 20_000 + "approved"
