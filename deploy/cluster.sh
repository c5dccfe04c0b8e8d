#!/usr/bin/env bash
# The cluster shape on one machine, over loopback (deploy/cluster.env; docs/deployment.md):
#   3 Elasticsearch nodes (one replica per shard), PostgreSQL primary + streaming hot standby,
#   Redis, N API instances (gunicorn) each with a search sync worker and a Celery task worker
#   (the scheduler on the first), nginx in front.
# Every "host" is a directory $CLUSTER_HOME/<host> used as that host's RECRUIT_HOME, so each
# step below is what runs on that host in a real deployment (the same deploy scripts).
#
#   deploy/cluster.sh up [search|db|cache|app|lb ...]   start what is missing (all parts by default)
#   deploy/cluster.sh status                            one line per process, replication, health
#   deploy/cluster.sh down [--purge]                    stop everything (and delete its data)
#   deploy/cluster.sh failover                          the primary is lost: fence db-1, promote db-2
#   deploy/cluster.sh flask ARGS...                     a flask command with the app hosts' settings
. "$(dirname "$0")/env.sh"
. "$ROOT/deploy/cluster.env"
need_root
cd "$ROOT"

SHARED=$CLUSTER_HOME/shared
APP_ENV=$SHARED/app.env
ES_SNAPSHOTS=$SHARED/es-snapshots   # a shared filesystem (NFS) on real hosts
# every node has the same file-realm users: their passwords come from one place (the secret
# store on real hosts)
ES_SECRETS_DIR=$SHARED/es-secrets
# transport TLS: a CA made once (its key never leaves here: the organisation's CA on real hosts)
# and one key + certificate per node, for its name and address (verification_mode full)
ES_CA_DIR=$SHARED/es-ca
ES_CERTS_DIR=$SHARED/es-certs
home() { echo "$CLUSTER_HOME/$1"; }
join() { local IFS=,; echo "$*"; }
es_urls() {  # the app's user on every node
  local u=() p pw
  pw=$(es_password app)
  for p in "${ES_HTTP_PORTS[@]}"; do u+=("http://recruit_app:$pw@$CLUSTER_HOST:$p"); done
  join "${u[@]}"
}
es_seeds() { local s=() p; for p in "${ES_TRANSPORT_PORTS[@]}"; do s+=("$CLUSTER_HOST:$p"); done; join "${s[@]}"; }
es1="http://$CLUSTER_HOST:${ES_HTTP_PORTS[0]}"
PGBIN=$(pg_bin || true)

es_certs() {
  local node dir
  command -v openssl >/dev/null || apt_install openssl
  install -d -m 700 "$ES_CA_DIR"
  if [ ! -s "$ES_CA_DIR/ca.crt" ]; then
    log "transport TLS: a CA for the Elasticsearch nodes in $ES_CA_DIR"
    ( umask 077
      openssl req -x509 -newkey rsa:3072 -nodes -days 1095 -subj "/CN=recruit Elasticsearch transport CA" \
        -keyout "$ES_CA_DIR/ca.key" -out "$ES_CA_DIR/ca.crt" 2>/dev/null ) || die "openssl: CA"
  fi
  for node in "${ES_NODES[@]}"; do
    dir=$ES_CERTS_DIR/$node
    install -d -m 700 "$dir"
    # made again when the CA is newer (a new CA) or the certificate is missing
    if [ ! -s "$dir/node.crt" ] || [ "$ES_CA_DIR/ca.crt" -nt "$dir/node.crt" ]; then
      ( umask 077
        openssl req -newkey rsa:3072 -nodes -subj "/CN=$node" -keyout "$dir/node.key" -out "$dir/node.csr" 2>/dev/null
        printf 'subjectAltName=DNS:%s,DNS:localhost,IP:%s\nextendedKeyUsage=serverAuth,clientAuth\n' "$node" "$CLUSTER_HOST" >"$dir/ext.cnf"
        openssl x509 -req -in "$dir/node.csr" -CA "$ES_CA_DIR/ca.crt" -CAkey "$ES_CA_DIR/ca.key" \
          -CAcreateserial -days 825 -extfile "$dir/ext.cnf" -out "$dir/node.crt" 2>/dev/null
        rm -f "$dir/node.csr" "$dir/ext.cnf" ) || die "openssl: certificate for $node"
    fi
    cp "$ES_CA_DIR/ca.crt" "$dir/ca.crt"
  done
}

