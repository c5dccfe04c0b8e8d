#!/usr/bin/env bash
# The whole test suite against the real PostgreSQL and Elasticsearch: starts what is missing,
# installs the Python dependencies, lints, then runs pytest (extra arguments go to pytest).
. "$(dirname "$0")/env.sh"
need_root
cd "$ROOT"

services_up test  # its own PostgreSQL cluster (port 55433, fsync off), never the main job's
python_env
browser_deps
axe_deps
log "ruff"
ruff check .
log "import-linter (layers, docs/architecture.md)"
lint-imports
log "mypy"
mypy recruit
log "pytest"
exec python -m pytest "$@"
