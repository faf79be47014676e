import pytest


@pytest.mark.asyncio
async def test_claims_table_renders_status_badge(ds):
    response = await ds.client.get("/factcheck/claims")
    assert response.status_code == 200
    assert 'class="factcheck-status"' in response.text
    assert "Not checked" in response.text
