"""Datasette's own pages link into the fact-check pages: menu, database and table actions,
article titles and claim texts in the tables."""

from __future__ import annotations

import re
import sqlite3

import pytest


@pytest.mark.asyncio
async def test_menu_links_to_the_dashboard(ds):
    page = (await ds.client.get("/")).text
    assert '<a href="/-/factcheck/factcheck">Fact-check: factcheck</a>' in page


@pytest.mark.asyncio
async def test_database_page_links_to_dashboard_and_feed(ds):
    page = (await ds.client.get("/factcheck")).text
    assert re.search(r'href="/-/factcheck/factcheck"[^>]*>\s*Fact-check dashboard', page)
    assert re.search(r'href="/-/factcheck/factcheck/claimreview.json"[^>]*>\s*ClaimReview feed', page)


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["articles", "claims"])
async def test_table_actions_lead_to_the_dashboard(ds, table):
    page = (await ds.client.get(f"/factcheck/{table}")).text
    assert re.search(r'href="/-/factcheck/factcheck"[^>]*>\s*Fact-check dashboard', page)


@pytest.mark.asyncio
async def test_article_titles_link_to_the_article_page(ds, samples_db):
    page = (await ds.client.get("/factcheck/articles")).text
    conn = sqlite3.connect(samples_db)
    for article_id, title in conn.execute("SELECT id, title FROM articles"):
        assert f'<a href="/-/factcheck/factcheck/articles/{article_id}">{title}</a>' in page
    row_page = (await ds.client.get("/factcheck/articles/harbour-bridge-budget")).text
    assert '<a href="/-/factcheck/factcheck/articles/harbour-bridge-budget">Harbour bridge' in row_page


@pytest.mark.asyncio
async def test_claim_rows_link_to_the_claim_page(ds, samples_db):
    page = (await ds.client.get("/factcheck/claims?_size=100")).text
    conn = sqlite3.connect(samples_db)
    ids = [r[0] for r in conn.execute("SELECT id FROM claims")]
    for claim_id in ids:
        assert f'<a href="/-/factcheck/factcheck/claims/{claim_id}">' in page
    # The article_claims view links both ways.
    view = (await ds.client.get("/factcheck/article_claims?_size=100")).text
    assert f'<a href="/-/factcheck/factcheck/claims/{ids[0]}">' in view
    assert '<a href="/-/factcheck/factcheck/articles/harbour-bridge-budget">' in view


@pytest.mark.asyncio
async def test_status_badges_still_render_in_the_claims_table(ds):
    page = (await ds.client.get("/factcheck/claims")).text
    assert 'class="factcheck-status" data-status="unchecked"' in page


@pytest.mark.asyncio
async def test_unrelated_databases_get_no_links(tmp_path, make_datasette):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO articles VALUES ('a', 'A title')")
    conn.commit()
    conn.close()
    ds = await make_datasette(path, metadata={})
    page = (await ds.client.get("/other/articles")).text
    assert "/-/factcheck/" not in page
    assert "Fact-check" not in (await ds.client.get("/")).text


@pytest.mark.asyncio
async def test_links_follow_datasettes_base_url_setting(samples_db, make_datasette):
    """Behind a proxy at /news/ every link keeps the prefix, and the pages answer under it."""
    ds = await make_datasette(samples_db, settings={"base_url": "/news/"})
    # datasette.client adds the prefix itself, as a proxy would have kept it.
    dashboard = await ds.client.get("/-/factcheck/factcheck")
    assert dashboard.status_code == 200
    assert 'href="/news/-/factcheck/factcheck/articles/harbour-bridge-budget"' in dashboard.text
    assert 'href="/news/factcheck/claims?status=unchecked"' in dashboard.text
    data = (await ds.client.get("/-/factcheck/factcheck/articles/harbour-bridge-budget.json")).json()
    claim_url = data["claims"][0]["url"]
    assert claim_url.startswith("/news/-/factcheck/factcheck/claims/")
    assert (await ds.client.get(claim_url[len("/news"):])).status_code == 200
    table = (await ds.client.get("/factcheck/articles")).text
    assert '<a href="/news/-/factcheck/factcheck/articles/harbour-bridge-budget">' in table
