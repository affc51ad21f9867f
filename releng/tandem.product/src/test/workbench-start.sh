#!/usr/bin/env bash
# Times the first start of the built workbench (see docs/PERFORMANCE.md, "Workbench start"): seconds from the start
# of the script to the first visible Tandem window, to the example project that the first start writes into the
# new workspace (its campaign calendar on disk), and to the end of the first check of the example (the workbench's
# debug option tandem.checks.ui/debug/checks prints a line), with the CPU seconds the Java process had used at the
# window and at the check (user + system: the figure to compare on a busy machine), and the load average.
# The script watches without taking the workbench's processor: the X server reports the window as it is mapped
# (xev), the log is read as it grows, and nothing else is started while it waits (on a machine of 2 cores, polling
# with xdotool, grep and bc every twentieth of a second took a fifth of a core, which the start then lacked).
# Each run gets a fresh home folder and workspace; the installation's configuration (the framework's and the
# extension registry's caches, the class-data archive) is shared, as for a real user after the first start. The last
# line gives the medians. Needs a display (xvfb-run), xev and xdotool (packages x11-utils, xdotool), bash 5.
# With --everyday, each run then ends that workbench as a planner does (File > Exit, so the workbench saves its
# state: the example's editor, the views) and times a second start of the same workspace to its window: the start
# a planner has every day. A start that ends before its window or its check is reported with its exit code and the
# end of its log, and the script goes on with the next run.
#   xvfb-run -a workbench-start.sh <product folder with the tandem script> [runs, default 3] [--everyday]
# WORKBENCH_START_VM_OPTIONS adds Java options, e.g. -XX:TieredStopAtLevel=1.
set -u
for tool in xev xdotool stdbuf; do
  command -v "$tool" >/dev/null || { echo "workbench-start: needs $tool (apt-get install x11-utils xdotool)" >&2; exit 1; }
done
if [ -z "${EPOCHREALTIME:-}" ]; then
  echo "workbench-start: needs bash 5 or newer (EPOCHREALTIME)" >&2
  exit 1
