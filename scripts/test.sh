#!/usr/bin/env bash
# The test command: ./scripts/test.sh [extra `dotnet test` arguments, e.g. --filter Category=Unit]
#
# Every test class carries a category trait, so a filter picks a lane:
#   Category=Unit         Core.Tests: the core and infrastructure without a web host
#   Category=Integration  Web.Tests through HTTP on a test host and SQLite (mail to files, not to a server)
#   Category=Smtp         Web.Tests whose mail goes to a real SMTP server (aiosmtpd)
#   Category=PostgreSql   Web.Tests on PostgreSQL (skip without PORTAL_TEST_POSTGRES)
#   Category=Browser      Web.Tests in Chromium through Playwright
#   Category=House        the size limits of the style guide (files, methods), in a moment
# e.g. --filter "Category=Unit|Category=House" for a quick check, --filter Category!=Browser without Chromium.
#
# Installs what the tests need (Debian: chromium, postgresql, python3-aiosmtpd) when missing, starts a
# throwaway PostgreSQL on 127.0.0.1, builds the solution once in Release, runs every test project, and
# ends with one line: `N passed, N failed` (plus `, N skipped` when tests were skipped).
# Exit status: 0 only when the build succeeded, at least one test ran and none failed.
#
# Environment it exports to the tests:
#   PORTAL_TEST_POSTGRES  Npgsql connection string (user may create databases); unset if no server
#   PORTAL_TEST_CHROMIUM  /usr/bin/chromium when installed
#   PORTAL_TEST_PYTHON    a python3 that can `-m aiosmtpd` (also first on PATH as `python3`)
# Knobs (all optional):
#   PORTAL_SOLUTION=path.sln       solution to build and test (default VirtualSchool.Portal.sln)
#   PORTAL_TEST_SKIP_INSTALL=1     never call apt-get
#   PORTAL_TEST_NO_POSTGRES=1      do not start PostgreSQL (tests that need it skip themselves)
#   PORTAL_TEST_POSTGRES=...       set already: used as is, no server is started
#   PORTAL_TEST_RESULTS=dir        keep the .trx files there (default: a temp folder, removed)
#   PORTAL_PG_BINDIR=dir           PostgreSQL server binaries (default /usr/lib/postgresql/15/bin, else newest)
#   PORTAL_TEST_BUILD_TIMEOUT / PORTAL_TEST_TIMEOUT / PORTAL_TEST_HANG_TIMEOUT  (seconds / seconds / dotnet duration)
set -uo pipefail

export PORTAL_SCRIPT_NAME=test.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root" || exit 1
# shellcheck source=scripts/lib/common.sh
. "$here/lib/common.sh"

solution=${PORTAL_SOLUTION:-VirtualSchool.Portal.sln}
build_timeout=${PORTAL_TEST_BUILD_TIMEOUT:-1200}
test_timeout=${PORTAL_TEST_TIMEOUT:-2400}
hang_timeout=${PORTAL_TEST_HANG_TIMEOUT:-10m}

work=$(mktemp -d -t portal-test.XXXXXX) || { echo "cannot create a temp folder" >&2; echo "0 passed, 1 failed"; exit 1; }
results=${PORTAL_TEST_RESULTS:-$work/results}
child=

cleanup() {
  if [ -n "$child" ]; then portal_stop_pid "$child"; child=; fi
  portal_pg_stop
  rm -rf "$work"
}
trap 'cleanup' EXIT
trap 'portal_warn "interrupted"; exit 130' INT TERM HUP

# Ends the run: clean up first, so the totals line really is the last line printed.
finish() {
  local passed=$1 failed=$2 skipped=$3 status=$4
  trap - EXIT
  cleanup
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  exit "$status"
}

# Runs a command in the background with a time limit, so the traps above can stop it.
run_bounded() {
  local secs=$1 rc
  shift
  timeout -k 30 "$secs" "$@" &
  child=$!
  wait "$child"; rc=$?
  child=
  [ $rc -eq 124 ] && portal_warn "timed out after ${secs}s: $*"
  return $rc
}

# --- 1. What the tests need from Debian ------------------------------------------------------
if [ "${PORTAL_TEST_SKIP_INSTALL:-}" != 1 ]; then
  portal_apt_install chromium postgresql python3-aiosmtpd ||
    portal_warn "some test dependencies are missing; the tests that need them will skip or fail"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# No build servers that outlive the run (they would hold CI's output open): as this machine is set up.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=${UseSharedCompilation:-false}

if [ -x /usr/bin/chromium ]; then
  export PORTAL_TEST_CHROMIUM=/usr/bin/chromium
else
  unset PORTAL_TEST_CHROMIUM
  portal_warn "no /usr/bin/chromium: browser tests will skip"
fi

# aiosmtpd comes from Debian, so it is importable by Debian's /usr/bin/python3, which need not be the
# python3 first on PATH (pyenv). Put a python3 that has it first on PATH for the tests.
smtp_python=
for py in "$(command -v python3 2>/dev/null)" /usr/bin/python3; do
  if [ -z "$py" ] || [ ! -x "$py" ]; then continue; fi
  if timeout 20 "$py" -m aiosmtpd --help >/dev/null 2>&1; then smtp_python=$py; break; fi
done
if [ -n "$smtp_python" ]; then
  export PORTAL_TEST_PYTHON=$smtp_python
  if [ "$(command -v python3)" != "$smtp_python" ]; then
    mkdir -p "$work/bin" && ln -s "$smtp_python" "$work/bin/python3" && export PATH="$work/bin:$PATH"
  fi
