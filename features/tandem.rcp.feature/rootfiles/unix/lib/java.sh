# Sourced by Tandem's start scripts: sets $java to a Java 17+ runtime (JAVA_HOME, else java on the PATH), or says
# which Java it found and exits 1; $java_version to its version (e.g. 17.0.15); and $logging to the option that
# configures Java logging for Tandem. $name is the calling script's name, for the message; $here the installation.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! command -v "$java" >/dev/null 2>&1; then
  echo "$name: Tandem needs Java 17 or newer; no '$java' found. Install a Java 17+ runtime and put it on the PATH" \
    "or set JAVA_HOME." >&2
  exit 1
fi
# The version from the runtime's release file: starting a Java VM only to ask its version costs a tenth of a second.
# Without a release file (not a JDK layout), ask the VM.
java_home=${JAVA_HOME:-}
if [ -z "$java_home" ]; then
  java_path=$(command -v "$java")
  java_path=$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")
  java_home=${java_path%/bin/java}
fi
java_version=
if [ -f "$java_home/release" ]; then
  java_version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$java_home/release")
fi
if [ -z "$java_version" ]; then
  java_version=$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
fi
java_major=${java_version%%[!0-9]*}
if [ "${java_major:-0}" -lt 17 ] 2>/dev/null; then
  echo "$name: Tandem needs Java 17 or newer; '$java' is $("$java" -version 2>&1 | head -n 1)." \
    "Set JAVA_HOME to a Java 17+ runtime." >&2
  exit 1
fi
logging="-Djava.util.logging.config.file=$here/lib/logging.properties"
# The folder of this installation's files in the user's cache, for a read-only installation: the given kind
# (cli, workbench) and a checksum of the installation's path, so that each installation has its own.
user_cache_folder() {
  printf '%s/tandem/%s-%s' "${XDG_CACHE_HOME:-$HOME/.cache}" "$1" "$(printf '%s' "$here" | cksum | cut -d ' ' -f 1)"
}
