"""The local stack: two single-node KRaft Kafka clusters and two Apicurio registries.

Everything comes from Maven Central through Maven (``ops/maven/runtime-pom.xml`` pins the
versions) into a cache outside the repo, and runs from there with ``java``. Pids, data and logs
live under one run directory. ``up`` is idempotent, ``down`` stops by pid what ``up`` started.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tarfile
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from base64 import urlsafe_b64encode
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from agents.settings import PROJECT_ROOT, Settings
from streams.errors import CorridorError

POM = PROJECT_ROOT / "ops" / "maven" / "runtime-pom.xml"
LOG4J = PROJECT_ROOT / "ops" / "kafka" / "log4j.properties"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"


class StackError(CorridorError, RuntimeError):
    """A stack operation failed; the message is one line meant for a person."""


@dataclass(frozen=True)
class Service:
    """One process of the stack."""

    name: str  # "sz-kafka", "hk-registry", ...
    kind: str  # "kafka" | "registry"
    port: int
    aux_port: int  # Kafka's KRaft controller listener; the registry's management interface

    def dir(self, settings: Settings) -> Path:
        return settings.run_dir / self.name

    def pid_file(self, settings: Settings) -> Path:
        return self.dir(settings) / "pid"


SERVICES: tuple[Service, ...] = (
    Service("sz-kafka", "kafka", 19092, 19093),
    Service("hk-kafka", "kafka", 29092, 29093),
    Service("sz-registry", "registry", 18081, 18091),
    Service("hk-registry", "registry", 28081, 28091),
)


def _pom_property(name: str) -> str:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(POM).getroot()  # noqa: S314 - our own file in the repo
    node = root.find(f"m:properties/m:{name}", ns)
    if node is None or not node.text:
        raise StackError(f"{POM} has no <{name}> property")
    return node.text.strip()


def kafka_version() -> str:
    return _pom_property("kafka.version")


def apicurio_version() -> str:
    return _pom_property("apicurio.version")


# ---------------------------------------------------------------------------------------------
# Tools: java and maven


def _java_major(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def find_java(settings: Settings, minimum: int, configured: str | None) -> str:
    """A java executable of at least ``minimum``; the configured one first, then /usr/lib/jvm."""
    candidates: list[str] = []
    if configured:
        candidates.append(configured)
    path_java = shutil.which(settings.java)
    if path_java:
        candidates.append(path_java)
    jvm_root = settings.jvm_dir
    if jvm_root.is_dir():
        candidates += [str(p / "bin" / "java") for p in sorted(jvm_root.iterdir(), reverse=True)]
    for java in candidates:
        if Path(java).exists() or shutil.which(java):
            major = _java_major(java)
            if major is not None and major >= minimum:
                return java
    if not path_java:
        raise StackError(f"java not found: install a JDK {minimum}+ (Debian: apt-get install openjdk-17-jre-headless)")
    raise StackError(
        f"no Java {minimum}+ found (Apicurio Registry 3 needs it): install a JDK {minimum}+ "
        f"(for example Temurin 21 or 25 under /usr/lib/jvm) or set CORRIDOR_REGISTRY_JAVA"
    )


def _find_mvn(settings: Settings) -> str:
    mvn = shutil.which(settings.mvn)
    if not mvn:
        raise StackError("mvn not found: install Maven 3.8+ (Debian: apt-get install maven)")
    return mvn


# ---------------------------------------------------------------------------------------------
# The jar cache


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _write_manifest(directory: Path) -> None:
    entries = {
        str(p.relative_to(directory)): _sha256(p)
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.name != "MANIFEST.json"
    }
    (directory / "MANIFEST.json").write_text(json.dumps(entries, indent=0, sort_keys=True))


def verify_cache(directory: Path) -> str | None:
    """None when every file still matches its recorded hash, else the first problem found."""
    manifest = directory / "MANIFEST.json"
    if not manifest.is_file():
        return "no manifest"
    try:
        entries: dict[str, str] = json.loads(manifest.read_text())
    except ValueError:
        return "unreadable manifest"
    if not entries:
        return "empty manifest"
    for rel, digest in entries.items():
        path = directory / rel
        if not path.is_file():
            return f"{rel} is missing"
        if _sha256(path) != digest:
            return f"{rel} does not match its recorded hash"
        if path.suffix == ".jar":
            try:
                with zipfile.ZipFile(path):
                    pass
            except zipfile.BadZipFile:
                return f"{rel} is not a readable jar"
    return None


def _run_maven(settings: Settings, args: list[str]) -> None:
    mvn = _find_mvn(settings)
    repo = settings.cache_dir / "m2"
    cmd = [mvn, "-B", "-q", "-C", f"-Dmaven.repo.local={repo}", "-f", str(POM)]
    if settings.maven_settings:
        cmd += ["-s", str(settings.maven_settings)]
    cmd += args
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=1800)
    if proc.returncode == 0:
        return
    out = proc.stdout + proc.stderr
    unreachable = ("UnknownHost", "Connection refused", "Could not transfer", "Connect timed out", "Network is")
    if any(word in out for word in unreachable):
        raise StackError("cannot reach Maven Central to resolve the stack's jars; check the network or proxy")
    last = [line for line in out.splitlines() if "ERROR" in line][:1]
    raise StackError(f"maven failed ({proc.returncode}): {last[0] if last else out.strip()[-300:]}")


def _resolve(settings: Settings, name: str, fill: Callable[[Path], None]) -> Path:
    """A verified cache directory, resolved (again) when missing or corrupted."""
    target = settings.cache_dir / name
    problem = verify_cache(target) if target.exists() else "not resolved yet"
    if problem is None:
        return target
    if target.exists():
        print(f"jar cache {target} is corrupted ({problem}); re-resolving it from Maven Central")
        shutil.rmtree(target)
        # the local Maven repository may hold the same bad bytes: resolve from Central again
        shutil.rmtree(settings.cache_dir / "m2", ignore_errors=True)
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    fill(tmp)
    _write_manifest(tmp)
    problem = verify_cache(tmp)
    if problem is not None:
        raise StackError(f"freshly resolved {name} is unusable: {problem}")
    tmp.rename(target)
    return target


def resolve_kafka(settings: Settings) -> Path:
    def fill(out: Path) -> None:
        _run_maven(
            settings,
            [f"{DEPENDENCY_PLUGIN}:copy-dependencies", "-DincludeScope=runtime", f"-DoutputDirectory={out}"],
        )

    return _resolve(settings, f"kafka-{kafka_version()}", fill)


def resolve_apicurio(settings: Settings) -> Path:
    version = apicurio_version()

    def fill(out: Path) -> None:
        download = out.with_name(out.name + ".download")
        shutil.rmtree(download, ignore_errors=True)
        _run_maven(
            settings,
            [
                f"{DEPENDENCY_PLUGIN}:copy",
                f"-Dartifact=io.apicurio:apicurio-registry-app:{version}:tar.gz:all",
                f"-DoutputDirectory={download}",
            ],
        )
        archives = list(download.glob("*.tar.gz"))
        if len(archives) != 1:
            raise StackError(f"expected one Apicurio archive in {download}, found {len(archives)}")
        with tarfile.open(archives[0]) as tar:
            tar.extractall(out, filter="data")
        shutil.rmtree(download)
        if not (out / "quarkus-run.jar").is_file():
            raise StackError("the Apicurio archive has no quarkus-run.jar")

    return _resolve(settings, f"apicurio-{version}", fill)


# ---------------------------------------------------------------------------------------------
# Processes and ports
#
# A pid file holds "<pid> <start time>": the start time (field 22 of /proc/<pid>/stat, clock
# ticks since boot) tells this process from a later one that reuses its pid. Before every signal
# the pid is checked again: alive, its command line carries its run directory, same start time.


def private_dir(path: Path, settings: Settings) -> Path:
    """Make ``path`` a directory of mode 0700, and so every directory from the run directory down to it."""
    root = settings.run_dir
    chain = [path]
    if path.is_relative_to(root):
        chain = [root]
        for part in path.relative_to(root).parts:
            chain.append(chain[-1] / part)
    chain[0].parent.mkdir(parents=True, exist_ok=True)
    for directory in chain:
        directory.mkdir(mode=0o700, exist_ok=True)
        os.chmod(directory, 0o700)
    return path


def _open_private(path: Path, flags: int) -> int:
    """A file descriptor of ``path``, created 0600 and made 0600 if it existed."""
    fd = os.open(path, flags | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)
    return fd


def write_private(path: Path, text: str) -> None:
    with os.fdopen(_open_private(path, os.O_WRONLY | os.O_TRUNC), "w") as f:
        f.write(text)


def _proc_start_time(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours is not alive
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


@dataclass(frozen=True)
class ProcessId:
    """Who a process is: its pid, its start time, and a path its command line carries."""

    pid: int
    start_time: int | None  # None only for a pid file written before start times were recorded
    marker: str  # the service's run directory

    @classmethod
    def of(cls, pid: int, marker: Path | str) -> ProcessId:
        return cls(pid, _proc_start_time(pid), str(marker))


_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def still_ours(proc: ProcessId) -> bool:
    """Whether ``proc.pid`` is still the process we mean (never another that reuses its pid)."""
    child = _CHILDREN.get(proc.pid)
    if child is not None:
        # our own child cannot hand its pid on before we reap it
        return child.poll() is None
    if not _pid_alive(proc.pid):
        return False
    cmdline = _cmdline(proc.pid)
    for _ in range(5):  # a JVM launcher re-executing itself shows an empty command line for a moment
        if cmdline:
            break
        time.sleep(0.1)
        cmdline = _cmdline(proc.pid)
    if proc.marker not in cmdline:
        return False
    return proc.start_time is None or _proc_start_time(proc.pid) == proc.start_time


def _signal_if_ours(proc: ProcessId, sig: signal.Signals) -> bool:
    """Send ``sig`` to the process (its whole group when it leads one) if it is still ours."""
    if not still_ours(proc):
        return False
    try:
        if os.getpgid(proc.pid) == proc.pid:
            os.killpg(proc.pid, sig)
        else:
            os.kill(proc.pid, sig)
    except ProcessLookupError:
        return False
    return True


def _wait_gone(proc: ProcessId, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while still_ours(proc):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _reap(pid: int) -> None:
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=1.0)


def stop_process(proc: ProcessId, timeout: float = 30.0, kill_timeout: float = 10.0) -> bool:
    """SIGTERM, at most ``timeout`` seconds, then SIGKILL, at most ``kill_timeout`` more.

    The pid is checked again before each signal. True when this call stopped the process, False
    when it was already gone or the pid is no longer ours; a StackError when SIGKILL did not help.
    """
    try:
        if not _signal_if_ours(proc, signal.SIGTERM):
            return False
        if _wait_gone(proc, timeout):
            return True
        if not _signal_if_ours(proc, signal.SIGKILL):
            return True  # exited (or was reaped) between the last check and this one
        if _wait_gone(proc, kill_timeout):
            return True
        raise StackError(f"pid {proc.pid} is still running {kill_timeout:.0f}s after SIGKILL")
    finally:
        if not still_ours(proc):
            _reap(proc.pid)


def _read_pid_file(service: Service, settings: Settings) -> ProcessId | None:
    try:
        fields = service.pid_file(settings).read_text().split()
        pid = int(fields[0])
        start = int(fields[1]) if len(fields) > 1 else None
    except (OSError, ValueError, IndexError):
        return None
    return ProcessId(pid, start, str(service.dir(settings)))


def running_process(service: Service, settings: Settings) -> ProcessId | None:
    """The service's process, if its pid file names a live process that is still ours."""
    proc = _read_pid_file(service, settings)
    return proc if proc is not None and still_ours(proc) else None


