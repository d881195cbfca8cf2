# shellcheck shell=bash disable=SC2034  # it sets variables for the scripts that source it
# Shared helpers for scripts/test.sh and bench/run.sh. Source it; it defines functions only.
# Every message goes to stderr prefixed with the calling script's name, so a caller's stdout stays
# its own (test.sh must end with its one totals line).

portal_log() { printf '[%s] %s\n' "${PORTAL_SCRIPT_NAME:-portal}" "$*" >&2; }
portal_warn() { printf '[%s] WARNING: %s\n' "${PORTAL_SCRIPT_NAME:-portal}" "$*" >&2; }

portal_is_root() { [ "$(id -u)" = 0 ]; }

# True when the Debian package is installed (not merely known or half-configured).
portal_pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# portal_apt_install PKG...: installs the packages that are missing, and only those.
# `apt-get update` runs at most once per script run. Returns non-zero if anything is still missing.
PORTAL_APT_UPDATED=${PORTAL_APT_UPDATED:-0}
portal_apt_install() {
  local missing=() p
  command -v dpkg-query >/dev/null 2>&1 || { portal_warn "no dpkg: cannot install $*"; return 1; }
  for p in "$@"; do portal_pkg_installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! portal_is_root; then
    portal_warn "missing Debian packages (${missing[*]}) and not root: install them with apt-get"
    return 1
  fi
  local apt=(env DEBIAN_FRONTEND=noninteractive timeout -k 30 900 apt-get -q -o DPkg::Lock::Timeout=300)
  if [ "$PORTAL_APT_UPDATED" != 1 ]; then
    portal_log "apt-get update"
    "${apt[@]}" update -qq >&2 || portal_warn "apt-get update failed"
    PORTAL_APT_UPDATED=1
  fi
  portal_log "apt-get install ${missing[*]}"
  local aptlog
  aptlog=$(mktemp -t portal-apt.XXXXXX) || aptlog=/dev/null
  if ! "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >"$aptlog" 2>&1; then
    tail -n 5 "$aptlog" >&2
    # One bad package (or a hiccup) must not keep the others out: retry them one by one.
    for p in "${missing[@]}"; do
      portal_pkg_installed "$p" && continue
      "${apt[@]}" install -y -qq --no-install-recommends "$p" >"$aptlog" 2>&1 ||
        { tail -n 5 "$aptlog" >&2; portal_warn "could not install $p"; }
    done
  fi
  [ "$aptlog" = /dev/null ] || rm -f "$aptlog"
  local still=()
  for p in "${missing[@]}"; do portal_pkg_installed "$p" || still+=("$p"); done
  [ ${#still[@]} -eq 0 ] || { portal_warn "still missing: ${still[*]}"; return 1; }
}

# Prints a TCP port on 127.0.0.1 that is free right now.
portal_free_port() {
  local py
  py=$(command -v python3 2>/dev/null) && "$py" - <<'PY' 2>/dev/null && return 0
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
  local port i
  for i in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# portal_wait_http URL SECONDS [PID]: waits until URL answers 200; gives up early if PID dies.
portal_wait_http() {
  local url=$1 secs=$2 pid=${3:-} deadline code
  deadline=$((SECONDS + secs))
  while [ $SECONDS -lt $deadline ]; do
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" 2>/dev/null) || code=000
    [ "$code" = 200 ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    sleep 0.5
  done
  return 1
}

# portal_stop_pid PID [NAME]: TERM, then KILL after 10 s. Only ever the PIDs this script started.
portal_stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  return 0
}

# ---------------------------------------------------------------------------------------------
# Throwaway PostgreSQL cluster: a plain data directory under a temp folder, on 127.0.0.1:<free port>.
# portal_pg_start sets PORTAL_PG_ROOT, PORTAL_PG_PORT, PORTAL_PG_USER, PORTAL_PG_PASSWORD and
# PORTAL_PG_CONNECTION (the Npgsql connection string), or returns non-zero after a warning.
# portal_pg_stop stops it and removes the folder; safe to call twice.
PORTAL_PG_ROOT=
portal_pg_bindir() {
  local d
  if [ -n "${PORTAL_PG_BINDIR:-}" ]; then
    [ -x "$PORTAL_PG_BINDIR/initdb" ] && { echo "$PORTAL_PG_BINDIR"; return 0; }
    return 1
  fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then echo /usr/lib/postgresql/15/bin; return 0; fi
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  return 1
}

# Runs a command as the cluster's owner: `postgres` when we are root (root may not run the server).
portal_pg_as_owner() {
  if portal_is_root; then
    if command -v runuser >/dev/null 2>&1; then
      (cd "$PORTAL_PG_ROOT" && runuser -u postgres -- "$@")
    else
      local q; q=$(printf '%q ' "$@")
      (cd "$PORTAL_PG_ROOT" && su -s /bin/sh postgres -c "$q")
    fi
  else
    (cd "$PORTAL_PG_ROOT" && "$@")
  fi
}

portal_pg_start() {
  local bin port user=portal_test password
  bin=$(portal_pg_bindir) || { portal_warn "PostgreSQL server binaries not found (package postgresql)"; return 1; }
  if portal_is_root && ! id postgres >/dev/null 2>&1; then
    portal_warn "no 'postgres' system user to run the server as"; return 1
  fi
  PORTAL_PG_ROOT=$(mktemp -d -t portal-pg.XXXXXX) || return 1
  chmod 0700 "$PORTAL_PG_ROOT"
  portal_is_root && chown postgres:postgres "$PORTAL_PG_ROOT"
  port=$(portal_free_port) || { portal_warn "no free port for PostgreSQL"; return 1; }
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

  # Local socket (in our own folder) trusted for setup; TCP on 127.0.0.1 needs the password.
  if ! portal_pg_as_owner "$bin/initdb" -D "$PORTAL_PG_ROOT/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$PORTAL_PG_ROOT/initdb.log" 2>&1; then
    portal_warn "initdb failed:"; tail -n 20 "$PORTAL_PG_ROOT/initdb.log" >&2; return 1
  fi
  # Throwaway data: durability off for speed; enough connections for parallel test pools.
  cat >>"$PORTAL_PG_ROOT/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PORTAL_PG_ROOT'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
EOF
  if ! portal_pg_as_owner "$bin/pg_ctl" -D "$PORTAL_PG_ROOT/data" -l "$PORTAL_PG_ROOT/server.log" \
      -w -t 60 start >"$PORTAL_PG_ROOT/pg_ctl.log" 2>&1; then
    portal_warn "PostgreSQL did not start:"
    tail -n 20 "$PORTAL_PG_ROOT/pg_ctl.log" "$PORTAL_PG_ROOT/server.log" >&2 2>/dev/null
    return 1
  fi
  # pg_signal_backend: a test's DROP DATABASE ... WITH (FORCE) may have to end an autovacuum worker in it.
  if ! portal_pg_as_owner "$bin/psql" -X -q -h "$PORTAL_PG_ROOT" -p "$port" -U postgres -d postgres \
      -v ON_ERROR_STOP=1 -c "CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password' IN ROLE pg_signal_backend" >/dev/null 2>&1; then
    portal_warn "could not create the PostgreSQL test role"; return 1
  fi
  # Prove the exported credentials work over TCP before handing them out.
  if ! PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$bin/psql" -X -q -At -w \
      "host=127.0.0.1 port=$port user=$user dbname=postgres" -c 'select 1' >/dev/null 2>&1; then
    portal_warn "PostgreSQL started but the test role cannot log in over TCP"; return 1
  fi
  PORTAL_PG_PORT=$port PORTAL_PG_USER=$user PORTAL_PG_PASSWORD=$password
  PORTAL_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=postgres"
  return 0
}

portal_pg_stop() {
  [ -n "$PORTAL_PG_ROOT" ] && [ -d "$PORTAL_PG_ROOT" ] || return 0
  local bin
  if bin=$(portal_pg_bindir) && [ -f "$PORTAL_PG_ROOT/data/postmaster.pid" ]; then
    portal_pg_as_owner "$bin/pg_ctl" -D "$PORTAL_PG_ROOT/data" -m immediate -w -t 30 stop >/dev/null 2>&1
  fi
  rm -rf "$PORTAL_PG_ROOT"
  PORTAL_PG_ROOT=
}
