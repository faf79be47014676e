"""Workflow rules: the status vocabulary in the database, and (later) review changes.

SQL lives in named constants; functions take a ``sqlite_utils.Database`` or a connection and do
their writes in one transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Mapping
from urllib.parse import urlsplit

import sqlite_utils

from .schema import utcnow
from .transaction import atomic

COUNT_STATUS_USE = """
SELECT status_id, SUM(n) FROM (
    SELECT status AS status_id, COUNT(*) AS n FROM claims GROUP BY status
    UNION ALL
    SELECT to_status, COUNT(*) FROM status_changes GROUP BY to_status
    UNION ALL
    SELECT from_status, COUNT(*) FROM status_changes WHERE from_status IS NOT NULL
    GROUP BY from_status
) GROUP BY status_id
"""
UPSERT_STATUS = """
INSERT INTO statuses (id, label, description, color, sort_order, is_final, rating)
VALUES (:id, :label, :description, :color, :sort_order, :is_final, :rating)
ON CONFLICT (id) DO UPDATE SET label = excluded.label, description = excluded.description,
    color = excluded.color, sort_order = excluded.sort_order, is_final = excluded.is_final,
    rating = excluded.rating
"""
DELETE_STATUS = "DELETE FROM statuses WHERE id = ?"


def apply_configured_statuses(db: sqlite_utils.Database, statuses: list[dict]) -> list[str]:
    """Make the ``statuses`` table match the configured vocabulary.

    Configured statuses are inserted or updated. A status that is no longer configured is
    deleted if nothing uses it; if claims or their history still use it, it is kept (so nothing
    is lost) and a warning is returned for the log and the dashboard.
    """
    warnings = []
    with atomic(db.conn) as conn:
        used = {row[0]: row[1] for row in conn.execute(COUNT_STATUS_USE).fetchall()}
        existing = [row[0] for row in conn.execute("SELECT id FROM statuses").fetchall()]
        conn.executemany(UPSERT_STATUS, statuses)
        configured = {s["id"] for s in statuses}
        for status_id in existing:
            if status_id in configured:
                continue
            if used.get(status_id):
                warnings.append(
                    f"status {status_id!r} is no longer configured, but {used[status_id]} "
                    "claims or history entries use it: it was kept"
                )
            else:
                conn.execute(DELETE_STATUS, [status_id])
    return warnings


# --- Review changes -------------------------------------------------------------------------
#
# A review request is validated by a pure function (``validate_review`` /
# ``validate_bulk_review``: data in, a frozen request or ``InvalidReview`` out), then applied by
# ``apply_review`` / ``apply_bulk_review`` on the write connection: the version check, the claim
# update and the ``status_changes`` row happen in one transaction, so two reviewers can never
# silently overwrite each other and no change is lost or written twice.

MAX_NOTE_LENGTH = 10_000
MAX_ASSIGNEE_LENGTH = 200
MAX_URL_LENGTH = 2_000
MAX_EVIDENCE_URLS = 20
MAX_BULK_CLAIMS = 500
REVIEW_FIELDS = ("status", "note", "evidence_urls", "assignee", "expected_version")
BULK_FIELDS = ("claims", "status", "note", "evidence_urls", "assignee")
# Several evidence URLs are stored in one ``status_changes.evidence_url`` value, one per line.
EVIDENCE_SEPARATOR = "\n"

SELECT_CLAIM_STATE = """
SELECT id, article_id, status, note, assignee, version, updated_at FROM claims WHERE id = ?
"""
SELECT_LAST_CHANGE = """
SELECT id, claim_id, from_status, to_status, actor, note, evidence_url, changed_at,
    from_assignee, to_assignee, version
FROM status_changes WHERE claim_id = ? ORDER BY id DESC LIMIT 1
"""
SELECT_STATUS_EXISTS = "SELECT 1 FROM statuses WHERE id = ?"
SELECT_STATUS_IDS = "SELECT id FROM statuses ORDER BY sort_order, id"
UPDATE_CLAIM_REVIEW = """
UPDATE claims SET status = :status, note = :note, assignee = :assignee,
    updated_at = :changed_at, version = :expected_version + 1
