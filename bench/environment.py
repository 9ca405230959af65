"""The machinery of a run: services, the database, processes, the environment.

Every process started here gets its own process group and is stopped by id
when the run ends (`Processes.stop_all`, called from a `finally`).
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
# BENCH_INSTANCE=1 lets a second checkout run the benchmark on the
# same machine at the same time: its own port, databases, Redis DBs and cache.
INSTANCE = int(os.environ.get("BENCH_INSTANCE", "0") or 0)
_SUFFIX = f"_{INSTANCE}" if INSTANCE else ""
PORT = 8765 + 10 * INSTANCE
SERVER = f"http://{HOST}:{PORT}"
# The H5P player's own host (docs/decisions/0039): the same server, next port.
PLAYER = f"http://{HOST}:{PORT + 1}"
PG = {"host": HOST, "port": 5432, "user": "postgres"}
DATABASE = f"fellowship_bench{_SUFFIX}"
TEMPLATE_DATABASE = f"fellowship_bench_template{_SUFFIX}"
_REDIS_BASE = 5 if not INSTANCE else 8 + 3 * INSTANCE
REDIS_DBS = {"cache": _REDIS_BASE, "broker": _REDIS_BASE + 1, "spare": _REDIS_BASE + 2}
CACHE_DIR = Path(tempfile.gettempdir()) / f"fellowship-bench-cache{_SUFFIX}"
# What the template database is built from: if any of it changes, rebuild.
FINGERPRINT_DIRS = ("content", "courses", "fellowship", "locale")
FINGERPRINT_FILES = ("requirements.txt", "package-lock.json")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# Processes.


@dataclass
class Processes:
    """Child processes of the run, each leading its own process group."""

    running: list[subprocess.Popen] = field(default_factory=list)

    def start(self, command: list[str], *, log_path: Path, env: dict | None = None):
        handle = log_path.open("ab")
        process = subprocess.Popen(  # noqa: S603 (fixed commands)
            command,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()
        self.running.append(process)
        return process

    def stop(self, process: subprocess.Popen, *, grace: float = 15.0) -> None:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait(timeout=10)
        else:
            # The leader is gone; its group may not be (a forked worker).
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if process in self.running:
            self.running.remove(process)

    def stop_all(self) -> None:
        for process in list(reversed(self.running)):
            self.stop(process)


def group_cpu_seconds(group: int) -> float:
    """CPU time used so far by the processes of a process group (user and
    system, with the children they have reaped): a measure of work that
    other load on the machine does not inflate."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == group:
            total += sum(int(value) for value in fields[11:15])
    return total / ticks


@dataclass
class ServerMeter:
    """The server's CPU time and the requests it has finished (its access
    log), read before and after a load run: CPU per request that neither
    other load on the machine nor requests cut off by the client inflate."""

    group: int
    access_log: Path

    def cpu(self) -> float:
        return group_cpu_seconds(self.group)

    def handled(self) -> int:
        try:
            with self.access_log.open("rb") as handle:
                return sum(
                    chunk.count(b"\n")
                    for chunk in iter(lambda: handle.read(1 << 20), b"")
                )
        except OSError:
            return 0

    def settle(self, *, timeout: float = 15.0) -> None:
        """Wait for the requests still running when the client stopped."""
        deadline = time.monotonic() + timeout
        previous = self.cpu()
        while time.monotonic() < deadline:
            time.sleep(0.3)
            current = self.cpu()
            if current - previous < 0.01:
                return
            previous = current


# Services and tools.


def services_ensure() -> None:
    """PostgreSQL and Redis, started by the project's script when down."""
    subprocess.run(  # noqa: S603
        ["bash", str(ROOT / "scripts" / "services.sh")],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=120,
    )


