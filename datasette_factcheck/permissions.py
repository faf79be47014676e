"""Who may do what: reading follows Datasette's view permissions; reviewing needs the plugin's
``reviewers`` allow block (or the root actor)."""

from __future__ import annotations

from .compat import actor_allowed_by, can_view_database, can_view_table
from .config import get_config

REVIEW_ACTION = "factcheck-review"


async def can_review(datasette, actor, database: str) -> bool:
    """May ``actor`` change claim statuses in ``database``? Only on a writable database."""
    db = datasette.databases.get(database)
    if db is None or not db.is_mutable or not actor:
        return False
    if actor.get("id") == "root":
        return True
    return actor_allowed_by(actor, get_config(datasette).reviewers)


__all__ = ["can_review", "can_view_database", "can_view_table", "REVIEW_ACTION"]