fi
home=${1:?usage: workbench-start.sh <product folder with the tandem script> [runs] [--everyday]}
[ -x "$home/tandem" ] || { echo "workbench-start: no tandem start script in $home" >&2; exit 1; }
runs=${2:-3}
everyday=false
[ "${3:-}" = --everyday ] && everyday=true
options=$(mktemp)
echo 'tandem.checks.ui/debug/checks=true' >"$options"
ticks=$(getconf CLK_TCK)
# CPU seconds of the workbench's Java process (the child of the tandem script).
cpu() {
  local java
  java=$(pgrep -P "$pid" java | head -n 1)
  [ -n "$java" ] && awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$java/stat" 2>/dev/null
}
# Seconds since $start_us, with two decimals, into $REPLY (no process started).
since() {
  local hundredths=$(((${EPOCHREALTIME/./} - start_us) / 10000))
  printf -v REPLY '%d.%02d' $((hundredths / 100)) $((hundredths % 100))
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "none"; else if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
results=$(mktemp)
everyday_results=$(mktemp)
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
# Top-level windows mapped on the display, one line each, as the X server reports them.
coproc XEV { exec stdbuf -oL xev -root -event substructure 2>/dev/null; }
trap 'kill "${XEV_PID:-}" 2>/dev/null' EXIT
sleep 0.3
if [ -z "${XEV_PID:-}" ] || ! kill -0 "$XEV_PID" 2>/dev/null; then
  echo "workbench-start: cannot watch the display '${DISPLAY:-}' (run it under xvfb-run or a desktop session)" >&2
  exit 1
fi
# Starts the workbench for $user in the background ($pid), its log in $1, read as it grows through $logfd.
start_workbench() {
  : >"$1"
  exec {logfd}<"$1"
  pending=""
  start_us=${EPOCHREALTIME/./}
  HOME="$user" TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$user ${WORKBENCH_START_VM_OPTIONS:-}" "$home/tandem" -debug "$options" >>"$1" 2>&1 &
  pid=$!
}
# Waits up to a twentieth of a second for the X server's next report; when it reports a Tandem window mapped, sets
# $mapped to the seconds since the start (taken before asking the window's name) and $mapped_id to the window.
wait_for_x() {
  local line id
  if IFS= read -r -t 0.05 -u "${XEV[0]}" line && [[ $line == *", override NO"* ]]; then
    since
    id=${line##*window }
    id=${id%%,*}
    if [[ $(xdotool getwindowname "$id" 2>/dev/null) == Tandem* ]]; then
      mapped=$REPLY
      mapped_id=$id
    fi
  fi
}
# Drops what the X server reported since the last timed window (menus, windows going).
drain_x() {
  while IFS= read -r -t 0.01 -u "${XEV[0]}" _; do :; done
}
# Whether the current start is still within its 180 s.
in_time() {
  (((${EPOCHREALTIME/./} - start_us) < 180000000))
}
# Whether the log has a line with $1 by now (reads only what was added since the last call).
log_has() {
  local line
  while IFS= read -r -u "$logfd" line; do
    line=$pending$line
    pending=""
    [[ $line == *"$1"* ]] && return 0
  done
  pending+=$line # a line still being written
  return 1
}
# The workbench ended on its own: says so with its exit code and the end of its log.
ended() {
  local code=0
  wait "$pid" || code=$?
  since
  echo "run $run: the workbench ended after $REPLY s with exit code $code, before $1; the end of its log:" >&2
  tail -n 15 "$2" | sed 's/^/  /' >&2
}
for run in $(seq 1 "$runs"); do
  user=$(mktemp -d)
  example="$user/tandem-workspace/Spring Promotion Example/spring-2027.campaigns"
  start_workbench "$user/workbench.log"
  window="" written="" checked="" window_cpu="" checked_cpu="" gone=false mapped="" mapped_id=""
  while [ -z "$checked" ] && in_time; do
    wait_for_x
    if [ -z "$window" ] && [ -n "$mapped" ]; then
      window=$mapped
      window_cpu=$(cpu)
    fi
    if [ -z "$written" ] && [ -f "$example" ]; then
      since
      written=$REPLY
    fi
    if log_has 'debug/checks: checked Spring Promotion Example'; then
      since
      checked=$REPLY
      checked_cpu=$(cpu)
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      ended "the check" "$user/workbench.log"
      gone=true
      break
    fi
  done
  printf 'run %s: first window %.2f s (CPU %s s), example project written %.2f s, checked %.2f s (CPU %s s), load %s (%s)\n' \
    "$run" "${window:-0}" "${window_cpu:-?}" "${written:-0}" "${checked:-0}" "${checked_cpu:-?}" \
    "$(cut -d ' ' -f 1 /proc/loadavg)" "$(grep -o 'checked Spring Promotion Example.*' "$user/workbench.log" | head -n 1)"
  echo "${window:--} ${checked:--} ${window_cpu:--} ${checked_cpu:--}" >>"$results"
  if $everyday && ! $gone && [ -n "$window" ] && [ -n "$checked" ]; then
    # File > Exit: the File menu at the left of the window's menu bar, Exit its last item.
    sleep 1
    xdotool mousemove --window "$mapped_id" 18 12 click 1
    sleep 0.7
    xdotool key Up Return
    for _ in $(seq 1 400); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "run $run: the workbench did not exit through File > Exit; no everyday start timed" >&2
    else
      wait "$pid"
      exec {logfd}<&-
      drain_x
      start_workbench "$user/everyday.log"
      window="" window_cpu="" mapped="" mapped_id=""
      while [ -z "$window" ] && in_time; do
        wait_for_x
        if [ -n "$mapped" ]; then
          window=$mapped
          window_cpu=$(cpu)
        elif ! kill -0 "$pid" 2>/dev/null; then
          ended "its window" "$user/everyday.log"
          break
        fi
      done
      printf 'run %s: everyday start of the same workspace: window %.2f s (CPU %s s), load %s\n' \
        "$run" "${window:-0}" "${window_cpu:-?}" "$(cut -d ' ' -f 1 /proc/loadavg)"
      echo "${window:--} ${window_cpu:--}" >>"$everyday_results"
    fi
  fi
  exec {logfd}<&-
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  drain_x
  rm -rf "$user"
done
printf 'median of %s: first window %s s (CPU %s s), checked %s s (CPU %s s)\n' "$runs" \
  "$(awk '$1 != "-" { print $1 }' "$results" | median)" "$(awk '$3 != "-" { print $3 }' "$results" | median)" \
  "$(awk '$2 != "-" { print $2 }' "$results" | median)" "$(awk '$4 != "-" { print $4 }' "$results" | median)"
if $everyday; then
  printf 'median of %s: everyday start window %s s (CPU %s s)\n' "$(wc -l <"$everyday_results")" \
    "$(awk '$1 != "-" { print $1 }' "$everyday_results" | median)" "$(awk '$2 != "-" { print $2 }' "$everyday_results" | median)"
fi
rm -f "$options" "$results" "$everyday_results"
