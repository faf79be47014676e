"""The dashboard, article and claim pages: content, JSON forms, links, 404s, permissions,
immutable databases. Runs unchanged on Datasette 0.65 and 1.0a41."""

from __future__ import annotations

import gc
import html
import re
import sqlite3
import urllib.parse

import pytest
import pytest_asyncio
from datasette.utils import tilde_encode

from datasette_factcheck import views

ARTICLE = "harbour-bridge-budget"
FINAL_NOTE = "Council budget papers show $48.6m."
EVIDENCE = "https://example.org/budget.pdf"


def review(path, claim_id, to_status, *, actor="alice", note=None, evidence=None, at):
    """Record a review change directly in the file, as the review workflow would."""
    conn = sqlite3.connect(path)
    with conn:
        (from_status,) = conn.execute("SELECT status FROM claims WHERE id = ?", [claim_id]).fetchone()
        conn.execute(
            "UPDATE claims SET status = ?, note = ?, updated_at = ?, version = version + 1,"
            " assignee = ? WHERE id = ?",
            [to_status, note, at, actor, claim_id],
        )
        conn.execute(
            "INSERT INTO status_changes (claim_id, from_status, to_status, actor, note,"
            " evidence_url, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [claim_id, from_status, to_status, actor, note, evidence, at],
        )
    conn.close()


def publishable(path):
    """Make the file ready to open read-only, as a desk would before publishing: the in-process
    import may still hold a WAL connection, and an immutable open ignores the WAL file."""
    gc.collect()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def claim_ids(path, article_id=ARTICLE):
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM claims WHERE article_id = ? ORDER BY position", [article_id]
    )]
    conn.close()
    return ids


@pytest.fixture
def reviewed_db(samples_db):
    """The samples with one claim in progress and one with a final verdict (False)."""
    ids = claim_ids(samples_db)
    review(samples_db, ids[0], "in_progress", at="2026-03-15T09:00:00Z")
    review(samples_db, ids[0], "false", note=FINAL_NOTE, evidence=EVIDENCE, at="2026-03-15T10:30:00Z")
    review(samples_db, ids[1], "in_progress", actor="bob", at="2026-03-15T11:00:00Z")
    conn = sqlite3.connect(samples_db)
    with conn:
        conn.execute(
            "INSERT INTO name_variants (article_id, name, variant, count) VALUES (?, ?, ?, 2)",
            [ARTICLE, "Dana Whitfield", "Dana Whitfeld"],
        )
    conn.close()
    return samples_db


@pytest_asyncio.fixture
async def rds(reviewed_db, make_datasette):
    return await make_datasette(reviewed_db)


def text_of(page: str) -> str:
    """Visible text, roughly: tags removed, entities decoded, whitespace collapsed."""
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