WHERE id = :claim_id AND version = :expected_version
"""
INSERT_STATUS_CHANGE = """
INSERT INTO status_changes (claim_id, from_status, to_status, actor, note, evidence_url,
    changed_at, from_assignee, to_assignee, version)
VALUES (:claim_id, :from_status, :to_status, :actor, :note, :evidence_url,
    :changed_at, :from_assignee, :to_assignee, :version)
"""


class ReviewError(Exception):
    """A review that cannot be applied. ``http_status`` and ``to_json()`` describe it for HTTP."""

    http_status = 400

    def __init__(self, message: str, **details):
        super().__init__(message)
        self.message = message
        self.details = details

    def to_json(self) -> dict:
        return {"ok": False, "error": self.message, **self.details}


class InvalidReview(ReviewError):
    """The request is malformed, names an unknown status, gives a bad URL, or changes nothing."""

    def __init__(self, errors: list[str] | str):
        errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("; ".join(errors), errors=errors)
        self.errors = errors


class ClaimNotFound(ReviewError):
    http_status = 404

    def __init__(self, claim_ids):
        ids = [claim_ids] if isinstance(claim_ids, str) else list(claim_ids)
        super().__init__("no such claim: " + ", ".join(ids), claim_ids=ids)
        self.claim_ids = ids


class VersionConflict(ReviewError):
    """``expected_version`` is stale: someone else changed the claim since it was read.

    ``conflicts`` holds, per claim, its current state and the change that made it current.
    """

    http_status = 409

    def __init__(self, conflicts: list[dict]):
        self.conflicts = conflicts
        if len(conflicts) == 1:
            c = conflicts[0]
            message = (
                f"claim {c['claim']['id']} was changed by someone else: it is now at version "
                f"{c['claim']['version']}, not {c['expected_version']}; nothing was written"
            )
            super().__init__(
                message,
                claim=c["claim"],
                last_change=c["last_change"],
                expected_version=c["expected_version"],
            )
        else:
            ids = ", ".join(c["claim"]["id"] for c in conflicts)
            super().__init__(
                f"claims {ids} were changed by someone else; nothing was written",
                conflicts=conflicts,
            )


class ReadOnlyDatabase(ReviewError):
    http_status = 403


@dataclass(frozen=True)
class ReviewChange:
    """What a review sets. ``None`` leaves a field as it is; ``""`` clears note or assignee."""

    status: str | None = None
    note: str | None = None
    assignee: str | None = None
    evidence_urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReviewRequest:
    change: ReviewChange
    expected_version: int


@dataclass(frozen=True)
class BulkReviewRequest:
    change: ReviewChange
    claims: tuple[tuple[str, int], ...]  # (claim id, expected version), in the order given


def validate_review(data, known_statuses: Iterable[str] | None = None) -> ReviewRequest:
    """Check one claim's review request (a JSON object or form fields, as a mapping).

    ``expected_version`` is required; ``status``, ``note``, ``evidence_urls`` (a list of
    http/https URLs, or one string with a URL per line) and ``assignee`` are optional, but at
    least one of them must be given. Raises ``InvalidReview`` listing every problem.
    """
    if not isinstance(data, Mapping):
        raise InvalidReview("the body must be a JSON object (or an HTML form)")
    errors = _unknown_fields(data, REVIEW_FIELDS)
    expected_version = _version(data.get("expected_version"), "expected_version", errors)
    change = _change(data, known_statuses, errors)
    if errors:
        raise InvalidReview(errors)
    return ReviewRequest(change=change, expected_version=expected_version)


def validate_bulk_review(data, known_statuses: Iterable[str] | None = None) -> BulkReviewRequest:
    """Check a bulk request: ``claims`` is a list of ``{"id", "expected_version"}`` objects and
    the change (status, assignee, note, evidence) applies to each of them."""
    if not isinstance(data, Mapping):
        raise InvalidReview("the body must be a JSON object (or an HTML form)")
    errors = _unknown_fields(data, BULK_FIELDS)
    claims = data.get("claims")
    items: list[tuple[str, int]] = []
    if not isinstance(claims, list) or not claims:
        errors.append("claims must be a non-empty list of {id, expected_version}")
    elif len(claims) > MAX_BULK_CLAIMS:
        errors.append(f"at most {MAX_BULK_CLAIMS} claims at once")
    else:
        seen = set()
        for i, item in enumerate(claims):
            if not isinstance(item, Mapping) or not isinstance(item.get("id"), str) or not item["id"]:
                errors.append(f"claims[{i}] must be an object with an id and an expected_version")
                continue
            version = _version(item.get("expected_version"), f"claims[{i}].expected_version", errors)
            if item["id"] in seen:
                errors.append(f"claim {item['id']} is listed twice")
            seen.add(item["id"])
            items.append((item["id"], version))
    change = _change(data, known_statuses, errors)
    if errors:
        raise InvalidReview(errors)
    return BulkReviewRequest(change=change, claims=tuple(items))


def _unknown_fields(data: Mapping, allowed) -> list[str]:
    unknown = sorted(str(k) for k in data if k not in allowed)
    return [f"unknown field(s): {', '.join(unknown)}"] if unknown else []


def _version(value, name: str, errors: list[str]) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        errors.append(f"{name} is required: the claim's version when you read it (an integer >= 0)")
        return -1
    return value


def _change(data: Mapping, known_statuses, errors: list[str]) -> ReviewChange:
    status = data.get("status")
    if status is not None:
        if not isinstance(status, str):
            errors.append("status must be a string")
            status = None
        else:
            status = status.strip() or None
            if status is not None and known_statuses is not None:
                known = list(known_statuses)
                if status not in known:
                    errors.append(f"unknown status {status!r}; known statuses: {', '.join(known)}")
    note = _text(data.get("note"), "note", MAX_NOTE_LENGTH, errors)
    assignee = _text(data.get("assignee"), "assignee", MAX_ASSIGNEE_LENGTH, errors)
    if assignee and any(ch in assignee for ch in "\r\n\t"):
        errors.append("assignee must be a single line")
    evidence = _evidence(data.get("evidence_urls"), errors)
    change = ReviewChange(status=status, note=note, assignee=assignee, evidence_urls=evidence)
    if (status, note, assignee) == (None, None, None) and not evidence and not errors:
        errors.append("nothing to change: give at least one of status, note, evidence_urls, assignee")
    return change


def _text(value, name: str, limit: int, errors: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        errors.append(f"{name} must be a string")
        return None
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(value) > limit:
        errors.append(f"{name} is longer than {limit} characters")
    if "\x00" in value:
        errors.append(f"{name} must not contain NUL characters")
    return value


def _evidence(value, errors: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append("evidence_urls must be a list of URLs (or one URL per line)")
        return ()
    urls: list[str] = []
    for raw in value:
        url = raw.strip()
        if not url or url in urls:
            continue
        problem = evidence_url_problem(url)
        if problem:
            errors.append(problem)
        urls.append(url)
    if len(urls) > MAX_EVIDENCE_URLS:
        errors.append(f"at most {MAX_EVIDENCE_URLS} evidence URLs per change")
    return tuple(urls)


def evidence_url_problem(url: str) -> str | None:
    """Why ``url`` is not acceptable evidence (None when it is: http or https with a host)."""
    shown = url if len(url) <= 80 else url[:77] + "..."
    if len(url) > MAX_URL_LENGTH:
        return f"evidence URL {shown!r} is longer than {MAX_URL_LENGTH} characters"
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return f"evidence URL {shown!r} must not contain spaces or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return f"evidence URL {shown!r} is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return f"evidence URL {shown!r} must start with http:// or https://"
    if not host:
        return f"evidence URL {shown!r} has no host"
    return None


def split_evidence(value: str | None) -> list[str]:
    """The evidence URLs of a ``status_changes.evidence_url`` value."""
    return [u for u in (value or "").split(EVIDENCE_SEPARATOR) if u]


def claim_state(row) -> dict:
    keys = ("id", "article_id", "status", "note", "assignee", "version", "updated_at")
    return dict(zip(keys, row))


def _last_change(conn, claim_id: str) -> dict | None:
    row = conn.execute(SELECT_LAST_CHANGE, [claim_id]).fetchone()
    if row is None:
        return None
    keys = ("id", "claim_id", "from_status", "to_status", "actor", "note", "evidence_url",
            "changed_at", "from_assignee", "to_assignee", "version")
    change = dict(zip(keys, row))
    change["evidence_urls"] = split_evidence(change.pop("evidence_url"))
    return change


def _prepare(conn, state: dict, change: ReviewChange, actor_id: str, now: str) -> dict | None:
    """The claim's new values and its change row, or None when the change alters nothing."""
    status = change.status if change.status is not None else state["status"]
    if status != state["status"] and conn.execute(SELECT_STATUS_EXISTS, [status]).fetchone() is None:
        known = [row[0] for row in conn.execute(SELECT_STATUS_IDS).fetchall()]
        raise InvalidReview(f"unknown status {status!r}; known statuses: {', '.join(known)}")
    note = state["note"] if change.note is None else (change.note or None)
    assignee = state["assignee"] if change.assignee is None else (change.assignee or None)
    if (status, note, assignee) == (state["status"], state["note"], state["assignee"]) and not (
        change.evidence_urls
    ):
        return None
    return {
        "claim_id": state["id"],
        "expected_version": state["version"],
        "status": status,
        "note": note,
        "assignee": assignee,
        "changed_at": now,
        "from_status": state["status"],
        "to_status": status,
        "actor": actor_id,
        "evidence_url": EVIDENCE_SEPARATOR.join(change.evidence_urls) or None,
        "from_assignee": state["assignee"],
        "to_assignee": assignee,
        "version": state["version"] + 1,
        # the note written with this change (None when the note was left as it was)
        "change_note": note if note != state["note"] else None,
    }


