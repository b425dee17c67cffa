# Sourced by ./mvnw, ./netreview, .ci/run and the benchmarks: exports JAVA_HOME pointing at a JDK 21 or newer.
# Honours JAVA_HOME when it is suitable, else takes the newest JDK under /usr/lib/jvm (or the folders in
# NETREVIEW_JVM_DIRS). What each java binary says its version is, is remembered in
# ${XDG_CACHE_HOME:-~/.cache}/netreview/java-versions: asking a JVM takes a good part of a second, and the launcher
# would ask every JDK on every call.

netreview_java_major() {
  # Prints the feature version of the java binary $1 (17, 21, 25, ...), or nothing.
  local java=$1 stamp cache path when version major
  stamp=$(stat -L -c %Y "$java" 2>/dev/null) || return 0
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/netreview/java-versions"
  if [ -r "$cache" ]; then
    while IFS=$'\t' read -r path when version; do
      if [ "$path" = "$java" ] && [ "$when" = "$stamp" ]; then
        echo "$version"
        return 0
      fi
    done < "$cache"
  fi
  major=$("$java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
  if [ -n "$major" ]; then
    { mkdir -p "$(dirname "$cache")" && printf '%s\t%s\t%s\n' "$java" "$stamp" "$major" >> "$cache"; } 2>/dev/null || true
  fi
  echo "$major"
}

netreview_select_jdk() {
  local min=21 candidate major best="" best_major=0 dir
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(netreview_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for dir in ${NETREVIEW_JVM_DIRS:-/usr/lib/jvm}; do
    for candidate in "$dir"/*/; do
      candidate=${candidate%/}
      [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
      major=$(netreview_java_major "$candidate/bin/java")
      if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
        best=$candidate
        best_major=$major
      fi
    done
  done
  if [ -z "$best" ]; then
    echo "NetReview needs a JDK $min or newer. JAVA_HOME (${JAVA_HOME:-unset}) is not one and none was found under ${NETREVIEW_JVM_DIRS:-/usr/lib/jvm}." >&2
    echo "Debian 13 and Ubuntu 22.04 or later: apt-get install openjdk-21-jdk-headless (.ci/run does this for you)." >&2
    echo "Debian 12 has no JDK 21: install Eclipse Temurin 21 or later (https://adoptium.net/installation/linux/) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
