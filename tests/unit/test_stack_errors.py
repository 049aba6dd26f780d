"""The stack's one-line errors, each provoked for real (no broker needed)."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from agents.local import stack
from agents.settings import Settings


def test_when_java_is_missing_then_the_error_says_what_to_install(tmp_path: Path) -> None:
    settings = Settings(java="no-such-java-binary", jvm_dir=tmp_path)
    with pytest.raises(stack.StackError, match=r"java not found: install a JDK 17\+"):
        stack.find_java(settings, 17, None)


def test_when_no_java_21_exists_then_the_registry_error_names_the_setting(tmp_path: Path) -> None:
    settings = Settings(jvm_dir=tmp_path)
    if (stack._java_major("java") or 0) >= 21:
        pytest.skip("the java on PATH is already 21+")
    with pytest.raises(stack.StackError, match="CORRIDOR_REGISTRY_JAVA"):
        stack.find_java(settings, 21, None)


def test_when_maven_is_missing_then_the_error_says_what_to_install(tmp_path: Path) -> None:
    settings = Settings(mvn="no-such-mvn-binary", cache_dir=tmp_path)
    with pytest.raises(stack.StackError, match="mvn not found: install Maven"):
        stack.resolve_kafka(settings)


def test_when_maven_central_is_unreachable_then_the_error_says_so(tmp_path: Path) -> None:
    # a mirror on a closed loopback port stands for an unreachable Central; the local repo is empty
    maven_settings = tmp_path / "settings.xml"
    maven_settings.write_text(
        "<settings><mirrors><mirror><id>closed</id><mirrorOf>*</mirrorOf>"
        "<url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>"
    )
    settings = Settings(cache_dir=tmp_path / "cache", maven_settings=maven_settings)
    with pytest.raises(stack.StackError, match="cannot reach Maven Central"):
        stack.resolve_kafka(settings)


def test_when_a_port_is_taken_then_the_error_names_the_port_and_its_owner() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        service = stack.Service("probe", "kafka", port, port)
        expected = rf"port {port} \(probe\) is taken by pid {os.getpid()} \("
        with pytest.raises(stack.StackError, match=expected):
            stack._check_ports_free([service])


def _fake_cache(root: Path) -> Path:
    directory = root / "lib"
    directory.mkdir(parents=True)
    (directory / "a.txt").write_text("alpha")
    (directory / "b.txt").write_text("beta")
    stack._write_manifest(directory)
    return directory


def test_when_a_cached_file_changes_then_verification_names_it(tmp_path: Path) -> None:
    directory = _fake_cache(tmp_path)
    assert stack.verify_cache(directory) is None
    (directory / "b.txt").write_text("BETA")
    assert stack.verify_cache(directory) == "b.txt does not match its recorded hash"
    (directory / "a.txt").unlink()
    assert stack.verify_cache(directory) == "a.txt is missing"


def test_when_the_cache_is_corrupted_then_it_is_resolved_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(cache_dir=tmp_path)
    calls: list[Path] = []

    def fill(out: Path) -> None:
        calls.append(out)
        (out / "x.jar").write_bytes(b"not a zip")

    def fill_jar(out: Path) -> None:
        import zipfile

        calls.append(out)
        with zipfile.ZipFile(out / "x.jar", "w") as z:
            z.writestr("a", "b")

    first = stack._resolve(settings, "thing", fill_jar)
    assert len(calls) == 1 and stack.verify_cache(first) is None
    assert stack._resolve(settings, "thing", fill_jar) == first and len(calls) == 1  # cached
    (first / "x.jar").write_bytes(b"garbage")
    again = stack._resolve(settings, "thing", fill_jar)
    assert len(calls) == 2 and stack.verify_cache(again) is None
    assert "is corrupted" in capsys.readouterr().out
    manifest = json.loads((again / "MANIFEST.json").read_text())
    assert list(manifest) == ["x.jar"]
    with pytest.raises(stack.StackError, match=r"freshly resolved other is unusable: x\.jar is not a readable jar"):
        stack._resolve(settings, "other", fill)


def test_when_a_started_process_does_not_look_like_java_then_its_own_handle_says_it_runs(tmp_path: Path) -> None:
    # a JVM launcher that re-executes itself can show an empty command line for a moment: a
    # process this one started is judged by its handle, not by /proc
    import signal

    settings = Settings(run_dir=tmp_path)
    service = stack.Service("probe", "registry", 1, 1)
    pid = stack._spawn(["sleep", "30"], service, settings)
    handle = stack._CHILDREN[pid]
    try:
        # its command line does not carry the run directory: only its handle makes it ours
        assert service.dir(settings).as_posix() not in stack._cmdline(pid)
        assert stack.running_pid(service, settings) == pid
        assert stack._still_starting(service, settings)
        os.killpg(pid, signal.SIGTERM)
        handle.wait(timeout=10)
        assert not stack._still_starting(service, settings)
    finally:
        if handle.poll() is None:
            stack.stop_process(stack.ProcessId.of(pid, tmp_path), timeout=5)
        stack._CHILDREN.pop(pid, None)
