"""Configured statuses replace the vocabulary at startup; a removed status that claims still use
is kept, warned about (log and ``datasette._factcheck_warnings`` for the dashboard), and nothing is
lost. The review form, the endpoint and the queue follow the configured vocabulary."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from conftest import load_metadata
from review_support import claim_rows, claim_state, cookies_for, review_path

DESK_STATUSES = [
    {"id": "unchecked", "label": "To do", "color": "#999999"},
    {"id": "researching", "label": "Researching", "color": "#2563eb"},
    {"id": "correct", "label": "Correct", "color": "#15803d", "is_final": True, "rating": 5},
    {"id": "wrong", "label": "Wrong", "color": "#b91c1c", "is_final": True, "rating": 1},
]


def with_statuses(statuses):
    metadata = load_metadata()
    metadata["plugins"]["datasette-factcheck"]["statuses"] = statuses
    return metadata


def status_table(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, label, sort_order, is_final, rating FROM statuses ORDER BY sort_order, id").fetchall()
    conn.close()
    return rows


@pytest.mark.asyncio
async def test_configured_statuses_replace_the_unused_defaults(samples_db, make_datasette):
    ds = await make_datasette(samples_db, metadata=with_statuses(DESK_STATUSES))
    assert status_table(samples_db) == [
        ("unchecked", "To do", 0, 0, None),
        ("researching", "Researching", 1, 0, None),
        ("correct", "Correct", 2, 1, 5),
        ("wrong", "Wrong", 3, 1, 1),
    ]
    assert ds._factcheck_warnings["factcheck"] == []
    # the review form offers them, in order
    claim = claim_rows(samples_db)[0]
    page = await ds.client.get(f"/-/factcheck/factcheck/claims/{claim['id']}", cookies=cookies_for(ds, {"id": "alice"}))
    options = [line.split('value="')[1].split('"')[0] for line in page.text.split("<option")[1:] if 'value="' in line]
    assert options[:4] == ["unchecked", "researching", "correct", "wrong"]
    # a default status that is gone is refused with the configured list
    response = await ds.client.post(
        review_path("factcheck", claim["id"]), json={"status": "false", "expected_version": 0},
        cookies=cookies_for(ds, {"id": "alice"}),
    )
    assert response.status_code == 400
    assert "known statuses: unchecked, researching, correct, wrong" in response.json()["error"]
    ok = await ds.client.post(
        review_path("factcheck", claim["id"]), json={"status": "wrong", "expected_version": 0},
        cookies=cookies_for(ds, {"id": "alice"}),
    )
    assert ok.status_code == 200


@pytest.mark.asyncio
async def test_removing_a_status_in_use_keeps_the_claims_and_warns(samples_db, make_datasette, caplog):
    # a reviewer rated one claim "mixed", another's history went through "misleading"
    ds = await make_datasette(samples_db)
    a, b = claim_rows(samples_db)[:2]
    alice = cookies_for(ds, {"id": "alice"})
    for claim_id, steps in ((a["id"], ["mixed"]), (b["id"], ["misleading", "in_progress"])):
        for version, status in enumerate(steps):
            r = await ds.client.post(review_path("factcheck", claim_id), json={"status": status, "expected_version": version}, cookies=alice)
            assert r.status_code == 200
    caplog.set_level(logging.WARNING, logger="datasette_factcheck")
    ds2 = await make_datasette(samples_db, metadata=with_statuses(DESK_STATUSES))
    warnings = ds2._factcheck_warnings["factcheck"]
    assert any("'mixed'" in w and "kept" in w for w in warnings)
    assert any("'misleading'" in w for w in warnings)
    assert any("mixed" in record.getMessage() for record in caplog.records)
    dashboard = await ds2.client.get("/-/factcheck/factcheck")
    assert "is no longer configured" in dashboard.text and "mixed" in dashboard.text
    ids = [row[0] for row in status_table(samples_db)]
    assert "mixed" in ids and "misleading" in ids  # kept, so labels still resolve
    assert "true" not in ids and "unproven" not in ids  # unused defaults removed
    assert claim_state(samples_db, a["id"])["status"] == "mixed"
    assert claim_state(samples_db, a["id"])["version"] == 1
    # the claim can still be moved on to a configured status
    r = await ds2.client.post(
        review_path("factcheck", a["id"]), json={"status": "correct", "expected_version": 1},
        cookies=cookies_for(ds2, {"id": "alice"}),
    )
    assert r.status_code == 200


@pytest.mark.asyncio
async def test_the_queue_follows_the_configured_final_flags(samples_db, make_datasette):
    statuses = [dict(s) for s in DESK_STATUSES]
    ds = await make_datasette(samples_db, metadata=with_statuses(statuses))
    claim = claim_rows(samples_db)[0]
    alice = cookies_for(ds, {"id": "alice"})
    await ds.client.post(review_path("factcheck", claim["id"]), json={"status": "researching", "expected_version": 0}, cookies=alice)
    queue = (await ds.client.get("/-/factcheck/factcheck/queue.json?_size=200")).json()
    assert claim["id"] in [c["id"] for c in queue["claims"]]
    await ds.client.post(review_path("factcheck", claim["id"]), json={"status": "correct", "expected_version": 1}, cookies=alice)
    queue = (await ds.client.get("/-/factcheck/factcheck/queue.json?_size=200")).json()
    assert claim["id"] not in [c["id"] for c in queue["claims"]]
    page = await ds.client.get("/-/factcheck/factcheck/queue")
    assert ">Researching</option>" in page.text and ">Correct</option>" not in page.text.split('id="fq-status"')[1].split("</select>")[0]
