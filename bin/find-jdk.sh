# Sourced by ./multivector, ./run-tests and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME, then every JDK under /usr/lib/jvm and /opt (newest first), then `java` on PATH.

jdk_major() { # prints the feature version of the JDK at $1, or nothing
  local v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  # the JDK's release file says it without starting a JVM (a JVM start costs a short command ~0.1-0.3 s)
  v=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" 2>/dev/null | head -n1)
  case "$v" in 1.*) v=${v#1.} ;; esac
  v=${v%%.*}
  case "$v" in ''|*[!0-9]*) v= ;; esac
  [ -n "$v" ] && { printf '%s' "$v"; return 0; }
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
  case "$v" in 1.*) v=${v#1.}; v=${v%%.*} ;; esac
  printf '%s' "$v"
}

find_jdk() {
  local candidates=() c m given="${JAVA_HOME:-}" given_major=""
  [ -n "$given" ] && candidates+=("$given")
  for c in $(ls -d /usr/lib/jvm/* /opt/*jdk* /opt/java/* 2>/dev/null | sort -rV); do candidates+=("$c"); done
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    candidates+=("$c")
  fi
  for c in "${candidates[@]}"; do
    m=$(jdk_major "$c")
    [ "$c" = "$given" ] && given_major="$m"
    if [ -n "$m" ] && [ "$m" -ge 21 ] 2>/dev/null; then
      if [ -n "$given" ] && [ "$c" != "$given" ]; then
        # say so rather than silently ignoring the user's JAVA_HOME
        echo "multivector: JAVA_HOME=$given is ${given_major:+JDK $given_major, }not a JDK 21 or newer; using JDK $m at $c" >&2
      fi
      export JAVA_HOME="$c"
      return 0
    fi
  done
  cat >&2 <<'MSG'
multivector needs a Java Development Kit, version 21 or newer, and found none
(looked at $JAVA_HOME, /usr/lib/jvm/*, /opt and the javac on PATH).
Install one, then run this command again. For example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk     (or temurin-21-jdk from adoptium.net)
  macOS:          brew install openjdk@21
  any system:     https://adoptium.net/temurin/releases/?version=21
Or point JAVA_HOME at an installed JDK 21+.
MSG
  return 1
}
