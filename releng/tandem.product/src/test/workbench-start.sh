#!/usr/bin/env bash
# Times the first start of the built workbench (see docs/PERFORMANCE.md, "Workbench start"): seconds from the start
# of the script to the first visible Tandem window, to the example project that the first start writes into the
# new workspace (its campaign calendar on disk), and to the end of the first check of the example (the workbench's
# debug option tandem.checks.ui/debug/checks prints a line), with the CPU seconds the Java process had used at the
# window and at the check (user + system: the figure to compare on a busy machine), and the load average.
# Polled every twentieth of a second. Each run gets a fresh home folder and workspace; the installation's
# configuration (the framework's and the extension registry's caches, the class-data archive) is shared, as for a
# real user after the first start. The last line gives the medians. Needs a display (xvfb-run) and xdotool.
#   xvfb-run -a workbench-start.sh <product folder with the tandem script> [runs, default 3]
# WORKBENCH_START_VM_OPTIONS adds Java options, e.g. -XX:TieredStopAtLevel=1.
set -u
home=$1
runs=${2:-3}
options=$(mktemp)
echo 'tandem.checks.ui/debug/checks=true' >"$options"
ticks=$(getconf CLK_TCK)
# CPU seconds of the workbench's Java process (the child of the tandem script).
cpu() {
  local java
  java=$(pgrep -P "$pid" java | head -n 1)
  [ -n "$java" ] && awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$java/stat" 2>/dev/null
}
since() { echo "$(date +%s.%N) - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "none"; else if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
results=$(mktemp)
# The installation as a planner has it after the first start ended normally: the extension registry's cache saved in
# its configuration (the timed starts are ended by a signal, so they never save it). "tandem -initialize" writes the
# same cache; the class-data archive is written by the first timed start (take it as a warm-up).
if ! ls "$home"/configuration/org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1; then
  user=$(mktemp -d)
  HOME="$user" TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$user" "$home/tandem" -initialize >/dev/null 2>&1
  rm -rf "$user"
  ls "$home"/configuration/org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1 \
    || echo "workbench-start: tandem -initialize wrote no registry cache; the starts parse every plugin.xml" >&2
fi
for run in $(seq 1 "$runs"); do
  user=$(mktemp -d)
  example="$user/tandem-workspace/Spring Promotion Example/spring-2027.campaigns"
  start=$(date +%s.%N)
  HOME="$user" TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$user ${WORKBENCH_START_VM_OPTIONS:-}" "$home/tandem" -debug "$options" >"$user/workbench.log" 2>&1 &
  pid=$!
  window="" written="" checked="" window_cpu="" checked_cpu=""
  while [ -z "$checked" ] && [ "$(echo "$(since) < 180" | bc)" = 1 ]; do
    if [ -z "$window" ] && xdotool search --onlyvisible --name '^Tandem' >/dev/null 2>&1; then
      window=$(since)
      window_cpu=$(cpu)
    fi
    [ -z "$written" ] && [ -f "$example" ] && written=$(since)
    if grep -q 'debug/checks: checked Spring Promotion Example' "$user/workbench.log" 2>/dev/null; then
      checked=$(since)
      checked_cpu=$(cpu)
    fi
    sleep 0.05
  done
  printf 'run %s: first window %.2f s (CPU %s s), example project written %.2f s, checked %.2f s (CPU %s s), load %s (%s)\n' \
    "$run" "${window:-0}" "${window_cpu:-?}" "${written:-0}" "${checked:-0}" "${checked_cpu:-?}" \
    "$(cut -d ' ' -f 1 /proc/loadavg)" "$(grep -o 'checked Spring Promotion Example.*' "$user/workbench.log" | head -n 1)"
  echo "${window:--} ${checked:--} ${window_cpu:--} ${checked_cpu:--}" >>"$results"
  kill "$pid" 2>/dev/null
  wait "$pid"
  rm -rf "$user"
done
printf 'median of %s: first window %s s (CPU %s s), checked %s s (CPU %s s)\n' "$runs" \
  "$(awk '$1 != "-" { print $1 }' "$results" | median)" "$(awk '$3 != "-" { print $3 }' "$results" | median)" \
  "$(awk '$2 != "-" { print $2 }' "$results" | median)" "$(awk '$4 != "-" { print $4 }' "$results" | median)"
rm -f "$options" "$results"