def _write(conn, values: dict) -> dict:
    cursor = conn.execute(UPDATE_CLAIM_REVIEW, values)
    if cursor.rowcount != 1:  # cannot happen inside the transaction; never write a stray row
        raise VersionConflict(
            [{"claim": claim_state(conn.execute(SELECT_CLAIM_STATE, [values["claim_id"]]).fetchone()),
              "last_change": _last_change(conn, values["claim_id"]),
              "expected_version": values["expected_version"]}]
        )
    row = dict(values, note=values["change_note"])
    change_id = conn.execute(INSERT_STATUS_CHANGE, row).lastrowid
    return {
        "claim": {
            "id": values["claim_id"],
            "status": values["status"],
            "note": values["note"],
            "assignee": values["assignee"],
            "version": values["version"],
            "updated_at": values["changed_at"],
        },
        "change": {
            "id": change_id,
            "claim_id": values["claim_id"],
            "from_status": values["from_status"],
            "to_status": values["to_status"],
            "actor": values["actor"],
            "note": values["change_note"],
            "evidence_urls": split_evidence(values["evidence_url"]),
            "changed_at": values["changed_at"],
            "from_assignee": values["from_assignee"],
            "to_assignee": values["to_assignee"],
            "version": values["version"],
        },
    }


def current_state(conn, claim_id: str, expected_version: int) -> dict:
    """The claim's state, if it is at ``expected_version``; else ``ClaimNotFound`` or
    ``VersionConflict`` (with the current state and the change that made it)."""
    row = conn.execute(SELECT_CLAIM_STATE, [claim_id]).fetchone()
    if row is None:
        raise ClaimNotFound(claim_id)
    state = claim_state(row)
    if state["version"] != expected_version:
        raise VersionConflict(
            [{"claim": state, "last_change": _last_change(conn, claim_id),
              "expected_version": expected_version}]
        )
    return state