else
  unset PORTAL_TEST_PYTHON
  portal_warn "python3 -m aiosmtpd does not work: SMTP tests will skip"
fi

# --- 2. PostgreSQL -----------------------------------------------------------------------------
if [ -n "${PORTAL_TEST_POSTGRES:-}" ]; then
  portal_log "using the PostgreSQL given in PORTAL_TEST_POSTGRES"
elif [ "${PORTAL_TEST_NO_POSTGRES:-}" = 1 ]; then
  unset PORTAL_TEST_POSTGRES
elif portal_pg_start; then
  export PORTAL_TEST_POSTGRES=$PORTAL_PG_CONNECTION
  portal_log "PostgreSQL on 127.0.0.1:$PORTAL_PG_PORT (user $PORTAL_PG_USER)"
else
  unset PORTAL_TEST_POSTGRES
  portal_warn "PostgreSQL could not be started: continuing without PORTAL_TEST_POSTGRES (PostgreSQL tests will skip)"
  portal_pg_stop
fi

# --- 3. Build once -----------------------------------------------------------------------------
portal_log "dotnet build $solution -c Release"
if ! run_bounded "$build_timeout" dotnet build "$solution" -c Release -nologo; then
  portal_warn "the build failed"
  finish 0 1 0 1
fi

# --- 4. Test -----------------------------------------------------------------------------------
# Test projects run side by side (-m:2, one per core); xunit parallelises inside each by core count.
# The console logger names every test as it ends; scripts/lib/test-progress.awk turns that into which
# project started and a running count, so a run of several minutes does not look stuck.
mkdir -p "$results"
portal_log "dotnet test $solution -c Release $* (progress every 50 tests)"
mkfifo "$work/test-output" || { portal_warn "cannot create a pipe in $work"; finish 0 1 0 1; }
awk -f "$here/lib/test-progress.awk" <"$work/test-output" &
progress=$!
run_bounded "$test_timeout" dotnet test "$solution" -c Release --no-build -nologo -m:2 \
  --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" --results-directory "$results" \
  --blame-hang-timeout "$hang_timeout" --blame-hang-dump-type none \
  "$@" >"$work/test-output" 2>&1
test_rc=$?
# The filter ends when the last writer closes the pipe; a stray test host still holding it must not hang us.
for _ in $(seq 1 20); do kill -0 "$progress" 2>/dev/null || break; sleep 0.5; done
kill "$progress" 2>/dev/null
wait "$progress" 2>/dev/null

# --- 5. Totals from the .trx files -----------------------------------------------------------
# Prints "passed failed skipped total files".
count_trx() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$results" <<'PY' && return 0
import glob, os, sys
import xml.etree.ElementTree as ET
p = f = s = t = n = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"unreadable {path}: {e}", file=sys.stderr)
        f += 1
        continue
    n += 1
    for c in root.iter():
        if c.tag.rsplit("}", 1)[-1] != "Counters":
            continue
        g = lambda k: int(c.get(k, "0") or 0)
        p += g("passed")
        f += g("failed") + g("error") + g("timeout") + g("aborted")
        # xunit's skipped tests are left out of "executed" but not always counted in "notExecuted".
        s += max(g("notExecuted"), g("total") - g("executed"))
        t += g("total")
print(p, f, s, t, n)
PY
  fi
  # No python3: read the attributes of each <Counters .../> with sed.
  local p=0 f=0 s=0 t=0 n=0 line attr v ne ex tt
  while IFS= read -r line; do
    n=$((n + 1)) ne=0 ex=0 tt=0
    for attr in passed failed error timeout aborted notExecuted executed total; do
      v=$(printf '%s' "$line" | sed -n "s/.* $attr=\"\([0-9]*\)\".*/\1/p")
      v=${v:-0}
      case $attr in
        passed) p=$((p + v)) ;;
        notExecuted) ne=$v ;;
        executed) ex=$v ;;
        total) tt=$v t=$((t + v)) ;;
        *) f=$((f + v)) ;;
      esac
    done
    if [ $((tt - ex)) -gt "$ne" ]; then ne=$((tt - ex)); fi
    s=$((s + ne))
  done < <(find "$results" -name '*.trx' -exec grep -ho '<Counters [^>]*>' {} + 2>/dev/null)
  echo "$p $f $s $t $n"
}

# Names the failed tests with the first lines of their messages, so the end of the log (all some CI screens keep)
# says which test failed, not only how many.
list_failures() {
  command -v python3 >/dev/null 2>&1 || return 0
  python3 - "$results" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        continue
    for r in root.iter():
        if r.tag.rsplit("}", 1)[-1] != "UnitTestResult" or r.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        message = ""
        for m in r.iter():
            if m.tag.rsplit("}", 1)[-1] == "Message" and m.text:
                message = " ".join(m.text.split())[:400]
                break
        print(f"[test.sh] failed: {r.get('testName')}: {message}")
PY
}

read -r passed failed skipped total files < <(count_trx)
list_failures
passed=${passed:-0} failed=${failed:-0} skipped=${skipped:-0} total=${total:-0} files=${files:-0}
portal_log "$files result file(s), $total test(s); dotnet test exited $test_rc"

status=0
if [ "$failed" -gt 0 ]; then
  status=1
elif [ "$test_rc" -ne 0 ]; then
  # A crashed or hung test host, or an error before any test ran: not a pass, whatever was counted.
  portal_warn "dotnet test failed (exit $test_rc) without a failed test in the results: counting 1 failure"
  failed=1 status=1
elif [ $((passed + failed)) -eq 0 ]; then
  portal_warn "no test ran"
  status=1
fi
finish "$passed" "$failed" "$skipped" "$status"
