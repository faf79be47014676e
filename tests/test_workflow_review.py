"""The review rules without Datasette: validation, apply_review / apply_bulk_review on a real
SQLite file, the version check, one transaction per change, and the append-only history."""

from __future__ import annotations

import sqlite3

import pytest

from datasette_factcheck import workflow
from datasette_factcheck.workflow import (
    ClaimNotFound,
    InvalidReview,
    ReadOnlyDatabase,
    ReviewChange,
    VersionConflict,
    apply_bulk_review,
    apply_review,
    validate_bulk_review,
    validate_review,
)
from review_support import ARTICLE, changes_of, claim_rows, claim_state

STATUSES = ["unchecked", "in_progress", "true", "false"]


@pytest.fixture
def conn(samples_db):
    conn = sqlite3.connect(samples_db)
    yield conn
    conn.close()


@pytest.fixture
def claim_id(samples_db):
    return claim_rows(samples_db)[0]["id"]


# -- validation (pure) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data,expected",
    [
        ({"status": "true", "expected_version": 0}, ReviewChange(status="true")),
        ({"status": " false ", "expected_version": "3"}, ReviewChange(status="false")),
        ({"note": "Checked with the council", "expected_version": 1}, ReviewChange(note="Checked with the council")),
        ({"note": "a\r\nb", "expected_version": 1}, ReviewChange(note="a\nb")),
        ({"note": "", "expected_version": 1}, ReviewChange(note="")),
        ({"assignee": "bob", "expected_version": 0}, ReviewChange(assignee="bob")),
        ({"assignee": "", "expected_version": 0}, ReviewChange(assignee="")),
        (
            {"evidence_urls": ["https://example.org/a", "http://example.org/b"], "expected_version": 0},
            ReviewChange(evidence_urls=("https://example.org/a", "http://example.org/b")),
        ),
        (
            {"evidence_urls": "https://example.org/a\n\nhttps://example.org/b\nhttps://example.org/a", "expected_version": 0},
            ReviewChange(evidence_urls=("https://example.org/a", "https://example.org/b")),
        ),
    ],
)
def test_valid_review_requests(data, expected):
    request = validate_review(data, STATUSES)
    assert request.change == expected
    assert request.expected_version == int(data["expected_version"])


@pytest.mark.parametrize(
    "data,message",
    [
        ([], "must be a JSON object"),
        ("status=true", "must be a JSON object"),
        ({"status": "true"}, "expected_version is required"),
        ({"status": "true", "expected_version": -1}, "expected_version is required"),
        ({"status": "true", "expected_version": True}, "expected_version is required"),
        ({"status": "true", "expected_version": 1.5}, "expected_version is required"),
        ({"status": "true", "expected_version": "two"}, "expected_version is required"),
        ({"expected_version": 0}, "nothing to change"),
        ({"status": "bogus", "expected_version": 0}, "unknown status 'bogus'"),
        ({"status": 5, "expected_version": 0}, "status must be a string"),
        ({"note": ["x"], "expected_version": 0}, "note must be a string"),
        ({"note": "x" * 10_001, "expected_version": 0}, "longer than 10000"),
        ({"assignee": "a\nb", "expected_version": 0}, "single line"),
        ({"actor": "bob", "status": "true", "expected_version": 0}, "unknown field(s): actor"),
        ({"evidence_urls": ["javascript:alert(1)"], "expected_version": 0}, "must start with http:// or https://"),
        ({"evidence_urls": ["ftp://example.org/x"], "expected_version": 0}, "must start with http:// or https://"),
        ({"evidence_urls": ["https://"], "expected_version": 0}, "has no host"),
        ({"evidence_urls": ["https://exa mple.org/"], "expected_version": 0}, "spaces or control characters"),
        ({"evidence_urls": ["https://[::1/"], "expected_version": 0}, "not a valid URL"),
        ({"evidence_urls": [3], "expected_version": 0}, "list of URLs"),
        ({"evidence_urls": {"url": "https://example.org"}, "expected_version": 0}, "list of URLs"),
        ({"evidence_urls": ["https://example.org/" + "a" * 2000], "expected_version": 0}, "longer than 2000"),
        (
            {"evidence_urls": [f"https://example.org/{i}" for i in range(21)], "expected_version": 0},
            "at most 20 evidence URLs",
        ),
    ],
)
def test_invalid_review_requests_say_why(data, message):
    with pytest.raises(InvalidReview) as raised:
        validate_review(data, STATUSES)
    assert message in raised.value.message
    assert raised.value.http_status == 400


