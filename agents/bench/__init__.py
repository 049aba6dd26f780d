"""Benchmarks (``make bench``): speed and quality targets live here, never in tests.

``detect`` (detection and the whole core, the corpus and the generator), ``policy`` (decisions/s and
the CEL libraries), ``e2e`` (the worker through both clusters, beside the core alone and a raw
mirror; latency; memory), ``quota`` (the quota table's recovery time), ``corpus`` (recall and
precision on the hand-written corpus).
"""
