"""Re-importing: unchanged articles skipped, review data never overwritten, vanished claims."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import sqlite_utils

from conftest import run_import
from datasette_factcheck import schema

S1 = "The council approved a budget of $48 million on Tuesday."
S2 = "Mayor Ann Lee said the budget would cut waiting lists by 30 percent."
S3 = "Councillor Tom Reyes said taxes would rise by 4 percent next year."
S4 = "The budget includes 12 new libraries, officials said."


def write_article(path, *sentences, title="Budget approved"):
    path.write_text(json.dumps({"id": "budget", "title": title, "body": " ".join(sentences)}))


def claims_by_text(db_path):
    return {c["text"]: c for c in sqlite_utils.Database(db_path)["claims"].rows}


def review(db_path, text, status="false", note="Checked against the budget book", assignee="alice"):
    """What the review workflow writes: the claim's review fields and one history row."""
    db = sqlite_utils.Database(db_path)
    claim = db.execute("SELECT id, status FROM claims WHERE text = ?", [text]).fetchone()
    with db.conn:
        db.execute(
            "UPDATE claims SET status = ?, note = ?, assignee = ?, version = version + 1, "
            "updated_at = '2026-01-01T00:00:00Z' WHERE id = ?",
            [status, note, assignee, claim[0]],
        )
        db["status_changes"].insert({
            "claim_id": claim[0], "from_status": claim[1], "to_status": status, "actor": "alice",
            "note": note, "evidence_url": "https://example.com/budget", "changed_at": "2026-01-01T00:00:00Z",
        })
    return claim[0]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "budget.json"
    write_article(path, S1, S2, S3)
    db_path = tmp_path / "f.db"
    result = run_import(db_path, path, "--min-score", "0")
    assert result.exit_code == 0, result.output
    return path, db_path


def test_unchanged_article_is_skipped(article):
    path, db_path = article
    before = claims_by_text(db_path)
    result = run_import(db_path, path, "--min-score", "0")
    assert result.exit_code == 0
    assert "1 article: 0 imported, 1 unchanged, 0 failed; 0 claims" in result.output
    assert claims_by_text(db_path) == before


def test_changed_settings_reextract(article):
    path, db_path = article
    result = run_import(db_path, path, "--min-score", "0.01")
    assert "1 updated" in result.output


def test_changed_article_keeps_review_data(article):
    path, db_path = article
    claim_id = review(db_path, S2)
    write_article(path, S1, S2, S4, title="Budget approved after long debate")
    result = run_import(db_path, path, "--min-score", "0")
    assert result.exit_code == 0, result.output
    assert "1 article: 0 imported, 1 updated, 0 unchanged, 0 failed" in result.output
    claims = claims_by_text(db_path)
    kept = claims[S2]
    assert kept["id"] == claim_id
    assert (kept["status"], kept["note"], kept["assignee"], kept["version"]) == (
        "false", "Checked against the budget book", "alice", 1)
    assert kept["updated_at"] == "2026-01-01T00:00:00Z"
    assert kept["in_article"] == 1
    db = sqlite_utils.Database(db_path)
    assert db["status_changes"].count_where("claim_id = ?", [claim_id]) == 1
    # The unreviewed claim that vanished is gone; the new one is there.
    assert S3 not in claims and S4 in claims
    assert db["articles"].get("budget")["title"] == "Budget approved after long debate"


def test_reviewed_claim_that_vanished_stays_out_of_article(article):
    path, db_path = article
    claim_id = review(db_path, S3, status="in_progress", note=None, assignee=None)
    write_article(path, S1, S2)
    assert run_import(db_path, path, "--min-score", "0").exit_code == 0
    gone = sqlite_utils.Database(db_path)["claims"].get(claim_id)
    assert gone["in_article"] == 0
    assert gone["status"] == "in_progress"
    assert gone["start"] is None and gone["end"] is None
    # ... and comes back into the article if the sentence returns.
    write_article(path, S1, S2, S3)
    assert run_import(db_path, path, "--min-score", "0").exit_code == 0
    back = sqlite_utils.Database(db_path)["claims"].get(claim_id)
    assert back["in_article"] == 1 and back["status"] == "in_progress"


@pytest.mark.parametrize("field,value", [("note", "Look at this"), ("assignee", "bob")])
def test_claim_with_only_a_note_or_assignee_counts_as_reviewed(article, field, value):
    path, db_path = article
    db = sqlite_utils.Database(db_path)
    with db.conn:
        db.execute(f"UPDATE claims SET {field} = ? WHERE text = ?", [value, S3])
    write_article(path, S1, S2)
    assert run_import(db_path, path, "--min-score", "0").exit_code == 0
    assert claims_by_text(db_path)[S3]["in_article"] == 0


