#!/usr/bin/env bash
# The main job: services up, migrations, indices, demo data, search sync worker, and the
# API on 127.0.0.1:8000 under gunicorn (in the foreground; --detach to run it in the background).
. "$(dirname "$0")/env.sh"
need_root
cd "$ROOT"

DETACH=0
[ "${1:-}" = "--detach" ] && DETACH=1
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
LOGS=$RECRUIT_HOME/logs
mkdir -p "$LOGS" "$RUN_DIR"

services_up
secrets_up
python_env
log "applying migrations"
flask db upgrade 2>&1 | grep -v '^INFO' >&2 || true
flask db current 2>/dev/null | grep -q head || die "migrations did not reach head"
flask recruit init-search
flask recruit demo-data --if-empty

if pid_alive "$RUN_DIR/sync.pid"; then
  log "search sync worker already running (pid $(cat "$RUN_DIR/sync.pid"))"
else
  nohup flask recruit sync >>"$LOGS/sync.log" 2>&1 &
  echo $! >"$RUN_DIR/sync.pid"
  log "search sync worker started (pid $!), log $LOGS/sync.log"
fi

if pid_alive "$RUN_DIR/expiry.pid"; then
  log "vacancy expiry job already running (pid $(cat "$RUN_DIR/expiry.pid"))"
else
  nohup flask recruit expire-vacancies --every 60 >>"$LOGS/expiry.log" 2>&1 &
  echo $! >"$RUN_DIR/expiry.pid"
  log "vacancy expiry job started (pid $!, every 60 s), log $LOGS/expiry.log"
fi

cat <<MSG

  recruit API         http://$HOST:$PORT
  health              http://$HOST:$PORT/healthz   readiness: http://$HOST:$PORT/readyz
  OpenAPI             http://$HOST:$PORT/api/openapi.json
  sample search       http://$HOST:$PORT/api/v1/search/vacancies?q=%E7%94%B5%E5%B7%A5&region=42
                      (q=电工, region=42 湖北)
  employer pages      http://$HOST:$PORT/employer/     operators' dashboard: http://$HOST:$PORT/ops/
  demo logins         printed above by demo-data; POST /api/v1/auth/login {"phone": ..., "password": ...}
  stop everything     ./deploy/stop.sh

MSG

if pid_alive "$RUN_DIR/gunicorn.pid"; then
  log "gunicorn already serving (pid $(cat "$RUN_DIR/gunicorn.pid"))"
  exit 0
fi
# two workers per core: while one waits on PostgreSQL or Elasticsearch another runs (measured: docs/performance.md)
args=(--bind "$HOST:$PORT" --workers "${WORKERS:-$((2 * $(nproc)))}" --pid "$RUN_DIR/gunicorn.pid"
      --access-logfile "$LOGS/access.log" --error-logfile "$LOGS/gunicorn.log" --timeout 30)
if [ "$DETACH" = 1 ]; then
  gunicorn "${args[@]}" --daemon wsgi:app
  for _ in $(seq 30); do curl -fsS "http://$HOST:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fsS "http://$HOST:$PORT/readyz" >/dev/null || die "API not ready; see $LOGS/gunicorn.log"
  log "API serving in the background (pid $(cat "$RUN_DIR/gunicorn.pid"))"
else
  trap 'for f in sync expiry; do kill "$(cat "$RUN_DIR/$f.pid" 2>/dev/null)" 2>/dev/null; rm -f "$RUN_DIR/$f.pid"; done' EXIT
  gunicorn "${args[@]}" wsgi:app
fi
