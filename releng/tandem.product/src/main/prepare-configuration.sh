#!/usr/bin/env bash
# Prepares the materialized Linux product's configuration before it is archived, as a first start that ended normally
# would leave it: the framework's cache of installed and resolved bundles and the extension registry's cache, for
# the workbench and for the command line.
# Without them a planner's first start resolves every bundle and parses every plugin.xml, and so does every start
# after one that did not end normally (the registry saves its cache at a normal exit only). Both caches stay valid
# where the archive is unpacked: the framework records the bundles relative to the installation, and
# lib/unsigned-jars.sh gives its copies of the framework jar that jar's time (docs/PERFORMANCE.md, "Workbench start").
# The class-data archive is not prepared: it belongs to the Java that runs the product.
# Usage: prepare-configuration.sh <product folder with the tandem script>
set -eu
home=$1
fail() { echo "prepare-configuration: $*" >&2; exit 1; }
[ -x "$home/tandem" ] || fail "$home has no tandem script"
# The archive keeps files' times to the second: the framework jar's time, which the framework records, must be the
# same here as where the archive is unpacked.
for jar in "$home"/plugins/*.jar; do touch -d "@$(stat -c %Y "$jar")" "$jar"; done
user=$(mktemp -d)
trap 'rm -rf "$user"' EXIT
HOME="$user" XDG_CACHE_HOME="$user/cache" TANDEM_VM_OPTIONS="-Xmx1g -Duser.home=$user" \
  env -u DISPLAY -u WAYLAND_DISPLAY "$home/tandem" -initialize >"$user/initialize.log" 2>&1 \
  || fail "tandem -initialize failed: $(tail -20 "$user/initialize.log")"
configuration=$home/configuration
ls "$configuration"/org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1 \
  || fail "tandem -initialize wrote no extension registry cache into $configuration"
ls "$configuration"/org.eclipse.osgi/framework.info.* >/dev/null 2>&1 \
  || fail "tandem -initialize wrote no framework cache into $configuration"
# The command line's own configuration (lib/cli-configuration.sh), prepared the same way by a first run: a CI job
# that unpacks the product and runs one command pays no resolving and no parsing either.
HOME="$user" XDG_CACHE_HOME="$user/cache" TANDEM_CLI_VM_OPTIONS="-Xmx1g -Duser.home=$user" \
  env -u DISPLAY -u WAYLAND_DISPLAY "$home/tandem-cli" --version >"$user/cli.log" 2>&1 \
  || fail "tandem-cli --version failed: $(tail -20 "$user/cli.log")"
ls "$configuration"/tandem.cli/org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1 \
  || fail "tandem-cli --version wrote no extension registry cache into $configuration/tandem.cli"
# The unsigned copies name their folder, and a class-data archive belongs to the Java that wrote it: a start
# elsewhere makes its own.
rm -rf "$configuration/tandem.workbench" "$configuration/tandem.cli/unsigned"
rm -f "$configuration"/tandem.cli/java-*.jsa
ls "$configuration"/*.jsa >/dev/null 2>&1 && fail "tandem -initialize wrote a class-data archive into $configuration"
echo "prepare-configuration: $configuration holds the framework's and the extension registry's caches, for the" \
  "workbench and for the command line"
