#!/usr/bin/env bash
# Smoke test of the built Linux product:
#  1. tandem-cli answers --help, --version and bad usage with no DISPLAY set;
#  2. tandem-install puts the example feature from the build's p2 repository into a copy of the product, with no
#     DISPLAY: its checklist is unknown to tandem-cli before and finds a phone queue without hours after;
#  3. the Linux archive, unpacked elsewhere, ships the framework's and the extension registry's caches, and the first
#     start of its command line and of its workbench use them; the workbench opens a window titled Tandem within 180 s (TANDEM_SMOKE_WINDOW_SECONDS; generous for loaded CI machines, the start-up figure is measured in docs/PERFORMANCE.md) under the current display, and a screenshot is saved.
# Usage: smoke-test.sh <materialized product folder> <output folder> <skip workbench: true|false> [<p2 repository>]
#        [<Linux product archive>]
set -u
product_root=$1
out=$2
skip_ui=${3:-false}
repository=${4:-}
archive=${5:-}
mkdir -p "$out"
cli=$(find "$product_root" -maxdepth 3 -name tandem-cli -type f | head -n 1)
[ -n "$cli" ] || { echo "smoke test: no tandem-cli under $product_root" >&2; exit 1; }
home=$(dirname "$cli")
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
# used_registry_cache <class-loading log> <which run>: fails when that run parsed the bundles' plugin.xml files, that
# is when the extension registry did not read the cache shipped in the archive.
used_registry_cache() {
  grep -q 'ExtensionsParser ' "$1" \
    && fail "$2 parsed the bundles' plugin.xml: the shipped registry cache was not used"
}
# wait_for_window <pid> <log> [<which workbench>]: sets $window to the first visible Tandem window, failing when the
# process ends first or none appears within TANDEM_SMOKE_WINDOW_SECONDS (default 180); $start is when it began.
wait_for_window() {
  window=""
  start=$(date +%s)
  while [ $(( $(date +%s) - start )) -lt "${TANDEM_SMOKE_WINDOW_SECONDS:-180}" ]; do
    kill -0 "$1" 2>/dev/null || fail "${3:-the workbench} exited early: $(tail -20 "$2")"
    window=$(xdotool search --onlyvisible --name '^Tandem' 2>/dev/null | head -n 1)
    [ -n "$window" ] && return
    sleep 1
  done
  fail "no Tandem window from ${3:-the workbench} within ${TANDEM_SMOKE_WINDOW_SECONDS:-180} s: $(tail -20 "$2")"
}

# 1. The command line without a display.
env -u DISPLAY -u WAYLAND_DISPLAY "$cli" --help >"$out/cli-help.txt" 2>"$out/cli-help.err"
code=$?
[ $code -eq 0 ] || fail "tandem-cli --help exited $code: $(cat "$out/cli-help.err")"
grep -q '^Usage: tandem-cli' "$out/cli-help.txt" || fail "tandem-cli --help printed no usage: $(cat "$out/cli-help.txt")"
head -n 1 "$out/cli-help.txt" | grep -q '^Usage: tandem-cli' \
  || fail "tandem-cli --help printed something before its usage: $(head -3 "$out/cli-help.txt")"
for command in check validate erlang staff export import example roster schedule; do
  grep -q "^  $command " "$out/cli-help.txt" || fail "tandem-cli --help does not list the $command command: $(cat "$out/cli-help.txt")"
done
# Team sharing over ssh: JGit's ssh transport and the Apache MINA sshd and BouncyCastle bundles it imports are
# installed (tandem.team imports them, so tandem-cli merge below only works when they resolve).
for bundle in org.eclipse.jgit.ssh.apache org.apache.sshd.osgi bcprov; do
  grep -q "^$bundle," "$home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "the product lacks $bundle (ssh for team sharing)"
done
# The command line runs in a configuration of its own: every installed bundle but the workbench's.
cli_configuration="$home/configuration/tandem.cli"
[ -f "$cli_configuration/config.ini" ] && [ -f "$cli_configuration/bundles.info" ] \
  || fail "tandem-cli made no configuration of its own in $cli_configuration"
grep -Eq '^(org\.eclipse\.swt|org\.eclipse\.ui|org\.eclipse\.equinox\.p2\.|org\.eclipse\.ecf|tandem\.application,|[^,]*\.ui,)' \
  "$cli_configuration/bundles.info" && fail "the command line's configuration has workbench bundles: $cli_configuration/bundles.info"