def running_pid(service: Service, settings: Settings) -> int | None:
    proc = running_process(service, settings)
    return None if proc is None else proc.pid


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _listening_inodes(port: int) -> set[str]:
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                    inodes.add(inode)
    return inodes


def port_owner(port: int) -> str:
    """'pid N (name)' of the process listening on a port, as far as /proc tells."""
    inodes = _listening_inodes(port)
    if inodes:
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                for fd in (proc / "fd").iterdir():
                    link = os.readlink(fd)
                    if link.startswith("socket:[") and link[8:-1] in inodes:
                        name = (proc / "comm").read_text().strip()
                        return f"pid {proc.name} ({name})"
    return "an unknown process"


# ---------------------------------------------------------------------------------------------
# Readiness: a real metadata request and a real HTTP call


def kafka_ready(port: int, timeout: float = 2.0) -> bool:
    from confluent_kafka.admin import AdminClient

    if not port_in_use(port):  # not listening yet: no client, no connection-refused noise
        return False
    admin = AdminClient({"bootstrap.servers": f"127.0.0.1:{port}", "socket.timeout.ms": 2000, "log_level": 0})
    try:
        md = admin.list_topics(timeout=timeout)
    except Exception:  # KafkaException when the broker is not up yet
        return False
    return bool(md.brokers)


