# Reads `dotnet test --logger "console;verbosity=normal"` and keeps a long run from looking stuck: it says
# which test project starts, prints running counts per project every 50 tests, and passes through everything
# that is not one passing test (failures with their messages, skipped tests, each project's summary).
# Runs under any awk (mawk has no clock, so progress is counted in tests, not seconds).
function project(name) {
  if (name ~ /^VirtualSchool\.Portal\.Core\.Tests/) return "Core.Tests"
  if (name ~ /^VirtualSchool\.Portal\.Web\.Tests/) return "Web.Tests"
  return "other"
}
function count(kind, name,   p) {
  p = project(name)
  if (!(p in seen)) { seen[p] = 1; order[++projects] = p }
  tally[p, kind]++
  if (++total % 50 == 0) report()
}
function report(   i, p, line) {
  line = ""
  for (i = 1; i <= projects; i++) {
    p = order[i]
    line = line (i > 1 ? "; " : "") sprintf("%s %d passed, %d failed, %d skipped", p, tally[p, "passed"], tally[p, "failed"], tally[p, "skipped"])
  }
  print "[test.sh] so far: " line
  fflush()
}
/^[ \t]*Test run for / {
  for (i = 1; i <= NF; i++) if ($i ~ /\.dll$/) file = $i
  sub(/.*\//, "", file); sub(/\.dll$/, "", file)
  print "[test.sh] running " file
  fflush()
  next
}
/^  Passed [^ ]/ { count("passed", $2); next }
/^  Failed [^ ]/ { count("failed", $2) }
/^  Skipped [^ ]/ { count("skipped", $2) }
{ print; fflush() }
