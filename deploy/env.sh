# Sourced by run.sh and test.sh: services up (unless given) and the Python environment.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${VENV:-$ROOT/.venv}

services_up() {  # [test]: the test suite's own PostgreSQL cluster instead of the main job's
  if [ -z "${DATABASE_URL:-}" ]; then
    if [ "${1:-}" = test ]; then
      # the suite drops and makes the schema again: it runs as the owner; tests/test_least_privilege.py
      # checks the application's role on the migrated schema
      TEST_APP_DATABASE_URL=$("$ROOT/deploy/postgres.sh" --test)
      DATABASE_URL=$("$ROOT/deploy/postgres.sh" --test --print-url owner)
      export DATABASE_URL TEST_APP_DATABASE_URL RECRUIT_OWN_POSTGRES=test
    else
      # the application's role for the app, its workers and commands; the owner only for migrations
      DATABASE_URL=$("$ROOT/deploy/postgres.sh")
      MIGRATIONS_DATABASE_URL=$("$ROOT/deploy/postgres.sh" --print-url owner)
      export DATABASE_URL MIGRATIONS_DATABASE_URL RECRUIT_OWN_POSTGRES=main
    fi
  else
    log "using DATABASE_URL from the environment"
  fi
  if [ -z "${RATELIMIT_STORAGE_URI:-}" ]; then
    RATELIMIT_STORAGE_URI=$("$ROOT/deploy/redis.sh")
    export RATELIMIT_STORAGE_URI RECRUIT_OWN_REDIS=1
  else
    log "using RATELIMIT_STORAGE_URI from the environment"
  fi
  if [ -z "${ELASTICSEARCH_URL:-}" ]; then
    # security on: the app's user reaches only the app's indices, the tests' only test-* and bench*
    if [ "${1:-}" = test ]; then
      ELASTICSEARCH_URL=$("$ROOT/deploy/elasticsearch.sh" --test)
      export ELASTICSEARCH_URL RECRUIT_OWN_ELASTICSEARCH=test
    else
      ELASTICSEARCH_URL=$("$ROOT/deploy/elasticsearch.sh")
      export ELASTICSEARCH_URL RECRUIT_OWN_ELASTICSEARCH=app
    fi
  else
    log "using ELASTICSEARCH_URL from the environment"
  fi
}

python_env() {
  local py
  py=$(command -v python3.11 || true)
  if [ -z "$py" ]; then
    log "installing Python 3.11 from Debian's packages"
    apt_install python3 python3-venv
    py=$(command -v python3.11) || die "python3.11 not found"
  fi
  local stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
  if [ ! -e "$stamp" ]; then
    log "installing Python dependencies into $VENV"
    [ -x "$VENV/bin/python" ] || "$py" -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check -e "$ROOT[test]" \
      || die "pip install failed"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
  export PATH="$VENV/bin:$PATH"
  export FLASK_APP="$ROOT/wsgi.py"
}

browser_deps() {
  # the browser tests drive Debian's chromium through Playwright (never `playwright install`)
  if [ ! -x /usr/bin/chromium ]; then
    log "installing chromium from Debian's packages (browser tests)"
    apt_install chromium
  fi
}

axe_deps() {
  # axe-core for the accessibility audits in the browser tests: from the npm registry, once,
  # into a folder the tests read (AXE_DIR); nothing is downloaded while the tests run
  AXE_DIR=${AXE_DIR:-${RECRUIT_CACHE:-$ROOT/.cache}/axe}
  export AXE_DIR
  if [ ! -s "$AXE_DIR/node_modules/axe-core/axe.min.js" ]; then
    command -v npm >/dev/null || apt_install npm
    log "installing axe-core from the npm registry into $AXE_DIR"
    mkdir -p "$AXE_DIR"
    npm install --prefix "$AXE_DIR" --no-audit --no-fund --silent axe-core@4 || die "npm install axe-core failed"
  fi
}

secrets_up() {
  # the application's keys: generated once, kept 0600 under RECRUIT_HOME, reused by every run
  # (rotation: docs/operations.md); the tests make their own per run
  local file=$RECRUIT_HOME/secrets.env
  mkdir -p "$RECRUIT_HOME"
  if [ ! -s "$file" ]; then
    log "generating the application's keys in $file (0600)"
    ( umask 077
      python3 - >"$file.tmp" <<'PY'
import base64, os, secrets
print("# recruit's keys, generated once by deploy/run.sh; see docs/operations.md to rotate")
for name in ("SECRET_KEY", "JWT_SECRET_KEY", "PII_HASH_KEY"):
    print(f"{name}={secrets.token_urlsafe(48)}")
# resident IDs at rest: Fernet unless PII_CIPHER=sm4 is set for the first run (GB/T 32907)
if os.environ.get("PII_CIPHER") == "sm4":
    print("PII_CIPHER=sm4")
    print("PII_ENCRYPTION_KEY=" + os.urandom(16).hex())
else:
    print("PII_ENCRYPTION_KEY=" + base64.urlsafe_b64encode(os.urandom(32)).decode())
PY
    ) && mv "$file.tmp" "$file"
  fi
  chmod 600 "$file"
  export RECRUIT_SECRETS_FILE=$file
}
