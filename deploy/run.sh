#!/usr/bin/env bash
# The main job: services up, migrations, indices, demo data, search sync worker, task workers
# and their scheduler (Celery, docs/architecture.md "Background work"), and the API on
# 127.0.0.1:8000 under gunicorn (in the foreground; --detach to run it in the background).
. "$(dirname "$0")/env.sh"
need_root
cd "$ROOT"

DETACH=0
[ "${1:-}" = "--detach" ] && DETACH=1
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
LOGS=$RECRUIT_HOME/logs
mkdir -p "$LOGS" "$RUN_DIR"
# Prometheus multi-process mode: every API and task worker writes its samples here, /metrics adds
# them up; emptied at each start (prometheus_client reads this variable itself)
export PROMETHEUS_MULTIPROC_DIR=$RUN_DIR/prometheus

services_up
secrets_up
python_env
log "applying migrations (as the tables' owner: MIGRATIONS_DATABASE_URL)"
flask db upgrade 2>&1 | grep -v '^INFO' >&2 || true
flask db current 2>/dev/null | grep -q head || die "migrations did not reach head"
# nothing else runs as the owner: the app, its workers and commands use DATABASE_URL
unset MIGRATIONS_DATABASE_URL
flask recruit init-search
flask recruit demo-data --if-empty

if pid_alive "$RUN_DIR/sync.pid"; then
  log "search sync worker already running (pid $(cat "$RUN_DIR/sync.pid"))"
else
  nohup flask recruit sync >>"$LOGS/sync.log" 2>&1 &
  echo $! >"$RUN_DIR/sync.pid"
  log "search sync worker started (pid $!), log $LOGS/sync.log"
fi

# task workers (vacancy expiry, campaign clock, push slices, reconcile, reindex) and the one
# scheduler that queues the periodic ones; retries and backoff are the tasks' own
TASK_WORKERS=${TASK_WORKERS:-2}
if ! pid_alive "$RUN_DIR/gunicorn.pid"; then
  # nothing is writing samples: start from an empty directory (stale files would add up forever)
  rm -rf "$PROMETHEUS_MULTIPROC_DIR"
fi
mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
for n in $(seq "$TASK_WORKERS"); do
  if pid_alive "$RUN_DIR/tasks-$n.pid"; then
    log "task worker $n already running (pid $(cat "$RUN_DIR/tasks-$n.pid"))"
  else
    nohup celery -A recruit.worker:celery worker --loglevel INFO --concurrency 2 -n "tasks-$n@%h" \
      >>"$LOGS/tasks-$n.log" 2>&1 &
    echo $! >"$RUN_DIR/tasks-$n.pid"
    log "task worker $n started (pid $!), log $LOGS/tasks-$n.log"
  fi
done
if pid_alive "$RUN_DIR/scheduler.pid"; then
  log "task scheduler already running (pid $(cat "$RUN_DIR/scheduler.pid"))"
else
  nohup celery -A recruit.worker:celery beat --loglevel INFO --schedule "$RUN_DIR/celerybeat-schedule" \
    >>"$LOGS/scheduler.log" 2>&1 &
  echo $! >"$RUN_DIR/scheduler.pid"
  log "task scheduler started (pid $!; expiry and campaign clock every minute, reconcile nightly), log $LOGS/scheduler.log"
fi
# an expiry loop left by an earlier version of this script: the scheduler does its work now
if pid_alive "$RUN_DIR/expiry.pid"; then kill "$(cat "$RUN_DIR/expiry.pid")"; fi
rm -f "$RUN_DIR/expiry.pid"

cat <<MSG

  recruit API         http://$HOST:$PORT
  health              http://$HOST:$PORT/healthz   readiness: http://$HOST:$PORT/readyz
  OpenAPI             http://$HOST:$PORT/api/openapi.json
  metrics             http://$HOST:$PORT/metrics (Prometheus; from this machine only)
  task queues         flask recruit queues   (GET /api/v1/ops/queues for operators)
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
args=(--config "$ROOT/deploy/gunicorn.conf.py" --capture-output --bind "$HOST:$PORT" --workers "${WORKERS:-$((2 * $(nproc)))}" --pid "$RUN_DIR/gunicorn.pid"
      --access-logfile "$LOGS/access.log" --error-logfile "$LOGS/gunicorn.log" --timeout 30)
if [ "$DETACH" = 1 ]; then
  gunicorn "${args[@]}" --daemon wsgi:app
  for _ in $(seq 30); do curl -fsS "http://$HOST:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fsS "http://$HOST:$PORT/readyz" >/dev/null || die "API not ready; see $LOGS/gunicorn.log"
  log "API serving in the background (pid $(cat "$RUN_DIR/gunicorn.pid"))"
else
  trap 'for f in "$RUN_DIR"/sync.pid "$RUN_DIR"/scheduler.pid "$RUN_DIR"/tasks-*.pid; do kill "$(cat "$f" 2>/dev/null)" 2>/dev/null; rm -f "$f"; done' EXIT
  gunicorn "${args[@]}" wsgi:app
fi
