#!/usr/bin/env bash
# Fetch Elasticsearch's integ-test-zip from Maven Central (once), and start one node on
# 127.0.0.1:$ES_PORT as an unprivileged user. Idempotent: a running node is reused.
# Prints the ELASTICSEARCH_URL on stdout.
. "$(dirname "$0")/lib.sh"
need_root

url="http://127.0.0.1:$ES_PORT"
health() { curl -fsS "$url/_cluster/health?wait_for_status=yellow&timeout=${1:-1}s" >/dev/null 2>&1; }

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
mkdir -p "$RUN_DIR" "$ES_DATA" "$ES_LOGS"
chmod 755 "$RECRUIT_HOME" "$RUN_DIR"
chown -R "$ES_USER" "$ES_HOME" "$ES_DATA" "$ES_LOGS"
pidfile=$RUN_DIR/elasticsearch.pid
touch "$pidfile"; chown "$ES_USER" "$pidfile"

if health; then
  log "Elasticsearch already answering on $url"
elif pid_alive "$pidfile"; then
  log "Elasticsearch (pid $(cat "$pidfile")) is starting; waiting"
else
  log "starting Elasticsearch $ES_VERSION on $url (heap $ES_HEAP)"
  runuser -u "$ES_USER" -- env ES_JAVA_HOME="$ES_JAVA_HOME" \
    ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    "$ES_HOME/bin/elasticsearch" -d -p "$pidfile" \
    -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$ES_PORT" \
    -Etransport.port="$ES_TRANSPORT_PORT" \
    -Expack.security.enabled=false -Epath.data="$ES_DATA" -Epath.logs="$ES_LOGS" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    -Eaction.destructive_requires_name=false \
    >"$ES_LOGS/start.out" 2>&1 || { tail -20 "$ES_LOGS/start.out" >&2; die "Elasticsearch failed to start; see $ES_LOGS"; }
fi
for _ in $(seq 120); do health 1 && break; sleep 1; done
health 5 || die "Elasticsearch not healthy on $url after 120 s; see $ES_LOGS"
echo "$url"
