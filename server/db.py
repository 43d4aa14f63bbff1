"""The SQLite store, through one aiosqlite connection guarded by a lock.

aiosqlite runs every statement on one worker thread, so statements never race; the ``asyncio.Lock`` makes each
multi-statement unit (``transaction()``) atomic with respect to other requests sharing the connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncIterator, Iterable
from typing import Any

import aiosqlite

from .timeutil import format_ts, now_ts

__all__ = ["Database", "hash_secret"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, user_id TEXT NOT NULL, name TEXT NOT NULL,
    scopes TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash TEXT UNIQUE NOT NULL, created_at TEXT NOT NULL,
    expires_ts INTEGER, expires_at TEXT, last_used_at TEXT
);
CREATE TABLE IF NOT EXISTS datasets (
    name TEXT PRIMARY KEY, description TEXT, retention_days INTEGER NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, version INTEGER NOT NULL, event_count INTEGER NOT NULL DEFAULT 0,
    size_bytes INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, dataset TEXT NOT NULL, ts INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_time ON events (dataset, ts, id);
CREATE TABLE IF NOT EXISTS annotations (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, dataset TEXT NOT NULL, time_ts INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS annotations_by_time ON annotations (time_ts DESC, seq DESC);
CREATE TABLE IF NOT EXISTS attachments (
    id TEXT PRIMARY KEY, annotation_id TEXT NOT NULL, filename TEXT NOT NULL, content_type TEXT NOT NULL,
    size INTEGER NOT NULL, description TEXT, content BLOB NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS exports (
    id TEXT PRIMARY KEY, dataset TEXT NOT NULL, status TEXT NOT NULL, format TEXT NOT NULL,
    request TEXT NOT NULL, created_at TEXT NOT NULL, finished_at TEXT, size_bytes INTEGER, error TEXT,
    content BLOB
);
CREATE TABLE IF NOT EXISTS idempotency (
    token_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, created_ts INTEGER NOT NULL,
    status INTEGER NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY (token_id, key)
);
"""

ADMIN_USER_ID = "usr_admin"
_ROLES = ("owner", "admin", "member", "viewer")
_FIRST_NAMES = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Frances", "Niklaus")


def hash_secret(secret: str) -> str:
    """The stored form of a token secret: secrets themselves are never stored."""
    return hashlib.sha256(secret.encode()).hexdigest()


class Database:
    """The server's store. ``open()`` it, then run statements through ``transaction()`` or the read helpers."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._conn: aiosqlite.Connection | None = None
        self.lock = asyncio.Lock()

    @property
    def conn(self) -> aiosqlite.Connection:
        """The open connection."""
        if self._conn is None:
            raise RuntimeError("the database is not open")
        return self._conn

    async def open(self) -> None:
        """Connect, create the tables if needed."""
        self._conn = await aiosqlite.connect(self.path, isolation_level=None)
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            await self._conn.execute("PRAGMA journal_mode = WAL")
        await self._conn.executescript(SCHEMA)

    async def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run a unit of work atomically: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error."""
        async with self.lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        """One row of a read-only statement."""
        async with self.lock, self.conn.execute(sql, tuple(params)) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        """Every row of a read-only statement."""
        async with self.lock, self.conn.execute(sql, tuple(params)) as cursor:
            return list(await cursor.fetchall())

    async def seed(self, users: int) -> None:
        """Create the admin user and ``users`` more users, unless they exist (file databases)."""
        now = format_ts(now_ts())
        async with self.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO users VALUES (?, ?, ?, ?, ?)",
                (ADMIN_USER_ID, "admin@logbook.example", "Logbook Admin", "owner", now),
            )
            for i in range(1, users + 1):
                name = f"{_FIRST_NAMES[i % len(_FIRST_NAMES)]} {i:04d}"
                await conn.execute(
                    "INSERT OR IGNORE INTO users VALUES (?, ?, ?, ?, ?)",
                    (f"usr_{i:04d}", f"user{i:04d}@logbook.example", name, _ROLES[i % len(_ROLES)], now),
                )
