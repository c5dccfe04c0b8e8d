#!/usr/bin/env bash
# Start a PostgreSQL cluster owned by the project on 127.0.0.1 and create the app and test
# databases. Idempotent: a running cluster is reused (its settings are rewritten and reloaded).
#
#   postgres.sh          the main job's cluster: $PG_PORT (55432), $RECRUIT_HOME/pg-data;
#                        fsync, full_page_writes and synchronous_commit on; WAL archived to
#                        $RECRUIT_HOME/backups/pg-wal (deploy/backup.sh takes the base backups)
#   postgres.sh --test   the test suite's own cluster: $PG_TEST_PORT (55433), pg-test-data;
#                        durability traded for speed (it holds nothing worth keeping)
#   postgres.sh --print-config [--test]   print the settings only (no root, nothing started)
#   postgres.sh --print-url owner|app [--test]   print a role's URL only (nothing started)
#
# Two roles, least privilege: $PG_USER owns the databases and the tables (migrations run as it:
# MIGRATIONS_DATABASE_URL); $PG_APP_USER, the application's, reads and writes rows but cannot
# create, alter or drop anything (no CREATE on any schema, owns nothing; privileges on the
# owner's future tables and sequences through ALTER DEFAULT PRIVILEGES).
# Their passwords are generated once per installation into $RECRUIT_HOME/secrets (0600).
# Prints the DATABASE_URL of the app database, as the application's role, on stdout.
. "$(dirname "$0")/lib.sh"

MODE=main PRINT=0 PRINT_URL=
while [ $# -gt 0 ]; do
  case $1 in
    --test) MODE=test ;;
    --print-config) PRINT=1 ;;
    --print-url) PRINT_URL=${2:-}; shift
                 [[ "$PRINT_URL" =~ ^(owner|app)$ ]] || die "--print-url owner|app" ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done
if [ "$MODE" = test ]; then
  PORT=$PG_TEST_PORT DATA=$PG_TEST_DATA PG_LOG=$RECRUIT_HOME/pg-test-log
  PASS_FILE=$SECRETS_DIR/postgres-test-password APP_PASS_FILE=$SECRETS_DIR/postgres-test-app-password
else
  PORT=$PG_PORT DATA=$PG_DATA PG_LOG=$RECRUIT_HOME/pg-log
  PASS_FILE=$SECRETS_DIR/postgres-password APP_PASS_FILE=$SECRETS_DIR/postgres-app-password
fi
url_of() {  # owner|app
  if [ "$1" = owner ]; then
    echo "postgresql+psycopg://$PG_USER:$(secret_file "$PASS_FILE")@127.0.0.1:$PORT/recruit"
  else
    echo "postgresql+psycopg://$PG_APP_USER:$(secret_file "$APP_PASS_FILE")@127.0.0.1:$PORT/recruit"
  fi
}

config() {
  cat <<CONF
# written by deploy/postgres.sh on every start; edit the script, not this file
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$RUN_DIR'
max_connections = 200
shared_buffers = 512MB
CONF
  if [ "$MODE" = test ]; then
    cat <<CONF
# the test suite's cluster: durability traded for speed (never the main job's data)
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
archive_mode = off
CONF
  else
    cat <<CONF
# the main job's cluster: an acknowledged commit survives a crash of the process or the machine
fsync = on
synchronous_commit = on
full_page_writes = on
# WAL for a streaming standby and for point-in-time recovery from base backup + archive
wal_level = replica
max_wal_senders = 10
max_replication_slots = 10
wal_keep_size = 1GB
hot_standby = on
archive_mode = on
archive_command = 'test ! -f $PG_ARCHIVE/%f && cp %p $PG_ARCHIVE/%f.part && mv $PG_ARCHIVE/%f.part $PG_ARCHIVE/%f'
# a quiet hour still closes a segment every 5 minutes: at most 5 minutes of commits live only in pg_wal
archive_timeout = 300
CONF
  fi
}

if [ "$PRINT" = 1 ]; then config; exit 0; fi
need_root
if [ -n "$PRINT_URL" ]; then url_of "$PRINT_URL"; exit 0; fi

if [ -z "$(pg_bin)" ]; then
  log "installing PostgreSQL from Debian's packages"
  apt_install postgresql
fi
PGBIN=$(pg_bin) || die "PostgreSQL binaries not found after install"
id postgres >/dev/null 2>&1 || die "system user 'postgres' missing (Debian's package creates it)"

