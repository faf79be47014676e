"""Who may review: the permission matrix for the JSON endpoint, the form and the review controls on
the pages, on Datasette 0.65 and 1.0a41; the factcheck-review action; read-only databases."""

from __future__ import annotations

import copy

import pytest

from datasette_factcheck import permissions
from datasette_factcheck.compat import IS_1_0
from review_support import (
    ACTORS,
    checkpoint,
    changes_of,
    claim_path,
    claim_rows,
    claim_state,
    cookies_for,
    form_token,
    post_form,
    review_path,
)
from conftest import load_metadata


@pytest.mark.asyncio
@pytest.mark.parametrize("actor,may_review", ACTORS, ids=["anonymous", "non-reviewer", "reviewer", "root"])
async def test_json_endpoint_permission_matrix(ds, samples_db, actor, may_review):
    claim = claim_rows(samples_db)[0]
    response = await ds.client.post(
        review_path("factcheck", claim["id"]),
        json={"status": "in_progress", "expected_version": 0},
        cookies=cookies_for(ds, actor),
    )
    if may_review:
        assert response.status_code == 200, response.text
        assert response.json()["change"]["actor"] == actor["id"]
        assert claim_state(samples_db, claim["id"])["status"] == "in_progress"
    else:
        assert response.status_code == 403
        assert "review" in response.json()["error"]
        assert changes_of(samples_db) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("actor,may_review", ACTORS, ids=["anonymous", "non-reviewer", "reviewer", "root"])
async def test_form_permission_matrix(ds, samples_db, actor, may_review):
    claim = claim_rows(samples_db)[0]
    page = claim_path("factcheck", claim["id"])
    cookies = cookies_for(ds, actor)
    response = await ds.client.get(page, cookies=cookies)
    assert response.status_code == 200
    assert ('class="factcheck-review-form"' in response.text) is may_review
    if may_review:
        token, jar = await form_token(ds, cookies, page)
    else:
        token, jar = "", cookies
    response = await post_form(
        ds,
        review_path("factcheck", claim["id"]),
        {"csrftoken": token, "status": "true", "expected_version": "0", "next": page},
        jar,
    )
    if may_review:
        assert response.status_code == 303
        assert response.headers["location"] == page
        assert claim_state(samples_db, claim["id"])["status"] == "true"
        assert changes_of(samples_db)[0]["actor"] == actor["id"]
    else:
        assert response.status_code == 403
        assert claim_state(samples_db, claim["id"])["version"] == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("actor,may_review", ACTORS, ids=["anonymous", "non-reviewer", "reviewer", "root"])
async def test_review_controls_on_article_page_and_queue(ds, actor, may_review):
    cookies = cookies_for(ds, actor)
    article = await ds.client.get("/-/factcheck/factcheck/articles/harbour-bridge-budget", cookies=cookies)
    queue = await ds.client.get("/-/factcheck/factcheck/queue", cookies=cookies)
    for response in (article, queue):
        assert response.status_code == 200
        assert ('id="factcheck-bulk"' in response.text) is may_review
        assert ('class="factcheck-review-form"' in response.text) is may_review
        assert ('form="factcheck-bulk"' in response.text) is may_review


@pytest.mark.asyncio
async def test_the_actor_comes_from_the_sign_in_never_from_the_body(ds, samples_db):
    claim = claim_rows(samples_db)[0]
    response = await ds.client.post(
        review_path("factcheck", claim["id"]),
        json={"status": "true", "expected_version": 0, "actor": "root"},
        cookies=cookies_for(ds, {"id": "alice"}),
    )
    assert response.status_code == 400
    assert "unknown field(s): actor" in response.json()["error"]
    # a form field named actor is ignored: the change is still alice's
    page = claim_path("factcheck", claim["id"])
    token, jar = await form_token(ds, cookies_for(ds, {"id": "alice"}), page)
    response = await post_form(
        ds, review_path("factcheck", claim["id"]),
        {"csrftoken": token, "status": "true", "expected_version": "0", "actor": "root"}, jar,
    )
    assert response.status_code == 303
    assert changes_of(samples_db)[0]["actor"] == "alice"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "reviewers,actor,allowed",
    [
        ({"id": ["alice", "bob"]}, {"id": "bob"}, True),
        ({"id": ["alice", "bob"]}, {"id": "carol"}, False),
        ({"id": "*"}, {"id": "carol"}, True),
        ({"desk": "politics"}, {"id": "dan", "desk": "politics"}, True),
        ({"desk": "politics"}, {"id": "eve", "desk": "sport"}, False),
        (None, {"id": "alice"}, False),
        (None, {"id": "root"}, True),
        ({"id": "*"}, None, False),
    ],
)
async def test_reviewers_allow_block(samples_db, make_datasette, reviewers, actor, allowed):
    metadata = load_metadata()
    plugin = metadata["plugins"]["datasette-factcheck"]
    if reviewers is None:
        plugin.pop("reviewers", None)
    else:
        plugin["reviewers"] = reviewers
    ds = await make_datasette(samples_db, metadata=metadata)
    assert await permissions.can_review(ds, actor, "factcheck") is allowed