def precheck_review(conn, claim_id: str, expected_version: int) -> None:
    """Refuse a review that is certainly stale, from a read connection, before it queues for
    the writer. Versions only grow and a read sees every committed change, so a mismatch here is
    final; a match proves nothing (``apply_review`` checks again inside its transaction)."""
    conn.execute("BEGIN")  # one snapshot for the claim and its latest change
    try:
        current_state(conn, claim_id, expected_version)
    finally:
        conn.execute("COMMIT")


def _check_actor(actor_id) -> str:
    if actor_id is None or not str(actor_id).strip():
        raise ValueError("a review needs the authenticated actor's id")
    return str(actor_id)


def _readonly_guard(fn):
    """Turn SQLite's "attempt to write a readonly database" into a ``ReadOnlyDatabase``."""

    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except sqlite3.OperationalError as e:
            if "readonly" in str(e) or "read-only" in str(e):
                raise ReadOnlyDatabase("this database is read-only: reviews cannot be saved here") from e
            raise

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@_readonly_guard
def apply_review(conn, claim_id: str, actor_id: str, changes: ReviewChange, expected_version: int,
                 now: str | None = None) -> dict:
    """Apply one review to one claim, in one transaction.

    Updates the claim (status, note, assignee, ``updated_at``, ``version`` + 1) and appends one
    ``status_changes`` row. Raises ``ClaimNotFound``; ``VersionConflict`` (with the claim's current
    state and latest change) when ``expected_version`` is not its version, writing nothing;
    ``InvalidReview`` when the change alters nothing. Returns ``{"claim", "change"}``.
    """
    actor_id = _check_actor(actor_id)
    now = now or utcnow()
    with atomic(conn):
        state = current_state(conn, claim_id, expected_version)
        values = _prepare(conn, state, changes, actor_id, now)
        if values is None:
            raise InvalidReview("nothing to change: the claim already has these values")
        return _write(conn, values)


