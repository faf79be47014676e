"""The progress bar: on stderr when it is a terminal, never with --silent or when piped."""

import os
import re
import pty
import subprocess
import sys
from pathlib import Path

import pytest

SQLITE_UTILS = str(Path(sys.executable).with_name("sqlite-utils"))


def run_with_terminal_stderr(args):
    """Run a command whose stderr is a pseudo-terminal; return what it wrote there."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(60)
    os.close(leader)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("silent", [False, True])
def test_progress_bar_only_on_a_terminal_and_not_silent(tmp_path, silent):
    args = [SQLITE_UTILS, "import-articles", str(tmp_path / "p.db"), "--samples"]
    code, err = run_with_terminal_stderr(args + (["--silent"] if silent else []))
    assert code == 0, err
    assert ("Importing articles" in err) is not silent
    # The first import into a database is a bulk load: the bar says when it builds the indexes.
    assert ("Building indexes" in err) is not silent
    assert "4 articles: 4 imported" in err


def test_progress_bar_of_a_later_import_builds_no_indexes(tmp_path):
    args = [SQLITE_UTILS, "import-articles", str(tmp_path / "p.db"), "--samples"]
    assert run_with_terminal_stderr(args + ["--silent"])[0] == 0
    (tmp_path / "new.txt").write_text("Budget doubled\n\nThe council doubled the budget to $4 million.\n")
    code, err = run_with_terminal_stderr(args[:3] + [str(tmp_path / "new.txt")])
    assert code == 0, err
    assert "Importing articles" in err and "Building indexes" not in err
    assert "1 article: 1 imported" in err


def test_no_progress_bar_when_stderr_is_piped(tmp_path):
    result = subprocess.run(
        [SQLITE_UTILS, "import-articles", str(tmp_path / "p.db"), "--samples"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0
    assert "Importing articles" not in result.stderr
    assert re.fullmatch(r"4 articles: 4 imported, 0 unchanged, 0 failed; \d+ claims", result.stderr.strip())
