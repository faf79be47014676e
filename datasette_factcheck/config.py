"""The plugin's configuration block, read and validated in one place.

In ``metadata.yml``::

    plugins:
      datasette-factcheck:
        statuses: [...]          # replaces the default verification-status vocabulary
        reviewers: {id: [alice, bob]}   # Datasette allow block: who may review
        base_url: https://factcheck.example.org   # for absolute URLs in ClaimReview
        publisher: {name: Example Desk, url: https://example.org}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .compat import plugin_config
from .statuses import normalize_statuses

KNOWN_KEYS = {"statuses", "reviewers", "base_url", "publisher"}


class ConfigError(ValueError):
    """The plugin configuration is not valid; the message names the key."""


@dataclass
class FactcheckConfig:
    statuses: list[dict] | None = None
    reviewers: object = None
    base_url: str | None = None
    publisher: dict = field(default_factory=dict)


def parse_config(raw: dict | None) -> FactcheckConfig:
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ConfigError("datasette-factcheck: configuration must be a mapping")
    unknown = set(raw) - KNOWN_KEYS
    if unknown:
        raise ConfigError(
            "datasette-factcheck: unknown configuration keys: " + ", ".join(sorted(unknown))
        )
    statuses = None
    if raw.get("statuses") is not None:
        try:
            statuses = normalize_statuses(raw["statuses"])
        except ValueError as e:
            raise ConfigError(f"datasette-factcheck: {e}") from None
    publisher = raw.get("publisher") or {}
    if isinstance(publisher, str):
        publisher = {"name": publisher}
    if not isinstance(publisher, dict):
        raise ConfigError("datasette-factcheck: publisher must be a name or {name, url}")
    base_url = raw.get("base_url")
    if base_url is not None and not str(base_url).startswith(("http://", "https://")):
        raise ConfigError("datasette-factcheck: base_url must start with http:// or https://")
    return FactcheckConfig(
        statuses=statuses,
        reviewers=raw.get("reviewers"),
        base_url=str(base_url).rstrip("/") if base_url else None,
        publisher=publisher,
    )


def get_config(datasette) -> FactcheckConfig:
    return parse_config(plugin_config(datasette))