def registry_ready(port: int, timeout: float = 2.0) -> bool:
    url = f"http://127.0.0.1:{port}/apis/ccompat/v7/subjects"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def is_ready(service: Service) -> bool:
    return kafka_ready(service.port) if service.kind == "kafka" else registry_ready(service.port)


# ---------------------------------------------------------------------------------------------
# Starting


def _cluster_id() -> str:
    while True:
        cid = urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


# a one-broker cluster on a small machine: replication factors of 1, few threads
SINGLE_NODE: dict[str, str] = {
    "num.partitions": "3",
    "default.replication.factor": "1",
    "min.insync.replicas": "1",
    "offsets.topic.replication.factor": "1",
    "offsets.topic.num.partitions": "1",
    "transaction.state.log.replication.factor": "1",
    "transaction.state.log.min.isr": "1",
    "transaction.state.log.num.partitions": "1",
    "group.initial.rebalance.delay.ms": "0",
    "num.network.threads": "2",
    "num.io.threads": "2",
    "background.threads": "2",
    "log.cleaner.dedupe.buffer.size": "16777216",
    "auto.create.topics.enable": "false",
}


def _kafka_properties(service: Service, data: Path) -> str:
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@127.0.0.1:{service.aux_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{service.port},CONTROLLER://127.0.0.1:{service.aux_port}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{service.port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(data),
        **SINGLE_NODE,
    }
    return "".join(f"{k}={v}\n" for k, v in props.items())