def test_every_problem_is_listed_at_once():
    with pytest.raises(InvalidReview) as raised:
        validate_review({"status": "bogus", "evidence_urls": ["mailto:x@example.org"]}, STATUSES)
    assert len(raised.value.errors) == 3  # version, status, URL


@pytest.mark.parametrize(
    "data,message",
    [
        ({"status": "true"}, "claims must be a non-empty list"),
        ({"claims": [], "status": "true"}, "claims must be a non-empty list"),
        ({"claims": ["abc"], "status": "true"}, "claims[0] must be an object"),
        ({"claims": [{"id": "a"}], "status": "true"}, "claims[0].expected_version is required"),
        ({"claims": [{"id": "a", "expected_version": 0}] * 2, "status": "true"}, "listed twice"),
        ({"claims": [{"id": "a", "expected_version": 0}]}, "nothing to change"),
        ({"claims": [{"id": str(i), "expected_version": 0} for i in range(501)], "status": "true"}, "at most 500"),
        ({"claims": [{"id": "a", "expected_version": 0}], "status": "true", "expected_version": 0}, "unknown field(s)"),
    ],
)
def test_invalid_bulk_requests_say_why(data, message):
    with pytest.raises(InvalidReview) as raised:
        validate_bulk_review(data, STATUSES)
    assert message in raised.value.message


def test_valid_bulk_request_keeps_the_order_given():
    request = validate_bulk_review(
        {"claims": [{"id": "b", "expected_version": 2}, {"id": "a", "expected_version": 0}], "assignee": "bob"}
    )
    assert request.claims == (("b", 2), ("a", 0))
    assert request.change == ReviewChange(assignee="bob")


# -- apply_review ---------------------------------------------------------------------------------


def test_apply_review_updates_the_claim_and_appends_one_change(conn, samples_db, claim_id):
    result = apply_review(
        conn,
        claim_id,
        "alice",
        ReviewChange(status="false", note="Budget papers say otherwise", assignee="bob",
                     evidence_urls=("https://example.org/a", "https://example.org/b")),
        0,
        now="2026-03-01T10:00:00Z",
    )
    assert result["claim"] == {
        "id": claim_id, "status": "false", "note": "Budget papers say otherwise", "assignee": "bob",
        "version": 1, "updated_at": "2026-03-01T10:00:00Z",
    }
    state = claim_state(samples_db, claim_id)
    assert (state["status"], state["version"], state["assignee"], state["updated_at"]) == (
        "false", 1, "bob", "2026-03-01T10:00:00Z"
    )
    [change] = changes_of(samples_db, claim_id)
    assert change["from_status"] == "unchecked" and change["to_status"] == "false"
    assert change["actor"] == "alice"
    assert change["note"] == "Budget papers say otherwise"
    assert change["evidence_url"] == "https://example.org/a\nhttps://example.org/b"
    assert workflow.split_evidence(change["evidence_url"]) == ["https://example.org/a", "https://example.org/b"]
    assert (change["from_assignee"], change["to_assignee"], change["version"]) == (None, "bob", 1)
    assert change["changed_at"] == "2026-03-01T10:00:00Z"


