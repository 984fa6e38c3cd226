"""A throwaway PostgreSQL cluster for the test suite and the team benchmark.

Made with the server's own ``initdb`` and ``pg_ctl`` (Debian's ``postgresql``
package) in a temporary directory, listening on a free loopback port; as the
``postgres`` system user when running as root (``initdb`` refuses root).
Nothing here is used by the application itself.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def find_bindir() -> Path | None:
    """The newest PostgreSQL server's bin directory, or None when no server is installed."""
    env = os.environ.get("KAM_PG_BINDIR")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    superuser: str = "postgres"

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, user: str | None = None, password: str | None = None, database: str = "postgres") -> str:
        cred = user or self.superuser
        if password:
            cred += f":{password}"
        return f"postgresql+psycopg://{cred}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> Cluster:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        # password authentication over TCP, as a team server has it; trust only on the local socket
        self._run("initdb", "-D", str(self.data), "-U", self.superuser, "--auth-local=trust",
                  "--auth-host=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8",
                  f"--pwfile={self._pwfile()}")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100", "start")
        return self

    def _pwfile(self) -> Path:
        path = self.root / "pw"
        path.write_text(SUPERUSER_PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(path, "postgres")
        return path

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def admin_url(self) -> str:
        return self.url(self.superuser, SUPERUSER_PASSWORD)

    def create_database(self, name: str) -> str:
        """A new empty database; returns its superuser URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.superuser} "
                             f"password={SUPERUSER_PASSWORD} dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(self.superuser, SUPERUSER_PASSWORD, name)


SUPERUSER_PASSWORD = "throwaway-superuser"


def start_cluster() -> Cluster:
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server installed (Debian: apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="kam-pg-"))
    os.chmod(root, 0o755)
    return Cluster(bindir, root / "cluster", free_port()).start()
