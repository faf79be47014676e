"""Imported text is untrusted: every page escapes titles, bodies, speakers, notes, statuses and
urls; a javascript: url never becomes a link; JSON-LD cannot close its <script> element."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
import pytest_asyncio

from conftest import run_import

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
QUOTE_ATTR = '"><svg onload=alert(1)>'
HOSTILE_ARTICLE = {
    "id": "hostile",
    "title": f"Council {SCRIPT} budget {IMG}",
    "url": "javascript:alert(document.cookie)",
    "outlet": f"The {QUOTE_ATTR} Times",
    "author": f"Reporter {IMG}",
    "published": "2026-03-01",
    "body": (
        f'Mayor Jo {QUOTE_ATTR} Smith said: "The budget {SCRIPT} rose by 40% to $12 million in 2025." '
        f"The council said spending on roads {IMG} fell by 12% last year, to 3.4 million pounds.\n\n"
        "Officials said 2,300 jobs </script><!-- would be created by 2030, up from 1,100 in 2020."
    ),
}
MARKERS = ["<script>alert", "<img src=x", "<svg onload", "</script><!--"]


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "factcheck.db"
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(HOSTILE_ARTICLE))
    result = run_import(path, str(source), "--silent", "--min-score", "0")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM claims ORDER BY position")]
        assert len(ids) >= 2
        # Everything a reviewer or a configuration could write, hostile too.
        conn.execute(
            "UPDATE statuses SET label = ?, description = ?, color = ? WHERE id = 'false'",
            [f"False {SCRIPT}", f"Not {IMG} accurate", "red;background:url(javascript:alert(1))"],
        )
        conn.execute(
            "UPDATE claims SET status = 'false', note = ?, assignee = ?, speaker = ?, speaker_role = ?,"
            " quote = ? WHERE id = ?",
            [f"note {SCRIPT}", QUOTE_ATTR, f"Jo {SCRIPT}", IMG, f"{SCRIPT} quoted", ids[0]],
        )
        conn.execute(
            "INSERT INTO status_changes (claim_id, from_status, to_status, actor, note, evidence_url,"
            " changed_at) VALUES (?, 'unchecked', 'false', ?, ?, ?, '2026-03-02T10:00:00Z')",
            [ids[0], IMG, f"history {SCRIPT}", "javascript:alert(2) https://ok.example.org/x"],
        )
        conn.execute(
            "INSERT INTO name_variants (article_id, name, variant, count) VALUES (?, ?, ?, 2)",
            ["hostile", f"Smith {SCRIPT}", f"Smyth {IMG}"],
        )
    conn.close()
    return path, ids


@pytest_asyncio.fixture
async def hostile(hostile_db, make_datasette):
    path, ids = hostile_db
    ds = await make_datasette(path)
    return ds, ids


def hrefs(page: str) -> list[str]:
    return re.findall(r'(?:href|src|action)="([^"]*)"', page)


def pages_for(ids):
    return [
        "/-/factcheck/factcheck",
        "/-/factcheck/factcheck?q=budget",
        "/-/factcheck/factcheck/articles/hostile",
        "/-/factcheck/factcheck/articles/hostile?status=false",
        f"/-/factcheck/factcheck/claims/{ids[0]}",
        f"/-/factcheck/factcheck/claims/{ids[1]}",
        "/factcheck/articles",
        "/factcheck/claims",
        "/factcheck/article_claims",
    ]


@pytest.mark.asyncio
async def test_html_pages_escape_everything_imported(hostile):
    ds, ids = hostile
    for path in pages_for(ids):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        page = response.text
        body = page[page.index("<body"):]
        # The JSON-LD block is checked on its own below; everything else must hold no live markup.
        body = re.sub(r'<script type="application/ld\+json">.*?</script>', "", body, flags=re.S)
        for marker in MARKERS:
            assert marker not in body, (path, marker)
        for href in hrefs(page):
            assert not href.strip().lower().startswith(("javascript:", "data:")), (path, href)
        assert "javascript:" not in "".join(re.findall(r"style=\"([^\"]*)\"", body)), path


@pytest.mark.asyncio
async def test_escaped_text_is_still_shown(hostile):
    ds, ids = hostile
    article = (await ds.client.get("/-/factcheck/factcheck/articles/hostile")).text
    assert "Council &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; budget" in article
    assert "The &#34;&gt;&lt;svg onload=alert(1)&gt; Times" in article or \
        "The &quot;&gt;&lt;svg onload=alert(1)&gt; Times" in article
    # The javascript: url is shown as text, not as a link.
    assert "javascript:alert(document.cookie)" in article
    assert 'href="javascript:' not in article
    assert "Original article" not in article
    claim = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}")).text
    assert "note &lt;script&gt;" in claim and "history &lt;script&gt;" in claim
    # Evidence: the http(s) URL is a link, the javascript: one is text only.
    assert '<a href="https://ok.example.org/x" rel="nofollow noopener">' in claim
    assert "javascript:alert(2)" in claim and 'href="javascript:alert(2)"' not in claim
    # A hostile colour never reaches a style attribute; the default grey is used instead.
    assert "--status-color: #6b7280" in claim


@pytest.mark.asyncio
async def test_json_ld_cannot_break_out_of_its_script(hostile):
    ds, ids = hostile
    page = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}")).text
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(scripts) == 1
    assert "<" not in scripts[0] and ">" not in scripts[0] and "&" not in scripts[0]
    review = json.loads(scripts[0])
    assert SCRIPT in review["reviewRating"]["alternateName"]
    assert "appearance" not in review["itemReviewed"]  # the javascript: url is left out
    # Nothing after the JSON-LD block was swallowed: the page still closes properly.
    assert page.rstrip().endswith("</html>")


@pytest.mark.asyncio
async def test_json_forms_return_the_text_unchanged(hostile):
    ds, ids = hostile
    data = (await ds.client.get("/-/factcheck/factcheck/articles/hostile.json")).json()
    assert data["article"]["title"] == HOSTILE_ARTICLE["title"]
    assert data["article"]["href"] is None
    assert data["name_variants"][0]["name"] == f"Smith {SCRIPT}"
    claim = (await ds.client.get(f"/-/factcheck/factcheck/claims/{ids[0]}.json")).json()
    assert claim["claim"]["note"] == f"note {SCRIPT}"
    assert [e["href"] for e in claim["evidence"]] == [None, "https://ok.example.org/x"]