mkdir -p "$RECRUIT_HOME" "$RUN_DIR"
chmod 755 "$RECRUIT_HOME"
PASSWORD=$(secret_file "$PASS_FILE")
APP_PASSWORD=$(secret_file "$APP_PASS_FILE")
if [ ! -s "$DATA/PG_VERSION" ]; then
  log "initialising the $MODE cluster in $DATA"
  install -d -o postgres -g postgres -m 700 "$DATA"
  pwfile=$(mktemp); secret_file "$PASS_FILE" >"$pwfile"; chown postgres "$pwfile"
  runuser -u postgres -- "$PGBIN/initdb" -D "$DATA" -U postgres --encoding=UTF8 \
    --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 --pwfile="$pwfile" >/dev/null
  rm -f "$pwfile"
fi
if [ "$MODE" = main ]; then
  install -d -m 755 "$BACKUP_DIR"
  install -d -o postgres -g postgres -m 700 "$PG_ARCHIVE"
fi
# our settings in their own file, included last so they win over anything earlier (clusters made by
# older versions of this script carry `fsync = off` in postgresql.conf itself)
config >"$DATA/recruit.conf"
chown postgres:postgres "$DATA/recruit.conf"
grep -q "^include 'recruit.conf'" "$DATA/postgresql.conf" \
  || printf "\n# deploy/postgres.sh's settings (last, so they win)\ninclude 'recruit.conf'\n" >>"$DATA/postgresql.conf"
chown postgres "$RUN_DIR"
install -d -o postgres -g postgres -m 755 "$PG_LOG"

psql_su() { runuser -u postgres -- "$PGBIN/psql" -h "$RUN_DIR" -p "$PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }
if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "PostgreSQL ($MODE) already running on 127.0.0.1:$PORT"
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DATA" reload >/dev/null
  sleep 0.5
  pending=$(psql_su -c "select string_agg(name, ', ') from pg_settings where pending_restart")
  [ -z "$pending" ] || log "WARNING: $pending take effect at the next restart: deploy/stop.sh postgres, then run again"
else
  log "starting PostgreSQL ($MODE) on 127.0.0.1:$PORT"
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DATA" -l "$PG_LOG/postgres.log" -w -t 60 start >/dev/null \
    || die "PostgreSQL did not start; see $PG_LOG/postgres.log"
fi

for _ in $(seq 60); do
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" || die "PostgreSQL not ready on port $PORT"

if [ -z "$(psql_su -c "select 1 from pg_roles where rolname='$PG_USER'")" ]; then
  psql_su -c "create role $PG_USER login createdb password '$PASSWORD'"
elif ! PGPASSWORD=$PASSWORD "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U "$PG_USER" -d postgres -qAt \
       -c 'select 1' >/dev/null 2>&1; then
  # a cluster from before the generated passwords (or a restored one): the file is the truth
  log "setting $PG_USER's password from $PASS_FILE"
  psql_su -c "alter role $PG_USER password '$PASSWORD'"
fi
if [ -z "$(psql_su -c "select 1 from pg_roles where rolname='$PG_APP_USER'")" ]; then
  psql_su -c "create role $PG_APP_USER login password '$APP_PASSWORD'"
  log "created the application's role $PG_APP_USER"
elif ! PGPASSWORD=$APP_PASSWORD "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U "$PG_APP_USER" -d postgres -qAt \
       -c 'select 1' >/dev/null 2>&1; then
  psql_su -c "alter role $PG_APP_USER password '$APP_PASSWORD'"
fi
for db in recruit recruit_test; do
  if [ -z "$(psql_su -c "select 1 from pg_database where datname='$db'")" ]; then
    psql_su -c "create database $db owner $PG_USER"
    log "created database $db"
  fi
  # the application's role: rows, never the schema. Default privileges without IN SCHEMA hold for
  # whatever the owner creates later in this database, even a schema dropped and made again (the
  # test suite does that); grants on what exists cover tables made before this role existed.
  psql_su -d "$db" <<SQL
revoke create on schema public from public;
revoke all on database $db from public;
grant connect, temporary on database $db to $PG_APP_USER;
grant usage on schema public to $PG_APP_USER;
grant select, insert, update, delete on all tables in schema public to $PG_APP_USER;
grant usage, select on all sequences in schema public to $PG_APP_USER;
alter default privileges for role $PG_USER grant usage on schemas to $PG_APP_USER;
alter default privileges for role $PG_USER grant select, insert, update, delete on tables to $PG_APP_USER;
alter default privileges for role $PG_USER grant usage, select on sequences to $PG_APP_USER;
SQL
done
url_of app