# -- dashboard ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_dashboard_totals_articles_and_links(rds, reviewed_db):
    response = await rds.client.get("/-/factcheck/factcheck")
    assert response.status_code == 200
    page = response.text
    text = text_of(page)
    conn = sqlite3.connect(reviewed_db)
    total = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    unchecked = conn.execute("SELECT COUNT(*) FROM claims WHERE status = 'unchecked'").fetchone()[0]
    titles = [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY published DESC")]
    assert f"{total} claims in 4 articles" in text
    # Each status total links to the claims table filtered by that status, with its label.
    assert 'href="/factcheck/claims?status=false"' in page
    assert re.search(r'data-status="unchecked"[^>]*>Not checked</span> <span class="factcheck-count">%d<' % unchecked, page)
    # Articles newest first, each linking to its page.
    positions = [page.index(html.escape(t, quote=False)) for t in titles]
    assert positions == sorted(positions)
    assert f'href="/-/factcheck/factcheck/articles/{ARTICLE}"' in page
    # The name-variant warning count.
    variants = conn.execute("SELECT COUNT(*) FROM name_variants").fetchone()[0]
    assert variants >= 1 and f"{variants} name-variant warning" in text
    assert '<p class="crumbs">' in page and 'href="/factcheck"' in page
    assert 'href="/-/factcheck/factcheck/claimreview.json"' in page


@pytest.mark.asyncio
async def test_dashboard_json_has_the_same_content(rds):
    data = (await rds.client.get("/-/factcheck/factcheck.json")).json()
    same = (await rds.client.get("/-/factcheck/factcheck?_format=json")).json()
    assert data == same
    assert data["database"] == "factcheck"
    assert data["article_count"] == 4
    by_status = {t["id"]: t["n"] for t in data["totals"]}
    assert by_status["false"] == 1 and by_status["in_progress"] == 1
    assert sum(by_status.values()) == data["total_claims"]
    articles = data["articles"]
    assert [a["published"] for a in articles] == sorted((a["published"] for a in articles), reverse=True)
    bridge = next(a for a in articles if a["id"] == ARTICLE)
    assert bridge["claims"] == sum(s["n"] for s in bridge["status_counts"])
    assert {s["id"] for s in bridge["status_counts"]} == {"unchecked", "in_progress", "false"}
    assert data["next"] is None


@pytest.mark.asyncio
async def test_dashboard_keyset_pagination_visits_every_article_once(rds):
    seen = []
    url = "/-/factcheck/factcheck.json?_size=1"
    pages = 0
    while url:
        data = (await rds.client.get(url)).json()
        assert len(data["articles"]) == 1
        seen.extend(a["id"] for a in data["articles"])
        url = data["next_url"]
        pages += 1
        assert pages <= 4
    everything = (await rds.client.get("/-/factcheck/factcheck.json")).json()["articles"]
    assert seen == [a["id"] for a in everything]


@pytest.mark.asyncio
async def test_dashboard_pagination_continues_into_undated_articles(reviewed_db, make_datasette):
    conn = sqlite3.connect(reviewed_db)
    with conn:
        conn.execute("UPDATE articles SET published = NULL WHERE id IN (?, ?)", [ARTICLE, "offshore-wind-jobs"])
    conn.close()
    ds = await make_datasette(reviewed_db)
    ids, url = [], "/-/factcheck/factcheck.json?_size=1"
    while url:
        data = (await ds.client.get(url)).json()
        ids.extend(a["id"] for a in data["articles"])
        url = data["next_url"]
    assert ids[:2] == ["free-school-meals-expansion", "measles-vaccination-rates"]
    assert ids[2:] == ["offshore-wind-jobs", ARTICLE]  # undated last, by id descending


@pytest.mark.asyncio
async def test_dashboard_rejects_a_bad_cursor_with_400(rds):
    for bad in ("!!!", "bm90IGpzb24", "WzEsMl0"):
        response = await rds.client.get(f"/-/factcheck/factcheck?_next={bad}")
        assert response.status_code == 400, bad
    assert (await rds.client.get("/-/factcheck/factcheck?_size=x")).status_code == 400


@pytest.mark.asyncio
async def test_dashboard_search_finds_articles_and_claims(rds):
    response = await rds.client.get("/-/factcheck/factcheck?q=bridge")
    assert response.status_code == 200
    text = text_of(response.text)
    assert "Search results for “bridge”" in text
    assert "<mark>" in response.text.lower() or "<mark>" in response.text
    data = (await rds.client.get("/-/factcheck/factcheck.json?q=bridge")).json()
    assert ARTICLE in [a["id"] for a in data["search"]["articles"]]
    assert data["search"]["claims"] and all(
        "bridge" in c["text"].lower() for c in data["search"]["claims"]
    )
    # FTS syntax in the query is escaped, not an error.
    odd = (await rds.client.get('/-/factcheck/factcheck.json?q=" OR NEAR(')).json()
    assert odd["search"]["error"] is None


# -- article page ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_page_highlights_every_claim_in_its_status_colour(rds, reviewed_db):
    response = await rds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}")
    assert response.status_code == 200
    page = response.text
    ids = claim_ids(reviewed_db)
    conn = sqlite3.connect(reviewed_db)
    title, outlet, author = conn.execute(
        "SELECT title, outlet, author FROM articles WHERE id = ?", [ARTICLE]
    ).fetchone()
    body = conn.execute("SELECT body FROM articles WHERE id = ?", [ARTICLE]).fetchone()[0]
    claims = conn.execute(
        'SELECT id, start, "end" FROM claims WHERE article_id = ? ORDER BY position', [ARTICLE]
    ).fetchall()
    text = text_of(page)
    assert f"<h1>{html.escape(title)}</h1>" in page
    assert outlet in text and f"by {author}" in text
    assert 'href="https://example.org/news/2026/03/harbour-bridge-budget"' in page
    # Every stored claim is a highlight linking to its claim page, carrying its status label.
    for claim_id, start, end in claims:
        mark = re.search(
            r'<a class="factcheck-mark" href="/-/factcheck/factcheck/claims/%s" data-status="([a-z_]+)"'
            r' style="--status-color: (#[0-9a-f]{6})"><mark>(.*?)</mark>'
            r'<sup class="factcheck-mark-label">(.*?)</sup></a>' % claim_id,
            page,
            re.S,
        )
        assert mark, claim_id
        assert html.unescape(mark.group(3)) == body[start:end]
    false_mark = re.search(r'href="[^"]*/claims/%s" data-status="false" style="--status-color: #b91c1c">' % ids[0], page)
    assert false_mark
    assert "False" in text and "In progress" in text
    # The claims in article order with badge, type and check-worthiness.
    positions = [page.index(f'id="claim-{cid}"') for cid in ids]
    assert positions == sorted(positions)
    assert "check-worthiness" in text
    # Breakdown with filter links, name-variant warnings, and links to the table and JSON.
    assert f'href="/-/factcheck/factcheck/articles/{ARTICLE}?status=false"' in page
    assert "“Dana Whitfeld” (2×) probably names Dana Whitfield" in text
    assert f'href="/factcheck/claims?article_id={ARTICLE}"' in page
    assert f'href="/-/factcheck/factcheck/articles/{ARTICLE}.json"' in page
    crumbs = re.search(r'<p class="crumbs">(.*?)</p>', page, re.S).group(1)
    assert 'href="/factcheck"' in crumbs and 'href="/-/factcheck/factcheck"' in crumbs


