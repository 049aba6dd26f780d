"""``corridor sanitize --schema FILE.avsc``: the offline core over JSON records on stdin.

A record that verification flags (a finding of a type its transform does not let through, still
present after the transform) is not printed: its line carries ``"record": null`` with the findings
and violations (types and paths), a line on stderr names them, and the command exits 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from agents.engines import build_detector, keyring
from agents.schema_files import load_schema_file
from agents.settings import get_settings
from streams.sanitize import Sanitized, Sanitizer


def summary(result: Sanitized) -> dict[str, Any]:
    """Types and places, never values; the sanitized record only when verification passed."""
    return {
        "record": None if result.violations else result.record,
        "findings": [
            {"path": f.path, "entity_type": f.entity_type, "start": f.start, "end": f.end, "validated": f.validated}
            for f in result.findings
        ],
        "applied": [{"path": a.path, "entity_type": a.entity_type, "op": a.op} for a in result.applied],
        "unclassified": result.unclassified,
        "violations": [{"path": v.path, "entity_type": v.entity_type} for v in result.violations],
    }


def run_sanitize(schema_path: str, ner: str) -> int:
    schema = load_schema_file(Path(schema_path))
    sanitizer = Sanitizer(schema, build_detector(ner=None if ner == "none" else ner), keyring(get_settings()))
    status = 0
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            print(f"corridor: line {n}: not JSON", file=sys.stderr)
            status = 1
            continue
        if not isinstance(record, dict):
            print(f"corridor: line {n}: not a JSON object", file=sys.stderr)
            status = 1
            continue
        result = sanitizer.sanitize(record)
        if result.violations:
            leak = ", ".join(sorted({f"{v.entity_type}@{v.path}" for v in result.violations}))
            print(f"corridor: line {n}: record withheld, still present after the transform: {leak}", file=sys.stderr)
            status = 1
        sys.stdout.write(json.dumps(summary(result), ensure_ascii=False) + "\n")
    return status
