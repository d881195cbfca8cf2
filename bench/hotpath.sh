#!/usr/bin/env bash
# Hot-path benchmark (issue 16; see bench/README.md and docs/decisions/0023). On 10,000 published pages seeded through
# the real services (bench/DeliveryBench), the published portal against nginx serving the same bytes, wrk with one
# thread and 64 connections over loopback, medians of three 5-second runs each, for:
#   the home page from the page cache; a Delivery API item by path and by id; a filtered and sorted query (output cache).
# Then resident memory after serving, start to ready on the existing database (median of three starts), and one publish
# until every cache shows it (in-process, bench/DeliveryBench publish). Prints the table with each target met or not.
#
#   ./bench/hotpath.sh
#   BENCH_PAGES=2000 BENCH_SECONDS=2 BENCH_RUNS=1 ./bench/hotpath.sh     # a quick run for trying the script
#   BENCH_DATA=/some/folder ./bench/hotpath.sh                           # reuse a seeded folder (seeds it when empty)
#
# Knobs: BENCH_PAGES (10000), BENCH_SECONDS (5), BENCH_RUNS (3), BENCH_CONNECTIONS (64), BENCH_THREADS (1),
# BENCH_WARMUP_SECONDS (3), BENCH_STARTS (3), BENCH_PUBLISH_ROUNDS (20), BENCH_DATA, BENCH_STRICT=1 (exit 3 when a
# target is missed), BENCH_KEEP=1 (keep the temp folder), BENCH_PORTAL_ENV (extra VAR=value words for the portal),
# BENCH_R2R=0 (publish portable IL rather than ReadyToRun).
set -euo pipefail

export PORTAL_SCRIPT_NAME=bench-hotpath
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/common.sh
. "$root/scripts/lib/common.sh"

pages=${BENCH_PAGES:-10000}
seconds=${BENCH_SECONDS:-5}
runs=${BENCH_RUNS:-3}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-1}
warmup=${BENCH_WARMUP_SECONDS:-3}
starts=${BENCH_STARTS:-3}
publish_rounds=${BENCH_PUBLISH_ROUNDS:-20}
read -r -a portal_env <<<"${BENCH_PORTAL_ENV:-}"
api=/umbraco/delivery/api/v2
query="$api/content?filter=contentType:guidanceItem&filter=documentDate%3E2020-01-01&filter=isStatutory:true&sort=documentDate:desc&sort=name:asc&skip=20&take=10"

# shellcheck source=bench/lib/load.sh
. "$here/lib/load.sh"
bench_begin portal-hotpath
data=${BENCH_DATA:-$tmp/data}

# --- seed and publish ----------------------------------------------------------------------------------
mkdir -p "$data" "$tmp/nginx"
if [ -z "$(ls -A "$data")" ]; then
  portal_log "seeding $pages published pages into $data (bench/DeliveryBench, Release)"
  timeout -k 30 3600 dotnet run -c Release --project bench/DeliveryBench -p:SkipFrontendBuild=true -- "$data" "$pages" >&2 ||
    die "seeding failed"
else
  portal_log "using the seeded folder $data"
fi
# Published as the README says to deploy: for this machine's runtime, ReadyToRun (compiled ahead, so it starts without
# waiting for the JIT: docs/decisions/0023). BENCH_R2R=0 publishes portable IL instead, to compare.
case "$(uname -m)" in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
publish_args=(-r "$rid" --self-contained false)
[ "${BENCH_R2R:-1}" = 0 ] && publish_args=(-p:PublishReadyToRun=false)
portal_log "dotnet publish src/VirtualSchool.Portal.Web -c Release ${publish_args[*]}"
timeout -k 30 900 dotnet publish src/VirtualSchool.Portal.Web -c Release "${publish_args[@]}" -o "$tmp/publish" -nologo -p:SkipFrontendBuild=true >&2 ||
  die "publish failed"

