# shellcheck shell=bash
# What the load benchmarks (run.sh, delivery.sh, hotpath.sh) share: a temp folder removed on exit with the portal and
# nginx they started, die, nginx on the same bytes, and the load tools (wrk, nginx, curl), installed with apt when
# missing. Source it after scripts/lib/common.sh, then call bench_begin with the temp folder's prefix; it sets tmp,
# nginx_bin, portal_pid and nginx_pid (the scripts set portal_pid when they start the portal).

die() { portal_warn "$*"; exit 1; }

# shellcheck disable=SC2317  # (called by the EXIT trap)
bench_cleanup() {
  portal_stop_pid "$portal_pid"
  portal_stop_pid "$nginx_pid"
  if [ "${BENCH_KEEP:-}" = 1 ]; then portal_log "kept $tmp"; else rm -rf "$tmp"; fi
}

bench_begin() { # PREFIX
  tmp=$(mktemp -d -t "$1.XXXXXX")
  chmod 0755 "$tmp" # nginx's workers run as an unprivileged user and must reach the files they serve
  portal_pid='' nginx_pid=''
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM HUP
  local need=()
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  [ ${#need[@]} -eq 0 ] || portal_apt_install "${need[@]}" || die "missing tools: ${need[*]}"
  nginx_bin=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
}

# Starts nginx on a free port serving $tmp/nginx, with the given lines inside its server block (empty: the files as
# they are); sets nginx_pid and static (http://127.0.0.1:PORT). The caller waits for its first answer.
bench_start_nginx() { # [SERVER-LINES]
  local port
  port=$(portal_free_port) || die "no free port"
  cat >"$tmp/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events {}
http {
  access_log off;
  types { text/html html; application/json json; }
  server {
    listen 127.0.0.1:$port;
    root $tmp/nginx;
    ${1:-}
  }
}
CONF
  "$nginx_bin" -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/nginx-error.log" >"$tmp/nginx.out" 2>&1 &
  nginx_pid=$!
  static=http://127.0.0.1:$port
}
