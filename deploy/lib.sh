# Shared settings for the deploy scripts; sourced, never run.
# Everything lives outside the repository so a fresh clone reuses what an earlier run set up.
set -euo pipefail

RECRUIT_HOME=${RECRUIT_HOME:-/var/lib/recruit}
RECRUIT_CACHE=${RECRUIT_CACHE:-/opt/recruit}
RUN_DIR=$RECRUIT_HOME/run

PG_PORT=${PG_PORT:-55432}
PG_DATA=$RECRUIT_HOME/pg-data
PG_USER=recruit
PG_PASSWORD=${PG_PASSWORD:-recruit}

REDIS_PORT=${REDIS_PORT:-56379}

ES_VERSION=${ES_VERSION:-9.2.8}
ES_PORT=${ES_PORT:-9200}
ES_TRANSPORT_PORT=${ES_TRANSPORT_PORT:-9300}
ES_USER=recruit-es
ES_HOME=$RECRUIT_CACHE/elasticsearch-$ES_VERSION
ES_DATA=$RECRUIT_HOME/es-data
ES_LOGS=$RECRUIT_HOME/es-logs
ES_JAVA_HOME=${ES_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ES_HEAP=${ES_HEAP:-1g}

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
