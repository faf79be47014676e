"""datasette-factcheck: the Datasette plugin's hooks.

Hooks live here and stay thin; the work is done in ``schema`` (tables and migrations),
``workflow`` (status vocabulary and review rules), ``views`` (pages) and ``extract`` (claims).
"""

from __future__ import annotations

import logging
import time

from markupsafe import Markup, escape
from pluggy import HookimplMarker

from . import schema

# Datasette's own marker (``datasette.hookimpl`` is ``HookimplMarker("datasette")``), made here
# so that importing this package does not import Datasette: sqlite-utils imports it for the
# ``import-articles`` command on every run. Views and configuration, which need Datasette, are
# imported inside the hooks.
hookimpl = HookimplMarker("datasette")

log = logging.getLogger("datasette_factcheck")

STATUS_COLUMN_TABLES = {"claims": "status", "article_claims": "status"}
SELECT_STATUSES = "SELECT id, label, color FROM statuses"
# How long a table page's badges may reuse the statuses they read: one query per page instead
# of one per cell. The vocabulary changes only when the configuration does (at startup), so a
# label edited behind the server's back shows within this time.
STATUS_CACHE_SECONDS = 2.0


def _migrate(conn, configured_statuses):
    import sqlite_utils

    from .workflow import apply_configured_statuses

    db = sqlite_utils.Database(conn)
    applied = schema.ensure_schema(db)
    warnings = apply_configured_statuses(db, configured_statuses) if configured_statuses else []
    return applied, warnings


@hookimpl
def startup(datasette):
    from .config import get_config

    async def inner():
        config = get_config(datasette)  # raises ConfigError on a bad configuration block
        datasette._factcheck_warnings = {}
        for name, database in datasette.databases.items():
            if not database.is_mutable or name.startswith("_"):
                continue
            tables = await database.table_names()
            if not schema.has_factcheck_tables(tables):
                continue
            applied, warnings = await database.execute_write_fn(
                lambda conn: _migrate(conn, config.statuses), block=True
            )
            for migration in applied:
                log.info("datasette-factcheck: applied migration %s to %s", migration, name)
            for warning in warnings:
                log.warning("datasette-factcheck: %s: %s", name, warning)
            datasette._factcheck_warnings[name] = warnings

    return inner


@hookimpl
def render_cell(value, column, table, database, datasette):
    if STATUS_COLUMN_TABLES.get(table) != column:
        return None
    if isinstance(value, dict):  # a foreign key Datasette has expanded to {value, label}
        value = value.get("value")
    if not isinstance(value, str):
        return None

    async def inner():
        statuses = await _statuses(datasette, database)
        label, color = statuses.get(value, (value, "#6b7280"))
        return status_badge(value, label, color)

    return inner


async def _statuses(datasette, database: str) -> dict[str, tuple[str, str | None]]:
    """The statuses of ``database`` (id -> label, colour), read at most once every
    ``STATUS_CACHE_SECONDS`` per Datasette instance."""
    cache = datasette.__dict__.setdefault("_factcheck_statuses", {})
    now = time.monotonic()
    hit = cache.get(database)
    if hit is None or now - hit[0] > STATUS_CACHE_SECONDS:
        rows = (await datasette.get_database(database).execute(SELECT_STATUSES)).rows
        hit = (now, {row[0]: (row[1], row[2]) for row in rows})
        cache[database] = hit
    return hit[1]


def status_badge(status_id: str, label: str, color: str | None) -> Markup:
    """A coloured badge that always carries its label (never colour alone). The colour comes
    from the database, so only #rgb / #rrggbb reaches the style attribute."""
    from .views import safe_color

    return Markup(
        '<span class="factcheck-status" data-status="{}" style="--status-color: {}">{}</span>'
    ).format(escape(status_id), safe_color(color), escape(label))


@hookimpl
def register_routes():
    from .review_views import routes as review_routes
    from .views import routes as page_routes

    return page_routes() + review_routes()


# -- review workflow hooks (issue 5) --


@hookimpl
def register_actions(datasette):
    """Datasette 1.0: the ``factcheck-review`` action, grantable in ``permissions`` config."""
    from .permissions import review_actions

    return review_actions()


@hookimpl
def skip_csrf(datasette, scope):
    """Datasette 0.65: JSON bodies to the review endpoints need no form token (see review_views)."""
    from .review_views import skip_csrf as review_skip_csrf

    return review_skip_csrf(scope)


@hookimpl(specname="extra_template_vars")
def review_template_vars(template, database, datasette):
    """The review partials' URLs, on every fact-check page that includes them."""
    from .review_views import template_vars

    return template_vars(datasette, template, database)


@hookimpl(specname="menu_links")
def review_menu_links(datasette, actor):
    """A "Review queue" entry for each database the actor may review."""
    from .review_views import queue_menu_links

    return queue_menu_links(datasette, actor)


@hookimpl(specname="extra_css_urls")
def review_css_urls(datasette):
    return [datasette.urls.static_plugins("datasette-factcheck", "factcheck-review.css")]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("datasette-factcheck", "factcheck.css")]


# -- page hooks (issue 4): Datasette's own pages link into the fact-check pages --


@hookimpl(specname="render_cell")
def page_link_cell(row, value, column, table, database, datasette):
    """Article titles link to the article page, claim texts to the claim page."""
    from .views import LINKED_CELLS, linked_cell

    if (table, column) not in LINKED_CELLS:
        return None
    return linked_cell(datasette, database, table, column, row, value)


@hookimpl
def menu_links(datasette, actor):
    async def inner():
        from .views import PageUrls, visible_factcheck_databases

        return [
            {"href": PageUrls(datasette, db).dashboard(), "label": f"Fact-check: {db.name}"}
            for db in await visible_factcheck_databases(datasette, actor)
        ]

    return inner


@hookimpl
def database_actions(datasette, actor, database):
    async def inner():
        from .views import PageUrls, can_view_database, is_factcheck_database

        if not await is_factcheck_database(datasette, database):
            return []
        if not await can_view_database(datasette, actor, database):
            return []
        urls = PageUrls(datasette, datasette.databases[database])
        return [
            {"href": urls.dashboard(), "label": "Fact-check dashboard"},
            {"href": urls.feed(), "label": "ClaimReview feed (JSON-LD)"},
        ]

    return inner


@hookimpl
def table_actions(datasette, actor, database, table):
    async def inner():
        from .views import PageUrls, is_factcheck_database

        if table not in ("articles", "claims", "status_changes", "name_variants"):
            return []
        if not await is_factcheck_database(datasette, database):
            return []
        urls = PageUrls(datasette, datasette.databases[database])
        return [{"href": urls.dashboard(), "label": "Fact-check dashboard"}]

    return inner
