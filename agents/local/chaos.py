"""``make chaos``: the table of the reliability scenarios' last run (README "Reliability").

Each scenario test (``tests/integration/test_reliability.py``, ``test_poison.py``,
``test_schema_evolution.py``, ``test_registry.py``) writes its figures to
``<run dir>/reliability/<scenario>.json``; this prints them as one Markdown table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from agents.settings import get_settings

COLUMNS = ("sent", "delivered", "duplicates", "retained", "quarantined", "lost", "leaked")


def table(directory: Path) -> str:
    rows: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.json")):
        rows.append(json.loads(path.read_text()))
    lines = [
        "| scenario | " + " | ".join(COLUMNS) + " | also measured |",
        "|---|" + "---:|" * len(COLUMNS) + "---|",
    ]
    for row in rows:
        extra = ", ".join(f"{k} {_short(v)}" for k, v in row.items() if k not in (*COLUMNS, "scenario"))
        lines.append(f"| {row['scenario']} | " + " | ".join(str(row.get(c, "")) for c in COLUMNS) + f" | {extra} |")
    return "\n".join(lines)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in value.items()) + "}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def main() -> int:
    directory = get_settings().run_dir / "reliability"
    if not any(directory.glob("*.json")):
        print(f"no scenario figures under {directory}: run `make chaos`", file=sys.stderr)
        return 1
    print(table(directory))
    leaked_or_lost = [
        json.loads(p.read_text())["scenario"]
        for p in directory.glob("*.json")
        if json.loads(p.read_text()).get("leaked") or json.loads(p.read_text()).get("lost")
    ]
    if leaked_or_lost:
        print(f"lost or leaked in: {', '.join(sorted(leaked_or_lost))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
