#!/usr/bin/env bash
# Installs what the test suite needs on Debian: PostGIS for the local PostgreSQL server, Chromium for Playwright,
# and nginx + PgBouncer for the reference deployment that `npm run test:topology` brings up. Idempotent; restarts
# PostgreSQL when an install may have replaced its binaries (TOOLCHAIN.md).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

pg_major=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_major" ]; then
  echo "No PostgreSQL cluster in /etc/postgresql: install PostgreSQL (e.g. apt-get install postgresql) first." >&2
  exit 1
fi

need=()
dpkg -s "postgresql-${pg_major}-postgis-3" >/dev/null 2>&1 || need+=("postgresql-${pg_major}-postgis-3")
command -v chromium >/dev/null 2>&1 || need+=("chromium")
command -v nginx >/dev/null 2>&1 || need+=("nginx-light")
command -v pgbouncer >/dev/null 2>&1 || need+=("pgbouncer")

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
  # The packages may start their default services; the topology test runs its own instances on other ports.
  for svc in nginx pgbouncer; do $SUDO service "$svc" stop >/dev/null 2>&1 || true; done
  # The install may have upgraded the server package: a running server would then fail to load extensions.
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$pg_major" main restart
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$pg_major" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

# Fail early, with a clear message, if PostGIS still cannot be loaded.
psql -h 127.0.0.1 -U postgres -d postgres -qAtc "CREATE EXTENSION IF NOT EXISTS postgis; SELECT postgis_lib_version();" >/dev/null \
  || { echo "PostGIS does not load in the PostgreSQL at 127.0.0.1:5432" >&2; exit 1; }
echo "Test environment ready: PostgreSQL ${pg_major} with PostGIS, $(chromium --version 2>/dev/null | head -n 1)"
