#!/usr/bin/env bash
# Times the first start of the built workbench (see docs/PERFORMANCE.md, "Workbench start"): seconds from the start
# of the script to the first visible Tandem window, to the example project that the first start writes into the
# new workspace (its campaign calendar on disk), and to the end of the first check of the example (the workbench's
# debug option tandem.checks.ui/debug/checks prints a line). Polled every tenth of a second. Each run gets a fresh home folder
# and workspace; the installation's configuration (the framework's cache) is shared, as for a real user.
# Needs a display (xvfb-run) and xdotool.
#   workbench-start.sh <product folder with the tandem script> [runs, default 3]
set -u
home=$1
runs=${2:-3}
options=$(mktemp)
echo 'tandem.checks.ui/debug/checks=true' >"$options"
for run in $(seq 1 "$runs"); do
  user=$(mktemp -d)
  example="$user/tandem-workspace/Spring Promotion Example/spring-2027.campaigns"
  start=$(date +%s.%N)
  HOME="$user" TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$user" "$home/tandem" -debug "$options" >"$user/workbench.log" 2>&1 &
  pid=$!
  window="" written="" checked=""
  while [ -z "$checked" ] && [ "$(echo "$(date +%s.%N) - $start < 180" | bc)" = 1 ]; do
    if [ -z "$window" ] && xdotool search --onlyvisible --name '^Tandem' >/dev/null 2>&1; then
      window=$(echo "$(date +%s.%N) - $start" | bc)
    fi
    [ -z "$written" ] && [ -f "$example" ] && written=$(echo "$(date +%s.%N) - $start" | bc)
    grep -q 'debug/checks: checked Spring Promotion Example' "$user/workbench.log" 2>/dev/null \
      && checked=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 0.1
  done
  printf 'run %s: first window %s s, example project written %s s, checked %s s (%s)\n' "$run" "${window:-none}" \
    "${written:-none}" "${checked:-none}" "$(grep -o 'checked Spring Promotion Example.*' "$user/workbench.log" | head -n 1)"
  kill "$pid" 2>/dev/null
  wait "$pid"
  rm -rf "$user"
done
rm -f "$options"
