# Sourced by ./mvnw, ./cmdguard and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME when it is 21+, then `java` on PATH, then the newest JDK 21+ under the
# standard install directories. Prints a clear error and returns 1 when none is found.

cmdguard_jdk_major() { # $1 = JDK home; prints its major version (from the `release` file or `java -version`)
  cmdguard_read_major "$1"
  printf '%s\n' "$cmdguard_major"
}

cmdguard_read_major() { # $1 = JDK home; sets cmdguard_major to its major version ("" when unknown)
  # The release file is read by bash itself, without $(…): the launcher runs this on every call,
  # and each process forked here is a millisecond an agent waits for.
  local v="" line
  if [ -r "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*)
          v=${line#JAVA_VERSION=} v=${v#\"} v=${v%%\"*}
          break
          ;;
      esac
    done <"$1/release"
  fi
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  cmdguard_major=${v%%[.+-]*}
}

cmdguard_jdk_ok() { # $1 = JDK home; true when it holds javac and java of major 21+ (in cmdguard_major)
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  cmdguard_read_major "$1"
  case "$cmdguard_major" in '' | *[!0-9]*) return 1 ;; esac
  [ "$cmdguard_major" -ge 21 ]
}

cmdguard_find_jdk() {
  if cmdguard_jdk_ok "${JAVA_HOME:-}"; then return 0; fi
  local cand best="" best_major=0 m javac_path
  if javac_path=$(command -v javac 2>/dev/null); then
    cand=$(cd "$(dirname "$(readlink -f "$javac_path")")/.." && pwd)
    if cmdguard_jdk_ok "$cand"; then export JAVA_HOME="$cand"; return 0; fi
  fi
  for cand in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$cand" ] && [ ! -L "$cand" ] || continue
    cmdguard_jdk_ok "$cand" || continue
    m=$cmdguard_major
    if [ "$m" -gt "$best_major" ]; then best="$cand"; best_major="$m"; fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "cmdguard: no JDK 21 or newer found (looked at \$JAVA_HOME, javac on PATH, /usr/lib/jvm)." >&2
  echo "cmdguard: install one (for example: apt-get install -y openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  return 1
}