@pytest.mark.asyncio
async def test_article_page_filters_claims_by_status(rds, reviewed_db):
    ids = claim_ids(reviewed_db)
    page = (await rds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}?status=false")).text
    assert f'id="claim-{ids[0]}"' in page
    assert f'id="claim-{ids[1]}"' not in page and f'id="claim-{ids[2]}"' not in page
    # Only the matching claim stays highlighted in the body.
    assert page.count('class="factcheck-mark"') == 1
    assert f"Showing 1 of {len(ids)}" in text_of(page)
    both = (await rds.client.get(
        f"/-/factcheck/factcheck/articles/{ARTICLE}.json?status=false&status=in_progress"
    )).json()
    assert [c["id"] for c in both["claims"]] == ids[:2]
    assert both["filter"] == ["false", "in_progress"]


@pytest.mark.asyncio
async def test_article_json_has_the_same_content(rds, reviewed_db):
    data = (await rds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}.json")).json()
    same = (await rds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}?_format=json")).json()
    assert data == same
    assert data["article"]["id"] == ARTICLE and data["article"]["body"].startswith("Repairs")
    ids = claim_ids(reviewed_db)
    assert [c["id"] for c in data["claims"]] == ids
    first = data["claims"][0]
    assert first["status"] == "false" and first["status_label"] == "False"
    assert first["version"] == 2 and first["assignee"] == "alice" and first["note"] == FINAL_NOTE
    assert first["number"] == 1
    assert first["url"] == f"/-/factcheck/factcheck/claims/{ids[0]}"
    body = data["article"]["body"]
    for claim in data["claims"]:
        assert body[claim["start"]:claim["end"]] == claim["text"]
    assert data["removed_claims"] == []
    assert {s["id"]: s["n"] for s in data["status_counts"]} == {
        "unchecked": len(ids) - 2,
        "in_progress": 1,
        "false": 1,
    }
    conn = sqlite3.connect(reviewed_db)
    stored = conn.execute(
        "SELECT name, variant, count FROM name_variants WHERE article_id = ? ORDER BY name, variant",
        [ARTICLE],
    ).fetchall()
    assert data["name_variants"] == [{"name": n, "variant": v, "count": c} for n, v, c in stored]
    assert {"name": "Dana Whitfield", "variant": "Dana Whitfeld", "count": 2} in data["name_variants"]
    assert [s["id"] for s in data["statuses"]][:2] == ["unchecked", "in_progress"]


@pytest.mark.asyncio
async def test_claims_no_longer_in_the_article_are_listed_apart(reviewed_db, make_datasette):
    ids = claim_ids(reviewed_db)
    conn = sqlite3.connect(reviewed_db)
    with conn:
        conn.execute('UPDATE claims SET in_article = 0, start = NULL, "end" = NULL WHERE id = ?', [ids[0]])
    conn.close()
    ds = await make_datasette(reviewed_db)
    page = (await ds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}")).text
    removed = page.index("No longer in the article")
    assert page.index(f'id="claim-{ids[0]}"') > removed
    assert f'href="/-/factcheck/factcheck/claims/{ids[0]}" data-status' not in page  # not highlighted
    data = (await ds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}.json")).json()
    assert [c["id"] for c in data["removed_claims"]] == [ids[0]]
    assert ids[0] not in [c["id"] for c in data["claims"]]
    assert data["claim_count"] == len(ids) - 1
    claim = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}")).text
    assert "a later version of the article no longer contains this claim" in claim


