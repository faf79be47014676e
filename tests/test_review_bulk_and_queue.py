"""Bulk review (JSON and the article page's form) and the review queue with its filters."""

from __future__ import annotations

import html
import re
import sqlite3

import pytest

from review_support import (
    ARTICLE,
    changes_of,
    checkpoint,
    claim_rows,
    claim_state,
    cookies_for,
    form_token,
    post_form,
)

ALICE = {"id": "alice"}
BULK = "/-/factcheck/factcheck/review"
QUEUE = "/-/factcheck/factcheck/queue"
ARTICLE_PAGE = f"/-/factcheck/factcheck/articles/{ARTICLE}"


# -- bulk -----------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_bulk_json_sets_status_and_assignee_with_one_change_per_claim(ds, samples_db):
    rows = claim_rows(samples_db)[:4]
    response = await ds.client.post(
        BULK,
        json={"claims": [{"id": r["id"], "expected_version": r["version"]} for r in rows],
              "status": "in_progress", "assignee": "bob"},
        cookies=cookies_for(ds, ALICE),
    )
    assert response.status_code == 200, response.text
    assert len(response.json()["changed"]) == 4
    for r in rows:
        state = claim_state(samples_db, r["id"])
        assert (state["status"], state["assignee"], state["version"]) == ("in_progress", "bob", 1)
    changes = changes_of(samples_db)
    assert len(changes) == 4
    assert {c["claim_id"] for c in changes} == {r["id"] for r in rows}
    assert {c["actor"] for c in changes} == {"alice"}


@pytest.mark.asyncio
async def test_bulk_json_conflict_writes_nothing(ds, samples_db):
    a, b = claim_rows(samples_db)[:2]
    await ds.client.post(
        f"/-/factcheck/factcheck/claims/{b['id']}/review",
        json={"status": "true", "expected_version": 0}, cookies=cookies_for(ds, {"id": "bob"}),
    )
    response = await ds.client.post(
        BULK,
        json={"claims": [{"id": a["id"], "expected_version": 0}, {"id": b["id"], "expected_version": 0}],
              "status": "false"},
        cookies=cookies_for(ds, ALICE),
    )
    assert response.status_code == 409
    assert response.json()["claim"]["id"] == b["id"]
    assert claim_state(samples_db, a["id"])["version"] == 0
    assert len(changes_of(samples_db)) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("stale", ["version", "missing"])
async def test_a_certainly_stale_bulk_review_is_refused_before_it_queues_for_the_writer(
        ds, samples_db, monkeypatch, stale):
    from datasette_factcheck import review_views

    a, b = claim_rows(samples_db)[:2]
    await ds.client.post(
        f"/-/factcheck/factcheck/claims/{b['id']}/review",
        json={"status": "true", "expected_version": 0}, cookies=cookies_for(ds, {"id": "bob"}),
    )

    async def no_write(*args, **kwargs):
        raise AssertionError("a stale bulk review reached the writer")

    monkeypatch.setattr(review_views, "run_write", no_write)
    second = {"id": b["id"], "expected_version": 0} if stale == "version" else {
        "id": "nope", "expected_version": 0}
    response = await ds.client.post(
        BULK, json={"claims": [{"id": a["id"], "expected_version": 0}, second], "status": "false"},
        cookies=cookies_for(ds, ALICE),
    )
    assert response.status_code == (409 if stale == "version" else 404)
    assert claim_state(samples_db, a["id"])["version"] == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body,status,message",
    [
        ({"claims": [{"id": "nope", "expected_version": 0}], "status": "true"}, 404, "no such claim: nope"),
        ({"claims": [{"id": "x", "expected_version": 0}], "status": "maybe"}, 400, None),
        ({"claims": "all", "status": "true"}, 400, "claims must be a non-empty list"),
        ([], 400, "must be a JSON object"),
    ],
)
async def test_bulk_json_errors(ds, samples_db, body, status, message):
    response = await ds.client.post(BULK, json=body, cookies=cookies_for(ds, ALICE))
    assert response.status_code in ((status,) if message else (400, 404))
    if message:
        assert message in response.json()["error"]
    assert changes_of(samples_db) == []


