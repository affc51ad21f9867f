#!/usr/bin/env bash
# Times the first start of the built workbench (see docs/PERFORMANCE.md, "Workbench start"): seconds from the start
# of the script to the first visible Tandem window, and to the end of the first check of the example project that
# the first start creates (the job "Checking plans in Spring Promotion Example", traced by the job manager; seen within a tenth of a second).
# Each run gets a fresh home folder, so every run is a first start. Needs a display (xvfb-run) and xdotool.
#   workbench-start.sh <product folder with the tandem script> [runs, default 3]
set -u
home=$1
runs=${2:-3}
options=$(mktemp)
printf '%s\n' 'org.eclipse.core.jobs/debug=true' 'org.eclipse.core.jobs/jobs=true' >"$options"
for run in $(seq 1 "$runs"); do
  user=$(mktemp -d)
  log="$user/workbench.log"
  start=$(date +%s.%N)
  HOME="$user" TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$user" "$home/tandem" -debug "$options" >"$log" 2>&1 &
  pid=$!
  window="" checked=""
  while [ -z "$checked" ] && [ "$(echo "$(date +%s.%N) - $start < 120" | bc)" = 1 ]; do
    if [ -z "$window" ] && xdotool search --onlyvisible --name '^Tandem' >/dev/null 2>&1; then
      window=$(echo "$(date +%s.%N) - $start" | bc)
    fi
    grep -q 'Ending job: Checking plans in Spring Promotion Example' "$log" \
      && checked=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 0.1
  done
  printf 'run %s: first window %s s, example project checked %s s\n' "$run" "${window:-none}" "${checked:-none}"
  kill "$pid" 2>/dev/null
  wait "$pid"
  rm -rf "$user"
done
rm -f "$options"