def test_offsets_follow_edits(article):
    path, db_path = article
    write_article(path, "A new opening sentence mentions 7 figures.", S1, S2, S3)
    assert run_import(db_path, path, "--min-score", "0").exit_code == 0
    db = sqlite_utils.Database(db_path)
    body = db["articles"].get("budget")["body"]
    for claim in db["claims"].rows:
        assert body[claim["start"]:claim["end"]] == claim["text"]


def test_repeated_sentences_get_distinct_stable_ids(tmp_path):
    path = tmp_path / "r.json"
    write_article(path, S1, S2, S1)
    db_path = tmp_path / "f.db"
    assert run_import(db_path, path, "--min-score", "0").exit_code == 0
    ids = [c["id"] for c in sqlite_utils.Database(db_path)["claims"].rows if c["text"] == S1]
    assert len(ids) == 2 and len(set(ids)) == 2
    write_article(path, S1, S2, S1, S4)
    assert run_import(db_path, path, "--min-score", "0").exit_code == 0
    again = [c["id"] for c in sqlite_utils.Database(db_path)["claims"].rows if c["text"] == S1]
    assert sorted(again) == sorted(ids)


def test_claim_ids_ignore_case_spacing_and_quote_style():
    from datasette_factcheck.importer import claim_ids

    a = claim_ids("x", ["He said “no”  to the plan."])
    b = claim_ids("x", ['he said "no" to the plan.'])
    assert a == b
    assert claim_ids("y", ["He said no."]) != claim_ids("x", ["He said no."])


def schema_objects(db_path) -> set[tuple]:
    return set(sqlite_utils.Database(db_path).execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') "
        "AND sql IS NOT NULL"
    ).fetchall())


def import_counting_bulk_loads(db_path, path, **kwargs):
    """Import with the library; returns how often it built indexes a bulk load deferred."""
    from datasette_factcheck.importer import Importer, iter_records
    from datasette_factcheck.readers import collect_inputs

    built = []
    db = sqlite_utils.Database(db_path)
    inputs, errors = collect_inputs([str(path)], "auto")
    assert errors == []
    Importer(db, min_score=0, on_indexing=lambda: built.append(1), **kwargs).run(
        iter_records(inputs, "auto"))
    db.close()
    return len(built)


def test_first_import_is_a_bulk_load_that_ends_fully_indexed(tmp_path, article):
    path, db_path = article
    fresh = tmp_path / "fresh.db"
    schema.ensure_schema(sqlite_utils.Database(fresh))
    # The command's import into an empty database ended with every index and trigger of a
    # fresh schema, and a full-text index that finds its claims.
    assert schema_objects(db_path) == schema_objects(fresh)
    db = sqlite_utils.Database(db_path)
    assert schema.DEFERRED_TABLE not in db.table_names()
    assert [r["text"] for r in db["claims"].search("libraries OR waiting")] == [S2]

    # Into a database that holds articles, nothing is deferred.
    write_article(path, S1, S2, S3, S4)
    assert import_counting_bulk_loads(db_path, path) == 0
    assert [r["text"] for r in db["claims"].search("libraries")] == [S4]
    assert import_counting_bulk_loads(tmp_path / "new.db", path) == 1


def test_import_without_bulk_loading_first_finishes_an_interrupted_one(tmp_path):
    path = tmp_path / "budget.json"
    write_article(path, S1, S2)
    db_path = tmp_path / "f.db"
    db = sqlite_utils.Database(db_path)
    schema.ensure_schema(db)
    schema.start_bulk_load(db)  # as a bulk load that was killed leaves it
    # Builds what the interrupted one deferred (before importing, so the import is indexed).
    assert import_counting_bulk_loads(db_path, path, bulk_load=False) == 1
    assert schema.DEFERRED_TABLE not in db.table_names()
    assert [r["text"] for r in db["claims"].search("waiting")] == [S2]


def _reference_normal_form(text: str) -> str:
    # what normalize_sentence computed before it took a short cut for ASCII text
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return re.sub(r"\s+", " ", text).strip()


@given(st.text(max_size=60) | st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
@settings(max_examples=400, deadline=None)
def test_claim_ids_come_from_the_same_normal_form_for_any_text(text):
    """Ids of stored claims must not change: the ASCII short cut gives the same normal form."""
    from datasette_factcheck.importer import normalize_sentence

    assert normalize_sentence(text) == _reference_normal_form(text)


def test_single_spaced_splits_where_the_pattern_does_at_every_code_point():
    r"""normalize_sentence joins str.split() where it used re.sub(r"\s+", " ", ...).strip():
    the same only while \s and str.isspace() agree on every character."""
    import re
    import sys

    from datasette_factcheck.importer import _single_spaced

    space = re.compile(r"\s")
    assert [c for c in map(chr, range(sys.maxunicode + 1))
            if bool(space.match(c)) != c.isspace()] == []
    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    for text in (spaces, "a" + spaces + "b", f" {spaces}a b\u00a0c{spaces}", "a\n\nb\t", ""):
        assert _single_spaced(text) == re.sub(r"\s+", " ", text).strip()
