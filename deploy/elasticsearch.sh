#!/usr/bin/env bash
# Fetch Elasticsearch's integ-test-zip from Maven Central (once), and start one node on
# 127.0.0.1:$ES_PORT as an unprivileged user. Idempotent: a running node is reused.
# Snapshots go to the filesystem repository $ES_REPO (path.repo; deploy/backup.sh).
# One node by default; a member of a cluster when ES_SEED_HOSTS is set (deploy/cluster.sh):
#   ES_NODE_NAME, ES_CLUSTER_NAME, ES_SEED_HOSTS=host:port,...  ES_INITIAL_MASTERS=name,...
#   (the latter only for the very first start of a new cluster), ES_WAIT=0 to return at once.
#
# Transport TLS when ES_TRANSPORT_CERTS names a directory with ca.crt, node.crt and node.key (PEM;
# deploy/cluster.sh makes them): the nodes of a cluster then talk only TLS, each checking the other's
# certificate against the CA and its address (verification_mode full). Unset (one node): no TLS.
#
# Security is on (x-pack security, HTTP on loopback without TLS): every request needs a user of
# the file realm, written here into this installation's config dir $ES_CONF with passwords
# generated once into $ES_SECRETS_DIR (0600), each with a role reaching only its own indices:
#   recruit_app   the app: indices $SEARCH_INDEX_PREFIX* (recruit*); cluster: monitor
#   recruit_test  the test suite and the benches: indices test-* and bench*; cluster: monitor
#   recruit_ops   the deploy scripts: health, snapshot repository, snapshots and restores
# A node still running without security (started by an earlier version of this script) is
# restarted once with it; its data directory stays as it is.
#
#   elasticsearch.sh          prints the app's ELASTICSEARCH_URL (http://recruit_app:…@127.0.0.1:port)
#   elasticsearch.sh --test   prints the test suite's (recruit_test)
. "$(dirname "$0")/lib.sh"
need_root

WHO=app
case ${1:-} in
  "") ;;
  --test) WHO=test ;;
  *) die "unknown argument $1" ;;
esac
PREFIX=${SEARCH_INDEX_PREFIX:-recruit}
url="http://127.0.0.1:$ES_PORT"
health() { es_curl -f "$url/_cluster/health?wait_for_status=yellow&timeout=${1:-1}s" >/dev/null 2>&1; }
# any answer, even 401 or no master yet
answers() { curl -sS -o /dev/null "$url/_cluster/health?timeout=1s" 2>/dev/null; }
# answers a request without credentials: a node started without security
open_to_anyone() { [ "$(curl -sS -o /dev/null -w '%{http_code}' "$url/_cluster/health?timeout=1s" 2>/dev/null)" = 200 ]; }
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
command -v htpasswd >/dev/null || apt_install apache2-utils  # bcrypt hashes for the file realm

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

# --- this installation's config dir: the distribution's settings, our users and roles
install -d -o "$ES_USER" -m 750 "$ES_CONF"
for f in elasticsearch.yml jvm.options jvm.options.d log4j2.properties; do
  [ -e "$ES_CONF/$f" ] || cp -a "$ES_HOME/config/$f" "$ES_CONF/"
done
for who in app test ops; do es_password "$who" >/dev/null; done
conf_file() {  # NAME: stdin into $ES_CONF/NAME (0640, the node's user), replaced only when it differs
  local tmp
  tmp=$(mktemp -p "$ES_CONF")
  cat >"$tmp"
  if cmp -s "$tmp" "$ES_CONF/$1"; then rm -f "$tmp"; return; fi
  chown "$ES_USER" "$tmp"; chmod 640 "$tmp"; mv "$tmp" "$ES_CONF/$1"
}
# each role reaches only its own indices (aliases are named like the indices); the file realm
# reloads users and roles within seconds when these files change, no restart needed
conf_file roles.yml <<YML
# written by deploy/elasticsearch.sh on every start; edit the script, not this file
recruit_app:
  cluster: [monitor]
  indices:
    - names: ["$PREFIX*"]
      privileges: [read, write, manage]
recruit_test:
  cluster: [monitor]
  indices:
    - names: ["test-*", "bench*"]
      privileges: [read, write, manage]
