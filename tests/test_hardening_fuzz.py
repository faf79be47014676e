"""Property-based fuzzing of ``sqlite-utils import-articles`` with hypothesis.

Whatever the input — random unicode, control and zero-width characters, right-to-left text, very
long lines, no newlines, mixed line endings, byte-order marks, truncated JSON or CSV, random
bytes — the command never raises: it either imports cleanly, with every claim's offsets matching
the stored body, or exits with status 1 and an error message naming the input file. The database
passes ``PRAGMA integrity_check`` after every run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# FACTCHECK_FUZZ_EXAMPLES=500 for a deeper run than CI's.
SETTINGS = settings(
    max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROL = "".join(chr(c) for c in range(1, 32)) + "\x7f\x85\u2028\u2029"
LINE_ENDINGS = ("\n", "\r\n", "\r", "\u2028", "\x85", "\n\n", "\r\n\r\n")
RTL_WORDS = ("قال الوزير إن الميزانية بلغت 42 مليون دولار.", "אמר ראש העיר כי 17% מהתושבים",
             "«نحن لا نوافق»", "הוא אמר: \"זה לא נכון\".")
NEWS = ('The council spent $4.2 million on roads, Mayor Ann Lee said.',
        '"We cut waiting lists by 12 per cent," Health Minister Jo Park told reporters.',
        "According to the statistics office, 3,400 jobs were lost in 2025.",
        "Dr. Amal Haddad said the U.S. figure was wrong.", "It rained.")

# Pieces the generated text is built from: any unicode (no lone surrogates, which cannot be
# written as UTF-8), plus the awkward characters a real feed carries.
piece = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.text(alphabet=ZERO_WIDTH + BIDI + CONTROL + " \t", min_size=1, max_size=8),
    st.sampled_from(LINE_ENDINGS),
    st.sampled_from(RTL_WORDS),
    st.sampled_from(NEWS),
    st.builds(lambda c, n: c * n, st.sampled_from("a.\" '\u200bé"), st.integers(200, 20000)),
)
fuzz_text = st.lists(piece, max_size=12).map("".join)
field_value = st.one_of(st.none(), fuzz_text, st.integers(), st.floats(allow_nan=True),
                        st.booleans(), st.lists(st.integers(), max_size=2),
                        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
bom = st.sampled_from(["", "\ufeff"])


def run_cli(db: Path, path: Path, *args: str):
    from sqlite_utils.cli import cli

    # catch_exceptions=False: an exception inside the command fails the test with its traceback.
    return CliRunner().invoke(
        cli, ["import-articles", str(db), str(path), "--silent", "--min-score", "0", *args],
        catch_exceptions=False,
    )


SUMMARY = re.compile(r"^(\d+) articles?: (\d+) imported, (?:(\d+) updated, )?(\d+) unchanged, "
                     r"(\d+) failed; \d+ claims$")


def check_outcome(db: Path, path: Path, result, first_run: bool = True) -> None:
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    stderr = result.stderr
    assert "Traceback" not in result.output
    summary = SUMMARY.match(stderr.strip().splitlines()[-1] if stderr.strip() else "")
    assert summary, stderr
    failed = int(summary.group(5))
    assert (failed > 0) == (result.exit_code == 1), stderr
    if result.exit_code == 1:
        errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
        assert errors, stderr
        for line in errors:
            assert str(path) in line, line
            assert ": " in line[len("error: ") + len(str(path)):], line
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        n_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        if first_run:
            # Every article the summary counts as imported is in the (fresh) database.
            assert n_articles == int(summary.group(2)), stderr
        for body, start, end, text in conn.execute(
            'SELECT articles.body, claims.start, claims."end", claims.text '
            "FROM claims JOIN articles ON articles.id = claims.article_id"
        ):
            assert body[start:end] == text, (start, end, text)
        for title, body in conn.execute("SELECT title, body FROM articles"):
            assert title.strip() and body.strip()
    finally:
        conn.close()


# Files go to a RAM disk where there is one: thousands of small databases, no fsync waits.
TMP = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def fuzz_import(name: str, data: bytes, *args: str) -> None:
    with tempfile.TemporaryDirectory(dir=TMP) as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        db = Path(tmp) / "fuzz.db"
        result = run_cli(db, path, *args)
        check_outcome(db, path, result)
        if result.exit_code == 0:
            # Re-importing the same input changes nothing and still succeeds.
            again = run_cli(db, path, *args)
            assert again.exit_code == 0, again.output
            check_outcome(db, path, again, first_run=False)
            assert " 0 imported" in again.stderr, again.stderr


@SETTINGS
@given(bom=bom, meta=st.lists(st.tuples(st.sampled_from(["id", "url", "published", "author",
                                                         "title", "x"]), fuzz_text), max_size=3),
       title=fuzz_text, sep=st.sampled_from(LINE_ENDINGS), body=fuzz_text)
def test_plain_text(bom, meta, title, sep, body):
    header = "".join(f"# {k}: {v}{sep}" for k, v in meta)
    fuzz_import("story.txt", (bom + header + title + sep + body).encode("utf-8"))


@SETTINGS
@given(bom=bom, front=st.one_of(st.none(), fuzz_text, st.dictionaries(
    st.sampled_from(["title", "url", "published", "id", "tags"]), fuzz_text, max_size=3)),
       heading=fuzz_text, sep=st.sampled_from(LINE_ENDINGS), body=fuzz_text)
def test_markdown(bom, front, heading, sep, body):
    if isinstance(front, dict):
        front = "\n".join(f"{k}: {json.dumps(v)}" for k, v in front.items())
    text = ("" if front is None else f"---{sep}{front}{sep}---{sep}") + f"# {heading}{sep}{body}"
    fuzz_import("story.md", (bom + text).encode("utf-8"))


record = st.fixed_dictionaries(
    {"title": field_value, "body": field_value},
    optional={"id": field_value, "url": field_value, "published": field_value,
              "author": field_value, "outlet": field_value, "extra": field_value},
)


@SETTINGS
@given(bom=bom, records=st.lists(record, min_size=1, max_size=4), as_array=st.booleans(),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_json(bom, records, as_array, cut):
    text = json.dumps(records if as_array else records[0], ensure_ascii=False)
    if cut is not None:
        text = text[: int(len(text) * cut)]
    fuzz_import("feed.json", (bom + text).encode("utf-8"))


@SETTINGS
@given(bom=bom, records=st.lists(st.one_of(record, fuzz_text), min_size=1, max_size=5),
       sep=st.sampled_from(["\n", "\r\n"]), cut=st.one_of(st.none(), st.floats(0, 1)))
def test_json_lines(bom, records, sep, cut):
    lines = [json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r for r in records]
    text = sep.join(lines)
    if cut is not None:
        text = text[: int(len(text) * cut)]
    fuzz_import("feed.jsonl", (bom + text).encode("utf-8"))


@SETTINGS
@given(bom=bom, header=st.sampled_from([["title", "body"], ["id", "title", "text", "url"],
                                        ["Title", " Body ", "published"], ["headline", "content"]]),
       rows=st.lists(st.lists(fuzz_text, min_size=1, max_size=5), max_size=4),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_csv(bom, header, rows, cut):
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    if cut is not None:
        text = text[: int(len(text) * cut)]
    fuzz_import("feed.csv", (bom + text).encode("utf-8"))


@SETTINGS
@given(data=st.binary(max_size=2000),
       name=st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl", "a.csv"]))
def test_random_bytes(data, name):
    fuzz_import(name, data)


@SETTINGS
@given(text=fuzz_text, fmt=st.sampled_from(["text", "markdown", "json", "jsonl", "csv"]))
def test_any_text_in_any_format(text, fmt):
    """The same text read as every format (``--format``): a clean import or a clear error."""
    fuzz_import("input.dat", ("Title line\n" + text).encode("utf-8"), "--format", fmt)


ESCAPES = ("\\ud83d", "\\ude00", "\\ud83d\\ude00", "\\u0000", "\\u202e", "\\ufeff", "\\u2028",
           "\\\\", "\\\"", "\\n", "\\r\\n", "\\t", "\\u0085")
json_string = st.lists(st.one_of(st.sampled_from(ESCAPES),
                                 st.sampled_from(NEWS).map(lambda s: json.dumps(s)[1:-1]),
                                 st.text(max_size=6).map(lambda s: json.dumps(s)[1:-1])),
                       max_size=10).map("".join)


@SETTINGS
@given(title=json_string, body=json_string, author=json_string, fmt=st.sampled_from(["json",
                                                                                     "jsonl"]))
def test_json_escapes(title, body, author, fmt):
    """Escapes decode to any code point, lone surrogates and NUL included."""
    line = f'{{"title": "T{title}", "body": "{body} said Ann.", "author": "{author}"}}'
    fuzz_import(f"feed.{fmt}", line.encode("utf-8"))


# -- the bugs the fuzzing found, kept as plain regression tests -----------------------------------


def test_a_lone_surrogate_escape_is_a_clear_error_not_a_traceback(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"title": "Half an emoji \\ud83d", "body": "The council said 4 roads."}\n'
                    '{"title": "Whole", "body": "The council said 5 roads."}\n')
    result = run_cli(tmp_path / "f.db", path)
    assert result.exit_code == 1
    assert f"error: {path}:1: record 1: not valid Unicode: a lone surrogate" in result.stderr
    assert "2 articles: 1 imported, 0 unchanged, 1 failed" in result.stderr


def test_surrogate_pair_escapes_are_joined_into_one_character(tmp_path):
    path = tmp_path / "story.md"
    path.write_text('---\ntitle: "Emoji \\ud83d\\ude00 in YAML"\nauthor: "\\ud83d\\ude00"\n---\n'
                    "The council said it spent 4 million on roads.\n")
    result = run_cli(tmp_path / "f.db", path)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(tmp_path / "f.db")
    assert conn.execute("SELECT title, author FROM articles").fetchone() == (
        "Emoji \U0001F600 in YAML", "\U0001F600")
    conn.close()


def test_a_line_file_of_only_a_bom_or_blank_lines_is_empty_input(tmp_path):
    for name, data in (("bom.jsonl", b"\xef\xbb\xbf"), ("blank.jsonl", b"\n  \r\n\n"),
                       ("bom.csv", b"\xef\xbb\xbf\n")):
        path = tmp_path / name
        path.write_bytes(data)
        result = run_cli(tmp_path / "f.db", path)
        assert result.exit_code == 1, (name, result.output)
        assert f"error: {path}:1: " in result.stderr, result.stderr
