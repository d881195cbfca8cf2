#!/usr/bin/env bash
# Back-office page benchmark: seeds 10,000 content pages and 5,000 media items into a fresh in-process portal
# (Release) and times every back-office page against the 200 ms server-time target. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
out="bench/out/backoffice-$(date -u +%Y%m%dT%H%M%SZ).txt"
dotnet run -c Release --project bench/BackOfficeBench -p:SkipFrontendBuild=true "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
echo "Saved to $out"
exit "$status"
