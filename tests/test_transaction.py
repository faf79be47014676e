import sqlite3

import pytest

from datasette_factcheck.transaction import atomic


@pytest.fixture
def conn(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE t (x INTEGER)")
    return conn


def values(conn):
    return [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")]


def test_commits_on_success(conn):
    with atomic(conn):
        conn.execute("INSERT INTO t VALUES (1)")
    assert not conn.in_transaction
    assert values(conn) == [1]


def test_rolls_back_on_error(conn):
    with pytest.raises(ValueError):
        with atomic(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            raise ValueError
    assert values(conn) == []


@pytest.mark.parametrize("fail", [False, True])
def test_inside_an_outer_transaction_uses_a_savepoint(conn, fail):
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t VALUES (1)")
    try:
        with atomic(conn):
            conn.execute("INSERT INTO t VALUES (2)")
            if fail:
                raise ValueError
    except ValueError:
        pass
    assert conn.in_transaction  # the outer transaction is still the caller's
    conn.execute("COMMIT")
    assert values(conn) == ([1] if fail else [1, 2])


def test_trigger_that_rolls_back_everything(conn):
    conn.execute("CREATE TRIGGER no BEFORE INSERT ON t WHEN NEW.x = 9 BEGIN SELECT RAISE(ROLLBACK, 'no'); END")
    with pytest.raises(sqlite3.IntegrityError, match="no"):
        with atomic(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            conn.execute("INSERT INTO t VALUES (9)")
    assert values(conn) == []
