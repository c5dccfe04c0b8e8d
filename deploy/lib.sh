# Shared settings for the deploy scripts; sourced, never run.
# Everything lives outside the repository so a fresh clone reuses what an earlier run set up.
set -euo pipefail

RECRUIT_HOME=${RECRUIT_HOME:-/var/lib/recruit}
RECRUIT_CACHE=${RECRUIT_CACHE:-/opt/recruit}
RUN_DIR=$RECRUIT_HOME/run

# the main job's cluster (durable, WAL archived) and the test suite's own (fast, disposable)
PG_PORT=${PG_PORT:-55432}
PG_DATA=$RECRUIT_HOME/pg-data
PG_TEST_PORT=${PG_TEST_PORT:-55433}
PG_TEST_DATA=$RECRUIT_HOME/pg-test-data
# the owner of the tables (migrations run as it) and the application's role, which reads and
# writes rows but cannot change the schema (deploy/postgres.sh)
PG_USER=recruit
PG_APP_USER=recruit_app
# passwords are generated once per installation (0600 files, never constants)
SECRETS_DIR=$RECRUIT_HOME/secrets
BACKUP_DIR=$RECRUIT_HOME/backups
PG_ARCHIVE=$BACKUP_DIR/pg-wal

REDIS_PORT=${REDIS_PORT:-56379}

ES_VERSION=${ES_VERSION:-9.2.8}
ES_PORT=${ES_PORT:-9200}
ES_TRANSPORT_PORT=${ES_TRANSPORT_PORT:-9300}
ES_USER=recruit-es
ES_HOME=$RECRUIT_CACHE/elasticsearch-$ES_VERSION
ES_DATA=$RECRUIT_HOME/es-data
ES_LOGS=$RECRUIT_HOME/es-logs
ES_JAVA_HOME=${ES_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# this installation's settings, users and roles (ES_PATH_CONF): the install under $RECRUIT_CACHE is
# shared by every installation on the machine, its config/ is only the template
ES_CONF=$RECRUIT_HOME/es-config
# the file-realm users' passwords; the nodes of one cluster share them (deploy/cluster.sh)
ES_SECRETS_DIR=${ES_SECRETS_DIR:-$SECRETS_DIR}
ES_HEAP=${ES_HEAP:-1g}
# snapshot repository (path.repo); a shared filesystem when several nodes form a cluster
ES_REPO=${ES_REPO:-$BACKUP_DIR/es}

log() { printf '[deploy] %s\n' "$*" >&2; }
die() { printf '[deploy] ERROR: %s\n' "$*" >&2; exit 1; }

need_root() { [ "$(id -u)" = 0 ] || die "run as root (it installs packages and creates service users)"; }

apt_install() {
  # apt-get update once per run, only when something is missing
  if [ -z "${_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    _APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# pid file holds a live process?
pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && echo "$d"
}

# a random secret kept in a 0600 file, made on first use: secret_file PATH → prints the value
secret_file() {
  if [ ! -s "$1" ]; then
    install -d -m 700 "$(dirname "$1")"
    ( umask 077; head -c 32 /dev/urandom | base64 | tr -d '/+=\n' >"$1.tmp" && mv "$1.tmp" "$1" )
  fi
  chmod 600 "$1"
  cat "$1"
}

# Elasticsearch users (file realm, deploy/elasticsearch.sh): recruit_app (the app's indices),
# recruit_test (the test suite's and benches' indices), recruit_ops (these scripts: health, snapshots)
es_password() { secret_file "$ES_SECRETS_DIR/elasticsearch-$1-password"; }
es_user_url() {  # WHO [PORT] → http://recruit_WHO:password@127.0.0.1:PORT
  echo "http://recruit_$1:$(es_password "$1")@127.0.0.1:${2:-$ES_PORT}"
}
# curl as recruit_ops; the password goes through a config on a pipe, never the command line
es_curl() {
  curl -sS -K <(printf 'user = "recruit_ops:%s"\n' "$(es_password ops)") -H 'Content-Type: application/json' "$@"
}

# seconds since a `date +%s.%N` stamp, one decimal
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