for bundle in $(sed -n 's/^\(tandem\.[^,]*\),.*/\1/p' "$home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"); do
  case $bundle in *.ui|tandem.application) continue ;; esac
  grep -q "^$bundle," "$cli_configuration/bundles.info" || fail "the command line's configuration lacks $bundle"
done
grep -q 'left out of the command line' "$out/cli-help.err" \
  && fail "bundles are left out of the command line's configuration: $(cat "$out/cli-help.err")"
ls "$cli_configuration"/java-*.jsa >/dev/null 2>&1 || fail "the first run of tandem-cli wrote no class-data sharing archive"
# Unsigned copies of the launcher and framework jars (made with perl): no signature entries left in them, while the
# installation's jars stay signed.
if command -v perl >/dev/null 2>&1; then
  for pattern in org.eclipse.equinox.launcher_ org.eclipse.osgi_; do
    jar=$(ls "$cli_configuration"/unsigned/$pattern[0-9]*.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || fail "tandem-cli made no unsigned copy of $pattern*.jar in $cli_configuration/unsigned"
    LC_ALL=C grep -aq 'META-INF/[A-Z0-9_-]*\.\(SF\|RSA\|DSA\|EC\)' "$jar" && fail "$jar still has signature entries"
    LC_ALL=C grep -aq 'META-INF/[A-Z0-9_-]*\.SF' "$home/plugins/${jar##*/}" \
      || fail "tandem-cli changed the installation's ${jar##*/}"
  done
fi
env -u DISPLAY "$cli" --version >"$out/cli-version.txt" 2>&1 || fail "tandem-cli --version failed"
grep -q '^tandem-cli [0-9]' "$out/cli-version.txt" || fail "unexpected version line: $(cat "$out/cli-version.txt")"
env -u DISPLAY "$cli" no-such-command >/dev/null 2>"$out/cli-unknown.err"
code=$?
[ $code -eq 2 ] || fail "an unknown command exited $code, expected 2"
grep -q "unknown command 'no-such-command'" "$out/cli-unknown.err" || fail "no one-line message for an unknown command"
env -u DISPLAY JAVA_HOME="$out/no-java-here" "$cli" --help >/dev/null 2>"$out/cli-nojava.err"
code=$?
[ $code -eq 1 ] || fail "tandem-cli without Java exited $code, expected 1"
grep -q "Tandem needs Java 17 or newer" "$out/cli-nojava.err" || fail "no message without Java: $(cat "$out/cli-nojava.err")"
echo "smoke test: tandem-cli works without a display"

# A read-only installation (run as another user than its owner): the command line keeps its configuration in the
# user's cache folder and never writes to the installation.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  # In the temporary folder: the build folder may be below a home folder the other user cannot enter.
  readonly_home=$(mktemp -d)
  mkdir -p "$readonly_home/user"
  cp -a "$home" "$readonly_home/tandem"
  rm -rf "$readonly_home/tandem/configuration/tandem.cli"
  chmod -R go-w "$readonly_home/tandem"
  chown -R 65534 "$readonly_home/user"
  chmod 755 "$readonly_home"
  env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_CACHE_HOME HOME="$readonly_home/user" \
    setpriv --reuid=65534 --regid=65534 --clear-groups "$readonly_home/tandem/tandem-cli" --version \
    >"$out/cli-readonly.txt" 2>&1 || fail "tandem-cli in a read-only installation failed: $(cat "$out/cli-readonly.txt")"
  grep -q '^tandem-cli [0-9]' "$out/cli-readonly.txt" || fail "tandem-cli in a read-only installation: $(cat "$out/cli-readonly.txt")"
  [ ! -e "$readonly_home/tandem/configuration/tandem.cli" ] || fail "tandem-cli wrote into a read-only installation"
  ls "$readonly_home"/user/.cache/tandem/cli-*/config.ini >/dev/null 2>&1 \
    || fail "tandem-cli in a read-only installation kept no configuration in the user's cache"
  rm -rf "$readonly_home"
  echo "smoke test: tandem-cli runs from a read-only installation"
else
  echo "smoke test: read-only installation not tried (needs root and setpriv to run as another user)"
fi

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
grep -q "INFO:" "$out/check.err" && fail "tandem-cli check wrote log notes to stderr: $(head -5 "$out/check.err")"
echo "smoke test: tandem-cli check finds the late notice"

# Contact flows (JSON through Jackson inside the product): check an Amazon Connect flow directly, import it into an
# IVR script and export it back unchanged.
flows="$out/flows"
mkdir -p "$flows"
cat >"$flows/main.json" <<'FLOW'
{"Version":"2019-10-30","StartAction":"menu","Actions":[
 {"Identifier":"menu","Type":"GetParticipantInput","Parameters":{"Text":"Press 1","StoreInput":"False"},
  "Transitions":{"NextAction":"bye","Conditions":[{"NextAction":"lookup","Condition":{"Operator":"Equals","Operands":["1"]}}],
   "Errors":[{"NextAction":"bye","ErrorType":"NoMatchingCondition"},{"NextAction":"bye","ErrorType":"InputTimeLimitExceeded"}]}},
 {"Identifier":"lookup","Type":"InvokeLambdaFunction","Parameters":{"LambdaFunctionARN":"arn:aws:lambda:f"},
  "Transitions":{"NextAction":"bye","Errors":[{"NextAction":"bye","ErrorType":"NoMatchingError"}]}},
 {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
FLOW
env -u DISPLAY "$cli" check "$flows/main.json" --format json >"$out/flow-check.json" 2>"$out/flow-check.err"
code=$?
[ $code -eq 1 ] || fail "tandem-cli check exited $code on a flow that hangs up, expected 1: $(cat "$out/flow-check.err")"
grep -q '"ruleId": "quickfix.ivr-no-disconnect"' "$out/flow-check.json" || fail "tandem-cli check did not find the hang-up in the flow: $(cat "$out/flow-check.json")"
env -u DISPLAY "$cli" import-flow "$flows/main.json" "$flows/main.ivr" >"$out/flow-import.txt" 2>&1 || fail "tandem-cli import-flow failed: $(cat "$out/flow-import.txt")"
env -u DISPLAY "$cli" export-flow "$flows/main.ivr" "$flows/out.json" --format connect >"$out/flow-export.txt" 2>&1 || fail "tandem-cli export-flow failed: $(cat "$out/flow-export.txt")"
grep -q '"LambdaFunctionARN": "arn:aws:lambda:f"' "$flows/out.json" || fail "the exported flow lost the Lambda step: $(cat "$flows/out.json")"
# The same through import and export, which hand flows to the flow commands.
env -u DISPLAY "$cli" import "$flows/main.json" "$flows/via-import.ivr" >"$out/flow-import2.txt" 2>&1 || fail "tandem-cli import of a flow failed: $(cat "$out/flow-import2.txt")"
env -u DISPLAY "$cli" export "$flows/via-import.ivr" "$flows/via-export.json" --format connect >"$out/flow-export2.txt" 2>&1 || fail "tandem-cli export of a flow failed: $(cat "$out/flow-export2.txt")"
grep -q '"LambdaFunctionARN": "arn:aws:lambda:f"' "$flows/via-export.json" || fail "tandem-cli export lost the Lambda step: $(cat "$flows/via-export.json")"
echo "smoke test: tandem-cli checks, imports and exports an Amazon Connect flow"
# Schedules: a roster made from a CSV of agents for the example project, then a week generated by Timefold Solver
# inside the product (its wrapped bundles, class loading and OSGi wiring), with the spring training in it.
sched="$out/schedule"
rm -rf "$sched" && mkdir -p "$sched"
env -u DISPLAY "$cli" example "$sched" >"$out/schedule-example.txt" 2>&1 || fail "tandem-cli example failed: $(cat "$out/schedule-example.txt")"
{
  echo "name,team,skills,min_hours,max_hours,max_days"
  for i in $(seq 1 30); do echo "Sales $i,Sales team,Sales,30,40,5"; done
  for i in $(seq 1 30); do echo "Care $i,Customer care,General;Billing,30,40,5"; done
  for i in $(seq 1 15); do echo "Tech $i,Tech support,Technical Support,30,40,5"; done
} >"$sched/agents.csv"
env -u DISPLAY "$cli" roster --agents "$sched/agents.csv" --center "$sched/meadowlark.center" \
  --training "$sched/spring-2027.training" --output "$sched/teams.roster" >"$out/schedule-roster.txt" 2>&1 \
  || fail "tandem-cli roster failed: $(cat "$out/schedule-roster.txt")"
env -u DISPLAY "$cli" schedule --staffing "$sched/sales-2027.staffing" "$sched/general-2027.staffing" \
  "$sched/technical-support-2027.staffing" "$sched/billing-2027.staffing" --roster "$sched/teams.roster" \
  --from 2027-03-08 --to 2027-03-14 --seconds 5 --output "$sched/schedule.csv" >"$out/schedule.txt" 2>"$out/schedule.err" \
  || fail "tandem-cli schedule failed: $(cat "$out/schedule.err")"
grep -Eq '^under-coverage: [0-9.]+ agent-intervals, over-coverage: [0-9.]+ agent-intervals$' "$out/schedule.txt" \
  || fail "tandem-cli schedule printed no coverage line: $(cat "$out/schedule.txt")"
[ "$(grep -c '^Sales [0-9]*,2027-03-09T08:00,.*,training,Sales$' "$sched/schedule.csv")" -eq 20 ] \
  || fail "the schedule does not take 20 Sales agents to the 9 March training: $(head -20 "$sched/schedule.csv")"
echo "smoke test: tandem-cli roster and schedule (Timefold) run in the product: $(cat "$out/schedule.txt" | tail -1)"
# Forecasting on the example: its year of contact history, with the setup (opening hours) and the calendar (last
# autumn's promotion, taken out of the history) beside it.
env -u DISPLAY "$cli" forecast --history "$sched/meadowlark-2026.history" --from 2027-03-01 --to 2027-03-28 \
  --queue Sales --output "$sched/forecast.csv" >"$out/forecast.txt" 2>"$out/forecast.err" \
  || fail "tandem-cli forecast on the example's history failed: $(cat "$out/forecast.err")"
head -n 1 "$sched/forecast.csv" | grep -q '^queue,start,forecast,lower,upper$' \
  || fail "tandem-cli forecast wrote no CSV header: $(head -3 "$sched/forecast.csv")"
[ "$(grep -c '^Sales,2027-03-' "$sched/forecast.csv")" -eq 520 ] \
  || fail "tandem-cli forecast did not write the 520 open half hours of four weeks: $(wc -l <"$sched/forecast.csv") lines"
grep -q 'past campaign lift removed from the history' "$out/forecast.txt" \
  || fail "tandem-cli forecast did not take the past promotion out: $(cat "$out/forecast.txt")"
echo "smoke test: tandem-cli forecast on the example: $(head -n 1 "$out/forecast.txt")"
# The example's own roster (meadowlark.roster) on its peak day: the Easter Flash Sale huddle seats 70 agents.
env -u DISPLAY "$cli" schedule --staffing "$sched/sales-2027.staffing" "$sched/general-2027.staffing" \
  "$sched/technical-support-2027.staffing" "$sched/billing-2027.staffing" --roster "$sched/meadowlark.roster" \
  --from 2027-03-24 --to 2027-03-24 --seconds 10 --output "$sched/peak-day.csv" >"$out/peak-day.txt" 2>"$out/peak-day.err" \
  || fail "tandem-cli schedule of the example roster failed: $(cat "$out/peak-day.err")"
[ "$(grep -c ',2027-03-24T08:00,2027-03-24T08:15,training,' "$sched/peak-day.csv")" -eq 70 ] \
  || fail "the example's schedule does not take 70 agents to the huddle: $(grep -c ',training,' "$sched/peak-day.csv") training rows"
echo "smoke test: tandem-cli schedule on the example's roster writes the huddle's training rows: $(tail -1 "$out/peak-day.txt")"
# Team sharing: tandem-cli merge merges plans by element (EMF) and other files as text (JGit), also as Git's merge
# driver under a real git merge. Both sides edit the same line of the calendar: as text that would conflict.
team="$out/team"
rm -rf "$team" && mkdir -p "$team"
printf 'one\ntwo\nthree\nfour\n' >"$team/base.txt"
printf 'ONE\ntwo\nthree\nfour\n' >"$team/ours.txt"
printf 'one\ntwo\nthree\nFOUR\n' >"$team/theirs.txt"
env -u DISPLAY "$cli" merge "$team/base.txt" "$team/ours.txt" "$team/theirs.txt" >"$out/merge-text.txt" 2>"$out/merge-text.err" \
  || fail "tandem-cli merge of text exited $?: $(cat "$out/merge-text.err")"
[ "$(tr '\n' ' ' <"$team/ours.txt")" = "ONE two three FOUR " ] || fail "tandem-cli merge of text: $(cat "$team/ours.txt")"
grep -q "SLF4J" "$out/merge-text.err" && fail "tandem-cli merge wrote logging warnings: $(cat "$out/merge-text.err")"
if command -v git >/dev/null; then
  repo="$team/repo"
  mkdir -p "$repo"
  g() { git -C "$repo" -c user.name=Smoke -c user.email=smoke@example.com "$@"; }
  g init -q -b main
  g config merge.tandem.driver "env -u DISPLAY '$cli' merge %O %A %B %P"
  echo '*.campaigns merge=tandem' >"$repo/.gitattributes"
  cp "$plans/spring.campaigns" "$repo/spring.campaigns"
  g add . && g commit -q -m "Spring calendar" || fail "git commit failed"
  g checkout -q -b marketing
  sed -i 's/name="Spring promo"/name="Spring promotion"/' "$repo/spring.campaigns"
  g commit -q -am "Rename the promotion"
  g checkout -q main
  sed -i 's/endDate="2027-03-31"/endDate="2027-04-07"/' "$repo/spring.campaigns"
  g commit -q -am "One more week"
  g merge -q --no-edit marketing >"$out/merge-git.txt" 2>&1 || fail "git merge with the Tandem driver failed: $(cat "$out/merge-git.txt")"
  grep -q 'name="Spring promotion"' "$repo/spring.campaigns" && grep -q 'endDate="2027-04-07"' "$repo/spring.campaigns" \
    || fail "the merged calendar lacks a side: $(cat "$repo/spring.campaigns")"
  echo "smoke test: tandem-cli merge works as Git's merge driver"
else
  echo "smoke test: git not installed, merge driver run under git skipped"
fi

# The workbench script without a display falls back to the command line.
env -u DISPLAY -u WAYLAND_DISPLAY "$home/tandem" >"$out/tandem-nodisplay.txt" 2>&1
grep -q 'no display found' "$out/tandem-nodisplay.txt" || fail "tandem without a display did not say so"
grep -q '^Usage: tandem-cli' "$out/tandem-nodisplay.txt" || fail "tandem without a display did not run tandem-cli"

# 2. Installing the example feature from the build's p2 repository into a copy of the product, headless.
if [ -n "$repository" ]; then
  [ -f "$repository/content.jar" ] || [ -f "$repository/content.xml.xz" ] || fail "no p2 repository at $repository"
  copy="$out/install/tandem"
  rm -rf "$out/install"
  mkdir -p "$out/install"
  cp -a "$home" "$copy"
  [ -x "$copy/tandem-install" ] || fail "the product has no tandem-install script"
  center="$out/install/plans"
  mkdir -p "$center"
  cat >"$center/acme.center" <<'PLAN'
<?xml version="1.0" encoding="UTF-8"?>
<core:ContactCenter xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:core="http://tandem.dev/core/1.0"
    id="center-acme" name="Acme" timeZone="Europe/Berlin">
  <queues id="queue-billing" name="Billing" channel="phone"/>
</core:ContactCenter>
PLAN
  env -u DISPLAY -u WAYLAND_DISPLAY "$copy/tandem-cli" check "$center" --checklist example.readiness \
    >/dev/null 2>"$out/install-before.err"
  code=$?
  [ $code -eq 2 ] || fail "before the install, the example checklist ran (exit $code, expected 2)"
  grep -q "unknown checklist 'example.readiness'" "$out/install-before.err" \
    || fail "before the install, no 'unknown checklist' message: $(tail -3 "$out/install-before.err")"
  env -u DISPLAY -u WAYLAND_DISPLAY "$copy/tandem-install" "$out/install/no-such-repository" tandem.example.feature \
    >/dev/null 2>"$out/install-norepo.err"
  code=$?
  [ $code -eq 2 ] || fail "tandem-install with a missing repository exited $code, expected 2"
  grep -q "no repository folder or archive at" "$out/install-norepo.err" || fail "no message for a missing repository"
  start=$(date +%s)
  env -u DISPLAY -u WAYLAND_DISPLAY "$copy/tandem-install" "$repository" tandem.example.feature \
    >"$out/install.txt" 2>&1
  code=$?
  [ $code -eq 0 ] || fail "tandem-install exited $code: $(tail -20 "$out/install.txt")"
  ls "$copy"/plugins/tandem.example.checks_*.jar >/dev/null 2>&1 || fail "tandem-install put no tandem.example.checks bundle"
  grep -q 'tandem.example.checks' "$copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "tandem-install did not add tandem.example.checks to bundles.info"
  echo "smoke test: tandem-install put tandem.example.feature into a copy of the product in $(( $(date +%s) - start )) s"
  env -u DISPLAY -u WAYLAND_DISPLAY "$copy/tandem-cli" check "$center" --checklist example.readiness --format json \
    >"$out/install-check.json" 2>"$out/install-check.err"
  code=$?
  [ $code -eq 0 ] || fail "after the install, tandem-cli check exited $code (a warning only, expected 0): $(tail -3 "$out/install-check.err")"
  grep -q '"ruleId": "example.readiness.queue-hours"' "$out/install-check.json" \
    || fail "after the install, the example check did not report the queue without hours: $(cat "$out/install-check.json")"
  grep -q "Phone queue 'Billing' has no opening hours." "$out/install-check.json" \
    || fail "after the install, unexpected finding: $(cat "$out/install-check.json")"
  grep -q '^tandem\.example\.checks,' "$copy/configuration/tandem.cli/bundles.info" \
    || fail "after the install, the command line's configuration lacks tandem.example.checks"
  env -u DISPLAY -u WAYLAND_DISPLAY "$copy/tandem-install" "$repository" no.such.feature >"$out/install-unknown.txt" 2>&1
  code=$?
  [ $code -eq 1 ] || fail "tandem-install of an unknown feature exited $code, expected 1"
  grep -q "tandem-install: could not install no.such.feature" "$out/install-unknown.txt" \
    || fail "no one-line message for an unknown feature: $(tail -5 "$out/install-unknown.txt")"
  echo "smoke test: after tandem-install, tandem-cli check runs the example checklist"
  # An update of the framework jar (here: the same jar with another time) renews the command line's unsigned copies.
  if command -v perl >/dev/null 2>&1; then
    framework=$(ls "$copy"/plugins/org.eclipse.osgi_[0-9]*.jar | head -n 1)
    unsigned_before=$(ls -i "$copy/configuration/tandem.cli/unsigned/${framework##*/}")
    touch -d '2001-02-03 04:05:06' "$framework"
    env -u DISPLAY -u WAYLAND_DISPLAY "$copy/tandem-cli" --version >"$out/update-version.txt" 2>&1 \
      || fail "tandem-cli after a framework update failed: $(cat "$out/update-version.txt")"
    grep -q ' 2001 ' "$copy/configuration/tandem.cli/unsigned/sources" \
      || fail "tandem-cli did not renew its unsigned copies after the framework jar changed: $(cat "$copy/configuration/tandem.cli/unsigned/sources")"
    [ "$(ls -i "$copy/configuration/tandem.cli/unsigned/${framework##*/}")" != "$unsigned_before" ] \
      || fail "tandem-cli did not copy the changed framework jar again"
    echo "smoke test: tandem-cli renews its unsigned framework copy after an update"
  fi
fi

# The Linux archive, unpacked in another folder as a planner or a CI job installs it, ships the framework's and the
# extension registry's caches for the workbench and the command line, and the command line's first run uses them.
installed=
if [ -n "$archive" ]; then
  rm -rf "$out/installed"
  mkdir -p "$out/installed"
  tar xzf "$archive" -C "$out/installed" 2>"$out/unpack.log" || fail "could not unpack $archive: $(cat "$out/unpack.log")"
  installed=$out/installed/tandem
  [ -x "$installed/tandem" ] || fail "$archive has no tandem/tandem script"
  for area in "" tandem.cli/; do
    ls "$installed"/configuration/${area}org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1 \
      || fail "$archive ships no extension registry cache in configuration/${area}org.eclipse.core.runtime"
    ls "$installed"/configuration/${area}org.eclipse.osgi/framework.info.* >/dev/null 2>&1 \
      || fail "$archive ships no framework cache in configuration/${area}org.eclipse.osgi"
  done
  ls "$installed"/configuration/*.jsa "$installed"/configuration/tandem.cli/*.jsa >/dev/null 2>&1 \
    && fail "$archive ships a class-data archive, which belongs to the Java that wrote it"
  env -u DISPLAY -u WAYLAND_DISPLAY TANDEM_CLI_VM_OPTIONS="-Xmx1g -Xlog:class+load:file=$out/cli-classes.txt" \
    "$installed/tandem-cli" --version >"$out/installed-cli.txt" 2>&1 \
    || fail "tandem-cli --version of the unpacked archive failed: $(cat "$out/installed-cli.txt")"
  used_registry_cache "$out/cli-classes.txt" "the first run of tandem-cli from the unpacked archive"
  echo "smoke test: the unpacked archive ships prepared caches, and tandem-cli's first run used them"
fi

if [ "$skip_ui" = "true" ]; then
  echo "smoke test: workbench start skipped (-Dtandem.skipUiTests=true)"
  exit 0
fi
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY to start the workbench on (run under xvfb-run, or pass -Dtandem.skipUiTests=true)"

# 3. The workbench: a fresh home (Java takes user.home from the password file, not from HOME), so the test never
# touches a real workspace and the default workspace folder is used.
export HOME="$out/home"
mkdir -p "$HOME"
workspace="$HOME/tandem-workspace"
# "tandem -initialize" prepares an installation's configuration (the framework's and the extension registry's
# caches; the build prepares the Linux product with it) with no display and, starting no workbench, writes no
# class-data archive (one made then would hold a fraction of the workbench's classes, for good).
rm -f "$home"/configuration/workbench-java-*.jsa
env -u DISPLAY -u WAYLAND_DISPLAY TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$HOME" "$home/tandem" -initialize \
  >"$out/workbench-initialize.log" 2>&1 || fail "tandem -initialize failed: $(tail -20 "$out/workbench-initialize.log")"
ls "$home"/configuration/org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1 \
  || fail "tandem -initialize left no extension registry cache in $home/configuration"
ls "$home"/configuration/workbench-java-*.jsa >/dev/null 2>&1 \
  && fail "tandem -initialize wrote a class-data archive: $(ls "$home"/configuration/workbench-java-*.jsa)"
echo "smoke test: tandem -initialize runs without a display and writes no class-data archive"
# A display that is set but cannot be reached: a message in words and exit code 3 instead of "An error has occurred",
# and no class-data archive kept from a start that loaded a fraction of the workbench's classes.
if [ -n "$archive" ]; then
  unreachable=987
  while [ -e "/tmp/.X11-unix/X$unreachable" ]; do unreachable=$((unreachable + 1)); done
  DISPLAY=":$unreachable" TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$HOME" "$installed/tandem" \
    >"$out/workbench-nodisplay.log" 2>&1
  code=$?
  [ $code -eq 3 ] || fail "tandem with an unreachable display exited $code, expected 3: $(tail -5 "$out/workbench-nodisplay.log")"
  grep -q "could not open the display :$unreachable" "$out/workbench-nodisplay.log" \
    || fail "tandem with an unreachable display did not say so: $(tail -5 "$out/workbench-nodisplay.log")"
  grep -Eq 'An error has occurred|Exception|	at ' "$out/workbench-nodisplay.log" \
    && fail "tandem with an unreachable display printed an error trace: $(head -5 "$out/workbench-nodisplay.log")"
  ls "$installed"/configuration/*.jsa >/dev/null 2>&1 \
    && fail "a start that could not open its display kept a class-data archive: $(ls "$installed"/configuration/*.jsa)"
  echo "smoke test: tandem says so when it cannot open the display, and keeps no class-data archive from it"
fi
# A read-only installation (unpacked by root, started by another user): the workbench opens its window, keeps its own
# files (class-data archive, unsigned copies) in the user's cache and the framework's configuration in the user's
# home, reads the registry cache shipped in the installation, and writes nothing into the installation.
if [ -n "$archive" ] && [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1 && [ -r "${XAUTHORITY:-}" ]; then
  readonly_home=$(mktemp -d)
  chmod 755 "$readonly_home"
  tar xzf "$archive" -C "$readonly_home" 2>/dev/null || fail "could not unpack $archive"
  chmod -R go-w "$readonly_home/tandem"
  mkdir -p "$readonly_home/user"
  cp "$XAUTHORITY" "$readonly_home/user/xauthority"
  chown -R 65534 "$readonly_home/user"
  touch "$readonly_home/unpacked"
  env -u XDG_CACHE_HOME HOME="$readonly_home/user" XAUTHORITY="$readonly_home/user/xauthority" \
    TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$readonly_home/user -Xlog:class+load:file=$readonly_home/user/classes.txt" \
    setpriv --reuid=65534 --regid=65534 --clear-groups "$readonly_home/tandem/tandem" >"$out/workbench-readonly.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; sleep 1; kill -9 $pid 2>/dev/null' EXIT
  wait_for_window $pid "$out/workbench-readonly.log" "the workbench of a read-only installation"
  kill $pid 2>/dev/null
  wait $pid
  written=$(find "$readonly_home/tandem" -newer "$readonly_home/unpacked" | head -n 5)
  [ -z "$written" ] || fail "the workbench wrote into a read-only installation: $written"
  cache=$(ls -d "$readonly_home"/user/.cache/tandem/workbench-* 2>/dev/null | head -n 1)
  [ -n "$cache" ] && ls "$cache"/java-*.jsa >/dev/null 2>&1 \
    || fail "the workbench in a read-only installation kept no class-data archive in the user's cache"
  if command -v perl >/dev/null 2>&1; then
    ls "$cache"/unsigned/org.eclipse.osgi_*.jar >/dev/null 2>&1 \
      || fail "the workbench in a read-only installation made no unsigned copies in the user's cache"
  fi
  used_registry_cache "$readonly_home/user/classes.txt" "the workbench in a read-only installation"
  rm -rf "$readonly_home"
  echo "smoke test: the workbench runs from a read-only installation, with the shipped caches and its own in the user's cache"
else
  echo "smoke test: the workbench's read-only installation not tried (needs root, setpriv and a readable XAUTHORITY)"
fi
# The workbench is started from the archive, unpacked in another folder (above) as a planner installs it: its first
# start uses the caches prepared by the build (the registry parses no plugin.xml).
classes=
if [ -n "$archive" ]; then
  home=$installed
  classes="-Xlog:class+load:file=$out/workbench-classes.txt"
fi
TANDEM_VM_OPTIONS="-Xmx2g -Duser.home=$HOME $classes" "$home/tandem" >"$out/workbench.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; sleep 1; kill -9 $pid 2>/dev/null' EXIT
wait_for_window $pid "$out/workbench.log"
echo "smoke test: workbench window after $(( $(date +%s) - start )) s"
# The workbench, too, starts unsigned copies of the launcher and framework jars (lib/unsigned-jars.sh).
if command -v perl >/dev/null 2>&1; then
  for pattern in org.eclipse.equinox.launcher_ org.eclipse.osgi_; do
    jar=$(ls "$home"/configuration/tandem.workbench/unsigned/$pattern[0-9]*.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || fail "the workbench made no unsigned copy of $pattern*.jar in $home/configuration/tandem.workbench/unsigned"
    LC_ALL=C grep -aq 'META-INF/[A-Z0-9_-]*\.\(SF\|RSA\|DSA\|EC\)' "$jar" && fail "$jar still has signature entries"
    # with another time than its jar's, the framework would take the copy for an update and drop its caches
    { [ "$jar" -nt "$home/plugins/${jar##*/}" ] || [ "$jar" -ot "$home/plugins/${jar##*/}" ]; } \
      && fail "$jar has another modification time than $home/plugins/${jar##*/}"
  done
  echo "smoke test: the workbench starts unsigned copies of the launcher and framework jars"
fi
if [ -n "$classes" ]; then
  used_registry_cache "$out/workbench-classes.txt" "the first start of the unpacked archive"
  echo "smoke test: the first start of the unpacked archive used the shipped framework and registry caches"
fi
sleep 5
import -window root "$out/workbench.png" || fail "could not take a screenshot"
title=$(xdotool getwindowname "$window")
echo "smoke test: window title '$title', screenshot $out/workbench.png"
for _ in $(seq 1 30); do
  [ -f "$workspace/Spring Promotion Example/spring-2027.campaigns" ] && break
  sleep 1
done
[ -f "$workspace/Spring Promotion Example/spring-2027.campaigns" ] \
  || fail "the first start did not create the example project in $workspace"
echo "smoke test: the first start created the example project in the default workspace"
grep -qi 'exception' "$workspace/.metadata/.log" 2>/dev/null && {
  echo "smoke test: the workbench logged errors:" >&2
  head -40 "$workspace/.metadata/.log" >&2
  fail "errors in the workbench log"
}
exit 0
