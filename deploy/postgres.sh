#!/usr/bin/env bash
# Start a PostgreSQL cluster owned by the project on 127.0.0.1:$PG_PORT and create the
# app and test databases. Idempotent: a running cluster is reused.
# Prints the DATABASE_URL of the app database on stdout.
. "$(dirname "$0")/lib.sh"
need_root

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && echo "$d"
}

if [ -z "$(pg_bin)" ]; then
  log "installing PostgreSQL from Debian's packages"
  apt_install postgresql
fi
PGBIN=$(pg_bin) || die "PostgreSQL binaries not found after install"
id postgres >/dev/null 2>&1 || die "system user 'postgres' missing (Debian's package creates it)"

mkdir -p "$RECRUIT_HOME" "$RUN_DIR"
chmod 755 "$RECRUIT_HOME"
if [ ! -s "$PG_DATA/PG_VERSION" ]; then
  log "initialising cluster in $PG_DATA"
  install -d -o postgres -g postgres -m 700 "$PG_DATA"
  pwfile=$(mktemp); echo "$PG_PASSWORD" >"$pwfile"; chown postgres "$pwfile"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DATA" -U postgres --encoding=UTF8 \
    --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 --pwfile="$pwfile" >/dev/null
  rm -f "$pwfile"
  cat >>"$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$RUN_DIR'
max_connections = 200
shared_buffers = 512MB
# a development and test cluster: durability traded for speed
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi
chown postgres "$RUN_DIR"
PG_LOG=$RECRUIT_HOME/pg-log
install -d -o postgres -g postgres -m 755 "$PG_LOG"

if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
else
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG/postgres.log" -w -t 60 start >/dev/null \
    || die "PostgreSQL did not start; see $PG_LOG/postgres.log"
fi

for _ in $(seq 60); do
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 1
done
"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL not ready on port $PG_PORT"

psql_su() { runuser -u postgres -- "$PGBIN/psql" -h "$RUN_DIR" -p "$PG_PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(psql_su -c "select 1 from pg_roles where rolname='$PG_USER'")" ]; then
  psql_su -c "create role $PG_USER login createdb password '$PG_PASSWORD'"
fi
for db in recruit recruit_test; do
  if [ -z "$(psql_su -c "select 1 from pg_database where datname='$db'")" ]; then
    psql_su -c "create database $db owner $PG_USER"
    log "created database $db"
  fi
done
echo "postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/recruit"
