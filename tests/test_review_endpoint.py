"""POST /-/factcheck/<db>/claims/<id>/review: JSON and HTML form, errors, conflicts, CSRF and
cross-site posts, read-only databases. Runs unchanged on Datasette 0.65 and 1.0a41."""

from __future__ import annotations

import html
import json

import pytest

from datasette_factcheck.compat import IS_1_0
from review_support import (
    changes_of,
    claim_path,
    claim_rows,
    claim_state,
    cookies_for,
    form_token,
    post_form,
    review_path,
)

ALICE = {"id": "alice"}
BOB = {"id": "bob"}


@pytest.fixture
def claim(samples_db):
    return claim_rows(samples_db)[0]


async def post_json(ds, claim_id, body, actor=ALICE, raw=None, headers=None):
    kwargs = {"content": raw} if raw is not None else {"content": json.dumps(body)}
    return await ds.client.post(
        review_path("factcheck", claim_id),
        headers={"content-type": "application/json", **(headers or {})},
        cookies=cookies_for(ds, actor),
        **kwargs,
    )


@pytest.mark.asyncio
async def test_json_review_returns_the_new_state_and_the_change(ds, samples_db, claim):
    response = await post_json(
        ds, claim["id"],
        {"status": "false", "note": "The budget papers say $48.6m", "assignee": "bob",
         "evidence_urls": ["https://example.org/budget.pdf", "https://example.org/minutes"],
         "expected_version": 0},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    assert body["claim"]["status"] == "false" and body["claim"]["version"] == 1
    assert body["claim"]["assignee"] == "bob"
    assert body["change"]["actor"] == "alice"
    assert body["change"]["evidence_urls"] == ["https://example.org/budget.pdf", "https://example.org/minutes"]
    [change] = changes_of(samples_db, claim["id"])
    assert change["evidence_url"] == "https://example.org/budget.pdf\nhttps://example.org/minutes"
    assert (change["from_status"], change["to_status"], change["to_assignee"]) == ("unchecked", "false", "bob")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body,raw,message",
    [
        ({"status": "pants_on_fire", "expected_version": 0}, None, "unknown status 'pants_on_fire'"),
        ({"status": "true", "evidence_urls": ["javascript:alert(1)"], "expected_version": 0}, None, "must start with http:// or https://"),
        ({"status": "true", "evidence_urls": ["file:///etc/passwd"], "expected_version": 0}, None, "must start with http:// or https://"),
        ({"status": "true"}, None, "expected_version is required"),
        ({"expected_version": 0}, None, "nothing to change"),
        ({"status": "unchecked", "expected_version": 0}, None, "nothing to change"),
        ({"status": "true", "expected_version": 0, "actor": "root"}, None, "unknown field(s): actor"),
        (None, b"{not json", "not valid JSON"),
        (None, b"\xff\xfe", "not valid JSON"),
        (None, b"[1, 2]", "must be a JSON object"),
        (None, b'"true"', "must be a JSON object"),
        (None, b"", "not valid JSON"),
    ],
)
async def test_bad_json_requests_get_400_with_a_clear_message(ds, samples_db, claim, body, raw, message):
    response = await post_json(ds, claim["id"], body, raw=raw)
    assert response.status_code == 400, response.text
    assert message in response.json()["error"]
    assert response.json()["ok"] is False
    assert changes_of(samples_db) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/json-seq"])
async def test_other_body_types_are_refused(ds, samples_db, claim, content_type):
    """Only JSON and urlencoded forms are read. (A cross-site form can send text/plain without a
    preflight, so a JSON-looking text/plain body must never count as JSON.) On 0.65 the CSRF
    middleware already refuses a signed-in post it cannot check (403); on 1.0 the endpoint
    answers 400."""
    response = await ds.client.post(
        review_path("factcheck", claim["id"]),
        content=b'{"status": "true", "expected_version": 0}',
        headers={"content-type": content_type},
        cookies=cookies_for(ds, ALICE),
    )
    if IS_1_0:
        assert response.status_code == 400
        assert "send a JSON object" in response.json()["error"]
    else:
        assert response.status_code == 403
    assert changes_of(samples_db) == []


@pytest.mark.asyncio
async def test_unknown_claim_is_404(ds):
    response = await post_json(ds, "no-such-claim", {"status": "true", "expected_version": 0})
    assert response.status_code == 404
    assert "no such claim" in response.json()["error"]