portal_port=$(portal_free_port) || die "no free port"
portal=http://127.0.0.1:$portal_port
start_portal() {
  (exec env ASPNETCORE_URLS="$portal" ASPNETCORE_ENVIRONMENT=Production \
    Portal__DataPath="$data" Portal__ContentRoot="$root" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning "${portal_env[@]}" \
    dotnet "$tmp/publish/VirtualSchool.Portal.Web.dll") >>"$tmp/portal.log" 2>&1 &
  portal_pid=$!
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# --- start to ready: one start to settle the folder (indexes, migrations), then the timed ones ------------
start_portal
portal_wait_http "$portal/health/ready" 300 "$portal_pid" || { tail -n 40 "$tmp/portal.log" >&2; die "the portal was not ready"; }
sleep 2
start_times=()
for i in $(seq 1 "$starts"); do
  portal_stop_pid "$portal_pid"
  began=$(now_ms)
  start_portal
  until [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$portal/health/ready" 2>/dev/null)" = 200 ]; do
    kill -0 "$portal_pid" 2>/dev/null || { tail -n 40 "$tmp/portal.log" >&2; die "the portal stopped while starting"; }
    [ $(($(now_ms) - began)) -lt 300000 ] || die "the portal was not ready within 300 s"
    sleep 0.02
  done
  start_times+=($(($(now_ms) - began)))
  portal_log "start $i: ready in ${start_times[-1]} ms"
done

# --- the bytes each server answers with ------------------------------------------------------------------
fetch() { # URL FILE: the second answer (the first fills the caches)
  curl -sS -o /dev/null "$1"
  local code
  code=$(curl -sS -o "$2" -w '%{http_code}' "$1") || code=000
  [ "$code" = 200 ] || die "GET $1 answered $code"
  chmod 0644 "$2"
}
fetch "$portal/" "$tmp/nginx/page.html"
fetch "$portal$api/content/item/about/management-board" "$tmp/nginx/path.json"
id=$(sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' "$tmp/nginx/path.json" | head -n 1)
[ -n "$id" ] || die "the item by path has no id"
fetch "$portal$api/content/item/$id" "$tmp/nginx/id.json"
fetch "$portal$query" "$tmp/nginx/query.json"
indexed=$(curl -sS "$portal$api/content?take=0" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')

bench_start_nginx
portal_wait_http "$static/page.html" 15 "$nginx_pid" || die "nginx did not serve the page"

# --- load: per target, nginx and the portal in turn, three runs each ----------------------------------------
bounded() { timeout -k 5 $((${1} + 30)) "${@:2}"; }
cat >"$tmp/figures.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P50_MS %.3f\nP99_MS %.3f\nNON2XX %d\nERRORS %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
run_wrk() { # OUT URL
  bounded "$seconds" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$tmp/figures.lua" "$2" >"$1"
}
rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

targets=(page path id query)
declare -A portal_url=([page]="$portal/" [path]="$portal$api/content/item/about/management-board" [id]="$portal$api/content/item/$id" [query]="$portal$query")
declare -A nginx_url=([page]="$static/page.html" [path]="$static/path.json" [id]="$static/id.json" [query]="$static/query.json")
for t in "${targets[@]}"; do
  portal_log "load: $t (${runs} x ${seconds}s each, nginx then portal)"
  bounded "$warmup" wrk -t1 -c16 -d"${warmup}s" "${nginx_url[$t]}" >/dev/null
  bounded "$warmup" wrk -t1 -c16 -d"${warmup}s" "${portal_url[$t]}" >/dev/null
  for r in $(seq 1 "$runs"); do
    run_wrk "$tmp/wrk-$t-nginx-$r.txt" "${nginx_url[$t]}"
    run_wrk "$tmp/wrk-$t-portal-$r.txt" "${portal_url[$t]}"
  done
done
rss_mib=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$portal_pid/status")
hwm_mib=$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$portal_pid/status")
portal_stop_pid "$portal_pid"
portal_pid=''

# --- one publish until every cache shows it ----------------------------------------------------------------
portal_log "publish until every cache shows it ($publish_rounds rounds, in-process)"
timeout -k 30 900 dotnet run -c Release --project bench/DeliveryBench -p:SkipFrontendBuild=true -- publish "$data" "$publish_rounds" \
  >"$tmp/publish.txt" 2>&1 || { tail -n 40 "$tmp/publish.txt" >&2; die "the publish probe failed"; }
publish_p50=$(val "$tmp/publish.txt" PUBLISH_P50_MS)
publish_max=$(val "$tmp/publish.txt" PUBLISH_MAX_MS)

# --- report ----------------------------------------------------------------------------------------------
mkdir -p "$root/bench/out"
report=$root/bench/out/hotpath-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "Hot-path benchmark, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $indexed published pages"
  echo "wrk -t$threads -c$connections, ${runs} runs of ${seconds}s per server in pairs, medians (ratio: median of the pairs' ratios); nginx serves the portal's own bytes"
  echo "portal published ${publish_args[*]}${BENCH_PORTAL_ENV:+; environment: $BENCH_PORTAL_ENV}"
  printf '%-44s %10s %10s %6s %9s  %s\n' measure portal nginx ratio "p99 ms" "target"
  declare -A label=([page]="home page from the page cache ($(wc -c <"$tmp/nginx/page.html") B)"
    [path]="Delivery API item by path ($(wc -c <"$tmp/nginx/path.json") B)" [id]="Delivery API item by id ($(wc -c <"$tmp/nginx/id.json") B)"
    [query]="Delivery API filtered, sorted query ($(wc -c <"$tmp/nginx/query.json") B)")
  declare -A goal=([page]=0.8 [path]=0.8 [id]=0.8 [query]=0.7)
  for t in "${targets[@]}"; do
    p=$(for r in $(seq 1 "$runs"); do rps "$tmp/wrk-$t-portal-$r.txt"; done | median)
    n=$(for r in $(seq 1 "$runs"); do rps "$tmp/wrk-$t-nginx-$r.txt"; done | median)
    # The ratio is the median of each run's pair (nginx, then the portal at once): this machine's speed drifts
    # between runs, and a pair shares the drift.
    ratio=$(for r in $(seq 1 "$runs"); do
      awk -v p="$(rps "$tmp/wrk-$t-portal-$r.txt")" -v n="$(rps "$tmp/wrk-$t-nginx-$r.txt")" 'BEGIN { print (n > 0) ? p / n : 0 }'
    done | median)
    l=$(for r in $(seq 1 "$runs"); do val "$tmp/wrk-$t-portal-$r.txt" P99_MS; done | median)
    bad=$(for r in $(seq 1 "$runs"); do val "$tmp/wrk-$t-portal-$r.txt" NON2XX; val "$tmp/wrk-$t-portal-$r.txt" ERRORS; done | awk '{ s += $1 } END { print s + 0 }')
    awk -v name="${label[$t]}" -v p="$p" -v n="$n" -v r="$ratio" -v l="$l" -v g="${goal[$t]}" -v bad="$bad" 'BEGIN {
      ok = (r >= g && l < 10 && bad == 0) ? "met" : "NOT met";
      printf "%-44s %10.0f %10.0f %6.2f %9.2f  >= %.1fx, p99 < 10 ms, no errors (%d): %s\n", name, p, n, r, l, g, bad, ok }'
  done
  awk -v m="$rss_mib" -v h="$hwm_mib" 'BEGIN { printf "%-44s %7.1f MiB (peak %.1f MiB)  < 250 MiB: %s\n", "resident memory after serving", m, h, (m < 250) ? "met" : "NOT met" }'
  s=$(printf '%s\n' "${start_times[@]}" | median)
  awk -v s="$s" -v all="${start_times[*]}" 'BEGIN { printf "%-44s %7.2f s (each: %s ms)  < 5 s: %s\n", "start to ready, existing database (median)", s / 1000, all, (s < 5000) ? "met" : "NOT met" }'
  awk -v p="$publish_p50" -v m="$publish_max" -v n="$publish_rounds" 'BEGIN { printf "%-44s %7.1f ms (max %.1f ms of %d)  < 50 ms: %s\n", "publish until every cache shows it (median)", p, m, n, (p < 50) ? "met" : "NOT met" }'
} | tee "$report"
{ echo; echo "== publish probe"; cat "$tmp/publish.txt"; } >>"$report"
for f in "$tmp"/wrk-*.txt; do { echo; echo "== ${f##*/}"; cat "$f"; } >>"$report"; done
portal_log "report with the raw wrk output: ${report#"$root"/}"
if [ "${BENCH_STRICT:-}" = 1 ] && grep -q 'NOT met' "$report"; then exit 3; fi
exit 0
