"""A real browser on a real server: the dashboard, an article with its highlighted claims, the
status filter, and a claim page reached by keyboard; on a desktop and on a phone-sized screen.
Screenshots go to tests/artifacts/ (kept by CI as test artifacts)."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import ARTIFACTS

pytestmark = pytest.mark.browser

ARTICLE_TITLE = "Harbour bridge repairs to cost twice the original estimate, council told"


@pytest.fixture
def reviewed_server(samples_db, start_server):
    conn = sqlite3.connect(samples_db)
    with conn:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM claims WHERE article_id = 'harbour-bridge-budget' ORDER BY position"
            )
        ]
        for claim_id, status, note in [
            (ids[0], "false", "Budget papers show $48.6m, not double."),
            (ids[1], "true", None),
            (ids[2], "in_progress", None),
        ]:
            conn.execute(
                "UPDATE claims SET status = ?, note = ?, version = version + 1, assignee = 'alice',"
                " updated_at = '2026-03-15T10:00:00Z' WHERE id = ?",
                [status, note, claim_id],
            )
            conn.execute(
                "INSERT INTO status_changes (claim_id, from_status, to_status, actor, note, changed_at)"
                " VALUES (?, 'unchecked', ?, 'alice', ?, '2026-03-15T10:00:00Z')",
                [claim_id, status, note],
            )
    conn.close()
    return start_server(samples_db), ids


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"pages-{name}.png"), full_page=True)


def test_dashboard_article_filter_and_claim(browser, reviewed_server):
    server, ids = reviewed_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(server.url + "/-/factcheck/factcheck")
        assert page.locator("h1").inner_text() == "Fact-check: factcheck"
        totals = page.locator(".factcheck-totals li")
        assert totals.count() == 9  # every status, each with its label
        assert "False" in totals.all_inner_texts()[6]
        shot(page, "dashboard")

        page.get_by_role("link", name=ARTICLE_TITLE).click()
        page.wait_for_url("**/articles/harbour-bridge-budget")
        marks = page.locator("a.factcheck-mark")
        assert marks.count() == len(ids)
        false_mark = page.locator(f'a.factcheck-mark[href$="/claims/{ids[0]}"] mark')
        assert false_mark.evaluate("m => getComputedStyle(m).borderBottomColor") == "rgb(185, 28, 28)"
        assert page.locator(f'a.factcheck-mark[href$="/claims/{ids[0]}"] sup').inner_text() == "False"
        shot(page, "article")

        page.locator("nav.factcheck-filter a", has_text="False").click()
        page.wait_for_url("**/articles/harbour-bridge-budget?status=false")
        assert page.locator("li.factcheck-claim").count() == 1
        assert page.locator("a.factcheck-mark").count() == 1
        assert page.locator("nav.factcheck-filter a[aria-current]").inner_text().startswith("False")
        shot(page, "article-filtered")

        # Follow the highlighted claim by keyboard.
        page.locator("a.factcheck-mark").first.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/claims/{ids[0]}")
        assert page.locator(".factcheck-verdict .factcheck-status").inner_text() == "False"
        assert page.locator(".factcheck-timeline li").count() == 1
        assert page.locator('script[type="application/ld+json"]').count() == 1
        assert "Budget papers show $48.6m" in page.locator(".factcheck-facts").inner_text()
        shot(page, "claim")
    finally:
        context.close()


def test_pages_fit_a_phone_screen(browser, reviewed_server):
    server, ids = reviewed_server
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    try:
        for name, path in [
            ("phone-dashboard", "/-/factcheck/factcheck"),
            ("phone-article", "/-/factcheck/factcheck/articles/harbour-bridge-budget"),
            ("phone-claim", f"/-/factcheck/factcheck/claims/{ids[0]}"),
        ]:
            page.goto(server.url + path)
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, (path, overflow)
            shot(page, name)
    finally:
        context.close()