@pytest.mark.asyncio
async def test_unknown_database_is_404(ds):
    response = await ds.client.post(
        "/-/factcheck/nope/claims/abc/review", json={"status": "true", "expected_version": 0},
        cookies=cookies_for(ds, ALICE),
    )
    assert response.status_code == 404


@pytest.mark.asyncio
async def test_get_is_405(ds, claim):
    response = await ds.client.get(review_path("factcheck", claim["id"]), cookies=cookies_for(ds, ALICE))
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


@pytest.mark.asyncio
async def test_stale_version_is_409_with_the_current_state_and_nothing_written(ds, samples_db, claim):
    first = await post_json(ds, claim["id"], {"status": "true", "note": "Matches the report", "expected_version": 0}, actor=BOB)
    assert first.status_code == 200
    second = await post_json(ds, claim["id"], {"status": "false", "expected_version": 0})
    assert second.status_code == 409
    body = second.json()
    assert body["claim"]["status"] == "true" and body["claim"]["version"] == 1
    assert body["last_change"]["actor"] == "bob"
    assert body["last_change"]["note"] == "Matches the report"
    assert "changed by someone else" in body["error"]
    assert claim_state(samples_db, claim["id"])["status"] == "true"
    assert len(changes_of(samples_db, claim["id"])) == 1
    # with the version it now has, alice's change goes through
    third = await post_json(ds, claim["id"], {"status": "false", "expected_version": 1})
    assert third.status_code == 200
    assert claim_state(samples_db, claim["id"])["version"] == 2


@pytest.mark.asyncio
async def test_form_review_redirects_back_with_a_message(ds, samples_db, claim):
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, ALICE), page)
    response = await post_form(
        ds, review_path("factcheck", claim["id"]),
        [("csrftoken", token), ("expected_version", "0"), ("next", page + "#review"), ("status", "mostly_true"),
         ("note", "Close: $48.6m, not $50m"), ("evidence_urls", "https://example.org/a\r\nhttps://example.org/b"),
         ("assignee", ""), ("assign_to_me", "1")],
        jar,
    )
    assert response.status_code == 303
    assert response.headers["location"] == page + "#review"
    state = claim_state(samples_db, claim["id"])
    assert (state["status"], state["note"], state["assignee"], state["version"]) == (
        "mostly_true", "Close: $48.6m, not $50m", "alice", 1
    )
    [change] = changes_of(samples_db, claim["id"])
    assert change["evidence_url"] == "https://example.org/a\nhttps://example.org/b"
    # the message shows on the next page
    follow = await ds.client.get(page, cookies={**jar, **response.cookies})
    assert "Saved: the claim is now “Mostly true” (version 1)." in html.unescape(follow.text)
    # and the history lists the change
    assert "Close: $48.6m, not $50m" in follow.text


@pytest.mark.asyncio
@pytest.mark.parametrize("next_value", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/\\evil.example"])
async def test_form_never_redirects_off_site(ds, claim, next_value):
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, ALICE), page)
    response = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"csrftoken": token, "expected_version": "0", "status": "true", "next": next_value}, jar,
    )
    assert response.status_code == 303
    assert response.headers["location"] == page


@pytest.mark.asyncio
async def test_form_with_a_stale_version_shows_who_changed_it(ds, samples_db, claim):
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, ALICE), page)
    # bob saves first, through the JSON endpoint
    await post_json(ds, claim["id"], {"status": "false", "note": "Bob checked the minutes", "expected_version": 0}, actor=BOB)
    response = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"csrftoken": token, "expected_version": "0", "status": "true", "note": "Alice thinks it is true",
         "evidence_urls": "https://example.org/alice", "next": page},
        jar,
    )
    assert response.status_code == 409
    text = html.unescape(response.text)
    assert "Changed by someone else" in text
    assert "bob" in text and "Bob checked the minutes" in text
    assert "not saved" in text
    # alice's input is kept, against the current version
    assert "Alice thinks it is true" in text
    assert "https://example.org/alice" in text
    assert 'name="expected_version" value="1"' in response.text
    assert len(changes_of(samples_db, claim["id"])) == 1


@pytest.mark.asyncio
async def test_form_with_a_bad_url_is_400_and_keeps_the_input(ds, samples_db, claim):
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, ALICE), page)
    response = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"csrftoken": token, "expected_version": "0", "status": "true", "note": "my careful note",
         "evidence_urls": "ftp://example.org/file", "next": page},
        jar,
    )
    assert response.status_code == 400
    text = html.unescape(response.text)
    assert "must start with http:// or https://" in text
    assert "my careful note" in text and "ftp://example.org/file" in text
    assert changes_of(samples_db) == []


