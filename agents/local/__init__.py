"""Local tooling beside the worker: Prometheus for the demo (the stack itself is agents/local/stack.py)."""
