"""Reading articles from files: plain text, Markdown, JSON, JSON Lines and CSV.

Each reader turns one input into ``Article`` records, or raises/yields ``InputError`` that names the
input and the line (or record) that was wrong. Nothing here touches the database.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import email.utils
import functools
import hashlib
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

FORMATS = ("auto", "text", "markdown", "json", "jsonl", "csv")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
ARTICLE_FIELDS = ("id", "title", "body", "url", "outlet", "author", "published")
# Other names a source may use for the standard fields.
ALIASES = {
    "text": "body",
    "content": "body",
    "headline": "title",
    "link": "url",
    "publisher": "outlet",
    "source_name": "outlet",
    "byline": "author",
    "date": "published",
    "datecreated": "published",
    "date_published": "published",
    "datepublished": "published",
    "published_at": "published",
    "pubdate": "published",
}
STDIN = "-"

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class InputError(Exception):
    """Bad input: ``str(error)`` reads ``source:line: message``."""

    def __init__(self, source: str, message: str, line: int | None = None, record: int | None = None):
        self.source = source
        self.message = message
        self.line = line
        self.record = record
        where = source if line is None else f"{source}:{line}"
        if record is not None:
            message = f"record {record}: {message}"
        super().__init__(f"{where}: {message}")


@dataclass
class Article:
    id: str
    title: str
    body: str
    source: str
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    extra: dict = field(default_factory=dict)
    line: int | None = None
    record: int | None = None

    @functools.cached_property
    def content_hash(self) -> str:
        """A hash of everything imported for this article (not of where it came from); computed
        once, as the importer needs it for the unchanged check and again when writing."""
        payload = json.dumps(
            [self.title, self.body, self.url, self.outlet, self.author, self.published, self.extra],
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# -- ids ------------------------------------------------------------------------------------------


def slugify(value: str, max_length: int = 60) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^a-zA-Z0-9]+", "-", value).strip("-").lower()
    return value[:max_length].rstrip("-")


def _short_hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:10]


def derive_article_id(
    given=None, url: str | None = None, path: str | None = None, title: str | None = None
) -> str:
    """The stable id: the input's own, else from the url, else from the path, else the title."""
    if given is not None and str(given).strip():
        return str(given).strip()
    if url:
        normalized = re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/").lower()
        return f"{slugify(normalized.rsplit('/', 1)[-1], 40) or 'url'}-{_short_hash(normalized)}"
    if path:
        slug = slugify(re.sub(r"\.[A-Za-z0-9]+$", "", path))
        return slug or _short_hash(path)
    title = title or ""
    return f"{slugify(title, 40) or 'article'}-{_short_hash(title)}"


# -- values ---------------------------------------------------------------------------------------

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y")


def normalize_date(value) -> str | None:
    """ISO 8601 for a date or datetime in any common notation; ValueError when unreadable."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"published must be a date, not the number {value!r}")
    text = str(value).strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.date.fromisoformat(text).isoformat()
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    cleaned = re.sub(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+", "", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"published: cannot read {text!r} as a date (use ISO 8601, e.g. 2024-05-01)")


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ValueError(f"expected text, got {type(value).__name__}")
    text = str(value).strip()
    return text or None


def article_from_mapping(
    mapping: dict, source: str, line: int | None = None, record: int | None = None,
    escapes: bool = True,
) -> Article:
    """Build an Article from a structured record; unknown fields go to ``extra``. ``escapes``
    False promises that the record's text had no ``\\u`` escapes, so no surrogates to join."""
    if not isinstance(mapping, dict):
        raise InputError(source, f"expected an object, got {type(mapping).__name__}", line, record)
    if escapes:
        try:
            mapping = _join_surrogates(mapping)
        except ValueError as e:
            raise InputError(source, str(e), line, record) from None
    values: dict = {}
    extra: dict = {}
    for key, value in mapping.items():
        name = str(key).strip().lower()
        name = ALIASES.get(name, name)
        if name in ARTICLE_FIELDS and name not in values:
            values[name] = value
        else:
            extra[str(key)] = value
    try:
        title = _text(values.get("title"))
        body = values.get("body")
        if body is not None and not isinstance(body, str):
            raise ValueError(f"body must be text, got {type(body).__name__}")
        body = clean_body(body or "")
        if not title:
            raise ValueError("no title")
        if not body.strip():
            raise ValueError("empty body")
        url = _text(values.get("url"))
        article = Article(
            id=derive_article_id(values.get("id"), url=url, title=title),
            title=title,
            body=body,
            source=source,
            url=url,
            outlet=_text(values.get("outlet")),
            author=_text(values.get("author")),
            published=normalize_date(values.get("published")),
            extra=extra,
            line=line,
            record=record,
        )
    except ValueError as e:
        raise InputError(source, str(e), line, record) from None
    return article


