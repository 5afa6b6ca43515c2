"""A real PostgreSQL server for the store's tests, and a fresh database for each test.

The server is ``$SITREP_TEST_POSTGRES`` (a URL whose role may create databases; CI sets it in
.ci/run), else a throwaway cluster started from Debian's binaries
(``/usr/lib/postgresql/*/bin``) in a temporary folder, listening on a Unix socket only, run as
the ``postgres`` user when the tests run as root (initdb refuses root). Without either, tests
marked :data:`needs_postgres` skip on a user's machine and fail under CI (``CI`` set).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest

ENV = "SITREP_TEST_POSTGRES"
BINARIES = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))

needs_postgres = pytest.mark.skipif(
    not os.environ.get(ENV) and not BINARIES and not os.environ.get("CI"),
    reason=f"no PostgreSQL: set {ENV} to a server URL, or apt-get install postgresql")


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """A new cluster in a temporary folder, its URL (superuser ``sitrep``); removed after."""
    if not BINARIES:
        pytest.fail(f"no PostgreSQL server: set {ENV} or install Debian's postgresql"
                    " (.ci/run does both)")
    bindir = os.path.dirname(BINARIES[-1])
    folder = tempfile.mkdtemp(prefix="sitrep-pg-")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = os.path.join(folder, "data")
    run = {"check": True, "capture_output": True, "text": True, "cwd": folder}
    try:
        subprocess.run(_as_postgres([f"{bindir}/initdb", "-D", data, "-U", "sitrep", "-A",
                                     "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                       **run)  # type: ignore[call-overload]
        subprocess.run(_as_postgres([
            f"{bindir}/pg_ctl", "-D", data, "-l", os.path.join(folder, "log"), "-w", "-o",
            f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off",
            "start"]), **run)  # type: ignore[call-overload]
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"cannot start a throwaway PostgreSQL cluster: {exc.stderr or exc.stdout}")
    try:
        yield f"postgresql://sitrep@/postgres?host={folder}"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate",
                                     "stop"]), capture_output=True, cwd=folder)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fresh_database(server: str, prefix: str = "sitrep_test") -> Iterator[str]:
    """A new empty database on ``server``: its URL; dropped after."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(server)._replace(path=f"/{name}").geturl()
    finally:
        drop_database(server, name)


def drop_database(server: str, name: str) -> None:
    """Drop database ``name``, waiting for sessions still closing. Not ``WITH (FORCE)``: a
    role that is no superuser may not end an autovacuum worker busy in it, while a plain DROP
    cancels that worker itself."""
    import psycopg

    for _ in range(40):
        try:
            with psycopg.connect(server, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            return
        except psycopg.errors.ObjectInUse:  # a session of a test is still closing
            time.sleep(0.25)
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