@pytest.mark.asyncio
async def test_review_contract_context_for_the_review_helper(rds, reviewed_db):
    """The pages include the review partials only for reviewers, with the agreed context."""
    from datasette_factcheck import permissions

    anonymous = (await rds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}")).text
    assert 'form="factcheck-bulk"' not in anonymous
    cookies = {"ds_actor": rds.sign({"a": {"id": "root"}}, "actor")}
    assert await permissions.can_review(rds, {"id": "root"}, "factcheck")
    page = (await rds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}", cookies=cookies)).text
    ids = claim_ids(reviewed_db)
    for claim_id in ids:
        assert (
            f'<input type="checkbox" name="claim_id" value="{claim_id}" form="factcheck-bulk"'
            ' aria-label="Select claim">' in page
        )


# -- claim page -----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_claim_page_shows_claim_in_context_with_history(rds, reviewed_db):
    ids = claim_ids(reviewed_db)
    response = await rds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}")
    assert response.status_code == 200
    page = response.text
    text = text_of(page)
    conn = sqlite3.connect(reviewed_db)
    claim_text, claim_type, score = conn.execute(
        "SELECT text, claim_type, checkworthiness FROM claims WHERE id = ?", [ids[0]]
    ).fetchone()
    assert claim_text in text
    # Status with its label and description, never colour alone.
    assert re.search(r'data-status="false" style="--status-color: #b91c1c">False</span>', page)
    assert "The claim is not accurate." in text
    assert f"Type {claim_type}" in text and f"Check-worthiness {score:.2f}" in text
    assert f"Note {FINAL_NOTE}" in text
    assert "Assignee alice" in text
    assert f'<a href="{EVIDENCE}" rel="nofollow noopener">' in page
    # The claim marked inside its paragraph.
    assert re.search(r'<p class="factcheck-context"><mark class="factcheck-mark" data-status="false"', page)
    # The timeline: both changes, oldest first, with actors and statuses.
    timeline = re.search(r'<ol class="factcheck-timeline">(.*?)</ol>', page, re.S).group(1)
    assert timeline.index("2026-03-15T09:00:00Z") < timeline.index("2026-03-15T10:30:00Z")
    assert text_of(timeline).count("alice:") == 2
    assert "Not checked → In progress" in text_of(timeline)
    assert "In progress → False" in text_of(timeline)
    # Links back to the article (at the claim) and to the JSON.
    assert f'href="/-/factcheck/factcheck/articles/{ARTICLE}#claim-{ids[0]}"' in page
    assert f'href="/-/factcheck/factcheck/claims/{ids[0]}.json"' in page
    # Previous / next claim in the article: the first claim has only a next one.
    assert f'<a href="/-/factcheck/factcheck/claims/{ids[1]}" rel="next">' in page
    assert 'rel="prev"' not in page
    middle = (await rds.client.get(f"/-/factcheck/factcheck/claims/{ids[1]}")).text
    assert f'<a href="/-/factcheck/factcheck/claims/{ids[0]}" rel="prev">' in middle
    assert f'<a href="/-/factcheck/factcheck/claims/{ids[2]}" rel="next">' in middle


@pytest.mark.asyncio
async def test_claim_json_has_the_same_content(rds, reviewed_db):
    ids = claim_ids(reviewed_db)
    data = (await rds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}.json")).json()
    same = (await rds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}?_format=json")).json()
    assert data == same
    claim = data["claim"]
    assert claim["id"] == ids[0] and claim["status"] == "false" and claim["version"] == 2
    assert claim["assignee"] == "alice" and claim["note"] == FINAL_NOTE
    assert data["status"]["label"] == "False" and data["status"]["is_final"] is True
    assert [(h["from_status"], h["to_status"]) for h in data["history"]] == [
        ("unchecked", "in_progress"),
        ("in_progress", "false"),
    ]
    assert data["evidence"] == [{"url": EVIDENCE, "href": EVIDENCE}]
    assert data["article"]["id"] == ARTICLE
    review = data["claimreview"]
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["datePublished"] == "2026-03-15T10:30:00Z"


