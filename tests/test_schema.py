"""The schema module: migrations, indexes, full-text search, views, the status vocabulary."""

import pytest
import sqlite_utils

from datasette_factcheck import schema
from datasette_factcheck.statuses import DEFAULT_STATUSES, StatusConfigError, normalize_statuses
from datasette_factcheck.workflow import apply_configured_statuses


@pytest.fixture
def db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "s.db")
    schema.ensure_schema(db)
    return db


def test_ensure_schema_is_idempotent_and_recorded(db):
    assert schema.pending_migrations(db) == []
    assert schema.ensure_schema(db) == []
    recorded = [r["name"] for r in db[schema.MIGRATIONS_TABLE].rows]
    assert recorded == [name for name, _ in schema.MIGRATIONS]


def test_migrations_apply_in_order_to_an_old_database(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    db[schema.MIGRATIONS_TABLE].create({"name": str, "applied_at": str}, pk="name")
    first_name, first = schema.MIGRATIONS[0]
    with db.conn:
        first(db)
        db[schema.MIGRATIONS_TABLE].insert({"name": first_name, "applied_at": "x"})
    applied = schema.ensure_schema(db)
    assert applied == [name for name, _ in schema.MIGRATIONS[1:]]
    assert "speaker_role" in db["claims"].columns_dict


def test_tables_foreign_keys_and_indexes(db):
    assert schema.has_factcheck_tables(db.table_names())
    fks = {(fk.column, fk.other_table) for fk in db["claims"].foreign_keys}
    assert fks >= {("article_id", "articles"), ("status", "statuses")}
    history_fks = {(fk.column, fk.other_table) for fk in db["status_changes"].foreign_keys}
    assert ("claim_id", "claims") in history_fks
    indexed = {tuple(i.columns) for i in db["claims"].indexes}
    for columns in [("article_id", "position"), ("speaker",), ("checkworthiness",)]:
        assert columns in indexed
    # Status lookups use the leading column of the composite indexes; no third copy of it.
    assert {("status", "id"), ("status", "checkworthiness")} <= indexed
    assert ("status",) not in indexed
    assert db["claims"].detect_fts() == "claims_fts"
    assert db["articles"].detect_fts() == "articles_fts"
    assert set(db.view_names()) >= {"article_claims", "article_summary"}


def test_claim_defaults(db):
    db["articles"].insert({"id": "a", "title": "T", "body": "B"})
    db["claims"].insert({"id": "c", "article_id": "a", "text": "B"})
    claim = db["claims"].get("c")
    assert (claim["status"], claim["version"], claim["in_article"]) == ("unchecked", 0, 1)


def test_default_statuses_seeded(db):
    rows = list(db["statuses"].rows_where(order_by="sort_order"))
    assert [r["id"] for r in rows] == [s["id"] for s in DEFAULT_STATUSES]
    assert {r["id"] for r in rows if not r["is_final"]} == {"unchecked", "in_progress"}
    assert {r["id"]: r["rating"] for r in rows}["false"] == 1


def test_fts_triggers_follow_updates(db):
    db["articles"].insert({"id": "a", "title": "Bridge repairs", "body": "Costs doubled."})
    db["claims"].insert({"id": "c", "article_id": "a", "text": "Costs doubled for the bridge."})
    assert [r["id"] for r in db["claims"].search("bridge")] == ["c"]
    db["claims"].update("c", {"text": "Costs tripled for the tunnel."})
    assert list(db["claims"].search("bridge")) == []
    assert [r["id"] for r in db["claims"].search("tunnel")] == ["c"]


def test_views(db):
    db["articles"].insert({"id": "a", "title": "T", "body": "B", "outlet": "O"})
    db["claims"].insert_all([
        {"id": "c1", "article_id": "a", "text": "x", "checkworthiness": 0.9, "status": "false"},
        {"id": "c2", "article_id": "a", "text": "y", "checkworthiness": 0.1, "status": "unchecked"},
    ])
    row = db.execute("SELECT * FROM article_claims WHERE claim_id = 'c1'").fetchone()
    named = dict(zip([d[0] for d in db.execute("SELECT * FROM article_claims").description], row))
    assert named["article_title"] == "T" and named["status_label"] == "False"
    summary = list(db.query("SELECT * FROM article_summary"))[0]
    assert summary["claims"] == 2 and summary["unchecked"] == 1 and summary["with_verdict"] == 1
    assert summary["checkworthy"] == 1
    import json

    assert json.loads(summary["status_counts"]) == {"false": 1, "unchecked": 1}


# -- configured statuses ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "configured,message",
    [
        ([], "non-empty list"),
        ("true", "non-empty list"),
        ([{"label": "No id"}], "must be a lower-case slug"),
        ([{"id": "Bad Id", "label": "x"}], "must be a lower-case slug"),
        ([{"id": "a", "label": "A"}, {"id": "a", "label": "B"}], "appears twice"),
        ([{"id": "a"}], "label is required"),
        ([{"id": "a", "label": "A", "color": "red"}], "color 'red'"),
        ([{"id": "a", "label": "A", "rating": 6}], "rating must be 1-5"),
        ([{"id": "a", "label": "A", "rating": True}], "rating must be 1-5"),
        ([{"id": "a", "label": "A", "colour": "#fff"}], "unknown keys: colour"),
        (["a"], "must be a mapping"),
    ],
)
def test_invalid_status_configuration(configured, message):
    with pytest.raises(StatusConfigError, match=message):
        normalize_statuses(configured)


