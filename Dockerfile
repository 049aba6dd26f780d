# syntax=docker/dockerfile:1
# The corridor worker image: `corridor worker`, metrics on port 9464.
# Rust (from rustup) exists only in the builder stage, where it builds the core's native extension
# (native/) as a wheel through pip and maturin; the final image has Python and the installed
# project, and runs as a non-root user. No Docker engine runs on our own machines:
# tests/unit/test_compose.py checks this file's wiring, `docker build` is not run there.

ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    RUSTUP_HOME=/opt/rustup \
    CARGO_HOME=/opt/cargo \
    PATH=/opt/venv/bin:/opt/cargo/bin:$PATH
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs \
      | sh -s -- -y --profile minimal --default-toolchain stable --no-modify-path \
 && cargo --version
RUN python -m venv /opt/venv
WORKDIR /app
# the native extension first: this layer is built again only when native/ changes
COPY native/ native/
RUN pip wheel --no-deps --wheel-dir /wheels ./native \
 && pip install /wheels/corridor_native-*.whl
# the project, installed in place: PROJECT_ROOT is /app, so schemas/ and ops/policies/ are found
COPY pyproject.toml README.md ./
COPY streams/ streams/
COPY agents/ agents/
COPY schemas/ schemas/
COPY ops/policies/ ops/policies/
RUN pip install -e . \
 && rm -rf native \
 && python -m compileall -q streams agents

FROM ${PYTHON_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    CORRIDOR_RUN_DIR=/var/lib/corridor/run
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/corridor --create-home corridor
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder /app /app
USER corridor
WORKDIR /var/lib/corridor
# /metrics; it listens on CORRIDOR_METRICS_HOST (127.0.0.1 unless set: compose sets 0.0.0.0)
EXPOSE 9464
ENTRYPOINT ["corridor"]
CMD ["worker"]
