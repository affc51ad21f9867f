# Sourced by Tandem's start scripts: sets $java to a Java 17+ runtime (JAVA_HOME, else java on the PATH), or says
# which Java it found and exits 1; and $logging to the option that configures Java logging for Tandem.
# $name is the calling script's name, for the message; $here the installation folder.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! command -v "$java" >/dev/null 2>&1; then
  echo "$name: Tandem needs Java 17 or newer; no '$java' found. Install a Java 17+ runtime and put it on the PATH" \
    "or set JAVA_HOME." >&2
  exit 1
fi
java_major=$("$java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
if [ "${java_major:-0}" -lt 17 ] 2>/dev/null; then
  echo "$name: Tandem needs Java 17 or newer; '$java' is $("$java" -version 2>&1 | head -n 1)." \
    "Set JAVA_HOME to a Java 17+ runtime." >&2
  exit 1
fi
logging="-Djava.util.logging.config.file=$here/lib/logging.properties"
