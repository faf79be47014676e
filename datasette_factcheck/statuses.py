"""The verification-status vocabulary: the default set, and validation of a configured one.

Pure data and functions, no I/O. The ``statuses`` table is seeded from ``DEFAULT_STATUSES``; a desk
replaces the vocabulary with a ``statuses`` list in the plugin configuration (see the README).
"""

from __future__ import annotations

import re

UNCHECKED = "unchecked"

# Open states come first, then verdicts from best to worst rating, then verdicts without a rating.
DEFAULT_STATUSES: list[dict] = [
    {
        "id": "unchecked",
        "label": "Not checked",
        "description": "Nobody has looked at this claim yet.",
        "color": "#6b7280",
        "sort_order": 0,
        "is_final": 0,
        "rating": None,
    },
    {
        "id": "in_progress",
        "label": "In progress",
        "description": "A reviewer is checking this claim.",
        "color": "#2563eb",
        "sort_order": 1,
        "is_final": 0,
        "rating": None,
    },
    {
        "id": "true",
        "label": "True",
        "description": "The claim is accurate and nothing significant is missing.",
        "color": "#15803d",
        "sort_order": 2,
        "is_final": 1,
        "rating": 5,
    },
    {
        "id": "mostly_true",
        "label": "Mostly true",
        "description": "The claim is accurate but needs clarification or additional information.",
        "color": "#65a30d",
        "sort_order": 3,
        "is_final": 1,
        "rating": 4,
    },
    {
        "id": "mixed",
        "label": "Half true",
        "description": "The claim is partially accurate but leaves out important details.",
        "color": "#ca8a04",
        "sort_order": 4,
        "is_final": 1,
        "rating": 3,
    },
    {
        "id": "misleading",
        "label": "Misleading",
        "description": "The claim contains accurate elements but gives a false impression.",
        "color": "#ea580c",
        "sort_order": 5,
        "is_final": 1,
        "rating": 2,
    },
    {
        "id": "false",
        "label": "False",
        "description": "The claim is not accurate.",
        "color": "#b91c1c",
        "sort_order": 6,
        "is_final": 1,
        "rating": 1,
    },
    {
        "id": "unproven",
        "label": "Unproven",
        "description": "The evidence available cannot prove or disprove the claim.",
        "color": "#7c3aed",
        "sort_order": 7,
        "is_final": 1,
        "rating": None,
    },
    {
        "id": "not_checkable",
        "label": "Not checkable",
        "description": "An opinion, a prediction or a statement that cannot be verified.",
        "color": "#475569",
        "sort_order": 8,
        "is_final": 1,
        "rating": None,
    },
]

STATUS_FIELDS = ("id", "label", "description", "color", "sort_order", "is_final", "rating")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class StatusConfigError(ValueError):
    """A configured status vocabulary is not valid; the message says which entry and why."""


def normalize_statuses(configured) -> list[dict]:
    """Validate a configured status list and return full rows for the ``statuses`` table.

    Each entry needs ``id`` (a slug) and ``label``; ``description``, ``color`` (``#rgb`` or
    ``#rrggbb``), ``is_final`` (bool) and ``rating`` (1-5 or null) are optional; ``sort_order``
    defaults to the entry's position. ``unchecked`` is always present, since it is the default of
    every new claim: if the list leaves it out, the default entry is added first.
    """
    if not isinstance(configured, list) or not configured:
        raise StatusConfigError("statuses must be a non-empty list")
    rows = []
    seen = set()
    for i, entry in enumerate(configured):
        where = f"statuses[{i}]"
        if not isinstance(entry, dict):
            raise StatusConfigError(f"{where} must be a mapping with at least id and label")
        unknown = set(entry) - set(STATUS_FIELDS)
        if unknown:
            raise StatusConfigError(f"{where} has unknown keys: {', '.join(sorted(unknown))}")
        status_id = str(entry.get("id", ""))
        if not _SLUG.match(status_id):
            raise StatusConfigError(
                f"{where}: id {status_id!r} must be a lower-case slug (letters, digits, _ or -)"
            )
        if status_id in seen:
            raise StatusConfigError(f"{where}: id {status_id!r} appears twice")
        seen.add(status_id)
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            raise StatusConfigError(f"{where} ({status_id}): label is required")
        color = entry.get("color") or "#6b7280"
        if not _COLOR.match(str(color)):
            raise StatusConfigError(f"{where} ({status_id}): color {color!r} must be #rgb or #rrggbb")
        rating = entry.get("rating")
        if rating is not None and (
            isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5
        ):
            raise StatusConfigError(f"{where} ({status_id}): rating must be 1-5 or null")
        sort_order = entry.get("sort_order", i)
        if isinstance(sort_order, bool) or not isinstance(sort_order, int):
            raise StatusConfigError(f"{where} ({status_id}): sort_order must be an integer")
        rows.append(
            {
                "id": status_id,
                "label": label.strip(),
                "description": entry.get("description") or "",
                "color": str(color),
                "sort_order": sort_order,
                "is_final": 1 if entry.get("is_final") else 0,
                "rating": rating,
            }
        )
    if UNCHECKED not in seen:
        default = dict(DEFAULT_STATUSES[0])
        default["sort_order"] = min(r["sort_order"] for r in rows) - 1
        rows.insert(0, default)
    return rows