def test_versions_count_the_changes(conn, samples_db, claim_id):
    for version, status in enumerate(["in_progress", "true", "false", "in_progress"]):
        apply_review(conn, claim_id, "alice", ReviewChange(status=status), version)
    assert claim_state(samples_db, claim_id)["version"] == 4
    assert [c["version"] for c in changes_of(samples_db, claim_id)] == [1, 2, 3, 4]
    assert [c["to_status"] for c in changes_of(samples_db, claim_id)] == ["in_progress", "true", "false", "in_progress"]


def test_a_note_only_change_keeps_the_status_and_records_the_note(conn, samples_db, claim_id):
    apply_review(conn, claim_id, "alice", ReviewChange(note="Asked the press office"), 0)
    [change] = changes_of(samples_db, claim_id)
    assert change["from_status"] == change["to_status"] == "unchecked"
    assert change["note"] == "Asked the press office"
    # an unchanged note is not repeated in the next change; an empty one clears it
    apply_review(conn, claim_id, "alice", ReviewChange(status="in_progress", note="Asked the press office"), 1)
    assert changes_of(samples_db, claim_id)[-1]["note"] is None
    apply_review(conn, claim_id, "alice", ReviewChange(note=""), 2)
    assert claim_state(samples_db, claim_id)["note"] is None


def test_stale_version_is_a_conflict_with_the_current_state_and_writes_nothing(conn, samples_db, claim_id):
    apply_review(conn, claim_id, "bob", ReviewChange(status="true", note="Matches the report"), 0)
    before = claim_state(samples_db, claim_id)
    with pytest.raises(VersionConflict) as raised:
        apply_review(conn, claim_id, "alice", ReviewChange(status="false"), 0)
    error = raised.value
    assert error.http_status == 409
    body = error.to_json()
    assert body["claim"]["status"] == "true" and body["claim"]["version"] == 1
    assert body["last_change"]["actor"] == "bob"
    assert body["last_change"]["note"] == "Matches the report"
    assert body["expected_version"] == 0
    assert claim_state(samples_db, claim_id) == before
    assert len(changes_of(samples_db, claim_id)) == 1


@pytest.mark.parametrize("expected_version", [1, 7])
def test_a_version_from_the_future_is_a_conflict_too(conn, claim_id, expected_version):
    with pytest.raises(VersionConflict):
        apply_review(conn, claim_id, "alice", ReviewChange(status="true"), expected_version)


def test_unknown_claim_is_not_found(conn):
    with pytest.raises(ClaimNotFound) as raised:
        apply_review(conn, "no-such-claim", "alice", ReviewChange(status="true"), 0)
    assert raised.value.http_status == 404


def test_unknown_status_is_checked_against_the_table(conn, samples_db, claim_id):
    with pytest.raises(InvalidReview) as raised:
        apply_review(conn, claim_id, "alice", ReviewChange(status="pants_on_fire"), 0)
    assert "known statuses: unchecked, in_progress, true" in raised.value.message
    assert changes_of(samples_db) == []


def test_a_change_that_changes_nothing_is_refused(conn, samples_db, claim_id):
    with pytest.raises(InvalidReview, match="nothing to change"):
        apply_review(conn, claim_id, "alice", ReviewChange(status="unchecked", assignee=""), 0)
    assert changes_of(samples_db) == []


def test_evidence_alone_is_a_change(conn, samples_db, claim_id):
    apply_review(conn, claim_id, "alice", ReviewChange(evidence_urls=("https://example.org/x",)), 0)
    assert claim_state(samples_db, claim_id)["version"] == 1


@pytest.mark.parametrize("actor_id", [None, "", "  "])
def test_a_change_needs_an_actor(conn, claim_id, actor_id):
    with pytest.raises(ValueError):
        apply_review(conn, claim_id, actor_id, ReviewChange(status="true"), 0)


