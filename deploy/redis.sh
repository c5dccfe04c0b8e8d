#!/usr/bin/env bash
# Start a Redis owned by the project on 127.0.0.1:$REDIS_PORT (Debian's redis-server), with a
# password generated once. Idempotent: a running instance is reused.
# Prints the RATELIMIT_STORAGE_URI (redis://…) on stdout.
. "$(dirname "$0")/lib.sh"
need_root

command -v redis-server >/dev/null || { log "installing Redis from Debian's packages"; apt_install redis-server; }
REDIS_DIR=$RECRUIT_HOME/redis
install -d -m 700 "$REDIS_DIR"
mkdir -p "$RUN_DIR"
pass_file=$REDIS_DIR/password
if [ ! -s "$pass_file" ]; then
  ( umask 077; head -c 32 /dev/urandom | base64 | tr -d '/+=\n' >"$pass_file" )
fi
password=$(cat "$pass_file")
conf=$REDIS_DIR/redis.conf
( umask 077; cat >"$conf" <<CONF
bind 127.0.0.1
port $REDIS_PORT
protected-mode yes
requirepass $password
daemonize yes
pidfile $RUN_DIR/redis.pid
dir $REDIS_DIR
logfile $REDIS_DIR/redis.log
# counters and lockouts only: nothing to keep across a restart
save ""
appendonly no
maxmemory 256mb
maxmemory-policy volatile-ttl
CONF
)
ping() { REDISCLI_AUTH=$password redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
if ping; then
  log "Redis already answering on 127.0.0.1:$REDIS_PORT"
else
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server "$conf" || die "Redis failed to start; see $REDIS_DIR/redis.log"
  for _ in $(seq 50); do ping && break; sleep 0.2; done
  ping || die "Redis not answering on port $REDIS_PORT; see $REDIS_DIR/redis.log"
fi
echo "redis://:$password@127.0.0.1:$REDIS_PORT/0"