@pytest.mark.asyncio
async def test_bulk_form_from_the_article_page(ds, samples_db):
    cookies = cookies_for(ds, ALICE)
    page = await ds.client.get(ARTICLE_PAGE, cookies=cookies)
    assert page.status_code == 200
    assert 'id="factcheck-bulk"' in page.text
    expected = dict(
        html.unescape(v).rsplit("@", 1) for v in re.findall(r'name="expected" value="([^"]+)"', page.text)
    )
    rows = claim_rows(samples_db)
    assert set(expected) == {r["id"] for r in rows}
    token, jar = await form_token(ds, cookies, ARTICLE_PAGE)
    chosen = [rows[0]["id"], rows[2]["id"]]
    fields = [("csrftoken", token), ("next", ARTICLE_PAGE), ("status", "in_progress"), ("assign_to_me", "1")]
    fields += [("claim_id", cid) for cid in chosen]
    fields += [("expected", f"{cid}@{v}") for cid, v in expected.items()]
    response = await post_form(ds, BULK, fields, jar)
    assert response.status_code == 303
    assert response.headers["location"] == ARTICLE_PAGE
    for cid in chosen:
        state = claim_state(samples_db, cid)
        assert (state["status"], state["assignee"]) == ("in_progress", "alice")
    assert claim_state(samples_db, rows[1]["id"])["version"] == 0
    assert len(changes_of(samples_db)) == 2
    follow = await ds.client.get(ARTICLE_PAGE, cookies={**jar, **response.cookies})
    assert "Saved: 2 claims changed." in follow.text


@pytest.mark.asyncio
async def test_bulk_form_with_a_stale_page_is_409_and_names_the_claim(ds, samples_db):
    cookies = cookies_for(ds, ALICE)
    token, jar = await form_token(ds, cookies, ARTICLE_PAGE)
    a, b = claim_rows(samples_db)[:2]
    await ds.client.post(
        f"/-/factcheck/factcheck/claims/{b['id']}/review",
        json={"status": "true", "note": "bob was here", "expected_version": 0}, cookies=cookies_for(ds, {"id": "bob"}),
    )
    response = await post_form(
        ds, BULK,
        [("csrftoken", token), ("status", "false"), ("claim_id", a["id"]), ("claim_id", b["id"]),
         ("expected", f"{a['id']}@0"), ("expected", f"{b['id']}@0"), ("next", ARTICLE_PAGE)],
        jar,
    )
    assert response.status_code == 409
    text = html.unescape(response.text)
    assert "Changed by someone else" in text and "bob was here" in text and b["id"] in text
    assert claim_state(samples_db, a["id"])["version"] == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "fields,message",
    [
        ([("status", "true")], "select at least one claim"),
        ([("claim_id", "CLAIM"), ("expected", "CLAIM@0")], "nothing to change"),
        ([("claim_id", "CLAIM"), ("status", "true"), ("expected", "CLAIM@")], "expected_version is required"),
    ],
)
async def test_bulk_form_problems_redirect_back_with_the_reason(ds, samples_db, fields, message):
    cookies = cookies_for(ds, ALICE)
    token, jar = await form_token(ds, cookies, ARTICLE_PAGE)
    claim_id = claim_rows(samples_db)[0]["id"]
    fields = [(k, v.replace("CLAIM", claim_id)) for k, v in fields]
    response = await post_form(ds, BULK, [("csrftoken", token), ("next", ARTICLE_PAGE)] + fields, jar)
    assert response.status_code == 303
    follow = await ds.client.get(ARTICLE_PAGE, cookies={**jar, **response.cookies})
    shown = re.findall(r"<p class=\"message-[a-z]+\">(.*?)</p>", follow.text, re.S)
    assert any("Not saved: " in m and message in html.unescape(m) for m in shown), shown
    assert changes_of(samples_db) == []


# -- the queue ------------------------------------------------------------------------------------


