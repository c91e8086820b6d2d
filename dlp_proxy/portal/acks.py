"""Who has acknowledged which policy version on the first-contact page (dlp_proxy.portal.first_contact).

Keyed by a hash of the policy version and the user, never the user name itself. Three stores:
Redis when `DLP_REDIS_URL` is set (replicas share who acknowledged, one key per user and
version, expiring after a year), else a small file beside the decision log (a restart must not
show the page again), else (decisions to stderr) this process only. The file is append-only,
one `<version> <key>` line per acknowledgement, and keeps the newest KEEP_VERSIONS versions: an
older version's lines are dropped when the file is next rewritten.

A store that cannot be read or written raises AckStoreError; the caller decides (the addon lets
the page through rather than stop the employee's work).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from dlp_proxy.errors import DlpError
from dlp_proxy.respond.shared_state import ENV_URL, PREFIX, TIMEOUT_SECONDS, redact_url

logger = logging.getLogger(__name__)

FILE_NAME = "first-contact-acks.txt"  # no ".jsonl" in it: `audit verify` reads every such file of the folder
KEEP_VERSIONS = 4
REDIS_TTL_SECONDS = 366 * 24 * 3600  # a year without a policy change: shown once more, as a refresher


class AckStoreError(DlpError):
    """The store of acknowledgements cannot be read or written; the message holds no user."""


def ack_key(user: str, version: str) -> str:
    """The store's key for `user` having acknowledged policy `version` (SHA-256, 32 hex)."""
    return hashlib.sha256(f"{version}\x00{user}".encode()).hexdigest()[:32]


class AckStore(Protocol):
    shared: bool  # True when other replicas see the same acknowledgements

    async def acknowledged(self, user: str, version: str) -> bool: ...

    async def acknowledge(self, user: str, version: str) -> None: ...


class MemoryAcks:
    """In this process (and, with `path`, in that file too): version -> keys, oldest version first."""

    shared = False

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._versions: dict[str, set[str]] = {}
        self._lock = threading.Lock()  # the file is written from worker threads
        self._loaded = path is None
        self._loading = asyncio.Lock()

    async def acknowledged(self, user: str, version: str) -> bool:
        await self._load()
        return ack_key(user, version) in self._versions.get(version, set())

    async def acknowledge(self, user: str, version: str) -> None:
        await self._load()
        key = ack_key(user, version)
        if key in self._versions.get(version, set()):
            return
        if self.path is not None:
            await self._off_loop(self._append, version, key)
        else:
            with self._lock:
                self._add(version, key)

    def _add(self, version: str, key: str) -> None:
        """Hold `key` (under the lock: the file is rewritten from this dict in worker threads)."""
        self._versions.setdefault(version, set()).add(key)
        while len(self._versions) > KEEP_VERSIONS:
            del self._versions[next(iter(self._versions))]

    async def _load(self) -> None:
        if self._loaded:
            return
        async with self._loading:
            if not self._loaded:
                await self._off_loop(self._read)
                self._loaded = True

    async def _off_loop(self, work: Any, *args: str) -> None:
        try:
            await asyncio.to_thread(work, *args)
        except OSError as e:
            raise AckStoreError(f"first-contact store {self.path}: {type(e).__name__} ({e.strerror})") from e

    def _read(self) -> None:
        assert self.path is not None
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")  # a damaged line is skipped
        except FileNotFoundError:
            return
        lines = text.splitlines()
        with self._lock:
            for line in lines:
                version, _, key = line.partition(" ")
                if version and len(key) == 32:  # a torn last line (a crash mid-write) is skipped
                    self._add(version, key)
            if len(lines) != sum(len(keys) for keys in self._versions.values()) or not text.endswith("\n"):
                # Old versions, duplicates or a torn line: the file again as what it holds, so
                # that the next line appended starts on a line of its own.
                self._rewrite()

    def _append(self, version: str, key: str) -> None:
        assert self.path is not None
        with self._lock:
            if version not in self._versions and len(self._versions) >= KEEP_VERSIONS:
                self._rewrite(drop=next(iter(self._versions)), then=(version, key))
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(fd, f"{version} {key}\n".encode())
                    os.fsync(fd)
                finally:
                    os.close(fd)
            self._add(version, key)  # held only once it is on disk

    def _rewrite(self, drop: str | None = None, then: tuple[str, str] | None = None) -> None:
        """The file again from what is held (without version `drop`, with `then` added), atomically."""
        assert self.path is not None
        lines = [f"{v} {k}\n" for v, keys in self._versions.items() if v != drop for k in sorted(keys)]
        if then is not None:
            lines.append(f"{then[0]} {then[1]}\n")
        tmp = self.path.with_name(self.path.name + ".tmp")
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as f:
            f.writelines(lines)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)


class RedisAcks:
    """In Redis, shared by every replica with the same `DLP_REDIS_URL`."""

    shared = True

    def __init__(self, url: str) -> None:
        self.url = url
        self.safe_url = redact_url(url)
        self._client: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _redis(self) -> Any:
        loop = asyncio.get_running_loop()  # redis.asyncio connections belong to their event loop
        if self._client is None or self._loop is not loop:
            import redis.asyncio

            self._client = redis.asyncio.Redis.from_url(
                self.url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS, retry_on_timeout=False
            )
            self._loop = loop
        return self._client

    @staticmethod
    def _name(user: str, version: str) -> str:
        return f"{PREFIX}first-contact:{ack_key(user, version)}"

    async def acknowledged(self, user: str, version: str) -> bool:
        try:
            return bool(await self._redis().exists(self._name(user, version)))
        except Exception as e:
            raise self._error("read", e) from e

    async def acknowledge(self, user: str, version: str) -> None:
        try:
            await self._redis().set(self._name(user, version), b"1", ex=REDIS_TTL_SECONDS)
        except Exception as e:
            raise self._error("record", e) from e

    def _error(self, doing: str, e: Exception) -> AckStoreError:
        return AckStoreError(f"first-contact store at {self.safe_url}: could not {doing} ({type(e).__name__})")


def from_env(audit_log: str, environ: Mapping[str, str] | None = None) -> AckStore:
    """Redis when `DLP_REDIS_URL` is set, else the file beside the decision log `audit_log`
    (this process only when decisions go to stderr, "-")."""
    url = (os.environ if environ is None else environ).get(ENV_URL, "").strip()
    if url:
        return RedisAcks(url)
    if audit_log == "-":
        logger.warning("dlp-proxy: first-contact acknowledgements kept in memory only (decision log on stderr)")
        return MemoryAcks()
    return MemoryAcks(Path(audit_log).parent / FILE_NAME)