search_up() {
  local i
  es_certs
  for i in "${!ES_NODES[@]}"; do
    env RECRUIT_HOME="$(home "${ES_NODES[i]}")" ES_PORT="${ES_HTTP_PORTS[i]}" \
      ES_TRANSPORT_PORT="${ES_TRANSPORT_PORTS[i]}" ES_HEAP="$CLUSTER_ES_HEAP" ES_REPO="$ES_SNAPSHOTS" \
      ES_SECRETS_DIR="$ES_SECRETS_DIR" ES_TRANSPORT_CERTS="$ES_CERTS_DIR/${ES_NODES[i]}" \
      ES_CLUSTER_NAME=recruit-cluster ES_NODE_NAME="${ES_NODES[i]}" ES_SEED_HOSTS="$(es_seeds)" \
      ES_INITIAL_MASTERS="$(join "${ES_NODES[@]}")" ES_WAIT=0 "$ROOT/deploy/elasticsearch.sh" >/dev/null
  done
  log "waiting for ${#ES_NODES[@]} Elasticsearch nodes to form the cluster"
  local n=${#ES_NODES[@]}
  for _ in $(seq 180); do
    es_curl -f "$es1/_cluster/health?wait_for_nodes=$n&wait_for_status=yellow&timeout=1s" >/dev/null 2>&1 && break
    sleep 1
  done
  es_curl -f "$es1/_cluster/health?wait_for_nodes=$n&wait_for_status=yellow&timeout=5s" >/dev/null \
    || die "Elasticsearch cluster did not form; see $(home "${ES_NODES[0]}")/es-logs"
  log "Elasticsearch cluster: $(es_curl -f "$es1/_cat/health?h=status,node.total,shards,unassign")"
}

db_up() {
  local primary standby rep_pass
  primary=$(home db-1) standby=$(home db-2)
  # after a failover db-2 is the primary: starting db-1 here would make a second, empty primary
  if compgen -G "$primary/pg-data.fenced-*" >/dev/null && [ ! -s "$primary/pg-data/PG_VERSION" ]; then
    die "db-1 was fenced by a failover and db-2 is the primary: rebuild db-1 as db-2's standby first (docs/reliability.md \"Failover\")"
  fi
  env RECRUIT_HOME="$primary" PG_PORT="$PG_PRIMARY_PORT" "$ROOT/deploy/postgres.sh" >/dev/null
  psql_p() { runuser -u postgres -- "$PGBIN/psql" -h "$primary/run" -p "$PG_PRIMARY_PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }
  rep_pass=$(secret_file "$primary/secrets/replication-password")
  if [ -z "$(psql_p -c "select 1 from pg_roles where rolname = 'replicator'")" ]; then
    psql_p -c "create role replicator replication login password '$rep_pass'"
  fi
  if [ ! -s "$standby/pg-data/PG_VERSION" ]; then
    log "db-2: streaming standby from db-1 (pg_basebackup -R, slot db_2)"
    install -d -m 755 "$standby"
    install -d -o postgres -g postgres -m 755 "$standby/run" "$standby/pg-log"
    install -d -o postgres -g postgres -m 700 "$standby/pg-data" "$standby/backups/pg-wal"
    psql_p -c "select pg_drop_replication_slot('db_2') from pg_replication_slots where slot_name = 'db_2'" >/dev/null
    runuser -u postgres -- env PGPASSWORD="$rep_pass" "$PGBIN/pg_basebackup" -h "$CLUSTER_HOST" \
      -p "$PG_PRIMARY_PORT" -U replicator -D "$standby/pg-data" -R -X stream -c fast -C -S db_2 \
      || die "pg_basebackup from db-1 failed"
    # last in the configuration: this host's port, socket and archive (used once promoted)
    cat >>"$standby/pg-data/postgresql.auto.conf" <<CONF
port = $PG_STANDBY_PORT
unix_socket_directories = '$standby/run'
hot_standby = on
hot_standby_feedback = on
archive_command = 'test ! -f $standby/backups/pg-wal/%f && cp %p $standby/backups/pg-wal/%f'
CONF
  fi
  if ! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$standby/pg-data" status >/dev/null 2>&1; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$standby/pg-data" -l "$standby/pg-log/postgres.log" -w -t 120 start >/dev/null \
      || die "db-2 did not start; see $standby/pg-log/postgres.log"
  fi
  for _ in $(seq 30); do
    [ "$(psql_p -c "select state from pg_stat_replication limit 1")" = streaming ] && break
    sleep 1
  done
  log "PostgreSQL: db-1 primary :$PG_PRIMARY_PORT, db-2 standby :$PG_STANDBY_PORT ($(psql_p -c "select coalesce(string_agg(state, ','), 'not streaming') from pg_stat_replication"))"
}

cache_up() {
  env RECRUIT_HOME="$(home cache-1)" REDIS_PORT="$CLUSTER_REDIS_PORT" "$ROOT/deploy/redis.sh" >/dev/null
}

app_env_write() {
  # what every app host gets from the secret store / configuration management on real hosts.
  # Both database hosts in each URL (libpq tries them in turn): writes go to whichever accepts
  # them (read-write), reports to the standby while there is one (prefer-standby); after a
  # failover (`cluster.sh failover`) new connections find the promoted standby with no change here.
  local pw
  pw=$(cat "$(home db-1)/secrets/postgres-app-password")
  install -d -m 755 "$SHARED"
  RECRUIT_HOME=$SHARED secrets_up
  ( umask 077; cat >"$APP_ENV" <<ENV
DATABASE_URL='postgresql+psycopg://$PG_APP_USER:$pw@/recruit?host=$CLUSTER_HOST:$PG_PRIMARY_PORT&host=$CLUSTER_HOST:$PG_STANDBY_PORT&target_session_attrs=read-write'
REPORTING_DATABASE_URL='postgresql+psycopg://$PG_APP_USER:$pw@/recruit?host=$CLUSTER_HOST:$PG_STANDBY_PORT&host=$CLUSTER_HOST:$PG_PRIMARY_PORT&target_session_attrs=prefer-standby'
ELASTICSEARCH_URL=$(es_urls)
RATELIMIT_STORAGE_URI=$(env RECRUIT_HOME="$(home cache-1)" REDIS_PORT="$CLUSTER_REDIS_PORT" "$ROOT/deploy/redis.sh" 2>/dev/null)
RECRUIT_SECRETS_FILE=$SHARED/secrets.env
SEARCH_SHARDS=$SEARCH_SHARDS
SEARCH_REPLICAS=$SEARCH_REPLICAS
TRUSTED_PROXIES=1
FLASK_APP=$ROOT/wsgi.py
ENV
  # named rate limits given to `cluster.sh up` (RATE_LIMIT_LOGIN=2000/minute for a load test whose
  # simulated users all come from 127.0.0.1) reach every app host; none given: the defaults
  env | grep -E '^RATE_LIMIT_[A-Z_]+=' | sed -E "s/^([A-Z_]+)=(.*)$/\1='\2'/" >>"$APP_ENV" || true
  )
}

with_app_env() { ( set -a; . "$APP_ENV"; set +a; export PATH="$VENV/bin:$PATH"; "$@" ); }
# a long-running process in the background whose pid file holds its own pid (exec: no shell
# in between that a stop would kill while the process lives on)
start_bg() {  # pidfile logfile command...
  local pidfile=$1 logfile=$2; shift 2
  ( set -a; . "$APP_ENV"; set +a; export PATH="$VENV/bin:$PATH"; exec nohup "$@" ) >>"$logfile" 2>&1 &
  echo $! >"$pidfile"
}

app_up() {
  python_env
  app_env_write
  log "migrations, indices ($SEARCH_SHARDS; $SEARCH_REPLICAS replica) and demo data, from app-1"
  # as the tables' owner; everything else runs as the application's role
  MIGRATIONS_DATABASE_URL="postgresql+psycopg://$PG_USER:$(cat "$(home db-1)/secrets/postgres-password")@/recruit?host=$CLUSTER_HOST:$PG_PRIMARY_PORT&host=$CLUSTER_HOST:$PG_STANDBY_PORT&target_session_attrs=read-write" \
    with_app_env flask db upgrade 2>&1 | grep -v '^INFO' >&2 || true
  with_app_env flask recruit init-search >&2
  with_app_env flask recruit demo-data --employers "${DEMO_EMPLOYERS:-20}" --jobseekers "${DEMO_JOBSEEKERS:-20}" \
    --if-empty 2>>"$SHARED/demo-data.log" | { grep -v '%|' || true; } >&2 \
    || die "demo data failed; see $SHARED/demo-data.log"
  local i h run logs
  for i in "${!APP_HOSTS[@]}"; do
    h=$(home "${APP_HOSTS[i]}") run=$(home "${APP_HOSTS[i]}")/run logs=$(home "${APP_HOSTS[i]}")/logs
    mkdir -p "$run" "$logs"
    if ! pid_alive "$run/gunicorn.pid"; then
      # gthread workers keep nginx's upstream connections alive (sync workers close each one)
      # deploy/gunicorn.conf.py: each worker loads the search dictionaries before its first request
      with_app_env gunicorn --config "$ROOT/deploy/gunicorn.conf.py" --bind "$CLUSTER_HOST:${APP_PORTS[i]}" --workers "$APP_WORKERS" \
        --worker-class gthread --threads 1 --keep-alive 60 --timeout 30 --capture-output --pid "$run/gunicorn.pid" \
        --access-logfile "$logs/access.log" --error-logfile "$logs/gunicorn.log" --daemon wsgi:app
    fi
    if ! pid_alive "$run/sync.pid"; then
      start_bg "$run/sync.pid" "$logs/sync.log" flask recruit sync
    fi
    # one Celery task worker per app host (deploy/run.sh starts TASK_WORKERS on one machine)
    if ! pid_alive "$run/tasks-1.pid"; then
      start_bg "$run/tasks-1.pid" "$logs/tasks-1.log" celery -A recruit.worker:celery worker --loglevel INFO \
        --concurrency "$TASK_CONCURRENCY" -n "tasks-1@${APP_HOSTS[i]}"
    fi
    # the scheduler runs once per deployment: on the first app host
    if [ "$i" = 0 ] && ! pid_alive "$run/scheduler.pid"; then
      start_bg "$run/scheduler.pid" "$logs/scheduler.log" celery -A recruit.worker:celery beat --loglevel INFO \
        --schedule "$run/celerybeat-schedule"
    fi
  done
  for i in "${!APP_HOSTS[@]}"; do
    for _ in $(seq 60); do curl -fsS "http://$CLUSTER_HOST:${APP_PORTS[i]}/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fsS "http://$CLUSTER_HOST:${APP_PORTS[i]}/readyz" >/dev/null || die "${APP_HOSTS[i]} not ready; see $(home "${APP_HOSTS[i]}")/logs"
  done
  log "API on ${APP_HOSTS[*]} (:${APP_PORTS[*]}), a search sync worker and a task worker on each, the task scheduler on ${APP_HOSTS[0]}"
}

lb_up() {
  command -v nginx >/dev/null || { log "installing nginx from Debian's packages"; apt_install nginx-light; }
  local lb upstreams="" p
  lb=$(home lb-1)
  install -d -m 755 "$lb" "$lb/run" "$lb/logs"
  install -d -o www-data -m 700 "$lb/tmp"
  for p in "${APP_PORTS[@]}"; do
    # passive health checks: 2 failures (refused, reset, timeout) take it out for 10 s
    upstreams+="    server $CLUSTER_HOST:$p max_fails=2 fail_timeout=10s;"$'\n'
  done
  cat >"$lb/nginx.conf" <<CONF
# written by deploy/cluster.sh
user www-data;
worker_processes auto;
pid $lb/run/nginx.pid;
error_log $lb/logs/error.log warn;
events { worker_connections 1024; }
http {
  # request time in nginx and the upstream's answer time, per request (bench/load_test.py reads them)
  log_format timed '\$remote_addr [\$time_iso8601] "\$request" \$status \$body_bytes_sent '
                   'rt=\$request_time urt=\$upstream_response_time up=\$upstream_addr';
  access_log $lb/logs/access.log timed;
  client_body_temp_path $lb/tmp/body; proxy_temp_path $lb/tmp/proxy;
  fastcgi_temp_path $lb/tmp/fastcgi; uwsgi_temp_path $lb/tmp/uwsgi; scgi_temp_path $lb/tmp/scgi;
  keepalive_timeout 65s;
  client_max_body_size 25m;   # the vacancy import takes 20 MB
  upstream recruit_api {
$upstreams    keepalive 32;              # idle keep-alive connections to the API instances
    keepalive_timeout 50s;     # below gunicorn's --keep-alive 60
  }
  server {
    listen $CLUSTER_HOST:$LB_PORT;
    location / {
      proxy_pass http://recruit_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 35s;
      # an instance that refuses or times out: the request goes to the next (POSTs only if not sent yet)
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
    }
  }
}
CONF
  nginx -t -q -c "$lb/nginx.conf" -p "$lb" -e "$lb/logs/error.log" || die "nginx configuration invalid"
  if pid_alive "$lb/run/nginx.pid"; then
    kill -HUP "$(cat "$lb/run/nginx.pid")"
  else
    nginx -c "$lb/nginx.conf" -p "$lb" -e "$lb/logs/error.log"
  fi
  for _ in $(seq 20); do curl -fsS "http://$CLUSTER_HOST:$LB_PORT/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fsS "http://$CLUSTER_HOST:$LB_PORT/readyz" >/dev/null || die "nginx up but the API does not answer through it"
  log "nginx on http://$CLUSTER_HOST:$LB_PORT → ${APP_PORTS[*]}"
}

stop_in() { env RECRUIT_HOME="$(home "$1")" "$ROOT/deploy/stop.sh" "${@:2}"; }

down() {
  local lb h
  lb=$(home lb-1)
  if pid_alive "$lb/run/nginx.pid"; then
    log "stopping nginx (pid $(cat "$lb/run/nginx.pid"))"
    kill -QUIT "$(cat "$lb/run/nginx.pid")"
    for _ in $(seq 20); do pid_alive "$lb/run/nginx.pid" || break; sleep 0.5; done
  fi
  for h in "${APP_HOSTS[@]}"; do [ -d "$(home "$h")" ] && stop_in "$h" gunicorn sync scheduler tasks; done
  for h in "${ES_NODES[@]}"; do [ -d "$(home "$h")" ] && stop_in "$h" elasticsearch; done
  for h in db-2 db-1; do [ -d "$(home "$h")" ] && stop_in "$h" postgres; done
  [ -d "$(home cache-1)" ] && stop_in cache-1 redis
  if [ "${1:-}" = --purge ]; then rm -rf "${CLUSTER_HOME:?}"; log "removed $CLUSTER_HOME"; fi
  true
}

status() {
  local i h state
  line() { printf '%-10s %-26s %-24s %s\n' "$@"; }
  line host process address state
  for i in "${!ES_NODES[@]}"; do
    h=${ES_NODES[i]}
    state=$(es_curl -f --max-time 3 "http://$CLUSTER_HOST:${ES_HTTP_PORTS[i]}/_cluster/health?filter_path=status,number_of_nodes,active_shards,unassigned_shards" 2>/dev/null || echo down)
    line "$h" "elasticsearch" "$CLUSTER_HOST:${ES_HTTP_PORTS[i]}" "$state"
  done
  psql_at() { runuser -u postgres -- "$PGBIN/psql" -h "$(home "$1")/run" -p "$2" -qAt -c "$3" 2>/dev/null || echo down; }
  line db-1 "postgresql primary" "$CLUSTER_HOST:$PG_PRIMARY_PORT" \
    "$(psql_at db-1 "$PG_PRIMARY_PORT" "select 'replicas: ' || coalesce(string_agg(application_name || ' ' || state || ' replay_lag ' || coalesce(replay_lag::text, '0'), '; '), 'none') from pg_stat_replication")"
  line db-2 "postgresql hot standby" "$CLUSTER_HOST:$PG_STANDBY_PORT" \
    "$(psql_at db-2 "$PG_STANDBY_PORT" "select case when pg_is_in_recovery() then 'in recovery, last replay ' || coalesce(round(extract(epoch from now() - pg_last_xact_replay_timestamp()))::text || ' s ago', 'none yet') else 'PROMOTED (not a standby)' end")"
  pid_alive "$(home cache-1)/run/redis.pid" && state=up || state=down
  line cache-1 redis "$CLUSTER_HOST:$CLUSTER_REDIS_PORT" "$state"
  for i in "${!APP_HOSTS[@]}"; do
    h=${APP_HOSTS[i]}
    state=$(curl -fsS --max-time 3 -o /dev/null -w '%{http_code}' "http://$CLUSTER_HOST:${APP_PORTS[i]}/readyz" 2>/dev/null || true)
    line "$h" "gunicorn ($APP_WORKERS workers)" "$CLUSTER_HOST:${APP_PORTS[i]}" "readyz ${state:-down}"
    pid_alive "$(home "$h")/run/sync.pid" && state="up (pid $(cat "$(home "$h")/run/sync.pid"))" || state=down
    line "$h" "search sync worker" "-" "$state"
    pid_alive "$(home "$h")/run/tasks-1.pid" && state="up (pid $(cat "$(home "$h")/run/tasks-1.pid"))" || state=down
    line "$h" "task worker (celery)" "-" "$state"
    if [ "$i" = 0 ]; then
      pid_alive "$(home "$h")/run/scheduler.pid" && state="up (pid $(cat "$(home "$h")/run/scheduler.pid"))" || state=down
      line "$h" "task scheduler (beat)" "-" "$state"
    fi
  done
  state=$(curl -fsS --max-time 3 -o /dev/null -w '%{http_code}' "http://$CLUSTER_HOST:$LB_PORT/readyz" 2>/dev/null || true)
  line lb-1 nginx "$CLUSTER_HOST:$LB_PORT" "readyz ${state:-down}"
}

failover() {
  # The primary db-1 is lost: fence it (stopped, its data set aside so nothing starts it again as a
  # second primary), promote the standby db-2. The app's URLs already name db-2: pool pre-ping drops
  # dead connections, new ones land on db-2 once it accepts writes; meanwhile writes answer 503
  # with Retry-After. db-1 comes back only as a new standby of db-2 (docs/reliability.md "Failover").
  local primary standby started state
  primary=$(home db-1) standby=$(home db-2)
  started=$(date +%s.%N)
  psql_s() { runuser -u postgres -- "$PGBIN/psql" -h "$standby/run" -p "$PG_STANDBY_PORT" -qAt "$@"; }
  state=$(psql_s -c "select pg_is_in_recovery()" 2>/dev/null) || die "db-2 does not answer: nothing to promote"
  [ "$state" = t ] || die "db-2 is not a standby (already promoted?)"
  if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$primary/pg-data" status >/dev/null 2>&1; then
    log "fencing db-1: stopping it (immediate)"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$primary/pg-data" -m immediate -w -t 30 stop >/dev/null || true
  fi
  if [ -d "$primary/pg-data" ]; then
    mv "$primary/pg-data" "$primary/pg-data.fenced-$(date +%Y%m%d%H%M%S)"
    log "db-1's data set aside (pg-data.fenced-*): it must not start as a primary again"
  fi
  log "promoting db-2 (pg_promote, waiting up to 60 s)"
  [ "$(psql_s -c "select pg_promote(true, 60)")" = t ] || die "pg_promote did not finish; see $standby/pg-log/postgres.log"
  log "db-2 is the primary on :$PG_STANDBY_PORT after $(elapsed "$started") s (timeline $(psql_s -c "select timeline_id from pg_control_checkpoint()"))"
}

cmd=${1:-}
shift || true
case $cmd in
  up)
    parts=("$@"); [ ${#parts[@]} -gt 0 ] || parts=(search db cache app lb)
    started=$(date +%s.%N)
    mkdir -p "$CLUSTER_HOME"; chmod 755 "$CLUSTER_HOME"
    for part in "${parts[@]}"; do
      case $part in
        search|db|cache|app|lb) "${part}_up" ;;
        *) die "unknown part $part (search db cache app lb)" ;;
      esac
    done
    log "cluster up in $(elapsed "$started") s: API through nginx at http://$CLUSTER_HOST:$LB_PORT"
    ;;
  down) down "$@" ;;
  status) status ;;
  failover) failover ;;
  flask) python_env; with_app_env flask "$@" ;;
  *) die "usage: deploy/cluster.sh up [search|db|cache|app|lb ...] | status | down [--purge] | failover | flask ARGS..." ;;
esac