def open_claims(path, where="", params=()):
    """The queue's oracle: open claims of the file, most check-worthy first."""
    conn = sqlite3.connect(path)
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT claims.id FROM claims JOIN statuses ON statuses.id = claims.status"
            " WHERE statuses.is_final = 0 AND claims.in_article = 1 " + where +
            " ORDER BY claims.checkworthiness DESC, claims.rowid DESC",
            params,
        )
    ]
    conn.close()
    return ids


async def queue_ids(ds, query="", actor=None, size=200):
    response = await ds.client.get(f"{QUEUE}.json?_size={size}&{query}", cookies=cookies_for(ds, actor))
    assert response.status_code == 200, response.text
    return [c["id"] for c in response.json()["claims"]], response.json()


@pytest.fixture
def worked_db(samples_db):
    """Some claims reviewed to a verdict, some in progress, some assigned."""
    conn = sqlite3.connect(samples_db)
    rows = conn.execute("SELECT id FROM claims ORDER BY article_id, position").fetchall()
    ids = [r[0] for r in rows]
    with conn:
        conn.executemany("UPDATE claims SET status = 'true', version = 1 WHERE id = ?", [(i,) for i in ids[0:6]])
        conn.executemany("UPDATE claims SET status = 'in_progress', assignee = 'alice' WHERE id = ?", [(i,) for i in ids[6:10]])
        conn.executemany("UPDATE claims SET assignee = 'bob' WHERE id = ?", [(i,) for i in ids[10:13]])
    conn.close()
    return samples_db


@pytest.mark.asyncio
async def test_queue_lists_open_claims_most_checkworthy_first(worked_db, make_datasette):
    ds = await make_datasette(worked_db)
    ids, body = await queue_ids(ds)
    assert ids == open_claims(worked_db)
    assert body["count"] == len(ids)
    scores = [c["checkworthiness"] for c in body["claims"]]
    assert scores == sorted(scores, reverse=True)
    conn = sqlite3.connect(worked_db)
    verdicts = {r[0] for r in conn.execute("SELECT id FROM claims WHERE status = 'true'")}
    conn.close()
    assert len(verdicts) == 6 and not verdicts & set(ids)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "query,actor,where,params",
    [
        ("assignee=_me", ALICE, "AND claims.assignee = ?", ["alice"]),
        ("assignee=_me", {"id": "bob"}, "AND claims.assignee = ?", ["bob"]),
        ("assignee=_me", None, "AND 0", []),
        ("assignee=_none", None, "AND claims.assignee IS NULL", []),
        ("assignee=bob", None, "AND claims.assignee = ?", ["bob"]),
        (f"article={ARTICLE}", None, "AND claims.article_id = ?", [ARTICLE]),
        ("speaker=Amara+Nwosu", None, "AND claims.speaker = ?", ["Amara Nwosu"]),
        ("claim_type=quantity", None, "AND claims.claim_type = ?", ["quantity"]),
        ("status=in_progress", None, "AND claims.status = ?", ["in_progress"]),
        (
            f"claim_type=quote&article={ARTICLE}&assignee=_none", None,
            "AND claims.claim_type = ? AND claims.article_id = ? AND claims.assignee IS NULL", ["quote", ARTICLE],
        ),
    ],
)
async def test_queue_filters(worked_db, make_datasette, query, actor, where, params):
    ds = await make_datasette(worked_db)
    ids, body = await queue_ids(ds, query, actor)
    assert ids == open_claims(worked_db, where, params)
    assert body["count"] == len(ids)


@pytest.mark.asyncio
async def test_every_filter_narrows_something_in_the_samples(worked_db):
    """The parametrized filters above are not vacuous on this data."""
    assert open_claims(worked_db, "AND claims.assignee = ?", ["alice"])
    assert open_claims(worked_db, "AND claims.assignee = ?", ["bob"])
    assert open_claims(worked_db, "AND claims.speaker = ?", ["Amara Nwosu"])
    assert len(open_claims(worked_db, "AND claims.claim_type = ?", ["quantity"])) < len(open_claims(worked_db))


