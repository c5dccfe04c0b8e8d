#!/usr/bin/env bash
# Restore drill: the newest (or the named) backup of deploy/backup.sh restored into FRESH clusters
# (PostgreSQL on $DRILL_PG_PORT, Elasticsearch on $DRILL_ES_PORT, data under $DRILL_HOME), then
# checked: rows per table against the backup's count, the counters (recruit reconcile-counters),
# each search index against the restored database (recruit check-index). Prints a table; stops
# and removes the fresh clusters at the end (KEEP_DRILL=1 keeps them). Exit 1 if a check fails.
#
#   deploy/restore-drill.sh [BACKUP_TIMESTAMP]
. "$(dirname "$0")/env.sh"
need_root
cd "$ROOT"

DRILL_HOME=${DRILL_HOME:-$RECRUIT_HOME/drill}
DRILL_PG_PORT=${DRILL_PG_PORT:-$((PG_PORT + 100))}
DRILL_ES_PORT=${DRILL_ES_PORT:-$((ES_PORT + 50))}
DRILL_ES_TRANSPORT_PORT=${DRILL_ES_TRANSPORT_PORT:-$((ES_TRANSPORT_PORT + 50))}
PREFIX=${SEARCH_INDEX_PREFIX:-recruit}
PGBIN=$(pg_bin) || die "PostgreSQL is not installed"

ts=${1:-$(ls -1 "$BACKUP_DIR/pg-base" 2>/dev/null | sort | tail -n 1)}
base=$BACKUP_DIR/pg-base/$ts
[ -n "$ts" ] && [ -s "$base/base.tar.gz" ] || die "no base backup ${ts:+$ts }under $BACKUP_DIR/pg-base (deploy/backup.sh makes one)"
DPG=$DRILL_HOME/pg-data DRUN=$DRILL_HOME/run
# the fresh node takes this installation's Elasticsearch users (the same passwords)
drill_env=(env RECRUIT_HOME="$DRILL_HOME" ES_PORT="$DRILL_ES_PORT" ES_TRANSPORT_PORT="$DRILL_ES_TRANSPORT_PORT"
           ES_REPO="$ES_REPO" ES_HEAP="${DRILL_ES_HEAP:-512m}" ES_SECRETS_DIR="$ES_SECRETS_DIR")