def test_claim_update_and_history_row_are_one_transaction(conn, samples_db, claim_id):
    """If appending the history row fails, the claim is not changed either."""
    conn.execute(
        "CREATE TRIGGER test_refuse_insert BEFORE INSERT ON status_changes"
        " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError, match="disk on fire"):
        apply_review(conn, claim_id, "alice", ReviewChange(status="true"), 0)
    assert claim_state(samples_db, claim_id)["version"] == 0
    assert claim_state(samples_db, claim_id)["status"] == "unchecked"
    assert not conn.in_transaction


def test_works_inside_a_transaction_the_caller_opened(conn, samples_db, claim_id):
    """Datasette 1.0 runs write functions inside its own transaction: a savepoint then."""
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(VersionConflict):
        apply_review(conn, claim_id, "alice", ReviewChange(status="true"), 3)
    apply_review(conn, claim_id, "alice", ReviewChange(status="true"), 0)
    assert conn.in_transaction
    conn.commit()
    assert claim_state(samples_db, claim_id)["version"] == 1


def test_read_only_connection_is_reported_as_such(samples_db, claim_id):
    conn = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    with pytest.raises(ReadOnlyDatabase) as raised:
        apply_review(conn, claim_id, "alice", ReviewChange(status="true"), 0)
    assert raised.value.http_status == 403
    assert "read-only" in raised.value.message
    conn.close()


# -- append-only history --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql,message",
    [
        ("UPDATE status_changes SET to_status = 'true'", "cannot be updated"),
        ("UPDATE status_changes SET actor = 'mallory' WHERE id = 1", "cannot be updated"),
        ("DELETE FROM status_changes", "cannot be deleted"),
        ("DELETE FROM status_changes WHERE id = 1", "cannot be deleted"),
        ("INSERT OR REPLACE INTO status_changes (id, claim_id, changed_at) VALUES (1, 'x', 'now')", "cannot be replaced"),
        ("INSERT INTO status_changes (id, claim_id, changed_at) VALUES (1, 'x', 'now') ON CONFLICT (id) DO UPDATE SET note = 'x'", "cannot be"),
    ],
)
def test_status_changes_reject_update_and_delete(conn, samples_db, claim_id, sql, message):
    apply_review(conn, claim_id, "alice", ReviewChange(status="true"), 0)
    before = changes_of(samples_db)
    with pytest.raises(sqlite3.DatabaseError, match=message):
        conn.execute(sql)
    conn.rollback()
    assert changes_of(samples_db) == before


def test_inserting_history_is_still_allowed(conn, samples_db, claim_id):
    conn.execute(
        "INSERT INTO status_changes (claim_id, from_status, to_status, actor, changed_at)"
        " VALUES (?, 'unchecked', 'true', 'import', '2026-01-01T00:00:00Z')",
        [claim_id],
    )
    conn.commit()
    assert len(changes_of(samples_db)) == 1


def test_reimporting_reviewed_claims_still_works_with_the_triggers(samples_db, conn, claim_id):
    """The importer keeps reviewed claims and never touches their history."""
    from conftest import run_import

    apply_review(conn, claim_id, "alice", ReviewChange(status="false"), 0)
    conn.close()
    result = run_import(samples_db, "--samples", "--silent")
    assert result.exit_code == 0, result.output
    assert claim_state(samples_db, claim_id)["status"] == "false"
    assert len(changes_of(samples_db, claim_id)) == 1


# -- apply_bulk_review ----------------------------------------------------------------------------


def test_bulk_review_writes_one_change_per_claim(conn, samples_db):
    rows = claim_rows(samples_db)[:3]
    result = apply_bulk_review(
        conn, [(r["id"], r["version"]) for r in rows], "alice", ReviewChange(status="in_progress", assignee="bob")
    )
    assert len(result["changed"]) == 3 and result["unchanged"] == []
    for r in rows:
        state = claim_state(samples_db, r["id"])
        assert (state["status"], state["assignee"], state["version"]) == ("in_progress", "bob", 1)
        assert len(changes_of(samples_db, r["id"])) == 1
    assert len(changes_of(samples_db)) == 3