@_readonly_guard
def _bulk_states(conn, claims: list[tuple[str, int]]) -> list[dict]:
    """The current state of each claim of a bulk review; ``ClaimNotFound`` for any missing,
    else ``VersionConflict`` for any whose version is not the one the reviewer saw."""
    states, missing, conflicts = [], [], []
    for claim_id, expected_version in claims:
        row = conn.execute(SELECT_CLAIM_STATE, [claim_id]).fetchone()
        if row is None:
            missing.append(claim_id)
            continue
        state = claim_state(row)
        if state["version"] != expected_version:
            conflicts.append({"claim": state, "last_change": _last_change(conn, claim_id),
                              "expected_version": expected_version})
        states.append(state)
    if missing:
        raise ClaimNotFound(missing)
    if conflicts:
        raise VersionConflict(conflicts)
    return states


def precheck_bulk_review(conn, claims: Iterable[tuple[str, int]]) -> None:
    """``precheck_review`` for a bulk review: refuse it from a read connection when one of its
    claims is missing or certainly stale (``apply_bulk_review`` checks again when it writes)."""
    conn.execute("BEGIN")  # one snapshot for all the claims
    try:
        _bulk_states(conn, list(claims))
    finally:
        conn.execute("COMMIT")


def apply_bulk_review(conn, claims: Iterable[tuple[str, int]], actor_id: str, changes: ReviewChange,
                      now: str | None = None) -> dict:
    """Apply one change to several claims: all or nothing, one ``status_changes`` row per claim
    that actually changes (claims that already have the values are skipped and listed)."""
    actor_id = _check_actor(actor_id)
    now = now or utcnow()
    claims = list(claims)
    with atomic(conn):
        states = _bulk_states(conn, claims)
        results, unchanged = [], []
        for state in states:
            values = _prepare(conn, state, changes, actor_id, now)
            if values is None:
                unchanged.append(state["id"])
            else:
                results.append(_write(conn, values))
        if not results:
            raise InvalidReview("nothing to change: the selected claims already have these values")
        return {"changed": results, "unchanged": unchanged}