def _spawn(cmd: list[str], service: Service, settings: Settings) -> int:
    """Start ``cmd`` in its own session, in the service's private run directory (files it makes are
    0600, directories 0700); the pid file records its pid and start time."""
    logs = private_dir(service.dir(settings) / "logs", settings)
    with os.fdopen(_open_private(logs / "stdout.log", os.O_WRONLY | os.O_APPEND), "ab") as out:
        proc = subprocess.Popen(  # the stack outlives this command: no context manager
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=service.dir(settings),
            start_new_session=True,
            umask=0o077,
        )
    _CHILDREN[proc.pid] = proc  # keep the handle so this process can reap it when it stops it
    start = _proc_start_time(proc.pid)
    write_private(service.pid_file(settings), f"{proc.pid} {start if start is not None else ''}".strip() + "\n")
    return proc.pid


def spawn(cmd: list[str], service: Service, settings: Settings) -> Started:
    """Start ``cmd`` as ``service`` (see ``_spawn``); the handle stops it and only it."""
    pid = _spawn(cmd, service, settings)
    proc = _read_pid_file(service, settings) or ProcessId.of(pid, service.dir(settings))
    return Started(service, proc, service.pid_file(settings))


def format_storage(service: Service, java: str, classpath: str, props: Path) -> None:
    """Format a new KRaft log directory for ``props`` (a new cluster id)."""
    fmt = subprocess.run(
        [java, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", _cluster_id(), "-c", str(props)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        umask=0o077,
    )
    if fmt.returncode != 0:
        raise StackError(f"{service.name}: storage format failed: {fmt.stderr.strip()[-300:]}")


def kafka_command(java: str, settings: Settings, base: Path, classpath: str, props: Path) -> list[str]:
    """The command line of a broker with ``props``, logging under ``base``."""
    return [
        java,
        "-Xms128m",
        f"-Xmx{settings.kafka_heap}",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        f"-Dkafka.logs.dir={base / 'logs'}",
        f"-Dlog4j.configuration=file:{LOG4J}",
        "-cp",
        classpath,
        "kafka.Kafka",
        str(props),
    ]


def _start_kafka(service: Service, settings: Settings, jars: Path) -> int:
    java = find_java(settings, 17, None)
    base = service.dir(settings)
    data = base / "data"
    props = base / "server.properties"
    private_dir(base, settings)
    write_private(props, _kafka_properties(service, data))
    classpath = f"{jars}/*"
    if not (data / "meta.properties").exists():
        private_dir(data, settings)
        format_storage(service, java, classpath, props)
    cmd = kafka_command(java, settings, base, classpath, props)
    return _spawn(cmd, service, settings)


def _cluster_of(registry: Service) -> Service:
    """The Kafka service of a registry's cluster (``sz-registry`` -> ``sz-kafka``)."""
    prefix = registry.name.split("-", 1)[0]
    return next(s for s in SERVICES if s.kind == "kafka" and s.name.startswith(prefix + "-"))


def _start_registry(service: Service, settings: Settings, app: Path) -> int:
    java = find_java(settings, 21, settings.registry_java)
    base = private_dir(service.dir(settings), settings)
    cmd = [
        java,
        f"-Xmx{settings.registry_heap}",
        "-XX:+UseSerialGC",
        "-Djava.awt.headless=true",
        "-Dquarkus.http.host=127.0.0.1",
        f"-Dquarkus.http.port={service.port}",
        "-Dquarkus.management.host=127.0.0.1",
        f"-Dquarkus.management.port={service.aux_port}",
        "-Dquarkus.log.file.enable=false",
        f"-Dcorridor.run.dir={base}",
        # schemas kept in a journal topic on the registry's own cluster (as Confluent's registry
        # keeps _schemas): a restart replays it, so ids and versions survive; in memory they did
        # not, and records already in a topic pointed at another schema, or at none
        "-Dapicurio.storage.kind=kafkasql",
        f"-Dapicurio.kafkasql.bootstrap.servers=127.0.0.1:{_cluster_of(service).port}",
        "-jar",
        str(app / "quarkus-run.jar"),
    ]
    return _spawn(cmd, service, settings)


@dataclass(frozen=True)
class Status:
    service: Service
    pid: int | None
    ready: bool


def status(settings: Settings) -> list[Status]:
    out = []
    for service in SERVICES:
        pid = running_pid(service, settings)
        out.append(Status(service, pid, pid is not None and is_ready(service)))
    return out


def _check_ports_free(services: list[Service]) -> None:
    for service in services:
        for port in (service.port, service.aux_port):
            if port_in_use(port):
                raise StackError(
                    f"port {port} ({service.name}) is taken by {port_owner(port)}; stop it or free the port"
                )


@dataclass(frozen=True)
class Started:
    """A process this invocation started: ``stop()`` stops it, and nothing another invocation started."""

    service: Service
    process: ProcessId
    pid_file: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, timeout: float = 30.0, kill_timeout: float = 10.0) -> bool:
        """Stop the process if it is still ours; remove the pid file if it still names it."""
        stopped = stop_process(self.process, timeout, kill_timeout)
        try:
            named = int(self.pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            named = None
        if named == self.process.pid:
            self.pid_file.unlink(missing_ok=True)
        return stopped


def _start_one(service: Service, settings: Settings, jars: Path | None, app: Path | None) -> Started:
    if service.kind == "kafka":
        assert jars is not None
        pid = _start_kafka(service, settings, jars)
    else:
        assert app is not None
        pid = _start_registry(service, settings, app)
    proc = _read_pid_file(service, settings) or ProcessId.of(pid, service.dir(settings))
    return Started(service, proc, service.pid_file(settings))


_STARTED: list[Started] = []  # every process this Python process started, oldest first


def start(settings: Settings, log: Callable[[str], None] = print) -> list[Started]:
    """Start the services that are not running and wait until every one answers.

    Returns what this call started (and nothing else). A start that fails half way stops what it
    started before it raises.
    """
    private_dir(settings.run_dir, settings)
    to_start = [s for s in SERVICES if running_pid(s, settings) is None]
    for service in SERVICES:
        if service.dir(settings).is_dir():
            private_dir(service.dir(settings), settings)  # a run directory from before 0700 became the rule
    started: list[Started] = []
    if not to_start:
        log("stack already running")
    try:
        if to_start:
            # fail fast, before any download, on missing tools and taken ports
            find_java(settings, 17, None)
            if any(s.kind == "registry" for s in to_start):
                find_java(settings, 21, settings.registry_java)
            _check_ports_free(to_start)
            jars = resolve_kafka(settings) if any(s.kind == "kafka" for s in to_start) else None
            app = resolve_apicurio(settings) if any(s.kind == "registry" for s in to_start) else None
            # brokers first: a registry keeps its schemas in its cluster and reads them at start
            for kind in ("kafka", "registry"):
                batch = [s for s in to_start if s.kind == kind]
                for service in batch:
                    started.append(_start_one(service, settings, jars, app))
                    _STARTED.append(started[-1])
                    log(f"started {service.name} (pid {started[-1].pid}) on 127.0.0.1:{service.port}")
                _wait_ready(settings, batch)
        _wait_ready(settings, to_start)
    except BaseException:
        stop_started(started, log=_quiet)
        raise
    return started


def up(settings: Settings, log: Callable[[str], None] = print) -> list[Status]:
    """Start what is not running, wait until every service answers, return the status."""
    start(settings, log)
    return status(settings)


def _still_starting(service: Service, settings: Settings) -> bool:
    """Whether a service being started has not exited. For a process this one started, its own
    handle says so: /proc/<pid>/cmdline can read empty for a moment while a JVM launcher
    re-executes itself, which made a healthy registry look gone."""
    proc = _read_pid_file(service, settings)
    child = _CHILDREN.get(proc.pid) if proc is not None else None
    if child is not None:
        return child.poll() is None
    return running_pid(service, settings) is not None


def _wait_ready(settings: Settings, services: list[Service]) -> None:
    deadline = time.monotonic() + settings.start_timeout_s
    pending = list(services)
    while pending:
        for service in list(pending):
            if not _still_starting(service, settings):
                log_file = service.dir(settings) / "logs" / "stdout.log"
                raise StackError(f"{service.name} exited during start-up; see {log_file}")
            if is_ready(service):
                pending.remove(service)
        if pending and time.monotonic() > deadline:
            names = ", ".join(s.name for s in pending)
            raise StackError(f"not ready after {settings.start_timeout_s:.0f}s: {names}")
        if pending:
            time.sleep(0.5)


def _wait_ports_free(services: list[Service], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    for service in services:
        for port in (service.port, service.aux_port):
            while _listening_inodes(port) and time.monotonic() < deadline:
                time.sleep(0.2)


def stop_started(started: list[Started], log: Callable[[str], None] = print) -> None:
    """Stop exactly the processes in ``started`` (newest first), each only if it is still ours."""
    for item in reversed(started):
        if item.stop():
            log(f"stopped {item.service.name} (pid {item.pid})")
    _wait_ports_free([item.service for item in started])


def down(settings: Settings, log: Callable[[str], None] = print) -> None:
    """``corridor stack down``: stop, by pid, every service of this run directory, whoever started it.

    Only a process whose command line carries its run directory and whose start time is the one
    its pid file recorded is signalled; it gets SIGTERM, then SIGKILL after 30 s, and every wait
    has a limit.
    """
    for service in reversed(SERVICES):
        proc = running_process(service, settings)
        if proc is not None and stop_process(proc, timeout=30.0):
            log(f"stopped {service.name} (pid {proc.pid})")
        service.pid_file(settings).unlink(missing_ok=True)
    _wait_ports_free(list(SERVICES))


def _quiet(_msg: str) -> None:
    pass


@contextlib.contextmanager
def running(
    settings: Settings, log: Callable[[str], None] | None = None, keep_running: bool = False
) -> Iterator[list[Started]]:
    """The stack for the duration of a block. Afterwards, unless ``keep_running``, it stops what
    this process started during the block (by this call, or by an ``up`` inside the block after a
    ``down``) and nothing else: never services another invocation started, even ones it restarted
    meanwhile. Yields what this call started (empty when everything was running already)."""
    mark = len(_STARTED)
    started = start(settings, log=log or _quiet)  # a start that fails half way stops its own part
    try:
        yield started
    finally:
        if not keep_running:
            stop_started(_STARTED[mark:], log=log or _quiet)
            del _STARTED[mark:]
