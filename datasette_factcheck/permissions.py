"""Who may do what: reading follows Datasette's view permissions; reviewing needs the plugin's
``reviewers`` allow block, the ``factcheck-review`` action (granted through Datasette 1.0's
``permissions`` configuration, or by a permission plugin on either version), or the root actor.
Nobody reviews on a database that is not writable."""

from __future__ import annotations

from .compat import action_allowed, actor_allowed_by, can_view_database, can_view_table, database_action
from .config import get_config

REVIEW_ACTION = "factcheck-review"
REVIEW_ACTION_DESCRIPTION = "Change the verification status, note, evidence and assignee of claims"


def database_is_writable(datasette, database: str) -> bool:
    db = datasette.databases.get(database)
    return db is not None and db.is_mutable and not database.startswith("_")


async def can_review(datasette, actor, database: str) -> bool:
    """May ``actor`` change claim statuses in ``database``? Only on a writable database."""
    if not database_is_writable(datasette, database) or not actor or not actor.get("id"):
        return False
    if actor.get("id") == "root":
        return True
    if actor_allowed_by(actor, get_config(datasette).reviewers):
        return True
    return await action_allowed(datasette, actor, REVIEW_ACTION, database)


def review_actions() -> list:
    """The ``factcheck-review`` action for Datasette 1.0's ``register_actions`` hook."""
    return database_action(REVIEW_ACTION, REVIEW_ACTION_DESCRIPTION)


__all__ = [
    "can_review",
    "can_view_database",
    "can_view_table",
    "database_is_writable",
    "review_actions",
    "REVIEW_ACTION",
]
