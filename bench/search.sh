#!/usr/bin/env bash
# Search engine benchmark (see bench/README.md and docs/search.md). bench/SearchBench builds an index of 10,000 pages
# and 2,000 documents through the real engine (Release) in a temp folder and prints, in process:
#   a full rebuild's time; query latency p50/p95/p99 with counts, snippets and suggestions (target p95 < 5 ms);
#   publish-to-results latency (target < 1 s); the memory the index adds (RSS before/after) and its size on disk.
# It then serves GET /search?q= over HTTP (the engine behind a minimal endpoint) and wrk measures it, one connection,
# rotating through the bench's queries (target p95 < 25 ms). BENCH_PORTAL_URL=http://127.0.0.1:PORT also measures a
# running portal's own /search page the same way (start it on a seeded data folder first; see bench/README.md).
#
#   ./bench/search.sh
#   BENCH_PAGES=2000 BENCH_DOCUMENTS=400 BENCH_SECONDS=5 ./bench/search.sh     # a quick run for trying the script
#
# Knobs: BENCH_PAGES (10000), BENCH_DOCUMENTS (2000), BENCH_SECONDS (15), BENCH_WARMUP_SECONDS (5),
# BENCH_PORTAL_URL (unset), BENCH_STRICT=1 (exit 3 when a target is missed), BENCH_KEEP=1 (keep the temp folder).
set -euo pipefail

export PORTAL_SCRIPT_NAME=bench-search
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/common.sh
. "$root/scripts/lib/common.sh"

pages=${BENCH_PAGES:-10000}
documents=${BENCH_DOCUMENTS:-2000}
seconds=${BENCH_SECONDS:-15}
warmup=${BENCH_WARMUP_SECONDS:-5}

tmp=$(mktemp -d -t portal-search-bench.XXXXXX)
bench_pid=''
# shellcheck disable=SC2317  # (called by the EXIT trap)
cleanup() {
  exec 3>&- 2>/dev/null || true
  portal_stop_pid "$bench_pid"
  if [ "${BENCH_KEEP:-}" = 1 ]; then portal_log "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
die() { portal_warn "$*"; exit 1; }

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v curl >/dev/null 2>&1 || need+=(curl)
[ ${#need[@]} -eq 0 ] || portal_apt_install "${need[@]}" || die "missing tools: ${need[*]}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

portal_log "building bench/SearchBench (Release)"
timeout -k 30 900 dotnet build bench/SearchBench -c Release -nologo -v q >&2 || die "build failed"
port=$(portal_free_port) || die "no free port"
mkfifo "$tmp/stdin"
portal_log "indexing $pages pages and $documents documents, then measuring in process"
dotnet bench/SearchBench/bin/Release/net10.0/SearchBench.dll "$tmp/index" "$pages" "$documents" "$port" <"$tmp/stdin" >"$tmp/bench.txt" 2>&1 &
bench_pid=$!
exec 3>"$tmp/stdin"   # held open: the bench serves HTTP until it closes
deadline=$((SECONDS + 1800))
until grep -q '^SERVING' "$tmp/bench.txt"; do
  kill -0 "$bench_pid" 2>/dev/null || { cat "$tmp/bench.txt" >&2; die "the bench stopped"; }
  [ $SECONDS -lt $deadline ] || die "the bench did not finish indexing in time"
  sleep 1
done

# wrk prints p50/p75/p90/p99 only; this rotates the queries and prints p95 (and p50, p99) in ms.
cat >"$tmp/search.lua" <<'LUA'
local queries = { "funding", "pupil+premium", "pp%2B+funding", "%22personal+education+plan%22", "designated+teacher+attendance",
  "LAC", "exclusion+guidance", "foster+carers+training", "looked-after+children", "SENCO+support", "atendance",
  "statutory+guidance", "special+guardianship+order", "virtual+school+headteacher", "termly+review+progress",
  "admissions", "carer", "plan" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/search?q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("P50_MS %.3f\nP95_MS %.3f\nP99_MS %.3f\nREQUESTS %d\nNON2XX %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
LUA
bounded() { timeout -k 5 $((${1} + 30)) "${@:2}"; }
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
measure() { # SLUG LABEL BASE_URL
  local label=$2
  portal_log "wrk $label (${warmup}s warm-up, ${seconds}s measured)"
  bounded "$warmup" wrk -t1 -c1 -d"${warmup}s" -s "$tmp/search.lua" "$3" >/dev/null
  bounded "$seconds" wrk -t1 -c1 -d"${seconds}s" --latency -s "$tmp/search.lua" "$3" >"$tmp/wrk-$1.txt"
  printf '  %-34s %8.0f req/s  p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  non-2xx %s\n' "$label" \
    "$(awk '/^Requests\/sec:/ { print $2 }' "$tmp/wrk-$1.txt")" "$(val "$tmp/wrk-$1.txt" P50_MS)" \
    "$(val "$tmp/wrk-$1.txt" P95_MS)" "$(val "$tmp/wrk-$1.txt" P99_MS)" "$(val "$tmp/wrk-$1.txt" NON2XX)"
  awk -v l="$(val "$tmp/wrk-$1.txt" P95_MS)" -v n="$label" 'BEGIN { printf "  target %s p95 < 25 ms: %s\n", n, (l < 25) ? "met" : "NOT met" }'
}

mkdir -p "$root/bench/out"
report=$root/bench/out/search-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  grep -v '^SERVING' "$tmp/bench.txt"
  echo "over HTTP, one connection, $seconds s, the queries above in turn:"
  measure engine "engine behind a minimal endpoint" "http://127.0.0.1:$port"
  if [ -n "${BENCH_PORTAL_URL:-}" ]; then measure portal "portal /search" "$BENCH_PORTAL_URL"; fi
  awk '/^VmHWM:/ { printf "bench process peak RSS (VmHWM) = %.1f MiB\n", $2 / 1024 }' "/proc/$bench_pid/status" 2>/dev/null || true
} | tee "$report"
for f in "$tmp"/wrk-*.txt; do { echo; echo "== $(basename "$f")"; cat "$f"; } >>"$report"; done
portal_log "report with the raw wrk output: ${report#"$root"/}"
if [ "${BENCH_STRICT:-}" = 1 ] && grep -q 'NOT met' "$report"; then exit 3; fi
exit 0
