"""In a real browser: a reviewer changes a claim's status on the article page, sees its highlight
take the new status colour, and finds the change in the claim's history; a second reviewer with a
stale page is told who changed it. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import pytest

from conftest import ARTIFACTS
from review_support import ARTICLE, claim_rows, claim_state, changes_of

pytestmark = pytest.mark.browser

SECRET = "test-browser-review-secret"
GREY = "rgb(107, 114, 128)"  # Not checked, #6b7280
RED = "rgb(185, 28, 28)"  # False, #b91c1c


def sign_in(browser, server, actor_id):
    from datasette.app import Datasette

    cookie = Datasette([], secret=SECRET).sign({"a": {"id": actor_id}}, "actor")
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.add_cookies([{"name": "ds_actor", "value": cookie, "url": server.url}])
    return context


def highlight_colour(page, claim_id):
    mark = page.locator(f'a.factcheck-mark[href$="/claims/{claim_id}"] mark').first
    return mark.evaluate("el => getComputedStyle(el).borderBottomColor")


def test_reviewer_changes_a_status_on_the_article_page(browser, samples_db, start_server):
    server = start_server(samples_db, "--secret", SECRET)
    claim = claim_rows(samples_db)[0]
    article_url = f"{server.url}/-/factcheck/factcheck/articles/{ARTICLE}"

    alice = sign_in(browser, server, "alice")
    page = alice.new_page()
    page.goto(article_url)
    assert highlight_colour(page, claim["id"]) == GREY
    item = page.locator(f'li.factcheck-claim:has(input[name="claim_id"][value="{claim["id"]}"])')
    item.locator("details.factcheck-review > summary").click()
    form = item.locator("form.factcheck-review-form")
    form.locator('select[name="status"]').select_option("false")
    form.locator('textarea[name="note"]').fill("Budget papers put it at $48.6m, not $96m.")
    form.locator('textarea[name="evidence_urls"]').fill("https://example.org/budget-2026.pdf")
    page.screenshot(path=str(ARTIFACTS / "review-1-article-form.png"), full_page=False)
    form.locator('button[type="submit"]').click()
    page.wait_for_load_state("load")

    # back on the article page, at the claim, with a message and the new colour
    assert page.url.startswith(article_url)
    assert "Saved: the claim is now “False” (version 1)." in page.content()
    assert highlight_colour(page, claim["id"]) == RED
    mark = page.locator(f'a.factcheck-mark[href$="/claims/{claim["id"]}"]').first
    assert mark.get_attribute("data-status") == "false"
    assert "False" in mark.inner_text()  # the label, not colour alone
    mark.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "review-2-article-after.png"), full_page=False)
    state = claim_state(samples_db, claim["id"])
    assert (state["status"], state["version"]) == ("false", 1)

    # the claim page's history lists the change
    mark.click()
    page.wait_for_load_state("load")
    history = page.locator(".factcheck-timeline").inner_text()
    assert "alice" in history
    assert "Not checked" in history and "False" in history
    assert "Budget papers put it at $48.6m, not $96m." in history
    assert "https://example.org/budget-2026.pdf" in history
    page.screenshot(path=str(ARTIFACTS / "review-3-claim-history.png"), full_page=True)
    alice.close()

    # bob had the article open before alice saved: his save is refused, with her change shown
    bob = sign_in(browser, server, "bob")
    stale = bob.new_page()
    stale.goto(article_url)
    stale.evaluate(
        """([id]) => {
            const form = document.querySelector(`li.factcheck-claim input[value="${id}"]`)
                .closest("li").querySelector("form.factcheck-review-form");
            form.querySelector('input[name="expected_version"]').value = "0";
        }""",
        [claim["id"]],
    )
    item = stale.locator(f'li.factcheck-claim:has(input[name="claim_id"][value="{claim["id"]}"])')
    item.locator("details.factcheck-review > summary").click()
    item.locator('select[name="status"]').select_option("true")
    item.locator('button[type="submit"]').click()
    stale.wait_for_load_state("load")
    text = stale.content()
    assert "Changed by someone else" in text
    assert "alice" in text and "Budget papers put it at $48.6m" in text
    stale.screenshot(path=str(ARTIFACTS / "review-4-conflict.png"), full_page=True)
    bob.close()
    assert len(changes_of(samples_db, claim["id"])) == 1


def test_reviewer_works_through_the_queue(browser, samples_db, start_server):
    server = start_server(samples_db, "--secret", SECRET)
    root = sign_in(browser, server, "root")
    page = root.new_page()
    page.goto(f"{server.url}/-/factcheck/factcheck/queue")
    first = page.locator("ol.factcheck-queue > li").first
    claim_id = first.locator('input[name="claim_id"]').get_attribute("value")
    first.locator("details.factcheck-review > summary").click()
    first.locator('select[name="status"]').select_option("true")
    first.locator('input[name="assign_to_me"]').check()
    page.screenshot(path=str(ARTIFACTS / "review-5-queue.png"), full_page=False)
    first.locator('button[type="submit"]').click()
    page.wait_for_load_state("load")
    assert "/queue" in page.url
    assert "Saved: the claim is now “True”" in page.content()
    assert page.locator(f'ol.factcheck-queue input[value="{claim_id}"]').count() == 0
    state = claim_state(samples_db, claim_id)
    assert (state["status"], state["assignee"]) == ("true", "root")
    # bulk: the next two claims, assigned to me
    boxes = page.locator('ol.factcheck-queue input[name="claim_id"]')
    ids = [boxes.nth(i).get_attribute("value") for i in range(2)]
    for i in range(2):
        boxes.nth(i).check()
    page.locator('#factcheck-bulk input[name="assign_to_me"]').check()
    page.locator('#factcheck-bulk button[type="submit"]').click()
    page.wait_for_load_state("load")
    assert "Saved: 2 claims changed." in page.content()
    page.goto(f"{server.url}/-/factcheck/factcheck/queue?assignee=_me")
    shown = page.locator('ol.factcheck-queue input[name="claim_id"]')
    assert sorted(shown.nth(i).get_attribute("value") for i in range(shown.count())) == sorted(ids)
    page.screenshot(path=str(ARTIFACTS / "review-6-queue-mine.png"), full_page=False)
    root.close()
