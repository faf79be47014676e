"""Concurrent reviewers: many parallel requests, in process and against a real ``datasette serve``
subprocess, never lose or double-write a change."""

from __future__ import annotations

import asyncio
import http.client
import json
import sqlite3
import threading
from collections import Counter

import pytest

from datasette_factcheck import review_views, workflow
from datasette_factcheck.workflow import ReviewChange
from review_support import changes_of, claim_rows, claim_state, cookies_for, review_path

SECRET = "test-review-concurrency-secret"


@pytest.mark.asyncio
async def test_parallel_requests_with_the_same_version_accept_exactly_one(ds, samples_db):
    claim = claim_rows(samples_db)[0]
    actors = [{"id": "alice"}, {"id": "bob"}, {"id": "root"}]

    async def attempt(i):
        return await ds.client.post(
            review_path("factcheck", claim["id"]),
            json={"status": ["true", "false", "mixed"][i % 3], "note": f"attempt {i}", "expected_version": 0},
            cookies=cookies_for(ds, actors[i % 3]),
        )

    responses = await asyncio.gather(*(attempt(i) for i in range(24)))
    codes = Counter(r.status_code for r in responses)
    assert codes == {200: 1, 409: 23}
    [winner] = [r.json() for r in responses if r.status_code == 200]
    for r in responses:
        if r.status_code == 409:
            assert r.json()["claim"]["version"] == 1
            assert r.json()["last_change"]["note"] == winner["change"]["note"]
    assert claim_state(samples_db, claim["id"])["version"] == 1
    assert len(changes_of(samples_db, claim["id"])) == 1


@pytest.mark.asyncio
async def test_parallel_requests_on_different_claims_all_land(ds, samples_db):
    rows = claim_rows(samples_db)
    responses = await asyncio.gather(*(
        ds.client.post(
            review_path("factcheck", row["id"]), json={"status": "in_progress", "expected_version": 0},
            cookies=cookies_for(ds, {"id": "alice"}),
        )
        for row in rows
    ))
    assert all(r.status_code == 200 for r in responses)
    assert len(changes_of(samples_db)) == len(rows)
    assert {r.json()["change"]["id"] for r in responses} == {c["id"] for c in changes_of(samples_db)}


def test_a_failing_review_in_a_group_leaves_the_others_alone(samples_db):
    a, b, c = claim_rows(samples_db)[:3]
    conn = sqlite3.connect(samples_db)

    def review(claim_id, status, version):
        return lambda conn: workflow.apply_review(conn, claim_id, "alice", ReviewChange(status=status), version)

    def broken(conn):
        conn.execute("UPDATE claims SET note = 'half written' WHERE id = ?", [b["id"]])
        raise sqlite3.IntegrityError("boom")

    results = review_views.apply_group(
        conn, [review(a["id"], "true", 0), broken, review(b["id"], "true", 5), review(c["id"], "false", 0)]
    )
    conn.close()
    assert results[0]["claim"]["version"] == 1
    assert isinstance(results[1], sqlite3.IntegrityError)
    assert isinstance(results[2], workflow.VersionConflict)
    assert results[3]["claim"]["status"] == "false"
    assert claim_state(samples_db, b["id"])["note"] is None  # the broken function's write is undone
    assert claim_state(samples_db, b["id"])["version"] == 0
    assert len(changes_of(samples_db)) == 2


def _signed_cookie(actor_id):
    from datasette.app import Datasette

    return Datasette([], secret=SECRET).sign({"a": {"id": actor_id}}, "actor")


def _post(conn, claim_id, cookie, body):
    conn.request(
        "POST", review_path("factcheck", claim_id), body=json.dumps(body),
        headers={"Content-Type": "application/json", "Cookie": "ds_actor=" + cookie},
    )
    response = conn.getresponse()
    return response.status, json.loads(response.read())


def test_many_parallel_requests_against_a_server_subprocess(samples_db, start_server):
    server = start_server(samples_db, "--secret", SECRET)
    rows = claim_rows(samples_db)
    hot = rows[0]["id"]
    workers, rounds, per_worker = 8, 12, 30
    cookies = [_signed_cookie(["alice", "bob", "root"][n % 3]) for n in range(workers)]
    barrier = threading.Barrier(workers)
    lock = threading.Lock()
    outcomes = Counter()
    accepted_changes = []
    failures = []

    def worker(n):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            # Phase 1: every worker races for the same claim and version, round after round.
            for r in range(rounds):
                barrier.wait()
                status, body = _post(conn, hot, cookies[n], {"status": ["true", "false"][r % 2], "note": f"w{n} r{r}", "expected_version": r})
                with lock:
                    outcomes[("race", status)] += 1
                    if status == 200:
                        accepted_changes.append(body["change"]["id"])
                barrier.wait()
            # Phase 2: read-modify-write on claims shared by every worker, retrying on 409.
            versions = {}
            for i in range(per_worker):
                claim_id = rows[1 + (i * 7 + n) % (len(rows) - 1)]["id"]
                expected = versions.get(claim_id, 0)
                for _ in range(50):
                    status, body = _post(conn, claim_id, cookies[n], {"note": f"w{n} i{i}", "expected_version": expected})
                    with lock:
                        outcomes[("spread", status)] += 1
                    if status == 200:
                        versions[claim_id] = body["claim"]["version"]
                        with lock:
                            accepted_changes.append(body["change"]["id"])
                        break
                    if status != 409:
                        raise AssertionError((status, body))
                    expected = body["claim"]["version"]
                else:
                    raise AssertionError("no progress after 50 attempts")
        except Exception as e:  # noqa: BLE001 - reported by the main thread
            failures.append(repr(e))
            barrier.abort()
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not failures, failures
    assert outcomes[("race", 200)] == rounds  # exactly one winner per round
    assert outcomes[("race", 409)] == rounds * (workers - 1)
    assert outcomes[("spread", 200)] == workers * per_worker
    server.stop()

    conn = sqlite3.connect(samples_db)
    rows_count = conn.execute("SELECT COUNT(*) FROM status_changes").fetchone()[0]
    assert rows_count == len(accepted_changes) == rounds + workers * per_worker
    assert sorted(accepted_changes) == [r[0] for r in conn.execute("SELECT id FROM status_changes ORDER BY id")]
    mismatched = conn.execute(
        "SELECT COUNT(*) FROM claims WHERE version != "
        "(SELECT COUNT(*) FROM status_changes WHERE claim_id = claims.id)"
    ).fetchone()[0]
    assert mismatched == 0
    assert conn.execute("SELECT version FROM claims WHERE id = ?", [hot]).fetchone()[0] == rounds
    versions_per_claim = conn.execute(
        "SELECT COUNT(*) FROM (SELECT claim_id, version FROM status_changes GROUP BY 1, 2 HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    assert versions_per_claim == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