_SURROGATE = re.compile("[\ud800-\udfff]")


def _join_surrogates(value):
    """Escapes in JSON and YAML (``\\ud83d\\ude00``) decode to surrogate pairs, or to lone
    surrogates, which cannot be stored as UTF-8: join the pairs, reject the lone ones."""
    if isinstance(value, str):
        if not _SURROGATE.search(value):
            return value
        try:
            return value.encode("utf-16", "surrogatepass").decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError(
                "not valid Unicode: a lone surrogate escape (such as \\ud83d without its pair)"
            ) from None
    if isinstance(value, dict):
        return {_join_surrogates(k): _join_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_join_surrogates(v) for v in value]
    return value


def clean_body(body: str) -> str:
    """Normalise line endings and strip a byte-order mark; offsets refer to the cleaned body."""
    return body.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()


# -- decoding -------------------------------------------------------------------------------------


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is allowed), or an InputError naming the line of the first bad byte."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(source, "binary data (NUL byte): not a text file", line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(
            source, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})", line
        ) from None
    return text


# -- formats --------------------------------------------------------------------------------------

_META_LINE = re.compile(r"^#\s*([A-Za-z][\w-]*)\s*:\s*(.*)$")


def read_text(text: str, source: str, path_id: str | None = None) -> Iterator[Article]:
    """Plain text: optional ``# key: value`` lines, then the title line, then the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict = {}
    i = 0
    while i < len(lines):
        m = _META_LINE.match(lines[i].strip())
        if m:
            meta[m.group(1)] = m.group(2).strip()
        elif lines[i].strip():
            break
        i += 1
    title = None
    mapped = {ALIASES.get(k.lower(), k.lower()): v for k, v in meta.items()}
    if "url" not in mapped and re.match(r"https?://", mapped.get("source", "")):
        mapped["url"] = mapped.pop("source")
    title = mapped.get("title")
    body_start = i
    while body_start < len(lines) and not lines[body_start].strip():
        body_start += 1
    if body_start >= len(lines):
        raise InputError(source, "no title" if not title else "empty body", max(1, body_start))
    first = lines[body_start].strip()
    if not title:
        title = first
        body_start += 1
    elif first == title:
        body_start += 1
    body = "\n".join(lines[body_start:])
    if not body.strip():
        raise InputError(source, "empty body (only a title)", body_start)
    record = dict(mapped)
    record["title"] = title
    record["body"] = body
    if not record.get("id") and not record.get("url") and path_id:
        record["id"] = derive_article_id(path=path_id)
    yield article_from_mapping(record, source, line=1)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def markdown_title(line: str) -> str | None:
    """The text of a level-one ATX heading (``# Title``, or ``# Title #``), else None.

    Plain string operations: the regular expression this replaces, ``^#\\s+(.+?)\\s*#*\\s*$``,
    backtracked in cubic time on a heading line holding a long run of spaces (the fuzz test's
    20,000-character lines made the import hang)."""
    line = line.strip()
    if len(line) < 2 or line[0] != "#" or not line[1].isspace():
        return None
    title = line[1:].strip()
    closed = title.rstrip("#")
    if closed != title and (not closed or closed[-1].isspace()):
        title = closed.rstrip()  # a closing sequence of #s after a space
    return title or None


def read_markdown(text: str, source: str, path_id: str | None = None) -> Iterator[Article]:
    """Markdown: YAML front matter (optional) and a body; the title is the front matter's
    ``title`` or the first ``# heading``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict = {}
    body = text
    m = _FRONT_MATTER.match(text)
    if m:
        import yaml  # only Markdown front matter needs it

        try:
            loaded = yaml.safe_load(m.group(1) or "") or {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            raise InputError(source, f"front matter is not valid YAML: {getattr(e, 'problem', e)}", line) from None
        if not isinstance(loaded, dict):
            raise InputError(source, "front matter must be a mapping of keys to values", 2)
        meta = {str(k): (v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v)
                for k, v in loaded.items()}
        body = text[m.end():]
    record = dict(meta)
    mapped_keys = {ALIASES.get(k.lower(), k.lower()) for k in record}
    if "title" not in mapped_keys:
        lines = body.split("\n")
        for n, line in enumerate(lines):
            if not line.strip():
                continue
            title = markdown_title(line)
            if title:
                record["title"] = title
                body = "\n".join(lines[n + 1:])
            break
    record["body"] = body
    if "id" not in mapped_keys and "url" not in mapped_keys and path_id:
        record["id"] = derive_article_id(path=path_id)
    yield article_from_mapping(record, source, line=1)


def read_json(text: str, source: str, path_id: str | None = None) -> Iterator[Article]:
    """JSON: one article object, or an array of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(source, f"malformed JSON: {e.msg} (column {e.colno})", e.lineno) from None
    items = data if isinstance(data, list) else [data]
    starts = _json_item_lines(text) if isinstance(data, list) else [1]
    for n, item in enumerate(items, 1):
        line = starts[n - 1] if n - 1 < len(starts) else None
        try:
            yield article_from_mapping(item, source, line=line, record=n)
        except InputError as e:
            yield e


def _json_item_lines(text: str) -> list[int]:
    """The line on which each top-level array element starts (for error messages)."""
    decoder = json.JSONDecoder()
    lines = []
    i = text.index("[") + 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "]":
            break
        lines.append(text.count("\n", 0, i) + 1)
        _, i = decoder.raw_decode(text, i)
    return lines


def read_jsonl(text, source: str, path_id: str | None = None) -> Iterator[Article]:
    """JSON Lines: one article object per line; blank lines are skipped. ``text`` may be a
    string or an iterable of lines (read lazily, so memory does not grow with the file)."""
    lines = io.StringIO(text) if isinstance(text, str) else text
    record = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record += 1
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(source, f"malformed JSON: {e.msg} (column {e.colno})", lineno, record)
            continue
        try:
            # Surrogates only come from \\u escapes: most lines have none, and skip the walk.
            yield article_from_mapping(item, source, line=lineno, record=record,
                                       escapes="\\u" in line)
        except InputError as e:
            yield e


def read_csv(text, source: str, path_id: str | None = None) -> Iterator[Article]:
    """CSV with a header row; one article per row. ``text`` may be a string or an iterable of
    lines (read lazily)."""
    lines = io.StringIO(text, newline="") if isinstance(text, str) else text
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(source, "empty CSV file (no header row)", 1) from None
    except csv.Error as e:
        raise InputError(source, f"malformed CSV: {e}", 1) from None
    header = [h.strip() for h in header]
    names = {ALIASES.get(h.lower(), h.lower()) for h in header}
    if "title" not in names or "body" not in names:
        raise InputError(source, "CSV header needs a title column and a body (or text) column", 1)
    record = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield InputError(source, f"malformed CSV: {e}", reader.line_num or line, record + 1)
            break
        if not any(cell.strip() for cell in row):
            continue
        record += 1
        if len(row) != len(header):
            yield InputError(
                source, f"has {len(row)} fields, the header has {len(header)}", line, record
            )
            continue
        mapping = {k: (v if v != "" else None) for k, v in zip(header, row)}
        try:
            yield article_from_mapping(mapping, source, line=line, record=record)
        except InputError as e:
            yield e


READERS = {
    "text": read_text,
    "markdown": read_markdown,
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_csv,
}


def sniff_format(text: str) -> str:
    """The format of standard input when none is given."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except json.JSONDecodeError:
            return "json"
    if stripped.startswith("---"):
        return "markdown"
    return "text"


# -- files ----------------------------------------------------------------------------------------


@dataclass
class Input:
    """One input to read: a file (with the id prefix for path-derived ids) or standard input."""

    path: str
    path_id: str | None
    size: int


def collect_inputs(paths, fmt: str = "auto") -> tuple[list[Input], list[InputError]]:
    """Expand directories (recursively, files with a known extension, sorted) into inputs."""
    inputs: list[Input] = []
    errors: list[InputError] = []
    for raw in paths:
        if raw == STDIN:
            inputs.append(Input(STDIN, None, 0))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and (fmt != "auto" or p.suffix.lower() in EXTENSIONS)
            )
            for p in found:
                inputs.append(Input(str(p), p.relative_to(path).as_posix(), p.stat().st_size))
        elif path.is_file():
            if fmt == "auto" and path.suffix.lower() not in EXTENSIONS:
                known = ", ".join(sorted(EXTENSIONS))
                errors.append(InputError(raw, f"unknown extension {path.suffix or '(none)'!r}: "
                                              f"use --format, or one of {known}"))
                continue
            inputs.append(Input(raw, path.name, path.stat().st_size))
        else:
            errors.append(InputError(raw, "no such file or directory"))
    return inputs, errors


STREAMED = ("jsonl", "csv")


def _decoded_lines(f, source: str) -> Iterator[str]:
    """Decode a binary file line by line, raising InputError at the first bad line."""
    for lineno, raw in enumerate(f, 1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if b"\x00" in raw:
            raise InputError(source, "binary data (NUL byte): not a text file", lineno)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(
                source, f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})", lineno
            ) from None


