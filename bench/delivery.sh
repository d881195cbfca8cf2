#!/usr/bin/env bash
# Delivery API benchmark (see bench/README.md). Seeds 10,000 published pages into a fresh data folder through the
# real services (bench/DeliveryBench), starts the published portal on it, then over loopback:
#   1. item by path: the portal against nginx serving the same JSON from disk, wrk in the same run (target >= 0.4x);
#   2. a filtered and sorted query over the 10,000 pages, one connection, output cache bypassed (target p95 < 20 ms).
#
#   ./bench/delivery.sh
#   BENCH_PAGES=2000 BENCH_SECONDS=5 ./bench/delivery.sh      # a quick run for trying the script
#
# Knobs: BENCH_PAGES (10000), BENCH_ITEM_PATH (/about/management-board), BENCH_SECONDS (15), BENCH_WARMUP_SECONDS (5),
# BENCH_THREADS (2), BENCH_CONNECTIONS (64), BENCH_READY_TIMEOUT (180), BENCH_STRICT=1 (exit 3 when a target is
# missed), BENCH_KEEP=1 (keep the temp folder).
set -euo pipefail

export PORTAL_SCRIPT_NAME=bench-delivery
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/common.sh
. "$root/scripts/lib/common.sh"

pages=${BENCH_PAGES:-10000}
item_path=${BENCH_ITEM_PATH:-/about/management-board}
seconds=${BENCH_SECONDS:-15}
warmup=${BENCH_WARMUP_SECONDS:-5}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-64}
ready_timeout=${BENCH_READY_TIMEOUT:-180}
api_key=bench-delivery-key
api=/umbraco/delivery/api/v2
query="$api/content?filter=contentType:guidanceItem&filter=documentDate%3E2020-01-01&filter=isStatutory:true&sort=documentDate:desc&sort=name:asc&skip=20&take=10"

# shellcheck source=bench/lib/load.sh
. "$here/lib/load.sh"
bench_begin portal-delivery-bench

# --- seed, publish, start ----------------------------------------------------------------------------
mkdir -p "$tmp/data" "$tmp/nginx"
portal_log "seeding $pages published pages (bench/DeliveryBench, Release)"
started=$SECONDS
timeout -k 30 3600 dotnet run -c Release --project bench/DeliveryBench -p:SkipFrontendBuild=true -- "$tmp/data" "$pages" >&2 ||
  die "seeding failed"
seed_seconds=$((SECONDS - started))

portal_log "dotnet publish src/VirtualSchool.Portal.Web -c Release"
timeout -k 30 900 dotnet publish src/VirtualSchool.Portal.Web -c Release -o "$tmp/publish" -nologo -p:SkipFrontendBuild=true >&2 ||
  die "publish failed"
portal_port=$(portal_free_port) || die "no free port"
(exec env ASPNETCORE_URLS="http://127.0.0.1:$portal_port" ASPNETCORE_ENVIRONMENT=Production \
  Portal__DataPath="$tmp/data" Portal__ContentRoot="$root" Portal__DeliveryApi__ApiKey="$api_key" \
  Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
  dotnet "$tmp/publish/VirtualSchool.Portal.Web.dll") >"$tmp/portal.log" 2>&1 &
portal_pid=$!
portal=http://127.0.0.1:$portal_port
if ! portal_wait_http "$portal/health/ready" "$ready_timeout" "$portal_pid"; then
  tail -n 40 "$tmp/portal.log" >&2 || true
  die "the portal was not ready within ${ready_timeout}s"
fi

