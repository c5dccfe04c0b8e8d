#!/usr/bin/env bash
# Stop what the deploy scripts started, by pid file (never by process name).
# With no arguments everything; otherwise only the named:
#   gunicorn sync scheduler tasks expiry redis elasticsearch postgres postgres-test
. "$(dirname "$0")/lib.sh"

stop_pid() {  # name pidfile
  if pid_alive "$2"; then
    log "stopping $1 (pid $(cat "$2"))"
    kill "$(cat "$2")"
    for _ in $(seq 60); do pid_alive "$2" || break; sleep 1; done
    pid_alive "$2" && { log "$1 still up; killing"; kill -9 "$(cat "$2")"; }
  fi
  rm -f "$2"
}
wanted() { [ -z "$ARGS" ] || [[ " $ARGS " == *" $1 "* ]]; }
ARGS="$*"
wanted gunicorn && stop_pid gunicorn "$RUN_DIR/gunicorn.pid"
wanted sync && stop_pid "sync worker" "$RUN_DIR/sync.pid"
# the scheduler first (nothing new is queued), then the task workers (a warm shutdown: each
# finishes or hands back what it holds; an unacknowledged task is delivered again)
wanted scheduler && stop_pid "task scheduler" "$RUN_DIR/scheduler.pid"
if wanted tasks; then
  for f in "$RUN_DIR"/tasks-*.pid; do [ -e "$f" ] && stop_pid "task worker $(basename "$f" .pid)" "$f"; done
fi
stop_pid "vacancy expiry loop (earlier version)" "$RUN_DIR/expiry.pid"
wanted redis && stop_pid Redis "$RUN_DIR/redis.pid"
wanted elasticsearch && stop_pid Elasticsearch "$RUN_DIR/elasticsearch.pid"
stop_pg() {  # name datadir
  if [ -s "$2/postmaster.pid" ]; then
    log "stopping $1"
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$2" -m fast -w stop >/dev/null || true
  fi
}
wanted postgres && stop_pg PostgreSQL "$PG_DATA"
wanted postgres-test && stop_pg "PostgreSQL (tests)" "$PG_TEST_DATA"
true
