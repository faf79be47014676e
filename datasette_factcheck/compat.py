"""Everything that differs between Datasette 0.65.x and 1.0a41, in one place.

The rest of the plugin calls these helpers and never checks Datasette's version itself.
"""

from __future__ import annotations

from datasette.utils import actor_matches_allow

try:  # Datasette 1.0a: permission checks take resource objects.
    from datasette.resources import DatabaseResource, TableResource  # type: ignore

    IS_1_0 = True
except ImportError:  # Datasette 0.65
    DatabaseResource = TableResource = None  # type: ignore
    IS_1_0 = False


async def can_view_database(datasette, actor, database: str) -> bool:
    if IS_1_0:
        return await datasette.allowed(
            action="view-database", resource=DatabaseResource(database), actor=actor
        )
    visible, _ = await datasette.check_visibility(
        actor, permissions=[("view-database", database), "view-instance"]
    )
    return visible


async def can_view_table(datasette, actor, database: str, table: str) -> bool:
    if IS_1_0:
        return await datasette.allowed(
            action="view-table", resource=TableResource(database, table), actor=actor
        )
    visible, _ = await datasette.check_visibility(
        actor,
        permissions=[("view-table", (database, table)), ("view-database", database), "view-instance"],
    )
    return visible


def plugin_config(datasette) -> dict:
    """The plugin's configuration block (from metadata.yml on 0.65, moved to config on 1.0)."""
    return datasette.plugin_config("datasette-factcheck") or {}


def actor_allowed_by(actor, allow) -> bool:
    """Does ``actor`` match an allow block (Datasette's allow syntax)?"""
    if allow is None:
        return False
    return bool(actor_matches_allow(actor, allow))


async def instance_title(datasette) -> str | None:
    """The instance's ``title`` from metadata (a method call on 0.65, async on 1.0)."""
    if IS_1_0:
        return (await datasette.get_instance_metadata() or {}).get("title")
    return datasette.metadata("title")


# --- review workflow (issue 5) ---


async def write_fn(database, fn):
    """Run ``fn(conn)`` on the database's single write thread and return its result.

    ``fn`` manages its own transaction (``transaction.atomic``): Datasette 1.0 would otherwise
    wrap it in one of its own, 0.65 never does.
    """
    if IS_1_0:
        return await database.execute_write_fn(fn, block=True, transaction=False)
    return await database.execute_write_fn(fn, block=True)


async def action_allowed(datasette, actor, action: str, database: str) -> bool:
    """Has a permission plugin or the configuration granted ``action`` on ``database``?

    On 1.0 this asks the registered action (grantable in the ``permissions`` configuration);
    on 0.65 it asks the ``permission_allowed`` hook, so plugins can grant it there too.
    """
    if IS_1_0:
        return await datasette.allowed(
            action=action, resource=DatabaseResource(database), actor=actor
        )
    return bool(
        await datasette.permission_allowed(actor, action, resource=database, default=False)
    )


def database_action(name: str, description: str) -> list:
    """A database-level action for the 1.0 ``register_actions`` hook (nothing on 0.65)."""
    if not IS_1_0:
        return []
    from datasette.permissions import Action  # type: ignore

    return [Action(name=name, description=description, resource_class=DatabaseResource)]


def actor_cookie(datasette, actor: dict) -> str:
    """The signed ``ds_actor`` cookie value that signs ``actor`` in (same format on both)."""
    return datasette.sign({"a": actor}, "actor")