def test_bulk_review_skips_claims_that_already_have_the_values(conn, samples_db):
    a, b = claim_rows(samples_db)[:2]
    apply_review(conn, a["id"], "bob", ReviewChange(status="true"), 0)
    result = apply_bulk_review(conn, [(a["id"], 1), (b["id"], 0)], "alice", ReviewChange(status="true"))
    assert result["unchanged"] == [a["id"]]
    assert [c["claim"]["id"] for c in result["changed"]] == [b["id"]]
    assert len(changes_of(samples_db)) == 2


def test_bulk_review_is_all_or_nothing_on_a_conflict(conn, samples_db):
    a, b, c = claim_rows(samples_db)[:3]
    apply_review(conn, b["id"], "bob", ReviewChange(status="true"), 0)
    with pytest.raises(VersionConflict) as raised:
        apply_bulk_review(conn, [(a["id"], 0), (b["id"], 0), (c["id"], 0)], "alice", ReviewChange(status="false"))
    assert [x["claim"]["id"] for x in raised.value.conflicts] == [b["id"]]
    assert raised.value.to_json()["claim"]["status"] == "true"
    assert claim_state(samples_db, a["id"])["version"] == 0
    assert claim_state(samples_db, c["id"])["version"] == 0
    assert len(changes_of(samples_db)) == 1


def test_bulk_review_with_an_unknown_claim_writes_nothing(conn, samples_db):
    a = claim_rows(samples_db)[0]
    with pytest.raises(ClaimNotFound) as raised:
        apply_bulk_review(conn, [(a["id"], 0), ("nope", 0)], "alice", ReviewChange(status="false"))
    assert raised.value.claim_ids == ["nope"]
    assert changes_of(samples_db) == []


def test_several_conflicts_are_listed_together(conn, samples_db):
    a, b = claim_rows(samples_db)[:2]
    for row in (a, b):
        apply_review(conn, row["id"], "bob", ReviewChange(status="true"), 0)
    with pytest.raises(VersionConflict) as raised:
        apply_bulk_review(conn, [(a["id"], 0), (b["id"], 0)], "alice", ReviewChange(status="false"))
    body = raised.value.to_json()
    assert len(body["conflicts"]) == 2
    assert "were changed by someone else" in body["error"]


def test_the_article_has_claims_to_work_with(samples_db):
    assert len(claim_rows(samples_db, ARTICLE)) >= 3


def test_bulk_precheck_on_a_read_only_connection(conn, samples_db):
    a, b = claim_rows(samples_db)[:2]
    apply_review(conn, b["id"], "bob", ReviewChange(status="true"), 0)
    conn.commit()
    reader = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    workflow.precheck_bulk_review(reader, [(a["id"], 0), (b["id"], 1)])  # current: passes
    with pytest.raises(VersionConflict) as raised:
        workflow.precheck_bulk_review(reader, [(a["id"], 0), (b["id"], 0)])
    assert raised.value.to_json()["claim"]["id"] == b["id"]  # (one conflict: named alone)
    with pytest.raises(ClaimNotFound):
        workflow.precheck_bulk_review(reader, [(a["id"], 0), ("nope", 0)])
    assert not reader.in_transaction
    reader.close()


def test_precheck_on_a_read_only_connection_refuses_stale_and_unknown(conn, samples_db, claim_id):
    apply_review(conn, claim_id, "bob", ReviewChange(status="true", note="first"), 0)
    conn.commit()
    reader = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    workflow.precheck_review(reader, claim_id, 1)  # current: passes, writes nothing
    with pytest.raises(VersionConflict) as raised:
        workflow.precheck_review(reader, claim_id, 0)
    assert raised.value.to_json()["last_change"]["note"] == "first"
    with pytest.raises(ClaimNotFound):
        workflow.precheck_review(reader, "nope", 0)
    assert not reader.in_transaction
    reader.close()