@pytest.mark.asyncio
async def test_claim_page_carries_claimreview_only_for_final_verdicts(rds, reviewed_db):
    import json

    ids = claim_ids(reviewed_db)
    final = (await rds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}")).text
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', final, re.S)
    assert len(scripts) == 1
    review = json.loads(scripts[0])
    assert review["url"] == f"http://localhost/-/factcheck/factcheck/claims/{ids[0]}"
    assert review["author"] == {
        "@type": "Organization",
        "name": "Fact-check desk (demo)",
        "url": "https://example.org/",
    }
    for open_claim in ids[1:3]:
        page = (await rds.client.get(f"/-/factcheck/factcheck/claims/{open_claim}")).text
        assert "application/ld+json" not in page
        data = (await rds.client.get(f"/-/factcheck/factcheck/claims/{open_claim}.json")).json()
        assert data["claimreview"] is None


@pytest.mark.asyncio
async def test_unchecked_claim_page_says_nobody_checked_it(rds, reviewed_db):
    ids = claim_ids(reviewed_db)
    page = (await rds.client.get(f"/-/factcheck/factcheck/claims/{ids[2]}")).text
    assert "No review changes yet: nobody has checked this claim." in text_of(page)
    assert "Assignee nobody" in text_of(page)


# -- 404s, permissions, immutable databases -------------------------------------------------------

ODD_IDS = [
    "..",
    "%2E%2E",
    "%2F",
    "~2F",
    "a%2Fb",
    "x" * 5000,
    "%C3%A9t%C3%A9",
    "~C3~A9",
    "%00",
    "~00",
    "'%20OR%201=1--",
    "nope.csv",
    "nope.json",
]


async def raw_get(ds, raw_path: str, redirects: int = 3) -> int:
    """GET ``raw_path`` exactly as written (no client-side ``..`` normalisation, as a hand-made
    request would send it), following Datasette's redirects; returns the final status."""
    messages = []
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": urllib.parse.unquote(raw_path),
        "raw_path": raw_path.encode("ascii"),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"localhost")],
        "server": ("localhost", 80),
        "client": ("127.0.0.1", 50000),
    }

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        messages.append(message)

    await ds.app()(scope, receive, send)
    start = next(m for m in messages if m["type"] == "http.response.start")
    if start["status"] in (301, 302) and redirects:
        headers = {k.lower(): v for k, v in start["headers"]}
        location = headers[b"location"].decode("latin1")
        return await raw_get(ds, location, redirects - 1)
    return start["status"]


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", ["articles", "claims"])
@pytest.mark.parametrize("odd", ODD_IDS)
async def test_unknown_and_odd_ids_are_404(rds, kind, odd):
    for suffix in ("", ".json"):
        status = await raw_get(rds, f"/-/factcheck/factcheck/{kind}/{odd}{suffix}")
        assert status == 404, (kind, odd, suffix, status)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/-/factcheck/nope",
        "/-/factcheck/nope.json",
        "/-/factcheck/nope/articles/harbour-bridge-budget",
        "/-/factcheck/nope/claims/abc",
        "/-/factcheck/nope/claimreview.json",
        "/-/factcheck/_internal",
        "/-/factcheck/%2E%2E",
        "/-/factcheck/" + "d" * 3000,
    ],
)
async def test_unknown_databases_are_404(rds, path):
    assert await raw_get(rds, path) == 404, path


@pytest.mark.asyncio
async def test_a_database_without_the_tables_is_404(tmp_path, make_datasette):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY)")
    conn.close()
    ds = await make_datasette(path)
    assert (await ds.client.get("/-/factcheck/other")).status_code == 404


@pytest.mark.asyncio
async def test_ids_with_odd_characters_round_trip_through_links(samples_db, make_datasette):
    """Article ids come from the input: slashes, dots, spaces and unicode all get working links."""
    odd = "wire/2026.03 été+x"
    conn = sqlite3.connect(samples_db)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE articles SET id = ? WHERE id = ?", [odd, ARTICLE])
        conn.execute("UPDATE claims SET article_id = ? WHERE article_id = ?", [odd, ARTICLE])
    conn.close()
    ds = await make_datasette(samples_db)
    dashboard = (await ds.client.get("/-/factcheck/factcheck.json")).json()
    article = next(a for a in dashboard["articles"] if a["id"] == odd)
    assert article["page_url"] == "/-/factcheck/factcheck/articles/" + tilde_encode(odd)
    page = await ds.client.get(article["page_url"] + ".json")
    assert page.status_code == 200 and page.json()["article"]["id"] == odd
    assert (await ds.client.get(article["page_url"])).status_code == 200


