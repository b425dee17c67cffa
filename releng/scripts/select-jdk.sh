# Sourced by ./mvnw, ./netreview and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Honours JAVA_HOME when it is suitable, else takes the newest JDK under /usr/lib/jvm.

netreview_java_major() {
  # Prints the feature version of the java binary $1 (17, 21, 25, ...), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

netreview_select_jdk() {
  local min=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(netreview_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(netreview_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "NetReview needs a JDK $min or newer. JAVA_HOME (${JAVA_HOME:-unset}) is not one and none was found under /usr/lib/jvm." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
