"""Concurrent reviewers against a real server: ``python bench/bench_review.py``.

Builds a fact-check database (the bundled samples plus a generated corpus from ``corpus.py``),
starts ``datasette serve`` as a subprocess on 127.0.0.1 with a known ``--secret``, signs in
``--reviewers`` reviewers (signed ``ds_actor`` cookies; they are in the reviewers allow block of
``metadata.yml`` or are root) and lets each of them send a fixed number of review changes through
the JSON endpoint on its own keep-alive connection, one request at a time, as a desk works: each
reviewer goes through the claims assigned to them (the top ``--claims`` claims by
check-worthiness, dealt out round-robin), and every ``--shared-every``-th change goes to a small set
of ``--shared`` claims that every reviewer edits, so reviewers do collide there: a stale
``expected_version`` gets 409 and the reviewer retries with the version the 409 reported, as
automation should.

Then it checks what the issue asks: ``status_changes`` rows == accepted changes, every claim's
``version`` == its number of changes (and == what the server last answered), ``PRAGMA
integrity_check`` is ok. It prints the figures as Markdown (``make bench`` copies them into
bench/RESULTS.md) and exits non-zero if a check fails or fewer than ``--min-rate`` accepted
changes per second were measured. Only loopback is used; the number of requests is bounded by
``--reviewers`` x ``--requests``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import measure  # noqa: E402

SECRET = "bench-review-secret-not-for-production"
STATUSES = ["in_progress", "true", "mostly_true", "mixed", "misleading", "false", "unproven"]
ACTORS = ["alice", "bob", "root"]


def build_database(work: Path, articles: int) -> Path:
    import corpus

    db = work / "review.db"
    manifest = corpus.write_corpus(work / "corpus", articles, seed=7, formats=("jsonl",))
    sqlite_utils = Path(sys.executable).with_name("sqlite-utils")
    for args in (["--samples"], [manifest["files"]["jsonl"]]):
        subprocess.run(
            [str(sqlite_utils), "import-articles", str(db), *args, "--silent"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    return db


def signed_cookie(actor_id: str) -> str:
    """The ds_actor cookie the server (same --secret) accepts for ``actor_id``."""
    from datasette.app import Datasette

    return Datasette([], secret=SECRET).sign({"a": {"id": actor_id}}, "actor")


class Reviewer(threading.Thread):
    def __init__(self, n, port, database, claims, shared, shared_every, requests, start_barrier):
        super().__init__(daemon=True)
        self.n = n
        self.port = port
        self.database = database
        self.claims = claims  # [claim id] assigned to this reviewer, in order
        self.shared = shared  # [claim id] every reviewer edits
        self.shared_every = shared_every
        self.requests = requests
        self.start_barrier = start_barrier
        self.actor = ACTORS[n % len(ACTORS)]
        self.cookie = "ds_actor=" + signed_cookie(self.actor)
        self.rng = random.Random(n)
        self.accepted = 0
        self.conflicts = 0
        self.errors: list[str] = []
        self.latencies: list[float] = []
        self.last_seen: dict[str, int] = {}  # claim id -> version this reviewer was last told

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        versions = {c: 0 for c in self.claims + self.shared}
        i = 0
        self.start_barrier.wait()
        for _ in range(self.requests):
            if self.shared and i % self.shared_every == self.shared_every - 1:
                claim_id = self.shared[(i // self.shared_every + self.n) % len(self.shared)]
            else:
                claim_id = self.claims[i % len(self.claims)]
            body = json.dumps({
                "status": self.rng.choice(STATUSES),
                "note": f"reviewer {self.n}, change {i}",
                "evidence_urls": [f"https://example.org/evidence/{self.n}/{i}"],
                "expected_version": versions[claim_id],
            })
            started = time.perf_counter()
            try:
                conn.request(
                    "POST", f"/-/factcheck/{self.database}/claims/{claim_id}/review", body=body,
                    headers={"Content-Type": "application/json", "Cookie": self.cookie},
                )
                response = conn.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as e:
                self.errors.append(f"{type(e).__name__}: {e}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                continue
            self.latencies.append(time.perf_counter() - started)
            if response.status == 200:
                self.accepted += 1
                versions[claim_id] = json.loads(payload)["claim"]["version"]
                self.last_seen[claim_id] = versions[claim_id]
                i += 1  # on to the next claim
            elif response.status == 409:
                self.conflicts += 1
                versions[claim_id] = json.loads(payload)["claim"]["version"]  # retry with it
            else:
                self.errors.append(f"HTTP {response.status}: {payload[:200]!r}")
                i += 1
        conn.close()


def check_database(db: Path, accepted: int) -> dict:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT COUNT(*) FROM status_changes").fetchone()[0]
    mismatched = conn.execute(
        """
        SELECT COUNT(*) FROM claims
        WHERE version != (SELECT COUNT(*) FROM status_changes WHERE status_changes.claim_id = claims.id)
        """
    ).fetchone()[0]
    sequence_gaps = conn.execute(
        """
        SELECT COUNT(*) FROM claims WHERE version > 0 AND version != (
            SELECT MAX(version) FROM status_changes WHERE status_changes.claim_id = claims.id)
        """
    ).fetchone()[0]
    duplicate_versions = conn.execute(
        "SELECT COUNT(*) FROM (SELECT claim_id, version FROM status_changes"
        " GROUP BY claim_id, version HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    touched = conn.execute("SELECT COUNT(*) FROM claims WHERE version > 0").fetchone()[0]
    total_claims = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    conn.close()
    return {
        "status_changes_rows": rows,
        "rows_equal_accepted": rows == accepted,
        "claims_with_version_not_equal_changes": mismatched,
        "claims_whose_version_is_not_their_last_change": sequence_gaps,
        "duplicate_claim_versions": duplicate_versions,
        "integrity_check": integrity,
        "claims_changed": touched,
        "claims_total": total_claims,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests per reviewer")
    parser.add_argument("--claims", type=int, default=800, help="claims dealt out to the reviewers")
    parser.add_argument("--shared", type=int, default=16, help="claims every reviewer edits")
    parser.add_argument("--shared-every", type=int, default=8, help="every n-th change is to a shared claim")
    parser.add_argument("--articles", type=int, default=200, help="generated articles besides the samples")
    parser.add_argument("--min-rate", type=float, default=300.0, help="accepted changes/s to pass")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        db = build_database(work, args.articles)
        build_seconds = time.perf_counter() - started
        conn = sqlite3.connect(db)
        pool = [r[0] for r in conn.execute(
            "SELECT id FROM claims ORDER BY checkworthiness DESC, id LIMIT ?",
            [args.claims + args.shared])]
        shared, assigned = pool[: args.shared], pool[args.shared:]
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.close()
        server = measure.Server([str(Path(sys.executable).with_name("datasette"))], db,
                                "--secret", SECRET, timeout=60)
        try:
            barrier = threading.Barrier(args.reviewers + 1)
            reviewers = []
            for n in range(args.reviewers):
                mine = assigned[n :: args.reviewers]
                reviewers.append(Reviewer(n, server.port, db.stem, mine, shared, args.shared_every,
                                          args.requests, barrier))
            for r in reviewers:
                r.start()
            barrier.wait()
            t0 = time.perf_counter()
            for r in reviewers:
                r.join()
            elapsed = time.perf_counter() - t0
        finally:
            server.stop()
        accepted = sum(r.accepted for r in reviewers)
        conflicts = sum(r.conflicts for r in reviewers)
        errors = [e for r in reviewers for e in r.errors]
        latencies = sorted(x for r in reviewers for x in r.latencies)
        checks = check_database(db, accepted)
        # every claim's final version is the highest version any reviewer was told it reached
        told: dict[str, int] = {}
        for r in reviewers:
            for claim_id, version in r.last_seen.items():
                told[claim_id] = max(told.get(claim_id, 0), version)
        conn = sqlite3.connect(db)
        final = dict(conn.execute("SELECT id, version FROM claims WHERE version > 0").fetchall())
        conn.close()
        answers_match = all(final.get(c) == v for c, v in told.items()) and set(final) == set(told)

    rate = accepted / elapsed if elapsed else 0.0
    requests = accepted + conflicts + len(errors)
    ok = (
        not errors
        and checks["rows_equal_accepted"]
        and checks["claims_with_version_not_equal_changes"] == 0
        and checks["claims_whose_version_is_not_their_last_change"] == 0
        and checks["duplicate_claim_versions"] == 0
        and checks["integrity_check"] == "ok"
        and answers_match
        and rate >= args.min_rate
    )

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else 0.0

    print(f"{args.reviewers} reviewers x {args.requests} JSON review requests each (one at a "
          f"time per reviewer), on {len(assigned)} claims dealt out among them plus "
          f"{len(shared)} claims all of them edit (every {args.shared_every}th change); database: "
          f"{checks['claims_total']:,} claims, journal {journal}, built in {build_seconds:.1f} s; "
          f"`datasette serve` on 127.0.0.1.\n")
    print("| Measure | Value |")
    print("| --- | --- |")
    print(f"| Accepted changes | {accepted:,} |")
    print(f"| Conflicts (409, retried with the reported version) | {conflicts:,} |")
    print(f"| Other errors | {len(errors)} |")
    print(f"| Wall time | {elapsed:.2f} s |")
    print(f"| **Accepted changes per second** | **{rate:,.0f}** (target >= {args.min_rate:.0f}) |")
    print(f"| Requests per second (all answers) | {requests / elapsed:,.0f} |")
    print(f"| Latency p50 / p95 / max | {pct(0.5):.1f} / {pct(0.95):.1f} / {pct(1.0):.1f} ms |")
    print(f"| `status_changes` rows | {checks['status_changes_rows']:,} (== accepted: {checks['rows_equal_accepted']}) |")
    print(f"| Claims whose version != their number of changes | {checks['claims_with_version_not_equal_changes']} |")
    print(f"| Claims whose version != their last change's version | {checks['claims_whose_version_is_not_their_last_change']} |")
    print(f"| Duplicate (claim, version) history rows | {checks['duplicate_claim_versions']} |")
    print(f"| Final versions == the versions the server answered | {answers_match} |")
    print(f"| `PRAGMA integrity_check` | {checks['integrity_check']} |")
    print(f"| Result | {'PASS' if ok else 'FAIL'} |")
    if errors:
        print("\nFirst errors:\n")
        for e in errors[:5]:
            print(f"- {e}")
    print(f"\nMedian latency {statistics.median(latencies) * 1000:.1f} ms." if latencies else "")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