@pytest.mark.asyncio
async def test_pages_are_hidden_from_actors_who_cannot_see_the_database(reviewed_db, make_datasette):
    from conftest import load_metadata

    metadata = load_metadata()
    metadata["databases"]["factcheck"]["allow"] = {"id": "alice"}
    ds = await make_datasette(reviewed_db, metadata=metadata)
    ids = claim_ids(reviewed_db)
    paths = [
        "/-/factcheck/factcheck",
        "/-/factcheck/factcheck.json",
        f"/-/factcheck/factcheck/articles/{ARTICLE}",
        f"/-/factcheck/factcheck/claims/{ids[0]}",
        "/-/factcheck/factcheck/claimreview.json",
    ]
    alice = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    for path in paths:
        anonymous = await ds.client.get(path)
        assert anonymous.status_code in (403, 404), path
        assert FINAL_NOTE not in anonymous.text and "Harbour" not in anonymous.text
        assert (await ds.client.get(path, cookies=alice)).status_code == 200, path


@pytest.mark.asyncio
async def test_every_page_works_on_an_immutable_database(reviewed_db, make_datasette):
    publishable(reviewed_db)
    ds = await make_datasette(reviewed_db, immutable=True)
    assert not ds.get_database("factcheck").is_mutable
    ids = claim_ids(reviewed_db)
    for path in [
        "/-/factcheck/factcheck",
        "/-/factcheck/factcheck.json?q=bridge",
        f"/-/factcheck/factcheck/articles/{ARTICLE}",
        f"/-/factcheck/factcheck/articles/{ARTICLE}.json?status=false",
        f"/-/factcheck/factcheck/claims/{ids[0]}",
        f"/-/factcheck/factcheck/claims/{ids[0]}.json",
        "/-/factcheck/factcheck/claimreview.json",
    ]:
        response = await ds.client.get(path)
        assert response.status_code == 200, path
    # Review controls never appear on a read-only database, even for root.
    root = {"ds_actor": ds.sign({"a": {"id": "root"}}, "actor")}
    page = (await ds.client.get(f"/-/factcheck/factcheck/articles/{ARTICLE}", cookies=root)).text
    assert 'form="factcheck-bulk"' not in page
    feed = (await ds.client.get("/-/factcheck/factcheck/claimreview.json")).json()
    assert [r["claimReviewed"] for r in feed["claim_reviews"]] == [
        (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}.json")).json()["claim"]["text"]
    ]


@pytest.mark.asyncio
async def test_timeline_shows_assignment_changes(reviewed_db, make_datasette):
    ids = claim_ids(reviewed_db)
    conn = sqlite3.connect(reviewed_db)
    with conn:
        conn.execute(
            "INSERT INTO status_changes (claim_id, from_status, to_status, actor, from_assignee,"
            " to_assignee, changed_at) VALUES (?, 'in_progress', 'in_progress', 'bob', NULL, 'carol',"
            " '2026-03-16T08:00:00Z')",
            [ids[1]],
        )
    conn.close()
    ds = await make_datasette(reviewed_db)
    page = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[1]}")).text
    timeline = text_of(re.search(r'<ol class="factcheck-timeline">(.*?)</ol>', page, re.S).group(1))
    assert "bob: In progress assigned to carol" in timeline
    data = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[1]}.json")).json()
    assert data["history"][-1]["to_assignee"] == "carol"


@pytest.mark.asyncio
async def test_history_follows_the_status_changes_permission(reviewed_db, make_datasette):
    from conftest import load_metadata

    metadata = load_metadata()
    metadata["databases"]["factcheck"]["tables"]["status_changes"]["allow"] = {"id": "alice"}
    ds = await make_datasette(reviewed_db, metadata=metadata)
    ids = claim_ids(reviewed_db)
    anonymous = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}")).text
    assert "You do not have permission to see this claim's history." in anonymous
    assert "2026-03-15T09:00:00Z" not in anonymous and EVIDENCE not in anonymous
    data = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}.json")).json()
    assert data["history"] == [] and data["evidence"] == []
    alice = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    page = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}", cookies=alice)).text
    assert "2026-03-15T09:00:00Z" in page and EVIDENCE in page
