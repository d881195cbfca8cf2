#!/usr/bin/env bash
# Forms benchmark (issue 13): the figures the forms module promises. See bench/README.md.
#
#   ./bench/forms.sh                                  # all four figures
#   BENCH_SKIP_PAGE=1 ./bench/forms.sh                # without the nginx comparison (no root, no apt)
#   BENCH_ENTRIES=5000 BENCH_SUBMISSIONS=20 ./bench/forms.sh   # a quick run for trying the script itself
#
# 1. A page with a form (the Contact page, which shows "Contact the Virtual School") against nginx serving the same
#    bytes: bench/run.sh with BENCH_PATH=/contact (target >= 0.5x nginx; the form's definition is cached and its
#    token and stamp are filled per request, so the portal's page is not a static file).
# 2-4. bench/FormsBench, in-process on the site's seeds: BENCH_SUBMISSIONS (100) people send the contact form at once
#    (every entry stored, each workflow run once); BENCH_ENTRIES (100,000) entries seeded into FormEntries, then the
#    entries screen timed with its filters as a signed-in administrator (p95 < 200 ms); the CSV and .xlsx exports of
#    all of them with resident memory sampled (a rise under BENCH_EXPORT_MAX_MIB, 64).
# Knobs: BENCH_PAGE_PATH (/contact), BENCH_SECONDS (15, for the page), BENCH_TIMED (30), BENCH_WORKFLOW_WAIT_SECONDS
# (120), BENCH_STRICT=1 (exit 3 when a target is missed), BENCH_SKIP_PAGE=1, BENCH_SKIP_FORMS=1.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
out="bench/out/forms-$(date -u +%Y%m%dT%H%M%SZ).txt"
status=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

{
  echo "Forms benchmark, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if [ "${BENCH_SKIP_PAGE:-}" != 1 ]; then
    echo
    echo "== 1. A page with a form against nginx serving the same bytes"
    BENCH_PATH=${BENCH_PAGE_PATH:-/contact} ./bench/run.sh
    page=$?
    [ "$page" -eq 0 ] || status=$page
  fi
  if [ "${BENCH_SKIP_FORMS:-}" != 1 ]; then
    echo
    echo "== 2-4. Submissions at once, the entries screen, exports"
    dotnet run -c Release --project bench/FormsBench -p:SkipFrontendBuild=true "$@"
    forms=$?
    [ "$forms" -eq 0 ] || status=$forms
  fi
  exit "$status"
} 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
echo "Saved to $out"
exit "$status"
