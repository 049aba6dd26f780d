"""The streaming worker: consume Shenzhen, run the core off the event loop, publish to Hong Kong.

``app`` (the Faust app and its agents), ``dispatch`` (batches to core processes), ``core_process``
(what runs inside them), ``publish`` (the Hong Kong and Shenzhen producers), ``offsets`` (the
contiguous-acknowledgement tracker), ``audit`` (the hash-chained audit trail), ``quotas`` (the
table-backed quota store), ``metrics`` is :mod:`agents.worker.metrics`.
"""