cleanup() {
  [ "${KEEP_DRILL:-0}" = 1 ] && { log "drill clusters kept under $DRILL_HOME"; return; }
  [ -s "$DPG/postmaster.pid" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DPG" -m fast -w stop >/dev/null 2>&1 || true
  "${drill_env[@]}" "$ROOT/deploy/stop.sh" elasticsearch 2>/dev/null || true
  rm -rf "${DRILL_HOME:?}"
  log "drill clusters stopped and removed"
}
KEEP_DRILL=0 cleanup  # leftovers of an interrupted drill
trap cleanup EXIT
declare -A took
t0=$(date +%s.%N)

# --- PostgreSQL: base backup + archived WAL replayed to the end, on its own port and socket
log "restoring PostgreSQL base backup $ts into $DPG (port $DRILL_PG_PORT)"
install -d -m 755 "$DRILL_HOME"
install -d -o postgres -g postgres -m 755 "$DRUN" "$DRILL_HOME/pg-log"
install -d -o postgres -g postgres -m 700 "$DPG" "$DPG/pg_wal"
runuser -u postgres -- tar -xzf "$base/base.tar.gz" -C "$DPG"
runuser -u postgres -- tar -xzf "$base/pg_wal.tar.gz" -C "$DPG/pg_wal"
# last in the configuration: this cluster's port and socket, no archiving of its own, and the archive to replay
cat >>"$DPG/postgresql.auto.conf" <<CONF
port = $DRILL_PG_PORT
unix_socket_directories = '$DRUN'
archive_mode = off
restore_command = 'cp $PG_ARCHIVE/%f %p'
recovery_target_action = 'promote'
CONF
runuser -u postgres -- touch "$DPG/recovery.signal"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DPG" -l "$DRILL_HOME/pg-log/postgres.log" -w -t 600 start >/dev/null \
  || { tail -20 "$DRILL_HOME/pg-log/postgres.log" >&2; die "restored PostgreSQL did not start"; }
psql_d() { runuser -u postgres -- "$PGBIN/psql" -h "$DRUN" -p "$DRILL_PG_PORT" -d recruit -v ON_ERROR_STOP=1 -qAt "$@"; }
for _ in $(seq 300); do [ "$(psql_d -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break; sleep 1; done
[ "$(psql_d -c 'select pg_is_in_recovery()')" = f ] || die "restored PostgreSQL still recovering after 300 s"
took[postgres]=$(elapsed "$t0")
replayed=$(grep -c 'restored log file' "$DRILL_HOME/pg-log/postgres.log" || true)

# --- Elasticsearch: a fresh single node reading the same snapshot repository
t0=$(date +%s.%N)
log "restoring the Elasticsearch snapshot into a fresh node on port $DRILL_ES_PORT"
APP_DRILL_URL=$("${drill_env[@]}" SEARCH_INDEX_PREFIX="$PREFIX" "$ROOT/deploy/elasticsearch.sh")
ES_DRILL_URL=http://127.0.0.1:$DRILL_ES_PORT
es() { es_curl "$@"; }  # as recruit_ops: snapshots and restores
es -X PUT "$ES_DRILL_URL/_snapshot/recruit-fs" \
  -d "{\"type\": \"fs\", \"settings\": {\"location\": \"$ES_REPO\", \"readonly\": true}}" | grep -q acknowledged \
  || die "cannot read the snapshot repository $ES_REPO"
# the snapshot taken with this base backup, else the newest
snap=snap-$ts
es "$ES_DRILL_URL/_snapshot/recruit-fs/$snap" | grep -q '"state":"SUCCESS"' \
  || snap=$(es "$ES_DRILL_URL/_cat/snapshots/recruit-fs?h=id&s=start_epoch" | tail -n 1)
[ -n "$snap" ] || die "no snapshot in $ES_REPO"
out=$(es -X POST "$ES_DRILL_URL/_snapshot/recruit-fs/$snap/_restore?wait_for_completion=true" \
        -d "{\"indices\": \"$PREFIX-*\", \"include_aliases\": true, \"include_global_state\": false}")
echo "$out" | grep -q '"failed":0' || die "snapshot restore failed: $out"
es "$ES_DRILL_URL/_cluster/health?wait_for_status=yellow&timeout=60s" >/dev/null
took[elasticsearch]=$(elapsed "$t0")

# --- checks, through the application's own commands against the restored clusters
secrets_up
python_env
password=$(cat "$SECRETS_DIR/postgres-password")
export DATABASE_URL="postgresql+psycopg://$PG_USER:$password@127.0.0.1:$DRILL_PG_PORT/recruit"
export ELASTICSEARCH_URL=$APP_DRILL_URL SEARCH_INDEX_PREFIX=$PREFIX
unset RATELIMIT_STORAGE_URI
fail=0
row() { printf '%-32s %14s %14s  %s\n' "$@"; }
echo
echo "restore drill of backup $ts (snapshot $snap): PostgreSQL ${took[postgres]} s ($replayed archived WAL files replayed), Elasticsearch ${took[elasticsearch]} s"
echo
row "table" "at backup" "restored" "check"
row "--------------------------------" "--------------" "--------------" "-----"
while IFS=$'\t' read -r table want; do
  have=$(psql_d -c "select count(*) from \"$table\"" 2>/dev/null || echo missing)
  if [ "$have" = "$want" ]; then verdict=ok
  elif [[ "$have" =~ ^[0-9]+$ ]] && [ "$have" -gt "$want" ]; then verdict="ok (+$((have - want)) committed after the count, from archived WAL)"
  else verdict=FAIL; fail=1; fi
  row "$table" "$want" "$have" "$verdict"
done <"$base/row-counts.tsv"
echo
counters=$(flask recruit reconcile-counters 2>&1) && verdict=ok || { verdict=FAIL; fail=1; }
row "counters (reconcile-counters)" "" "$(echo "$counters" | tail -n 1)" "$verdict"
for index in vacancies jobseekers; do
  report=$(flask recruit check-index "$index" 2>/dev/null | tail -n 1) && verdict=ok || { verdict=FAIL; fail=1; }
  summary=$(echo "$report" | python3 -c "import json, sys; r = json.load(sys.stdin); print(f\"db {r['database']} / index {r['indexed']}, sampled {r['sampled']}: missing {len(r['missing'])}, stale {len(r['stale'])}, extra {len(r['extra'])}\")" 2>/dev/null || echo "$report")
  row "index $index (check-index)" "" "" "$verdict: $summary"
done
echo
[ "$fail" = 0 ] && echo "restore drill: every check passed" || echo "restore drill: CHECKS FAILED"
exit "$fail"
