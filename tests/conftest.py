"""Shared fixtures: real SQLite files, a real Datasette instance, a real server, a real browser.

Never set ``sys._called_from_test`` here: it disables plugin loading in Datasette and sqlite-utils.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import pytest_asyncio
import yaml
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
METADATA_PATH = REPO / "metadata.yml"
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def load_metadata() -> dict:
    return yaml.safe_load(METADATA_PATH.read_text())


def run_import(db_path, *args, input=None):
    """Run ``sqlite-utils import-articles DB ...`` through sqlite-utils' own CLI (plugins loaded)."""
    from sqlite_utils.cli import cli

    runner = CliRunner()
    return runner.invoke(
        cli, ["import-articles", str(db_path), *map(str, args)], input=input, catch_exceptions=False
    )


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent (the project's shared data is not beside the repo)")
    return SHARED_DATA


@pytest.fixture
def samples_db(tmp_path) -> Path:
    """A fresh factcheck.db holding the bundled sample articles."""
    path = tmp_path / "factcheck.db"
    result = run_import(path, "--samples", "--silent")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def make_datasette():
    """Factory for a started Datasette instance: make_datasette(path, metadata=..., immutable=...)."""
    from datasette.app import Datasette

    async def make(path, metadata=None, immutable=False, **kwargs):
        metadata = load_metadata() if metadata is None else metadata
        files = [] if immutable else [str(path)]
        immutables = [str(path)] if immutable else []
        ds = Datasette(files, immutables=immutables, metadata=metadata, **kwargs)
        await ds.invoke_startup()
        return ds

    return make


@pytest_asyncio.fixture
async def ds(samples_db, make_datasette):
    return await make_datasette(samples_db)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real ``datasette serve`` subprocess on a free loopback port."""

    def __init__(self, db_path, *extra_args, metadata=METADATA_PATH):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        datasette = Path(sys.executable).with_name("datasette")
        args = [str(datasette), "serve", str(db_path), "-p", str(self.port), "-m", str(metadata)]
        # The log goes to a file, not a pipe: nobody reads a pipe while the test runs, and once
        # its 64 KB buffer is full (a few hundred requests, or one very long URL) the server
        # blocks writing its access log and stops answering.
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            args + list(extra_args),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"datasette exited: {self.output()}")
            try:
                urllib.request.urlopen(self.url + "/-/versions.json", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("datasette did not start within 30 seconds")

    def output(self) -> str:
        """Everything the server has written (its startup lines and access log)."""
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


@pytest.fixture
def start_server():
    """start_server(db_path, *extra datasette args) -> Server; stopped after the test."""
    servers = []

    def start(db_path, *args, **kwargs):
        server = Server(db_path, *args, **kwargs)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def pytest_collection_modifyitems(config, items):
    """Browser tests run last. Playwright's sync API keeps an asyncio loop marked as running in
    the main thread for as long as the session-scoped ``browser`` lives, and every async test
    after it would fail with "Runner.run() cannot be called from a running event loop"."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright; skips with a reason where either is missing."""
    executable = chromium_path()
    if not executable:
        pytest.skip("no chromium on this machine (apt-get install chromium; .ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        yield b
        b.close()