def _read_streamed(item: Input, fmt: str, source: str) -> Iterator[Article | InputError]:
    try:
        f = open(item.path, "rb")
    except OSError as e:
        yield InputError(source, f"cannot read: {e.strerror or e}")
        return
    with f:
        head = f.read(1)
        f.seek(0)
        if not head:
            yield InputError(source, "empty input", 1)
            return
        content = [False]  # a file of blank lines (or only a BOM) is as empty as an empty file

        def watched(lines):
            for line in lines:
                content[0] = content[0] or bool(line.strip())
                yield line

        try:
            yield from READERS[fmt](watched(_decoded_lines(f, source)), source, item.path_id)
        except InputError as e:
            yield e
            return
        if not content[0]:
            yield InputError(source, "empty input", 1)


def read_input(item: Input, fmt: str = "auto", stdin=None) -> Iterator[Article | InputError]:
    """Yield the Articles of one input, and InputErrors for records that could not be read."""
    source = "<stdin>" if item.path == STDIN else item.path
    if item.path != STDIN:
        file_fmt = fmt if fmt != "auto" else EXTENSIONS.get(Path(item.path).suffix.lower())
        if file_fmt in STREAMED:
            yield from _read_streamed(item, file_fmt, source)
            return
    try:
        if item.path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8")
        else:
            with open(item.path, "rb") as f:
                data = f.read()
    except OSError as e:
        yield InputError(source, f"cannot read: {e.strerror or e}")
        return
    try:
        text = decode(data, source)
    except InputError as e:
        yield e
        return
    if not text.strip():
        yield InputError(source, "empty input", 1)
        return
    if fmt == "auto":
        fmt = sniff_format(text) if item.path == STDIN else EXTENSIONS[Path(item.path).suffix.lower()]
    reader = READERS[fmt]
    try:
        yield from reader(text, source, item.path_id)
    except InputError as e:
        yield e


def known_extensions() -> str:
    return ", ".join(sorted(EXTENSIONS))
