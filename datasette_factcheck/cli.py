"""The sqlite-utils plugin: ``sqlite-utils import-articles DB PATH...``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import sqlite_utils
from sqlite_utils import hookimpl

from .extract import DEFAULT_THRESHOLD
from .importer import Importer, iter_records
from .readers import FORMATS, collect_inputs, known_extensions


SMALL_INPUT_BYTES = 256 * 1024


def samples_dir() -> str:
    """The folder of sample articles bundled with the plugin."""
    return str(Path(__file__).parent / "samples")


@click.command(name="import-articles")
@click.argument(
    "db_path",
    metavar="DB",
    type=click.Path(file_okay=True, dir_okay=False, allow_dash=False),
)
@click.argument("paths", metavar="PATH...", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="Input format. 'auto' goes by file extension "
    f"({known_extensions()}) and sniffs standard input.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Store only sentences whose check-worthiness is at least this. The default is the "
    "model's decision threshold; 0 stores every sentence.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="Processes that extract claims in parallel while one writer stores them "
    "[default: all cores].",
)
@click.option(
    "--samples",
    is_flag=True,
    help="Also import the sample articles bundled with the plugin (used by 'make demo').",
)
@click.option("--silent", is_flag=True, help="No progress bar.")
def import_articles(db_path, paths, fmt, min_score, workers, samples, silent):
    """Import news articles into DB and extract their check-worthy claims.

    PATH is a file, a directory (read recursively, files with a known extension) or - for
    standard input. Formats: plain text (first non-empty line is the title; leading
    '# key: value' lines give url, outlet, author, published or id), Markdown with YAML front
    matter, JSON (an object or an array), JSON Lines and CSV. Structured formats use the fields
    id, title, body (or text), url, outlet, author and published; other fields are kept in the
    'extra' JSON column.

    Each article is stored all or nothing, so a failure never leaves half an article.
    Re-importing is safe: unchanged articles are skipped, and nothing a reviewer wrote
    (status, note, assignee, history) is overwritten.

    Bad input is reported on stderr as FILE:LINE: message; the other articles are still
    imported, and the command exits with status 1. A summary line ends every run.

    \b
    Examples:
        sqlite-utils import-articles factcheck.db articles/
        sqlite-utils import-articles factcheck.db feed.jsonl --min-score 0
        cat story.md | sqlite-utils import-articles factcheck.db - --format markdown
    """
    if not paths and not samples:
        raise click.UsageError("Give at least one PATH (or - for standard input), or --samples.")
    if list(paths).count("-") > 1:
        raise click.UsageError("Standard input (-) can be given only once.")
    all_paths = list(paths) + ([samples_dir()] if samples else [])
    inputs, errors = collect_inputs(all_paths, fmt)
    if workers is None:
        # All cores, except for small inputs where starting processes costs more than it saves.
        small = sum(i.size for i in inputs) < SMALL_INPUT_BYTES and "-" not in paths
        workers = 1 if small else usable_cpus()

    def report(error):
        click.echo(f"error: {error}", err=True)

    for error in errors:
        report(error)

    db = sqlite_utils.Database(db_path)
    try:
        db.enable_wal()
        stats = _run(db, inputs, fmt, min_score, workers, silent, report)
    finally:
        # Closing the last connection checkpoints the WAL into the file, so the database is
        # complete for anyone who opens it read-only or immutable (datasette -i, publish).
        db.close()
    for error in errors:
        stats.articles += 1
        stats.failed += 1
    click.echo(stats.summary(), err=True)
    if stats.failed:
        sys.exit(1)


def _run(db, inputs, fmt, min_score, workers, silent, report):
    total = sum(i.size for i in inputs) or None
    importer = Importer(db, min_score=min_score, workers=workers, on_error=report)
    if silent or not total or not sys.stderr.isatty():
        return importer.run(iter_records(inputs, fmt))
    with click.progressbar(
        length=total, label="Importing articles", file=sys.stderr, show_pos=False
    ) as bar:
        importer.on_progress = lambda article: bar.update(len(article.body) + len(article.title))
        importer.on_error = lambda error: (bar.render_finish(), report(error))

        def indexing():
            bar.label = "Building indexes"
            bar.render_progress()

        importer.on_indexing = indexing
        stats = importer.run(iter_records(inputs, fmt))
        bar.update(total)
    return stats


def usable_cpus() -> int:
    """The CPUs this process may run on (a taskset or container limit counts), else all."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


@hookimpl
def register_commands(cli):
    cli.add_command(import_articles)