def test_normalize_adds_unchecked_first():
    rows = normalize_statuses([{"id": "ok", "label": "OK", "is_final": True, "rating": 5}])
    assert [r["id"] for r in rows] == ["unchecked", "ok"]
    assert rows[0]["sort_order"] < rows[1]["sort_order"]
    assert rows[1]["is_final"] == 1


def test_apply_configured_statuses_keeps_used_ones(db):
    db["articles"].insert({"id": "a", "title": "T", "body": "B"})
    db["claims"].insert({"id": "c", "article_id": "a", "text": "x", "status": "misleading"})
    configured = normalize_statuses([
        {"id": "unchecked", "label": "To do"},
        {"id": "correct", "label": "Correct", "is_final": True, "rating": 5},
    ])
    warnings = apply_configured_statuses(db, configured)
    ids = {r["id"] for r in db["statuses"].rows}
    assert ids == {"unchecked", "correct", "misleading"}
    assert db["statuses"].get("unchecked")["label"] == "To do"
    assert len(warnings) == 1 and "'misleading'" in warnings[0]
    assert db["claims"].get("c")["status"] == "misleading"


def schema_objects(db) -> set[tuple]:
    return set(db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') "
        "AND sql IS NOT NULL"
    ).fetchall())


def test_bulk_load_defers_indexes_and_rebuilds_them_exactly(db):
    before = schema_objects(db)
    assert schema.start_bulk_load(db) is True
    during = schema_objects(db)
    deferred = schema.deferred_objects(db)
    kinds = {kind for _, kind, _, _ in deferred}
    assert kinds == {"index", "fts_trigger"}
    # Dropped exactly what is recorded, nothing else; what the writer reads or what enforces
    # uniqueness stays.
    assert {name for _, name, _ in before - during} == {name for name, *_ in deferred}
    kept = {name for _, name, _ in during}
    assert {"idx_claims_article_id_position", "idx_name_variants_article_id_name_variant",
            "claim_status_totals_insert"} <= kept
    assert not kept & {"idx_claims_speaker", "idx_claims_checkworthiness", "claims_ai",
                       "articles_ai"}

    db["articles"].insert({"id": "a", "title": "Bridge repairs", "body": "Costs doubled."})
    db["claims"].insert({"id": "c", "article_id": "a", "text": "Costs doubled for the bridge."})
    assert list(db["claims"].search("bridge")) == []  # not indexed yet

    assert schema.finish_bulk_load(db) == len(
        [d for d in deferred if d[1] == "index"]) + 2  # + one full-text index per table
    assert schema_objects(db) == before
    assert schema.DEFERRED_TABLE not in db.table_names()
    assert [r["id"] for r in db["claims"].search("bridge")] == ["c"]
    assert [r["id"] for r in db["articles"].search("repairs")] == ["a"]
    for fts in ("claims_fts", "articles_fts"):
        db.execute(f"INSERT INTO [{fts}]([{fts}], rank) VALUES ('integrity-check', 1)")
    # The triggers are back: later writes are indexed as they happen.
    db["claims"].update("c", {"text": "Costs tripled for the tunnel."})
    assert [r["id"] for r in db["claims"].search("tunnel")] == ["c"]


def test_bulk_load_only_into_an_empty_database(db):
    db["articles"].insert({"id": "a", "title": "T", "body": "B"})
    before = schema_objects(db)
    assert schema.start_bulk_load(db) is False
    assert schema.deferred_objects(db) == []
    assert schema_objects(db) == before
    assert schema.finish_bulk_load(db) == 0


def test_an_interrupted_bulk_load_is_continued_then_finished(db):
    before = schema_objects(db)
    assert schema.start_bulk_load(db)
    deferred = schema.deferred_objects(db)
    db["articles"].insert({"id": "a", "title": "T", "body": "Budget doubled."})
    # The next import continues the bulk load although the database now holds articles.
    assert schema.start_bulk_load(db)
    assert schema.deferred_objects(db) == deferred
    # Something (a migration, a person) built one of the indexes meanwhile: built once only.
    name, _, _, sql = next(d for d in deferred if d[1] == "index")
    db.execute(sql)
    schema.finish_bulk_load(db)
    assert schema_objects(db) == before
    assert [r["id"] for r in db["articles"].search("budget")] == ["a"]
