"""The dashboard, article and claim pages: content, JSON forms, links, 404s, permissions,
immutable databases. Runs unchanged on Datasette 0.65 and 1.0a41."""

from __future__ import annotations

import html
import re
import sqlite3

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
    # The name-variant warning count (the samples spell a councillor two ways).
    assert "1 name-variant warning" in text
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
    assert "“Haynes” (1×) probably names Haines" in text
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
    assert "Showing 1 of 12" in text_of(page)
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
    assert {s["id"]: s["n"] for s in data["status_counts"]} == {"unchecked": 10, "in_progress": 1, "false": 1}
    assert data["name_variants"] == [{"name": "Haines", "variant": "Haynes", "count": 1}]
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
    assert data["claim_count"] == 11
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
