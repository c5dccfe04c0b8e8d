#!/usr/bin/env bash
# Back up the main job: a PostgreSQL base backup (pg_basebackup; the WAL after it is archived
# continuously by archive_command into $RECRUIT_HOME/backups/pg-wal) and an Elasticsearch
# snapshot into the filesystem repository $ES_REPO (path.repo). Safe while the API serves.
#
#   deploy/backup.sh            one backup now; keeps the newest $BACKUP_KEEP (7) base backups and
#                               the archived WAL they need, and as many snapshots
# Restore and check both into fresh clusters: deploy/restore-drill.sh (docs/operations.md).
. "$(dirname "$0")/lib.sh"
need_root

BACKUP_KEEP=${BACKUP_KEEP:-7}
PREFIX=${SEARCH_INDEX_PREFIX:-recruit}
ES_URL=http://127.0.0.1:$ES_PORT
PGBIN=$(pg_bin) || die "PostgreSQL is not installed"
psql_su() { runuser -u postgres -- "$PGBIN/psql" -h "$RUN_DIR" -p "$PG_PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }
es() { es_curl "$@"; }  # as recruit_ops (deploy/elasticsearch.sh): the app's user cannot snapshot

psql_su -c 'select 1' >/dev/null || die "the main PostgreSQL does not answer on port $PG_PORT (deploy/run.sh starts it)"
[ "$(psql_su -c 'show archive_mode')" = on ] \
  || die "WAL archiving is off: restart PostgreSQL once with the current settings (deploy/stop.sh postgres; deploy/run.sh)"

ts=$(date -u +%Y%m%d-%H%M%S)  # also the snapshot name: lowercase only
dest=$BACKUP_DIR/pg-base/$ts
install -d -m 755 "$BACKUP_DIR"
install -d -o postgres -g postgres -m 700 "$BACKUP_DIR/pg-base"
started=$(date +%s.%N)
log "PostgreSQL base backup into $dest"
runuser -u postgres -- "$PGBIN/pg_basebackup" -h "$RUN_DIR" -p "$PG_PORT" -U postgres -D "$dest" \
  -Ft -z -X stream -c fast --label "recruit-$ts" \
  || die "pg_basebackup failed"
# rows per table as the backup finished: the restore drill compares against these
psql_su -d recruit -c "select table_name from information_schema.tables
                       where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" |
  while read -r t; do printf '%s\t%s\n' "$t" "$(psql_su -d recruit -c "select count(*) from \"$t\"")"; done \
  >"$dest/row-counts.tsv.tmp"
mv "$dest/row-counts.tsv.tmp" "$dest/row-counts.tsv"
tar -xzOf "$dest/base.tar.gz" backup_label | sed -n 's/^START WAL LOCATION: .*(file \(.*\))$/\1/p' >"$dest/start-wal"
# close the current WAL segment so everything committed up to now is in the archive
psql_su -c 'select pg_switch_wal()' >/dev/null
chown -R postgres:postgres "$dest"
pg_seconds=$(elapsed "$started")

started=$(date +%s.%N)
repo=$(printf '{"type": "fs", "settings": {"location": "%s"}}' "$ES_REPO")
out=$(es -X PUT "$ES_URL/_snapshot/recruit-fs" -d "$repo") || die "Elasticsearch does not answer at $ES_URL"
echo "$out" | grep -q '"acknowledged":true' || die "cannot register the snapshot repository ($out);
  a node started before path.repo was set needs one restart: deploy/stop.sh elasticsearch; deploy/run.sh"
log "Elasticsearch snapshot snap-$ts of $PREFIX-* into $ES_REPO"
out=$(es -X PUT "$ES_URL/_snapshot/recruit-fs/snap-$ts?wait_for_completion=true" \
        -d "{\"indices\": \"$PREFIX-*\", \"include_global_state\": false}")
echo "$out" | grep -q '"state":"SUCCESS"' || die "snapshot failed: $out"
es_seconds=$(elapsed "$started")

# keep the newest $BACKUP_KEEP of each; archived WAL older than the oldest kept base backup goes
mapfile -t bases < <(ls -1 "$BACKUP_DIR/pg-base" | sort)
if [ "${#bases[@]}" -gt "$BACKUP_KEEP" ]; then
  for old in "${bases[@]:0:${#bases[@]}-BACKUP_KEEP}"; do rm -rf "${BACKUP_DIR:?}/pg-base/$old"; log "removed base backup $old"; done
fi
oldest=$(ls -1 "$BACKUP_DIR/pg-base" | sort | head -n 1)
if [ -s "$BACKUP_DIR/pg-base/$oldest/start-wal" ]; then
  "$PGBIN/pg_archivecleanup" "$PG_ARCHIVE" "$(cat "$BACKUP_DIR/pg-base/$oldest/start-wal")"
fi
mapfile -t snaps < <(es "$ES_URL/_cat/snapshots/recruit-fs?h=id&s=start_epoch")
if [ "${#snaps[@]}" -gt "$BACKUP_KEEP" ]; then
  for old in "${snaps[@]:0:${#snaps[@]}-BACKUP_KEEP}"; do
    es -X DELETE "$ES_URL/_snapshot/recruit-fs/$old" >/dev/null && log "removed snapshot $old"
  done
fi

printf '%-28s %s\n' "backup" "$ts" \
  "postgres base backup" "$dest ($(du -sh "$dest" | cut -f1), ${pg_seconds}s)" \
  "postgres rows" "$(awk -F'\t' '{s += $2} END {print s}' "$dest/row-counts.tsv") in $(wc -l <"$dest/row-counts.tsv") tables" \
  "archived WAL" "$PG_ARCHIVE ($(ls "$PG_ARCHIVE" | wc -l) files, $(du -sh "$PG_ARCHIVE" | cut -f1))" \
  "elasticsearch snapshot" "recruit-fs/snap-$ts ($(du -sh "$ES_REPO" | cut -f1) in the repository, ${es_seconds}s)"
