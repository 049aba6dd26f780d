"""Stopping the stack's processes: only ours, rechecked before every signal, every wait bounded,
and only what this invocation started. Harmless sleeping Python processes stand in for the
servers (no Kafka needed); their command lines carry a run directory under tmp_path."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agents.local import stack
from agents.settings import Settings

SLEEP = "import sys, time; open('made-by-child', 'w').close(); print('ready', flush=True); time.sleep(60)"
SLEEP_IGNORING_TERM = (
    "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); "
    "time.sleep(60)"
)


@pytest.fixture
def foreign(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Processes "another invocation" started: not in the stack's handles; killed by pid after the test."""
    made: list[subprocess.Popen[bytes]] = []

    def spawn(marker: Path | None, code: str = SLEEP) -> subprocess.Popen[bytes]:
        cwd = tmp_path / f"cwd-{len(made)}"
        cwd.mkdir()
        args = [sys.executable, "-c", code] + ([str(marker)] if marker is not None else [])
        proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, start_new_session=True)
        made.append(proc)
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
        return proc

    yield spawn
    for proc in made:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def _alive(proc: subprocess.Popen[bytes]) -> bool:
    return proc.poll() is None


def test_when_the_process_is_ours_then_it_is_stopped_with_sigterm(
    tmp_path: Path, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    marker = tmp_path / "run" / "svc"
    proc = foreign(marker)
    assert stack.stop_process(stack.ProcessId.of(proc.pid, marker), timeout=10) is True
    assert proc.wait(timeout=5) == -signal.SIGTERM


def test_when_the_start_time_differs_then_the_reused_pid_is_not_signalled(
    tmp_path: Path, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    marker = tmp_path / "run" / "svc"
    proc = foreign(marker)
    recorded = stack.ProcessId.of(proc.pid, marker)
    assert recorded.start_time is not None
    earlier = stack.ProcessId(proc.pid, recorded.start_time - 1, str(marker))  # the pid file's process is gone
    assert not stack.still_ours(earlier)
    assert stack.stop_process(earlier, timeout=1) is False
    time.sleep(0.2)
    assert _alive(proc)


def test_when_the_command_line_lacks_the_run_dir_then_nothing_is_signalled(
    tmp_path: Path, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    proc = foreign(tmp_path / "someone-else")
    assert stack.stop_process(stack.ProcessId.of(proc.pid, tmp_path / "run" / "svc"), timeout=1) is False
    time.sleep(0.2)
    assert _alive(proc)


def test_when_sigterm_is_ignored_then_sigkill_follows_within_the_bound(
    tmp_path: Path, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    marker = tmp_path / "run" / "svc"
    proc = foreign(marker, SLEEP_IGNORING_TERM)
    began = time.monotonic()
    assert stack.stop_process(stack.ProcessId.of(proc.pid, marker), timeout=0.5, kill_timeout=5) is True
    assert time.monotonic() - began < 5
    assert proc.wait(timeout=5) == -signal.SIGKILL


def test_when_the_pid_changes_hands_after_sigterm_then_sigkill_is_not_sent(
    tmp_path: Path, foreign: Callable[..., subprocess.Popen[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the process ignores SIGTERM; after it, /proc reports another start time for the pid, as if
    # ours had exited and a new process had been given the same pid: SIGKILL must not go to it
    marker = tmp_path / "run" / "svc"
    proc = foreign(marker, SLEEP_IGNORING_TERM)
    identity = stack.ProcessId.of(proc.pid, marker)
    sent: list[int] = []
    real_killpg, real_start = os.killpg, stack._proc_start_time

    def killpg(pid: int, sig: int) -> None:
        sent.append(sig)
        real_killpg(pid, sig)

    def start_time(pid: int) -> int | None:
        value = real_start(pid)
        return value + 1 if sent and value is not None else value

    monkeypatch.setattr(os, "killpg", killpg)
    monkeypatch.setattr(stack, "_proc_start_time", start_time)
    stack.stop_process(identity, timeout=0.5, kill_timeout=1)
    assert sent == [signal.SIGTERM]
    assert _alive(proc)


def test_when_a_process_outlives_sigkill_then_the_wait_ends_with_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    signals: list[signal.Signals] = []

    def record(_proc: stack.ProcessId, sig: signal.Signals) -> bool:
        signals.append(sig)
        return True

    monkeypatch.setattr(stack, "_signal_if_ours", record)  # signals "sent", the process never goes
    monkeypatch.setattr(stack, "still_ours", lambda _proc: True)
    began = time.monotonic()
    with pytest.raises(stack.StackError, match=r"pid 4242 is still running 0s after SIGKILL"):
        stack.stop_process(stack.ProcessId(4242, 1, "/nowhere"), timeout=0.3, kill_timeout=0.3)
    assert time.monotonic() - began < 3
    assert signals == [signal.SIGTERM, signal.SIGKILL]


# ---------------------------------------------------------------------------------------------
# running(): start and stop exactly this invocation's part of a fake stack


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def fail_on() -> set[str]:
    """Names of fake services whose start raises."""
    return set()


@pytest.fixture
def fake_stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_on: set[str]) -> Iterator[Settings]:
    """Two services whose processes are sleepers with their run directory on the command line."""
    services = (
        stack.Service("fake-a", "kafka", _free_port(), _free_port()),
        stack.Service("fake-b", "registry", _free_port(), _free_port()),
    )

    def start_one(service: stack.Service, settings: Settings, _jars: Path | None, _app: Path | None) -> stack.Started:
        if service.name in fail_on:
            raise stack.StackError(f"{service.name} exited during start-up")
        return stack.spawn([sys.executable, "-c", SLEEP, str(service.dir(settings))], service, settings)

    monkeypatch.setattr(stack, "SERVICES", services)
    monkeypatch.setattr(stack, "_start_one", start_one)
    monkeypatch.setattr(stack, "find_java", lambda *_a: "java")
    monkeypatch.setattr(stack, "resolve_kafka", lambda _s: tmp_path)
    monkeypatch.setattr(stack, "resolve_apicurio", lambda _s: tmp_path)
    monkeypatch.setattr(stack, "is_ready", lambda _service: True)
    settings = Settings(run_dir=tmp_path / "run")
    yield settings
    for service in services:  # whatever a failing test left: stop what is still ours
        proc = stack.running_process(service, settings)
        if proc is not None:
            stack.stop_process(proc, timeout=5)


def _pid(settings: Settings, name: str) -> int | None:
    return stack.running_pid(next(s for s in stack.SERVICES if s.name == name), settings)


def _another_invocation_starts(
    settings: Settings, name: str, foreign: Callable[..., subprocess.Popen[bytes]]
) -> subprocess.Popen[bytes]:
    service = next(s for s in stack.SERVICES if s.name == name)
    proc = foreign(service.dir(settings))
    stack.private_dir(service.dir(settings), settings)
    start = stack._proc_start_time(proc.pid)
    stack.write_private(service.pid_file(settings), f"{proc.pid} {start}\n")
    return proc


def test_when_running_ends_then_it_stops_only_what_it_started(
    fake_stack: Settings, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    other = _another_invocation_starts(fake_stack, "fake-a", foreign)
    with stack.running(fake_stack) as started:
        assert [s.service.name for s in started] == ["fake-b"]
        ours = _pid(fake_stack, "fake-b")
        assert ours is not None and _pid(fake_stack, "fake-a") == other.pid
    assert _alive(other) and _pid(fake_stack, "fake-a") == other.pid
    assert ours is not None and not stack._pid_alive(ours)
    assert not stack.SERVICES[1].pid_file(fake_stack).exists()


def test_when_another_invocation_restarts_a_service_meanwhile_then_its_process_is_left_alone(
    fake_stack: Settings, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    with stack.running(fake_stack) as started:
        assert [s.service.name for s in started] == ["fake-a", "fake-b"]
        started[0].stop(timeout=5)  # ours exits; another invocation starts fake-a again
        other = _another_invocation_starts(fake_stack, "fake-a", foreign)
    assert _alive(other)
    assert _pid(fake_stack, "fake-a") == other.pid  # its pid file is still there
    assert _pid(fake_stack, "fake-b") is None


def test_when_everything_already_runs_then_running_stops_nothing(
    fake_stack: Settings, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    others = [_another_invocation_starts(fake_stack, s.name, foreign) for s in stack.SERVICES]
    messages: list[str] = []
    with stack.running(fake_stack, log=messages.append) as started:
        assert started == []
    assert messages == ["stack already running"]
    assert all(_alive(p) for p in others)


def test_when_keep_running_then_what_it_started_is_left_running(fake_stack: Settings) -> None:
    with stack.running(fake_stack, keep_running=True) as started:
        pids = [s.pid for s in started]
    assert len(pids) == 2 and all(stack._pid_alive(p) for p in pids)
    stack.down(fake_stack, log=lambda _m: None)
    assert not any(stack._pid_alive(p) for p in pids)


def test_when_a_start_fails_half_way_then_what_it_started_is_stopped(fake_stack: Settings, fail_on: set[str]) -> None:
    fail_on.add("fake-b")
    with pytest.raises(stack.StackError, match="fake-b exited during start-up"), stack.running(fake_stack):
        pass
    assert _pid(fake_stack, "fake-a") is None
    assert not stack.SERVICES[0].pid_file(fake_stack).exists()


def test_when_down_runs_then_it_stops_our_services_and_not_a_stranger_named_in_a_pid_file(
    fake_stack: Settings, foreign: Callable[..., subprocess.Popen[bytes]]
) -> None:
    ours = _another_invocation_starts(fake_stack, "fake-a", foreign)  # started by an earlier `stack up`
    stranger = foreign(None)  # a process whose pid a stale pid file names
    pid_file = stack.SERVICES[1].pid_file(fake_stack)
    stack.private_dir(pid_file.parent, fake_stack)
    pid_file.write_text(f"{stranger.pid} {stack._proc_start_time(stranger.pid)}\n")
    stack.down(fake_stack, log=lambda _m: None)
    assert ours.wait(timeout=5) == -signal.SIGTERM
    assert _alive(stranger)
    assert not pid_file.exists()


def test_when_the_stack_starts_then_the_run_directory_is_private(fake_stack: Settings) -> None:
    fake_stack.run_dir.mkdir(mode=0o755)
    os.chmod(fake_stack.run_dir, 0o755)  # noqa: S103 - a run directory made before the rule
    with stack.running(fake_stack) as started:
        service_dir = started[0].service.dir(fake_stack)
        deadline = time.monotonic() + 10
        while not (service_dir / "made-by-child").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        modes = {
            path.relative_to(fake_stack.run_dir).as_posix(): path.stat().st_mode & 0o777
            for path in [fake_stack.run_dir, *fake_stack.run_dir.rglob("*")]
        }
    assert modes["."] == 0o700
    assert modes["fake-a"] == modes["fake-a/logs"] == 0o700
    assert modes["fake-a/pid"] == modes["fake-a/logs/stdout.log"] == 0o600
    assert modes["fake-a/made-by-child"] == 0o600  # the server's own files: umask 077
    assert set(modes.values()) <= {0o700, 0o600}


def test_when_a_started_handle_stops_then_a_pid_file_naming_another_process_is_kept(
    fake_stack: Settings,
) -> None:
    with contextlib.ExitStack() as cleanup:
        started = stack.start(fake_stack, log=lambda _m: None)
        cleanup.callback(stack.stop_started, started, lambda _m: None)
        first = started[0]
        first.pid_file.write_text("1 1\n")  # someone else's pid file now
        assert first.stop(timeout=5) is True
        assert first.pid_file.read_text() == "1 1\n"


def test_when_the_block_restarts_the_stack_then_running_stops_the_restarted_processes_too(
    fake_stack: Settings,
) -> None:
    # an integration test may take the stack down and up again inside the session's block: what
    # that `up` started is this process's too
    with stack.running(fake_stack) as started:
        first = [s.pid for s in started]
        stack.down(fake_stack, log=lambda _m: None)
        stack.up(fake_stack, log=lambda _m: None)
        again = [s.pid for s in stack.status(fake_stack)]
        assert all(again) and again != first
    assert not any(stack._pid_alive(p) for p in again if p is not None)
