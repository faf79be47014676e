"""One helper: ``atomic(conn)``, a transaction that also works inside someone else's.

Datasette 1.0 runs ``execute_write_fn`` functions inside a transaction of its own, 0.65 does not,
and the import command calls the same code with a plain connection. ``atomic`` starts
``BEGIN IMMEDIATE`` when no transaction is open, and a SAVEPOINT when one is, so a block of
writes is all-or-nothing either way.

(sqlite-utils' ``Database.atomic()`` is similar but opens a deferred ``BEGIN``: a transaction that
reads first and writes later can then fail with SQLITE_BUSY_SNAPSHOT, which no busy timeout
cures, when Datasette writes a review between the two. ``BEGIN IMMEDIATE`` takes the write lock
up front and waits for it instead.)
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3

_names = itertools.count()


@contextlib.contextmanager
def atomic(conn: sqlite3.Connection):
    if conn.in_transaction:
        name = f"factcheck_{next(_names)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
    else:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
