#!/usr/bin/env bash
# Fetch Elasticsearch's integ-test-zip from Maven Central (once), and start one node on
# 127.0.0.1:$ES_PORT as an unprivileged user. Idempotent: a running node is reused.
# Snapshots go to the filesystem repository $ES_REPO (path.repo; deploy/backup.sh).
# One node by default; a member of a cluster when ES_SEED_HOSTS is set (deploy/cluster.sh):
#   ES_NODE_NAME, ES_CLUSTER_NAME, ES_SEED_HOSTS=host:port,...  ES_INITIAL_MASTERS=name,...
#   (the latter only for the very first start of a new cluster), ES_WAIT=0 to return at once.
# Prints the ELASTICSEARCH_URL on stdout.
. "$(dirname "$0")/lib.sh"
need_root

url="http://127.0.0.1:$ES_PORT"
health() { curl -fsS "$url/_cluster/health?wait_for_status=yellow&timeout=${1:-1}s" >/dev/null 2>&1; }
answers() { curl -sS -o /dev/null "$url/_cluster/health?timeout=1s" 2>/dev/null; }  # any answer, even without a master yet
if [ -n "${ES_SEED_HOSTS:-}" ]; then
  discovery=(-Ecluster.name="${ES_CLUSTER_NAME:-recruit}" -Enode.name="${ES_NODE_NAME:?}"
             -Ediscovery.seed_hosts="$ES_SEED_HOSTS")
  # only when this node has never joined a cluster: later starts must not bootstrap again
  if [ -n "${ES_INITIAL_MASTERS:-}" ] && [ ! -d "$ES_DATA/_state" ]; then
    discovery+=(-Ecluster.initial_master_nodes="$ES_INITIAL_MASTERS")
  fi
else
  discovery=(-Ediscovery.type=single-node)
fi

[ -x "$ES_JAVA_HOME/bin/java" ] || die "no JDK at $ES_JAVA_HOME (need >= 21; set ES_JAVA_HOME)"
command -v unzip >/dev/null || apt_install unzip
command -v curl >/dev/null || apt_install curl

if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
  command -v mvn >/dev/null || apt_install maven
  log "fetching org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION from Maven Central"
  dl=$(mktemp -d)
  mvn -q -B dependency:copy \
    -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
    -DoutputDirectory="$dl" >"$dl/mvn.log" 2>&1 || { cat "$dl/mvn.log" >&2; die "mvn could not fetch Elasticsearch $ES_VERSION"; }
  mkdir -p "$RECRUIT_CACHE"
  tmp=$(mktemp -d -p "$RECRUIT_CACHE")
  unzip -q "$dl"/elasticsearch-"$ES_VERSION".zip -d "$tmp"
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rm -rf "$tmp" "$dl"
fi

if ! id "$ES_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
fi
mkdir -p "$RUN_DIR" "$ES_DATA" "$ES_LOGS" "$ES_REPO"
chmod 755 "$RECRUIT_HOME" "$RUN_DIR" "$(dirname "$ES_REPO")"
chown -R "$ES_USER" "$ES_HOME" "$ES_DATA" "$ES_LOGS" "$ES_REPO"
pidfile=$RUN_DIR/elasticsearch.pid
touch "$pidfile"; chown "$ES_USER" "$pidfile"

if answers; then
  log "Elasticsearch already answering on $url"
elif pid_alive "$pidfile"; then
  log "Elasticsearch (pid $(cat "$pidfile")) is starting; waiting"
else
  log "starting Elasticsearch $ES_VERSION on $url (heap $ES_HEAP)"
  runuser -u "$ES_USER" -- env ES_JAVA_HOME="$ES_JAVA_HOME" \
    ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    "$ES_HOME/bin/elasticsearch" -d -p "$pidfile" \
    "${discovery[@]}" -Enetwork.host=127.0.0.1 -Ehttp.port="$ES_PORT" -Epath.repo="$ES_REPO" \
    -Etransport.port="$ES_TRANSPORT_PORT" \
    -Expack.security.enabled=false -Epath.data="$ES_DATA" -Epath.logs="$ES_LOGS" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    -Eaction.destructive_requires_name=false \
    >"$ES_LOGS/start.out" 2>&1 || { tail -20 "$ES_LOGS/start.out" >&2; die "Elasticsearch failed to start; see $ES_LOGS"; }
fi
if [ "${ES_WAIT:-1}" = 0 ]; then echo "$url"; exit 0; fi
for _ in $(seq 120); do health 1 && break; sleep 1; done
health 5 || die "Elasticsearch not healthy on $url after 120 s; see $ES_LOGS"
echo "$url"