@pytest.mark.asyncio
async def test_queue_pages_through_every_open_claim_once(worked_db, make_datasette):
    ds = await make_datasette(worked_db)
    seen, url = [], f"{QUEUE}.json?_size=7"
    while url:
        body = (await ds.client.get(url)).json()
        seen += [c["id"] for c in body["claims"]]
        url = body["next"]
    assert seen == open_claims(worked_db)


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [1, 2, 5])
async def test_queue_pages_by_keyset_through_ties_and_unscored_claims(worked_db, make_datasette, size):
    # equal scores and claims without one: every open claim still comes exactly once, in order
    conn = sqlite3.connect(worked_db)
    ids = open_claims(worked_db)
    with conn:
        conn.executemany("UPDATE claims SET checkworthiness = 0.5 WHERE id = ?", [(i,) for i in ids[::2]])
        conn.executemany("UPDATE claims SET checkworthiness = NULL WHERE id = ?", [(i,) for i in ids[1:6:2]])
    conn.close()
    ds = await make_datasette(worked_db)
    seen, url, pages = [], f"{QUEUE}.json?_size={size}", 0
    while url:
        body = (await ds.client.get(url)).json()
        seen += [c["id"] for c in body["claims"]]
        url, pages = body["next"], pages + 1
        assert url is None or "_next=" in url and "_offset" not in url
    assert seen == open_claims(worked_db)
    assert pages == -(-len(seen) // size)


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["assignee=alice", "assignee=_none", "claim_type=quantity", "status=unchecked"])
async def test_queue_pages_by_keyset_with_a_filter(worked_db, make_datasette, query):
    ds = await make_datasette(worked_db)
    seen, url = [], f"{QUEUE}.json?_size=2&{query}"
    while url:
        body = (await ds.client.get(url)).json()
        seen += [c["id"] for c in body["claims"]]
        url = body["next"]
    name, value = query.split("=")
    where = {"_none": ("AND claims.assignee IS NULL", [])}.get(value) or (f"AND claims.{name} = ?", [value])
    assert seen == open_claims(worked_db, *where) and seen


@pytest.mark.asyncio
async def test_a_keyset_page_numbers_on_and_links_to_the_first(worked_db, make_datasette):
    ds = await make_datasette(worked_db)
    first = await ds.client.get(f"{QUEUE}?_size=3")
    link = html.unescape(re.search(r'href="([^"]+)" rel="next"', first.text).group(1))
    assert "_next=3%2C" in link
    second = await ds.client.get(link, cookies=cookies_for(ds, ALICE))
    assert second.status_code == 200
    assert '<ol class="factcheck-claims factcheck-queue" start="4">' in second.text
    assert "first page</a>" in second.text and 'rel="prev"' not in second.text
    # a review form on that page comes back to that page
    nexts = [html.unescape(v) for v in re.findall(r'name="next" value="([^"]+)"', second.text)]
    assert nexts and all("_next=3%2C" in n for n in nexts)


@pytest.mark.asyncio
@pytest.mark.parametrize("token", ["abc", "1,nan,x", "5,0.5", "-3,none,zzz", "9" * 30 + ",1,a", ",,"])
async def test_a_forged_next_token_does_not_break_the_queue(ds, token):
    # a token that is not one starts the queue over: the first page, numbered from 1
    response = await ds.client.get(f"{QUEUE}.json", params={"_next": token})
    assert response.status_code == 200
    first = (await ds.client.get(f"{QUEUE}.json")).json()
    assert response.json()["claims"] == first["claims"] and first["claims"]
    assert response.json()["offset"] == 0


@pytest.mark.asyncio
async def test_queue_page_for_a_reviewer(worked_db, make_datasette):
    ds = await make_datasette(worked_db)
    response = await ds.client.get(f"{QUEUE}?assignee=_me", cookies=cookies_for(ds, ALICE))
    assert response.status_code == 200
    text = response.text
    assert "assigned to me (alice)" in text
    assert text.count('class="factcheck-review-form"') == len(open_claims(worked_db, "AND claims.assignee = ?", ["alice"]))
    # each review form returns to the queue, at the claim
    assert re.search(r'name="next" value="/-/factcheck/factcheck/queue\?assignee=_me#claim-', text)


