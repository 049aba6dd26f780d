"""The core's native extension (``native/``, Rust), or None where it is not installed.

The one place that asks. Each user keeps a Python (or fastavro) version beside the native one,
which tests hold it equal to; ``make`` builds the extension, so the fallbacks serve only an
environment that installed the package without building ``native/``.
"""

from __future__ import annotations

from types import ModuleType

extension: ModuleType | None
try:
    import corridor_native as extension
except ImportError:  # pragma: no cover - make installs it
    extension = None
