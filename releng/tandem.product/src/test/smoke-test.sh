#!/usr/bin/env bash
# Smoke test of the built Linux product:
#  1. tandem-cli answers --help, --version and bad usage with no DISPLAY set;
#  2. the workbench opens a window titled Tandem within 60 s under the current display, and a screenshot is saved.
# Usage: smoke-test.sh <materialized product folder> <output folder> <skip workbench: true|false>
set -u
product_root=$1
out=$2
skip_ui=${3:-false}
mkdir -p "$out"
cli=$(find "$product_root" -maxdepth 3 -name tandem-cli -type f | head -n 1)
[ -n "$cli" ] || { echo "smoke test: no tandem-cli under $product_root" >&2; exit 1; }
home=$(dirname "$cli")
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

# 1. The command line without a display.
env -u DISPLAY -u WAYLAND_DISPLAY "$cli" --help >"$out/cli-help.txt" 2>"$out/cli-help.err"
code=$?
[ $code -eq 0 ] || fail "tandem-cli --help exited $code: $(cat "$out/cli-help.err")"
grep -q '^Usage: tandem-cli' "$out/cli-help.txt" || fail "tandem-cli --help printed no usage: $(cat "$out/cli-help.txt")"
grep -q 'validate' "$out/cli-help.txt" || fail "tandem-cli --help lists no commands"
env -u DISPLAY "$cli" --version >"$out/cli-version.txt" 2>&1 || fail "tandem-cli --version failed"
grep -q '^tandem-cli [0-9]' "$out/cli-version.txt" || fail "unexpected version line: $(cat "$out/cli-version.txt")"
env -u DISPLAY "$cli" no-such-command >/dev/null 2>"$out/cli-unknown.err"
code=$?
[ $code -eq 2 ] || fail "an unknown command exited $code, expected 2"
grep -q "unknown command 'no-such-command'" "$out/cli-unknown.err" || fail "no one-line message for an unknown command"
echo "smoke test: tandem-cli works without a display"

# The checks run headless on plan files: a campaign customer service heard about 3 days before its first drop.
plans="$out/plans"
mkdir -p "$plans"
cat >"$plans/spring.campaigns" <<'PLAN'
<?xml version="1.0" encoding="UTF-8"?>
<campaign:CampaignCalendar xmlns:campaign="http://tandem.dev/campaign/1.0" id="calendar-1" name="Spring">
  <campaigns id="campaign-1" name="Spring promo" startDate="2027-03-01" endDate="2027-03-31" serviceNotifiedOn="2027-02-26">
    <drops id="drop-1" name="Mail drop" kind="mail" date="2027-03-01" audienceSize="100000" responseRate="0.02"/>
  </campaigns>
</campaign:CampaignCalendar>
PLAN
env -u DISPLAY "$cli" check "$plans" --checklist alignment --format json >"$out/check.json" 2>"$out/check.err"
code=$?
[ $code -eq 1 ] || fail "tandem-cli check exited $code on a plan with an error, expected 1: $(cat "$out/check.err")"
grep -q '"ruleId": "alignment.notice"' "$out/check.json" || fail "tandem-cli check did not report the late notice: $(cat "$out/check.json")"
grep -q '"Move the campaign and its drops 11 days later"' "$out/check.json" || fail "no quick fix listed: $(cat "$out/check.json")"
echo "smoke test: tandem-cli check finds the late notice"

# The workbench script without a display falls back to the command line.
env -u DISPLAY -u WAYLAND_DISPLAY "$home/tandem" >"$out/tandem-nodisplay.txt" 2>&1
grep -q 'no display found' "$out/tandem-nodisplay.txt" || fail "tandem without a display did not say so"
grep -q '^Usage: tandem-cli' "$out/tandem-nodisplay.txt" || fail "tandem without a display did not run tandem-cli"

if [ "$skip_ui" = "true" ]; then
  echo "smoke test: workbench start skipped (-Dtandem.skipUiTests=true)"
  exit 0
fi
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY to start the workbench on (run under xvfb-run, or pass -Dtandem.skipUiTests=true)"

# 2. The workbench: a fresh home, so the test never touches a real workspace.
export HOME="$out/home"
mkdir -p "$HOME"
start=$(date +%s)
"$home/tandem" >"$out/workbench.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; sleep 1; kill -9 $pid 2>/dev/null' EXIT
window=""
while [ $(( $(date +%s) - start )) -lt 60 ]; do
  kill -0 $pid 2>/dev/null || fail "the workbench exited early: $(tail -20 "$out/workbench.log")"
  window=$(xdotool search --onlyvisible --name '^Tandem' 2>/dev/null | head -n 1)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || fail "no Tandem window within 60 s: $(tail -20 "$out/workbench.log")"
echo "smoke test: workbench window after $(( $(date +%s) - start )) s"
sleep 5
import -window root "$out/workbench.png" || fail "could not take a screenshot"
title=$(xdotool getwindowname "$window")
echo "smoke test: window title '$title', screenshot $out/workbench.png"
grep -qi 'exception' "$HOME/tandem-workspace/.metadata/.log" 2>/dev/null && {
  echo "smoke test: the workbench logged errors:" >&2
  head -40 "$HOME/tandem-workspace/.metadata/.log" >&2
  fail "errors in the workbench log"
}
exit 0