@pytest.mark.asyncio
async def test_nobody_reviews_an_immutable_database(samples_db, make_datasette):
    checkpoint(samples_db)
    ds = await make_datasette(samples_db, immutable=True)
    claim = claim_rows(samples_db)[0]
    root = cookies_for(ds, {"id": "root"})
    assert not await permissions.can_review(ds, {"id": "root"}, "factcheck")
    page = await ds.client.get(claim_path("factcheck", claim["id"]), cookies=root)
    assert page.status_code == 200
    assert "factcheck-review-form" not in page.text
    response = await ds.client.post(
        review_path("factcheck", claim["id"]), json={"status": "true", "expected_version": 0}, cookies=root
    )
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]
    bulk = await ds.client.post(
        "/-/factcheck/factcheck/review",
        json={"claims": [{"id": claim["id"], "expected_version": 0}], "status": "true"},
        cookies=root,
    )
    assert bulk.status_code == 403
    assert claim_state(samples_db, claim["id"])["version"] == 0


@pytest.mark.asyncio
async def test_review_action_granted_through_configuration_on_1_0(samples_db, make_datasette):
    if not IS_1_0:
        pytest.skip("Datasette 0.65 has no permissions configuration for plugin actions")
    metadata = load_metadata()
    metadata["plugins"]["datasette-factcheck"].pop("reviewers")
    ds = await make_datasette(
        samples_db, metadata=metadata,
        config={"databases": {"factcheck": {"permissions": {"factcheck-review": {"id": "carol"}}}}},
    )
    assert "factcheck-review" in ds.actions
    assert await permissions.can_review(ds, {"id": "carol"}, "factcheck")
    assert not await permissions.can_review(ds, {"id": "dave"}, "factcheck")
    claim = claim_rows(samples_db)[0]
    response = await ds.client.post(
        review_path("factcheck", claim["id"]),
        json={"status": "true", "expected_version": 0},
        cookies=cookies_for(ds, {"id": "carol"}),
    )
    assert response.status_code == 200, response.text


@pytest.mark.asyncio
async def test_review_action_granted_by_a_permission_plugin_on_0_65(samples_db, make_datasette):
    if IS_1_0:
        pytest.skip("on 1.0 the action is granted through configuration (test above)")
    from datasette import hookimpl
    from datasette.plugins import pm

    class GrantToEditors:
        __name__ = "grant_to_editors"

        @hookimpl
        def permission_allowed(self, actor, action, resource):
            if action == permissions.REVIEW_ACTION and actor and actor.get("role") == "editor":
                return resource == "factcheck"
            return None

    plugin = GrantToEditors()
    pm.register(plugin, name="test-grant-to-editors")
    try:
        metadata = load_metadata()
        metadata["plugins"]["datasette-factcheck"].pop("reviewers")
        ds = await make_datasette(samples_db, metadata=metadata)
        assert await permissions.can_review(ds, {"id": "erin", "role": "editor"}, "factcheck")
        assert not await permissions.can_review(ds, {"id": "frank", "role": "intern"}, "factcheck")
    finally:
        pm.unregister(name="test-grant-to-editors")


@pytest.mark.asyncio
async def test_actions_are_registered_only_on_1_0():
    actions = permissions.review_actions()
    if IS_1_0:
        [action] = actions
        assert action.name == "factcheck-review"
        assert action.resource_class.__name__ == "DatabaseResource"
    else:
        assert actions == []


@pytest.mark.asyncio
async def test_metadata_reviewers_block_is_the_documented_one():
    metadata = copy.deepcopy(load_metadata())
    assert metadata["plugins"]["datasette-factcheck"]["reviewers"] == {"id": ["alice", "bob"]}


@pytest.mark.asyncio
@pytest.mark.parametrize("actor,may_review", ACTORS, ids=["anonymous", "non-reviewer", "reviewer", "root"])
async def test_review_queue_in_the_menu_only_for_reviewers(ds, actor, may_review):
    response = await ds.client.get("/", cookies=cookies_for(ds, actor))
    assert response.status_code == 200
    assert ('href="/-/factcheck/factcheck/queue"' in response.text) is may_review
