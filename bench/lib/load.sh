# shellcheck shell=bash
# What the load benchmarks (run.sh, delivery.sh, hotpath.sh) share: a temp folder removed on exit with the portal and
# nginx they started, die, and the load tools (wrk, nginx, curl), installed with apt when missing. Source it after
# scripts/lib/common.sh, then call bench_begin with the temp folder's prefix; it sets tmp, nginx_bin, portal_pid and
# nginx_pid (the scripts set those two when they start a server).

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