@pytest.mark.asyncio
async def test_reviewing_from_the_queue_takes_the_claim_off_it(worked_db, make_datasette):
    ds = await make_datasette(worked_db)
    cookies = cookies_for(ds, ALICE)
    before, _ = await queue_ids(ds)
    top = before[0]
    state = claim_state(worked_db, top)
    token, jar = await form_token(ds, cookies, QUEUE)
    response = await post_form(
        ds, f"/-/factcheck/factcheck/claims/{top}/review",
        {"csrftoken": token, "status": "false", "expected_version": str(state["version"]), "next": QUEUE},
        jar,
    )
    assert response.status_code == 303 and response.headers["location"] == QUEUE
    after, _ = await queue_ids(ds)
    assert after == before[1:]


@pytest.mark.asyncio
async def test_queue_escapes_untrusted_text(samples_db, make_datasette):
    evil = '<script>alert("x")</script>'
    conn = sqlite3.connect(samples_db)
    with conn:
        conn.execute("UPDATE claims SET speaker = ?, assignee = ?, note = ?", [evil, evil, evil])
        conn.execute("UPDATE articles SET title = ?", [evil])
    conn.close()
    ds = await make_datasette(samples_db)
    response = await ds.client.get(QUEUE, cookies=cookies_for(ds, ALICE))
    assert response.status_code == 200
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;" in response.text


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["_size=abc", "_offset=-5", "_size=100000", "assignee=&speaker=", "status=unknown"])
async def test_queue_odd_parameters_do_not_break_it(ds, query):
    response = await ds.client.get(f"{QUEUE}?{query}")
    assert response.status_code == 200


@pytest.mark.asyncio
async def test_queue_on_an_immutable_database_has_no_review_controls(samples_db, make_datasette):
    checkpoint(samples_db)
    ds = await make_datasette(samples_db, immutable=True)
    response = await ds.client.get(QUEUE, cookies=cookies_for(ds, {"id": "root"}))
    assert response.status_code == 200
    assert "factcheck-review-form" not in response.text
    assert "read-only" in response.text


@pytest.mark.asyncio
async def test_queue_for_an_unknown_database_is_404(ds):
    assert (await ds.client.get("/-/factcheck/nope/queue")).status_code == 404


@pytest.mark.asyncio
async def test_queue_is_hidden_from_actors_who_cannot_see_the_database(samples_db, make_datasette):
    from conftest import load_metadata

    metadata = load_metadata()
    metadata["databases"]["factcheck"]["allow"] = {"id": "alice"}
    ds = await make_datasette(samples_db, metadata=metadata)
    assert (await ds.client.get(QUEUE)).status_code == 403
    assert (await ds.client.get(QUEUE, cookies=cookies_for(ds, ALICE))).status_code == 200


@pytest.mark.asyncio
async def test_forms_return_to_the_page_with_its_filter(ds):
    response = await ds.client.get(f"{ARTICLE_PAGE}?status=unchecked", cookies=cookies_for(ds, ALICE))
    assert response.status_code == 200
    nexts = [html.unescape(v) for v in re.findall(r'name="next" value="([^"]+)"', response.text)]
    assert nexts and all(n.startswith(f"{ARTICLE_PAGE}?status=unchecked") for n in nexts)
    assert any("#claim-" in n for n in nexts)  # the per-claim forms come back to their claim


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "query,shown",
    [
        ("assignee=%00", None),
        ("assignee=nobody-has-this", "nobody-has-this"),
        ("article=..", ".."),
        ("article=no-such-article&speaker=%3Cb%3E", "no-such-article"),
        (f"article={ARTICLE}", None),
    ],
)
async def test_queue_keeps_an_unlisted_filter_value_selected(ds, query, shown):
    response = await ds.client.get(f"{QUEUE}?{query}", cookies=cookies_for(ds, ALICE))
    assert response.status_code == 200
    if shown:
        assert f'<option value="{shown}" selected>' in response.text
