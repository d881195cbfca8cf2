#!/usr/bin/env bash
# Page benchmark: the portal's rendering of one page against nginx serving the same HTML as a static
# file, both loaded by wrk over loopback in the same run. See bench/README.md.
#
#   ./bench/run.sh                      # the home page, 15 s per wrk run
#   BENCH_PATH=/statutory-guidance BENCH_SECONDS=30 ./bench/run.sh
#
# Knobs: BENCH_PATH (/), BENCH_SECONDS (15), BENCH_WARMUP_SECONDS (5), BENCH_THREADS (2),
# BENCH_CONNECTIONS (64), BENCH_READY_TIMEOUT (120), BENCH_STRICT=1 (exit 3 when a target is missed),
# BENCH_KEEP=1 (keep the temp folder), BENCH_PORTAL_CMD (start this instead of the published portal;
# it gets PORT and must answer /health/ready: for trying the script without the portal).
set -euo pipefail

export PORTAL_SCRIPT_NAME=bench
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/common.sh
. "$root/scripts/lib/common.sh"

path=${BENCH_PATH:-/}
case $path in /*) ;; *) path=/$path ;; esac
seconds=${BENCH_SECONDS:-15}
warmup=${BENCH_WARMUP_SECONDS:-5}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-64}
ready_timeout=${BENCH_READY_TIMEOUT:-120}

# shellcheck source=bench/lib/load.sh
. "$here/lib/load.sh"
bench_begin portal-bench

# --- the portal --------------------------------------------------------------------------------
portal_port=$(portal_free_port) || die "no free port"
mkdir -p "$tmp/data" "$tmp/nginx"
if [ -n "${BENCH_PORTAL_CMD:-}" ]; then
  portal_log "starting the stand-in: $BENCH_PORTAL_CMD (port $portal_port)"
  (PORT=$portal_port exec bash -c "exec $BENCH_PORTAL_CMD") >"$tmp/portal.log" 2>&1 &
  portal_pid=$!
else
  portal_log "dotnet publish src/VirtualSchool.Portal.Web -c Release"
  timeout -k 30 900 dotnet publish src/VirtualSchool.Portal.Web -c Release -o "$tmp/publish" -nologo >&2 ||
    die "publish failed"
  dll=$tmp/publish/VirtualSchool.Portal.Web.dll
  [ -f "$dll" ] || die "no $dll after publish"
  portal_log "starting the portal on 127.0.0.1:$portal_port (Production, data in a fresh folder)"
  # Working directory and Portal__ContentRoot are the repository root: uSync/ and wwwroot/ live there.
  (exec env ASPNETCORE_URLS="http://127.0.0.1:$portal_port" ASPNETCORE_ENVIRONMENT=Production \
    Portal__DataPath="$tmp/data" Portal__ContentRoot="$root" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
    dotnet "$dll") >"$tmp/portal.log" 2>&1 &
  portal_pid=$!
fi
portal=http://127.0.0.1:$portal_port

started=$SECONDS
if ! portal_wait_http "$portal/health/ready" "$ready_timeout" "$portal_pid"; then
  tail -n 40 "$tmp/portal.log" >&2 || true
  die "the portal was not ready at $portal/health/ready within ${ready_timeout}s"
fi
portal_log "ready after $((SECONDS - started))s"

code=$(curl -sS -o "$tmp/nginx/index.html" -w '%{http_code}' "$portal$path") || code=000
if [ "$code" != 200 ]; then
  tail -n 40 "$tmp/portal.log" >&2 || true
  die "GET $path answered $code, not 200"
fi
chmod 0644 "$tmp/nginx/index.html"
chmod 0755 "$tmp/nginx"
portal_log "page $path: $(wc -c <"$tmp/nginx/index.html") bytes"

# --- nginx with the same bytes -----------------------------------------------------------------
bench_start_nginx 'location / { try_files /index.html =404; default_type text/html; }'
if ! portal_wait_http "$static$path" 15 "$nginx_pid"; then
  cat "$tmp/nginx.out" "$tmp/nginx-error.log" >&2 2>/dev/null || true
  die "nginx did not serve the page"
fi
cmp -s "$tmp/nginx/index.html" <(curl -s "$static$path") || portal_warn "nginx serves different bytes"

# --- load ----------------------------------------------------------------------------------------
bounded() { timeout -k 5 $((${1} + 30)) "${@:2}"; }
portal_log "warming up (${warmup}s each)"
bounded "$warmup" wrk -t"$threads" -c16 -d"${warmup}s" "$static$path" >/dev/null
bounded "$warmup" wrk -t"$threads" -c16 -d"${warmup}s" "$portal$path" >/dev/null

run_wrk() { # NAME URL
  portal_log "wrk -t$threads -c$connections -d${seconds}s --latency: $1"
  bounded "$seconds" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$2" >"$tmp/wrk-$1.txt"
}
run_wrk nginx1 "$static$path"
run_wrk portal "$portal$path"
run_wrk nginx2 "$static$path"

# Prints "requests/s p50_ms p99_ms errors" for one wrk output (errors: non-2xx/3xx + socket errors).
parse() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad += $NF }
    /Socket errors:/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.2f %.3f %.3f %d\n", rps, p50, p99, bad }
  ' "$1"
}
read -r n1_rps n1_p50 n1_p99 n1_bad < <(parse "$tmp/wrk-nginx1.txt")
read -r p_rps p_p50 p_p99 p_bad < <(parse "$tmp/wrk-portal.txt")
read -r n2_rps n2_p50 n2_p99 n2_bad < <(parse "$tmp/wrk-nginx2.txt")

hwm=$(awk '/^VmHWM:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$portal_pid/status" 2>/dev/null || true)

mkdir -p "$root/bench/out"
slug=$(printf '%s' "${path#/}" | tr -c 'A-Za-z0-9' '-')
report=$root/bench/out/$(date +%Y%m%d-%H%M%S)-${slug:-home}.txt
{
  echo "page $path, wrk -t$threads -c$connections -d${seconds}s, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf '%-14s %12s %10s %10s\n' target requests/s p50 p99
  printf '%-14s %12.0f %8.2fms %8.2fms\n' "nginx (run 1)" "$n1_rps" "$n1_p50" "$n1_p99"
  printf '%-14s %12.0f %8.2fms %8.2fms\n' "nginx (run 2)" "$n2_rps" "$n2_p50" "$n2_p99"
  awk -v a="$n1_rps" -v b="$n2_rps" -v c="$n1_p50" -v d="$n2_p50" -v e="$n1_p99" -v f="$n2_p99" \
    'BEGIN { printf "%-14s %12.0f %8.2fms %8.2fms\n", "nginx (mean)", (a+b)/2, (c+d)/2, (e+f)/2 }'
  printf '%-14s %12.0f %8.2fms %8.2fms\n' portal "$p_rps" "$p_p50" "$p_p99"
  [ "$p_bad" -eq 0 ] || echo "WARNING: the portal gave $p_bad errors (non-2xx/3xx responses or socket errors)"
  [ $((n1_bad + n2_bad)) -eq 0 ] || echo "WARNING: nginx gave $((n1_bad + n2_bad)) errors (non-2xx/3xx responses or socket errors)"
  awk -v p="$p_rps" -v a="$n1_rps" -v b="$n2_rps" -v l="$p_p99" 'BEGIN {
    n = (a + b) / 2; r = (n > 0) ? p / n : 0
    printf "ratio portal/nginx = %.2f\n", r
    printf "target portal >= 0.5 x nginx requests/s: %s\n", (r >= 0.5) ? "met" : "NOT met"
    printf "target portal p99 < 25 ms: %s (%.2f ms)\n", (l < 25) ? "met" : "NOT met", l
  }'
  echo "portal peak RSS (VmHWM) = ${hwm:-unknown}"
} | tee "$report"
for f in nginx1 portal nginx2; do { echo; echo "== wrk: $f"; cat "$tmp/wrk-$f.txt"; } >>"$report"; done
portal_log "report with the raw wrk output: ${report#"$root"/}"

if [ "${BENCH_STRICT:-}" = 1 ] && grep -q 'NOT met' "$report"; then exit 3; fi
exit 0
