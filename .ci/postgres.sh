#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests of quality-workflow-jdbc, sourced by .ci/run.
# Installs PostgreSQL from the Debian packages when no initdb is found, creates a cluster in a
# temporary directory on a free port with durable commits (fsync and synchronous_commit on),
# creates a database and exports QUALITYLOOP_PG_URL, QUALITYLOOP_PG_USER and
# QUALITYLOOP_PG_PASSWORD. Call ql_pg_stop (e.g. from a trap) to stop it and remove its files.

ql_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

ql_pg_start() {
  local bin
  bin="$(ql_pg_bin)"
  if [ -z "$bin" ]; then
    echo "== PostgreSQL not found; installing it from the Debian packages"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
    bin="$(ql_pg_bin)"
  fi
  if [ -z "$bin" ]; then
    echo "== PostgreSQL could not be installed" >&2
    return 1
  fi
  # PostgreSQL refuses to run as root: run the cluster as the postgres user then.
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null; then run=(runuser -u postgres --); else run=(su postgres -s /bin/sh -c); fi
  fi
  QL_PG_DIR="$(mktemp -d /tmp/qualityloop-pg.XXXXXX)"
  chmod 755 "$QL_PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$QL_PG_DIR"; fi
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
  local password="ql-$RANDOM$RANDOM"
  printf '%s\n' "$password" > "$QL_PG_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$QL_PG_DIR/pwfile"; fi
  QL_PG_RUN=("${run[@]}")
  QL_PG_BIN="$bin"
  ql_pg_as "$bin/initdb" -D "$QL_PG_DIR/data" -U qualityloop --pwfile="$QL_PG_DIR/pwfile" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$QL_PG_DIR/initdb.log" 2>&1 \
    || ql_pg_as "$bin/initdb" -D "$QL_PG_DIR/data" -U qualityloop --pwfile="$QL_PG_DIR/pwfile" -A scram-sha-256 \
      -E UTF8 --locale=C >"$QL_PG_DIR/initdb.log" 2>&1 \
    || { cat "$QL_PG_DIR/initdb.log" >&2; return 1; }
  ql_pg_as "$bin/pg_ctl" -D "$QL_PG_DIR/data" -l "$QL_PG_DIR/server.log" -w \
      -o "-p $port -k $QL_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=100" \
      start >/dev/null || { cat "$QL_PG_DIR/server.log" >&2; return 1; }
  PGPASSWORD="$password" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U qualityloop -d postgres \
      -c "CREATE DATABASE qualityloop" >/dev/null
  export QUALITYLOOP_PG_URL="jdbc:postgresql://127.0.0.1:$port/qualityloop"
  export QUALITYLOOP_PG_USER="qualityloop"
  export QUALITYLOOP_PG_PASSWORD="$password"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on port $port (fsync and synchronous_commit on)"
}

ql_pg_as() {
  if [ "${#QL_PG_RUN[@]}" -eq 0 ]; then
    "$@"
  elif [ "${QL_PG_RUN[0]}" = "runuser" ]; then
    "${QL_PG_RUN[@]}" "$@"
  else
    "${QL_PG_RUN[@]}" "$(printf '%q ' "$@")"
  fi
}

ql_pg_stop() {
  if [ -n "${QL_PG_DIR:-}" ] && [ -d "$QL_PG_DIR/data" ]; then
    ql_pg_as "$QL_PG_BIN/pg_ctl" -D "$QL_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$QL_PG_DIR"
  fi
}