item_url="$portal$api/content/item$item_path"
code=$(curl -sS -o "$tmp/nginx/item.json" -w '%{http_code}' "$item_url") || code=000
[ "$code" = 200 ] || die "GET $item_url answered $code"
chmod 0644 "$tmp/nginx/item.json"
total=$(curl -sS -H "Api-Key: $api_key" "$portal$query" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
[ -n "$total" ] || die "the query did not answer a total"
indexed=$(curl -sS -H "Api-Key: $api_key" "$portal$api/content?take=0" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')

bench_start_nginx 'location / { try_files /item.json =404; default_type application/json; }'
static=$static/item.json
portal_wait_http "$static" 15 "$nginx_pid" || die "nginx did not serve the JSON"

# --- load ----------------------------------------------------------------------------------------------
bounded() { timeout -k 5 $((${1} + 30)) "${@:2}"; }
# wrk prints p50/p75/p90/p99 only; this prints p95 (and p50, p99) in ms after the run.
cat >"$tmp/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P50_MS %.3f\nP95_MS %.3f\nP99_MS %.3f\nREQUESTS %d\nNON2XX %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
LUA
portal_log "warming up (${warmup}s each)"
bounded "$warmup" wrk -t"$threads" -c16 -d"${warmup}s" "$static" >/dev/null
bounded "$warmup" wrk -t"$threads" -c16 -d"${warmup}s" "$item_url" >/dev/null
bounded "$warmup" wrk -t1 -c1 -d"${warmup}s" -H "Api-Key: $api_key" "$portal$query" >/dev/null

run_wrk() { # NAME URL [wrk args...]
  portal_log "wrk $1"
  bounded "$seconds" wrk "${@:3}" -d"${seconds}s" --latency -s "$tmp/p95.lua" "$2" >"$tmp/wrk-$1.txt"
}
run_wrk nginx1 "$static" -t"$threads" -c"$connections"
run_wrk item "$item_url" -t"$threads" -c"$connections"
run_wrk nginx2 "$static" -t"$threads" -c"$connections"
run_wrk query "$portal$query" -t1 -c1 -H "Api-Key: $api_key"
run_wrk query-cached "$portal$query" -t1 -c1

rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
n1=$(rps "$tmp/wrk-nginx1.txt"); n2=$(rps "$tmp/wrk-nginx2.txt"); p=$(rps "$tmp/wrk-item.txt")
mkdir -p "$root/bench/out"
report=$root/bench/out/delivery-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "Delivery API benchmark, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M:%SZ); $indexed published pages (seeded in ${seed_seconds}s)"
  echo "item by path: GET $api/content/item$item_path ($(wc -c <"$tmp/nginx/item.json") bytes), wrk -t$threads -c$connections -d${seconds}s"
  printf '  %-14s %10.0f req/s  p50 %7.3f ms  p99 %7.3f ms\n' "nginx (run 1)" "$n1" "$(val "$tmp/wrk-nginx1.txt" P50_MS)" "$(val "$tmp/wrk-nginx1.txt" P99_MS)"
  printf '  %-14s %10.0f req/s  p50 %7.3f ms  p99 %7.3f ms\n' "nginx (run 2)" "$n2" "$(val "$tmp/wrk-nginx2.txt" P50_MS)" "$(val "$tmp/wrk-nginx2.txt" P99_MS)"
  printf '  %-14s %10.0f req/s  p50 %7.3f ms  p99 %7.3f ms  non-2xx %s\n' "portal" "$p" "$(val "$tmp/wrk-item.txt" P50_MS)" "$(val "$tmp/wrk-item.txt" P99_MS)" "$(val "$tmp/wrk-item.txt" NON2XX)"
  awk -v p="$p" -v a="$n1" -v b="$n2" 'BEGIN { n = (a + b) / 2; r = n > 0 ? p / n : 0;
    printf "  ratio portal/nginx = %.2f; target >= 0.40: %s\n", r, (r >= 0.4) ? "met" : "NOT met" }'
  echo "query over all pages ($total matches): GET $query"
  for f in query query-cached; do
    label=$([ "$f" = query ] && echo "computed (Api-Key, no output cache)" || echo "anonymous (output cache)")
    printf '  %-36s %8.0f req/s  p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  non-2xx %s\n' "$label" "$(rps "$tmp/wrk-$f.txt")" \
      "$(val "$tmp/wrk-$f.txt" P50_MS)" "$(val "$tmp/wrk-$f.txt" P95_MS)" "$(val "$tmp/wrk-$f.txt" P99_MS)" "$(val "$tmp/wrk-$f.txt" NON2XX)"
  done
  awk -v l="$(val "$tmp/wrk-query.txt" P95_MS)" 'BEGIN { printf "  target computed query p95 < 20 ms: %s\n", (l < 20) ? "met" : "NOT met" }'
  awk '/^VmHWM:/ { printf "portal peak RSS (VmHWM) = %.1f MiB\n", $2 / 1024 }' "/proc/$portal_pid/status" 2>/dev/null || true
} | tee "$report"
for f in nginx1 item nginx2 query query-cached; do { echo; echo "== wrk: $f"; cat "$tmp/wrk-$f.txt"; } >>"$report"; done
portal_log "report with the raw wrk output: ${report#"$root"/}"
if [ "${BENCH_STRICT:-}" = 1 ] && grep -q 'NOT met' "$report"; then exit 3; fi
exit 0