@pytest.mark.asyncio
async def test_form_for_an_unknown_claim_is_404(ds, claim):
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, ALICE), page)
    response = await post_form(
        ds, review_path("factcheck", "no-such-claim"),
        {"csrftoken": token, "expected_version": "0", "status": "true"}, jar,
    )
    assert response.status_code == 404


@pytest.mark.asyncio
async def test_form_without_csrf_token_is_refused_on_0_65(ds, samples_db, claim):
    if IS_1_0:
        pytest.skip("1.0a41 checks Sec-Fetch-Site / Origin instead of a token (next test)")
    response = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"expected_version": "0", "status": "true"}, cookies_for(ds, ALICE),
    )
    assert response.status_code == 403
    wrong = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"csrftoken": "forged", "expected_version": "0", "status": "true"},
        {**cookies_for(ds, ALICE), "ds_csrftoken": "also-forged"},
    )
    assert wrong.status_code == 403
    assert changes_of(samples_db) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
        {"origin": "https://evil.example"},
        {"origin": "null"},
    ],
    ids=["sec-fetch-site-cross", "sec-fetch-site-same-site", "foreign-origin", "null-origin"],
)
async def test_cross_site_posts_are_refused(ds, samples_db, claim, headers):
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, ALICE), page)
    form = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"csrftoken": token, "expected_version": "0", "status": "true"}, jar, headers=headers,
    )
    assert form.status_code == 403
    as_json = await post_json(ds, claim["id"], {"status": "true", "expected_version": 0}, headers=headers)
    assert as_json.status_code == 403
    assert changes_of(samples_db) == []


@pytest.mark.asyncio
async def test_same_origin_browser_posts_are_accepted(ds, samples_db, claim):
    response = await post_json(
        ds, claim["id"], {"status": "true", "expected_version": 0},
        headers={"sec-fetch-site": "same-origin", "origin": "http://localhost"},
    )
    assert response.status_code == 200, response.text


@pytest.mark.asyncio
async def test_a_read_only_database_file_gives_403_not_500(ds, samples_db, claim):
    """A writable database whose file cannot be written (here: query_only on the write
    connection, as a read-only mount would) answers with a clear 4xx."""
    from datasette_factcheck.compat import write_fn

    db = ds.get_database("factcheck")
    await write_fn(db, lambda conn: conn.execute("PRAGMA query_only = 1"))
    response = await post_json(ds, claim["id"], {"status": "true", "expected_version": 0})
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]
    await write_fn(db, lambda conn: conn.execute("PRAGMA query_only = 0"))
    again = await post_json(ds, claim["id"], {"status": "true", "expected_version": 0})
    assert again.status_code == 200


@pytest.mark.asyncio
async def test_the_claim_page_history_shows_each_change(ds, samples_db, claim):
    for version, status in enumerate(["in_progress", "false"]):
        response = await post_json(ds, claim["id"], {"status": status, "note": f"step {version}", "expected_version": version})
        assert response.status_code == 200
    page = await ds.client.get(claim_path("factcheck", claim["id"]))
    assert "step 0" in page.text and "step 1" in page.text


@pytest.mark.asyncio
async def test_a_database_without_the_fact_check_tables_is_404(tmp_path, samples_db, make_datasette):
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)").connection.close()
    ds = await make_datasette(samples_db)
    from datasette.database import Database

    ds.add_database(Database(ds, path=str(other), is_mutable=True), name="other")
    response = await ds.client.post(
        "/-/factcheck/other/claims/abc/review", json={"status": "true", "expected_version": 0},
        cookies=cookies_for(ds, {"id": "root"}),
    )
    assert response.status_code == 404
    assert (await ds.client.get("/-/factcheck/other/queue")).status_code == 404


@pytest.mark.asyncio
async def test_a_database_locked_by_another_writer_gives_503_and_saves_nothing(ds, samples_db, claim):
    """Another process holds the write lock (an import, say) past SQLite's busy timeout."""
    import sqlite3

    blocker = sqlite3.connect(samples_db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        response = await post_json(ds, claim["id"], {"status": "true", "expected_version": 0})
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert response.status_code == 503
    assert "busy" in response.json()["error"]
    assert changes_of(samples_db) == []
    again = await post_json(ds, claim["id"], {"status": "true", "expected_version": 0})
    assert again.status_code == 200
