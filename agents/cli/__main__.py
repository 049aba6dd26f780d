"""``python -m agents.cli``: the ``corridor`` command (the worker's own processes are started this way)."""

import sys

from agents.cli import main

sys.exit(main())
