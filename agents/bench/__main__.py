"""``python -m agents.bench``: detection and the whole core (``agents.bench.detect``)."""

import sys

from agents.bench.detect import main

sys.exit(main())
