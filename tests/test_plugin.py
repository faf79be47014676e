"""The plugin inside a real Datasette: entry points, startup migrations, configuration, the
claims table as metadata.yml sets it up. Runs on Datasette 0.65 and 1.0a41 alike."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from conftest import REPO, load_metadata
from datasette_factcheck import schema
from datasette_factcheck.cli import import_articles
from datasette_factcheck.config import KNOWN_KEYS, ConfigError


def bin_path(name):
    return str(Path(sys.executable).with_name(name))


@pytest.mark.parametrize("tool", ["sqlite-utils", "datasette"])
def test_plugin_listed(tool):
    output = subprocess.run([bin_path(tool), "plugins"], capture_output=True, text=True, check=True)
    assert '"datasette-factcheck"' in output.stdout


@pytest.mark.asyncio
async def test_claims_table_facets_sort_and_badges(ds):
    response = await ds.client.get("/factcheck/claims")
    assert response.status_code == 200
    html = response.text
    for column in ("status", "speaker", "claim_type", "article_id"):
        assert f'data-column="{column}"' in html
    assert "sorted by checkworthiness descending" in html
    badges = re.findall(r'<span class="factcheck-status" data-status="([^"]+)"[^>]*>([^<]+)</span>', html)
    assert badges and all(label == "Not checked" for status, label in badges if status == "unchecked")


@pytest.mark.asyncio
async def test_a_table_page_reads_the_statuses_once(samples_db, make_datasette):
    # one query for all the badges of a page, not one per row (Datasette's own trace counts)
    ds = await make_datasette(samples_db, settings={"trace_debug": True})
    response = await ds.client.get("/factcheck/claims?_size=50&_trace=1")
    assert response.status_code == 200
    assert response.text.count('class="factcheck-status"') >= 20
    traced = re.findall(r"FROM statuses", response.text)
    assert 1 <= len(traced) <= 2  # (the facet of statuses' labels aside)


@pytest.mark.asyncio
async def test_a_status_label_changed_in_the_database_shows_once_the_cache_expires(
        samples_db, make_datasette, monkeypatch):
    import datasette_factcheck

    ds = await make_datasette(samples_db)
    assert ">Not checked</span>" in (await ds.client.get("/factcheck/claims")).text
    sqlite_utils.Database(samples_db)["statuses"].update("unchecked", {"label": "To check"})
    monkeypatch.setattr(datasette_factcheck, "STATUS_CACHE_SECONDS", 0.0)
    html = (await ds.client.get("/factcheck/claims")).text
    assert ">To check</span>" in html and ">Not checked</span>" not in html


@pytest.mark.asyncio
async def test_claims_json_sorted_by_checkworthiness(ds):
    response = await ds.client.get("/factcheck/claims.json?_shape=array&_size=100")
    scores = [row["checkworthiness"] for row in response.json()]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/factcheck/articles", "/factcheck/statuses", "/factcheck/article_claims",
                                  "/factcheck/article_summary", "/factcheck/status_changes",
                                  "/factcheck/name_variants", "/factcheck/claims.csv"])
async def test_tables_and_views_render(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200


@pytest.mark.asyncio
async def test_csv_export_of_claims(ds):
    response = await ds.client.get("/factcheck/claims.csv?_size=max")
    assert response.status_code == 200
    header = response.text.splitlines()[0]
    assert header.startswith("id,article_id,position,start,end,text,speaker")


def make_old_database(path):
    """A database created by the first release: only the first migration applied."""
    db = sqlite_utils.Database(path)
    db[schema.MIGRATIONS_TABLE].create({"name": str, "applied_at": str}, pk="name")
    name, first = schema.MIGRATIONS[0]
    with db.conn:
        first(db)
        db[schema.MIGRATIONS_TABLE].insert({"name": name, "applied_at": "x"})
    return db


@pytest.mark.asyncio
async def test_startup_migrates_writable_factcheck_databases(tmp_path, make_datasette):
    path = tmp_path / "factcheck.db"
    make_old_database(path)
    await make_datasette(path)
    assert schema.pending_migrations(sqlite_utils.Database(path)) == []


@pytest.mark.asyncio
async def test_startup_leaves_immutable_and_other_databases_alone(tmp_path, make_datasette):
    old = tmp_path / "factcheck.db"
    make_old_database(old)
    before = schema.pending_migrations(sqlite_utils.Database(old))
    ds = await make_datasette(old, immutable=True)
    assert schema.pending_migrations(sqlite_utils.Database(old)) == before
    assert (await ds.client.get("/factcheck/claims")).status_code == 200

    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["things"].insert({"id": 1})
    await make_datasette(other, metadata={})
    assert sqlite_utils.Database(other).table_names() == ["things"]


def with_plugin_config(block):
    metadata = load_metadata()
    metadata["plugins"]["datasette-factcheck"] = block
    return metadata


@pytest.mark.asyncio
async def test_configured_statuses_replace_vocabulary(samples_db, make_datasette):
    block = {"statuses": [
        {"id": "unchecked", "label": "To check", "color": "#999999"},
        {"id": "correct", "label": "Correct", "color": "#00aa00", "is_final": True, "rating": 5},
        {"id": "wrong", "label": "Wrong", "color": "#aa0000", "is_final": True, "rating": 1},
    ]}
    ds = await make_datasette(samples_db, metadata=with_plugin_config(block))
    rows = sqlite_utils.Database(samples_db).execute(
        "SELECT id, label FROM statuses ORDER BY sort_order").fetchall()
    assert rows == [("unchecked", "To check"), ("correct", "Correct"), ("wrong", "Wrong")]
    html = (await ds.client.get("/factcheck/claims")).text
    assert ">To check</span>" in html


@pytest.mark.asyncio
@pytest.mark.parametrize("block,message", [
    ({"statuses": [{"id": "x"}]}, "label is required"),
    ({"reviewer": ["alice"]}, "unknown configuration keys: reviewer"),
    ({"base_url": "example.org"}, "base_url must start with http"),
])
async def test_bad_configuration_stops_startup(samples_db, make_datasette, block, message):
    with pytest.raises(ConfigError, match=message):
        await make_datasette(samples_db, metadata=with_plugin_config(block))


def test_metadata_blocks_for_factcheck_and_demo_are_identical():
    databases = load_metadata()["databases"]
    assert databases["factcheck"] == databases["demo"]
    tables = databases["factcheck"]["tables"]
    assert tables["claims"]["facets"] == ["status", "claim_type", "speaker", "article_id"]
    # Every column of the claims and articles tables is described.
    db = sqlite_utils.Database(memory=True)
    schema.ensure_schema(db)
    for table in ("articles", "claims"):
        assert set(db[table].columns_dict) == set(tables[table]["columns"]), table


def test_metadata_top_level_fields():
    metadata = load_metadata()
    for key in ("title", "license", "source", "description_html"):
        assert metadata.get(key)
    assert set(metadata["plugins"]["datasette-factcheck"]) <= KNOWN_KEYS


# -- documentation is tested ----------------------------------------------------------------

README = (REPO / "README.md").read_text()


@pytest.mark.parametrize("option", sorted(
    opt for param in import_articles.params for opt in param.opts if opt.startswith("--")))
def test_every_import_option_is_documented(option):
    assert f"`{option}" in README


@pytest.mark.parametrize("key", sorted(KNOWN_KEYS))
def test_every_configuration_key_is_documented(key):
    assert f"| `{key}` |" in README


def test_help_explains_the_command():
    from click.testing import CliRunner
    from sqlite_utils.cli import cli

    result = CliRunner().invoke(cli, ["import-articles", "--help"])
    assert result.exit_code == 0
    for fragment in ("Import news articles", "--min-score", "--workers", "--format", "FILE:LINE"):
        assert fragment in result.output


def test_readme_quick_start_has_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \w+", quick, re.M)
    assert commands == ["make demo", "make test"]


def test_the_sqlite_utils_command_loads_neither_datasette_nor_the_extractor():
    """sqlite-utils imports this plugin for every command it runs, so importing it stays cheap:
    Datasette, the extractor's patterns and rapidfuzz load only when something needs them (an
    unchanged re-import needs none of them)."""
    code = (
        "import sys, datasette_factcheck.cli; "
        "print(sorted(m for m in ('datasette', 'datasette_factcheck.extract.pipeline', "
        "'datasette_factcheck.extract.names', 'rapidfuzz', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
