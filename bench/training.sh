#!/usr/bin/env bash
# Training booking benchmark: books through the real HTTP form against a fresh in-process portal (Release,
# SQLite) and reports booking throughput and the concurrency result (N simultaneous bookings at a small
# session: exactly its capacity confirmed, the rest waiting). See bench/README.md.
#
#   ./bench/training.sh
#   BENCH_BOOKINGS=2000 BENCH_CONCURRENCY=32 BENCH_RUSH=200 BENCH_RUSH_CAPACITY=20 ./bench/training.sh
#   BENCH_PROVIDER=PostgreSql BENCH_POSTGRES='Host=127.0.0.1;Database=bench;Username=...' ./bench/training.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
out="bench/out/training-$(date -u +%Y%m%dT%H%M%SZ).txt"
dotnet run -c Release --project bench/TrainingBench -p:SkipFrontendBuild=true "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
echo "Saved to $out"
exit "$status"
