#!/usr/bin/env bash
# Makes a streaming read replica of a PostgreSQL primary as a new Debian cluster, with pg_basebackup:
#   deploy/postgres/make-replica.sh <version> <cluster-name> <replica-port> <primary-host> <primary-port> [replication-user]
# INITDB_OPTS (e.g. "--auth-host=scram-sha-256") are passed to initdb, which writes the replica's own pg_hba.conf.
# The primary must allow replication connections from this host (pg_hba.conf "replication" line; wal_level replica
# and max_wal_senders > 0 are PostgreSQL's defaults). Run as root; the cluster is owned by postgres.
set -euo pipefail
version=$1 name=$2 port=$3 primary_host=$4 primary_port=$5 repl_user=${6:-postgres}

if pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $name"; then
  echo "cluster $version/$name exists already" >&2
  exit 1
fi
# shellcheck disable=SC2086
pg_createcluster "$version" "$name" --port "$port" -- ${INITDB_OPTS:-} >/dev/null
datadir=$(pg_conftool -s "$version" "$name" show data_directory)
rm -rf "${datadir:?}"/*
# -R writes standby.signal and primary_conninfo; -X stream copies the WAL written during the backup; -C -S keeps a
# replication slot on the primary so it holds WAL until this replica has replayed it.
slot="$(echo "${name}" | tr -c 'a-z0-9_\n' '_')"
runuser -u postgres -- pg_basebackup -h "$primary_host" -p "$primary_port" -U "$repl_user" -D "$datadir" -R -X stream -C -S "$slot" --checkpoint=fast
# Reads only, and no feedback loop of its own WAL archive.
pg_conftool "$version" "$name" set hot_standby on
pg_conftool "$version" "$name" set hot_standby_feedback on
pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
echo "replica $version/$name on port $port streaming from $primary_host:$primary_port (slot $slot)"