def wrk_ensure() -> str | None:
    """The wrk binary, installed from Debian when missing and running as root."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        log("wrk is missing (apt-get install wrk as root): HTTP load skipped.")
        return None
    log("Installing wrk from Debian")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(
            ["apt-get", "update", "-qq"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            timeout=300,
        )
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            timeout=300,
        )
    except (subprocess.SubprocessError, OSError) as error:
        log(f"Could not install wrk ({error}): HTTP load skipped.")
        return None
    return shutil.which("wrk")


def redis_flush() -> None:
    import redis

    for number in REDIS_DBS.values():
        redis.Redis(host=HOST, port=6379, db=number).flushdb()


# The environment every process of the run shares.


def run_environment(run_dir: Path) -> dict[str, str]:
    signing_key = base64.b64encode(secrets.token_bytes(32)).decode()
    return {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "CREDENTIAL_SIGNING_KEY": signing_key,
        "DATABASE_URL": database_url(DATABASE),
        "REDIS_URL": f"redis://{HOST}:6379/{REDIS_DBS['cache']}",
        "CACHE_KEY_PREFIX": "bench",
        "CELERY_BROKER_URL": f"redis://{HOST}:6379/{REDIS_DBS['broker']}",
        "SITE_URL": SERVER,
        "H5P_PLAYER_ORIGIN": PLAYER,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "MEDIA_ROOT": str(run_dir / "media"),
        "STATIC_ROOT": str(run_dir / "static"),
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def database_url(name: str) -> str:
    return f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{name}"


# The database: a template with the migrated schema and the demo seed, built
# once per version of the code, cloned into a fresh database on every run.


def _admin_connection():
    import psycopg

    return psycopg.connect(dbname="postgres", autocommit=True, **PG)


def fingerprint() -> str:
    digest = hashlib.sha256()
    paths = [ROOT / name for name in FINGERPRINT_FILES]
    for directory in FINGERPRINT_DIRS:
        paths += sorted(
            path
            for path in (ROOT / directory).rglob("*")
            if path.is_file()
            and "__pycache__" not in path.parts
            and path.suffix in (".py", ".h5p", ".po", ".json")
        )
    for path in paths:
        if path.exists():
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _template_fingerprint() -> str | None:
    with _admin_connection() as connection:
        row = connection.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = %s",
            [TEMPLATE_DATABASE],
        ).fetchone()
    return row[0] if row else None


def _recreate(connection, name: str, *, template: str | None = None) -> None:
    connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if template:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    else:
        connection.execute(f'CREATE DATABASE "{name}"')


def database_prepare(*, env: dict, run_dir: Path, fresh: bool) -> bool:
    """Drop and create the benchmark database from an up-to-date template.

    Returns whether the template had to be (re)built.
    """
    stamp = fingerprint()
    media_cache = CACHE_DIR / stamp / "media"
    rebuilt = False
    if fresh or _template_fingerprint() != stamp or not media_cache.exists():
        rebuilt = True
        _template_build(env=env, stamp=stamp, media=media_cache, run_dir=run_dir)
    with _admin_connection() as connection:
        _recreate(connection, DATABASE, template=TEMPLATE_DATABASE)
    shutil.copytree(media_cache, run_dir / "media", dirs_exist_ok=True)
    return rebuilt


def _template_build(*, env: dict, stamp: str, media: Path, run_dir: Path) -> None:
    log("Building the template database: migrate and seed_demo (once per version)")
    if CACHE_DIR.exists():
        for old in CACHE_DIR.iterdir():
            shutil.rmtree(old, ignore_errors=True)
    media.mkdir(parents=True)
    with _admin_connection() as connection:
        _recreate(connection, TEMPLATE_DATABASE)
    build_env = {
        **os.environ,
        **env,
        "DATABASE_URL": database_url(TEMPLATE_DATABASE),
        "MEDIA_ROOT": str(media),
    }
    with (run_dir / "template-build.log").open("ab") as output:
        for command in (["migrate", "--noinput"], ["seed_demo"]):
            subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", *command],
                cwd=ROOT,
                env=build_env,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=True,
                timeout=900,
            )
    with _admin_connection() as connection:
        connection.execute(f"COMMENT ON DATABASE \"{TEMPLATE_DATABASE}\" IS '{stamp}'")


# The application server.


def http_ready(url: str, *, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError) as error:
            last_error = error
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s: {last_error}")


def gunicorn_start(
    processes: Processes, *, env: dict, workers: int, log_path: Path, access_log: Path
) -> subprocess.Popen:
    command = [
        str(BIN / "gunicorn"),
        "fellowship.wsgi:application",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--bind",
        f"{HOST}:{PORT}",
        "--bind",
        f"{HOST}:{PORT + 1}",
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
        "--error-logfile",
        "-",
        "--access-logfile",
        str(access_log),
    ]
    process = processes.start(command, log_path=log_path, env=env)
    http_ready(f"{SERVER}/bench/baseline/")
    return process


def celery_worker_start(
    processes: Processes, *, env: dict, name: str, log_path: Path
) -> subprocess.Popen:
    command = [
        str(BIN / "celery"),
        "-A",
        "fellowship",
        "worker",
        "--pool=prefork",
        "--concurrency=1",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-n",
        f"{name}@%h",
        "--loglevel=WARNING",
    ]
    return processes.start(command, log_path=log_path, env=env)