recruit_ops:
  # register the snapshot repository, take, list, delete and restore snapshots (deploy/backup.sh,
  # deploy/restore-drill.sh); health for the scripts' waits
  cluster: [manage]
YML
conf_file users_roles <<TXT
recruit_app:recruit_app
recruit_test:recruit_test
recruit_ops:recruit_ops
TXT
# bcrypt hashes ($2y$, cost 10); made again only when a password file is newer than the users file
stale=0
[ -s "$ES_CONF/users" ] || stale=1
for who in app test ops; do [ "$ES_SECRETS_DIR/elasticsearch-$who-password" -nt "$ES_CONF/users" ] && stale=1; done
if [ "$stale" = 1 ]; then
  for who in app test ops; do
    es_password "$who" | htpasswd -niBC 10 "recruit_$who" | grep .
  done | conf_file users
  touch "$ES_CONF/users"
fi

transport_tls=(-Expack.security.transport.ssl.enabled=false)
if [ -n "${ES_TRANSPORT_CERTS:-}" ]; then
  for f in ca.crt node.crt node.key; do
    [ -s "$ES_TRANSPORT_CERTS/$f" ] || die "no $f in ES_TRANSPORT_CERTS=$ES_TRANSPORT_CERTS"
  done
  # inside the config dir: the node may read only files under it
  install -d -o "$ES_USER" -m 750 "$ES_CONF/certs"
  for f in ca.crt node.crt node.key; do
    install -o "$ES_USER" -m 640 "$ES_TRANSPORT_CERTS/$f" "$ES_CONF/certs/$f"
  done
  chmod 600 "$ES_CONF/certs/node.key"
  transport_tls=(-Expack.security.transport.ssl.enabled=true
                 -Expack.security.transport.ssl.verification_mode=full
                 -Expack.security.transport.ssl.client_authentication=required
                 -Expack.security.transport.ssl.key=certs/node.key
                 -Expack.security.transport.ssl.certificate=certs/node.crt
                 -Expack.security.transport.ssl.certificate_authorities=certs/ca.crt)
fi

if answers && open_to_anyone; then
  if pid_alive "$pidfile"; then
    log "Elasticsearch on $url runs without security (an earlier version of this script): restarting it once with security on"
    "$(dirname "$0")/stop.sh" elasticsearch
    touch "$pidfile"; chown "$ES_USER" "$pidfile"
  else
    die "a node without security answers on $url and is not ours (no live pid in $pidfile); stop it or choose another ES_PORT"
  fi
fi
if answers; then
  log "Elasticsearch already answering on $url"
elif pid_alive "$pidfile"; then
  log "Elasticsearch (pid $(cat "$pidfile")) is starting; waiting"
else
  log "starting Elasticsearch $ES_VERSION on $url (heap $ES_HEAP, security on, transport TLS $([ -n "${ES_TRANSPORT_CERTS:-}" ] && echo on || echo off))"
  # es.queryable_built_in_roles_enabled=false: the built-in roles are not copied into a .security
  # index (its mapping needs the analysis-common module, absent from this zip; the file realm
  # needs no index), which would otherwise fail and warn on every cluster change
  runuser -u "$ES_USER" -- env ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$ES_CONF" \
    ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP -Des.queryable_built_in_roles_enabled=false" \
    "$ES_HOME/bin/elasticsearch" -d -p "$pidfile" \
    "${discovery[@]}" -Enetwork.host=127.0.0.1 -Ehttp.port="$ES_PORT" -Epath.repo="$ES_REPO" \
    -Etransport.port="$ES_TRANSPORT_PORT" \
    -Expack.security.enabled=true -Expack.security.http.ssl.enabled=false \
    "${transport_tls[@]}" \
    -Epath.data="$ES_DATA" -Epath.logs="$ES_LOGS" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    -Eaction.destructive_requires_name=false \
    >"$ES_LOGS/start.out" 2>&1 || { tail -20 "$ES_LOGS/start.out" >&2; die "Elasticsearch failed to start; see $ES_LOGS"; }
fi
if [ "${ES_WAIT:-1}" = 0 ]; then es_user_url "$WHO"; exit 0; fi
for _ in $(seq 120); do health 1 && break; sleep 1; done
health 5 || die "Elasticsearch not healthy on $url after 120 s; see $ES_LOGS"
es_user_url "$WHO"
