"""Helpers shared by the benchmarks: running a command while measuring its time and memory,
percentiles, and describing the machine."""

from __future__ import annotations

import datetime
import os
import platform
import sqlite3
import statistics
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
BIN = Path(sys.executable).parent


@dataclass
class Run:
    seconds: float
    returncode: int
    maxrss_mb: float  # the largest single process of the command's tree (getrusage via wait4)
    tree_rss_mb: float  # the largest sampled sum of RSS over the process and its descendants
    stdout: str
    stderr: str


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(cmd: list[str], cwd=None, env=None, timeout: float | None = None) -> Run:
    """Run ``cmd`` to completion; wall time, peak memory and output."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(c) for c in cmd], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            total = sum(_rss_kb(p) for p in _descendants(proc.pid))
            peak[0] = max(peak[0], total)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: dict = {}

    def drain(name, stream):
        out_chunks[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(n, s), daemon=True)
               for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for r in readers:
        r.start()
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    for r in readers:
        r.join()
    return Run(
        seconds=seconds,
        returncode=proc.returncode,
        maxrss_mb=usage.ru_maxrss / 1024,
        tree_rss_mb=peak[0] / 1024,
        stdout=out_chunks.get("out", b"").decode("utf-8", "replace"),
        stderr=out_chunks.get("err", b"").decode("utf-8", "replace"),
    )


def percentile(values, p: float) -> float:
    """The p-th percentile (0-100) by linear interpolation."""
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = None
    try:
        with open("/proc/meminfo") as f:
            mem_gb = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = ""
    commit = commit or os.environ.get("BENCH_COMMIT", "") or "unknown (not a git checkout)"
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "datasette": _version("datasette"),
        "sqlite-utils": _version("sqlite-utils"),
        "datasette-factcheck": _version("datasette-factcheck"),
        "commit": commit,
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def mb(path) -> float:
    """Size in MB of a SQLite file with its -wal file."""
    total = 0
    for suffix in ("", "-wal"):
        p = Path(str(path) + suffix)
        if p.exists():
            total += p.stat().st_size
    return total / 1024 / 1024


def remove_db(path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``datasette serve DB`` (``command`` is what runs ``datasette``) on a free loopback port,
    with the repository's metadata.yml and any ``extra`` arguments. Its log goes to a file: an
    unread pipe fills up after 64 KB of access log and stalls the server."""

    def __init__(self, command: list[str], db_path, *extra: str, timeout: float = 120):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [*command, "serve", str(db_path), "-h", "127.0.0.1", "-p", str(self.port),
             "-m", str(REPO / "metadata.yml"), *extra],
            stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"datasette exited: {self.output()[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "/-/versions.json", timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"datasette did not start within {timeout:.0f} seconds")

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def get(self, path: str) -> tuple[float, int, int]:
        """(seconds, status, body bytes) of one GET."""
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(self.url + path, timeout=120) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as e:
            body, status = e.read(), e.code
        return time.perf_counter() - started, status, len(body)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
